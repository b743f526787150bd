"""The program's settings, kept in the vault (never in QSettings)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import DepartmentRule
from peersupport_desktop.services import audit
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.validation import code_value, required_text
from peersupport_desktop.store.models import ProgramSettings
from peersupport_desktop.store.vault import Vault

MIN_THRESHOLD = 5  # METRICS.md: the small-number threshold is never below 5
MAX_AUTO_LOCK = 30


@dataclass(frozen=True, slots=True)
class Settings:
    program_name: str
    outreach_target_hours: int
    small_number_threshold: int
    auto_lock_minutes: int
    retention_months: int | None
    department_rule: DepartmentRule = DepartmentRule.OUTSIDE


def get_settings(vault: Vault) -> Settings:
    with vault.transaction() as session:
        return _record(_row(session))


def update_settings(vault: Vault, settings: Settings) -> Settings:
    _validate(settings)
    with vault.transaction() as session:
        row = _row(session)
        row.program_name = required_text(
            "program_name", settings.program_name, max_length=200, what="The program name"
        )
        row.outreach_target_hours = settings.outreach_target_hours
        row.small_number_threshold = settings.small_number_threshold
        row.auto_lock_minutes = settings.auto_lock_minutes
        row.retention_months = settings.retention_months
        row.department_rule = code_value(
            "department_rule", DepartmentRule, settings.department_rule
        )
        audit.record(session, "settings.edit", "settings", 1)
        return _record(row)


def change_settings(vault: Vault, **changes: object) -> Settings:
    """Update some settings by name, keeping the rest."""
    return update_settings(vault, replace(get_settings(vault), **changes))  # type: ignore[arg-type]


def outreach_target(session: Session) -> dt.timedelta:
    return dt.timedelta(hours=_row(session).outreach_target_hours)


def program_department_rule(session: Session) -> DepartmentRule:
    return _row(session).department_rule


def _validate(settings: Settings) -> None:
    if not 1 <= settings.outreach_target_hours <= 720:
        raise InvalidInput("outreach_target_hours", "The outreach target is 1 to 720 hours.")
    if settings.small_number_threshold < MIN_THRESHOLD:
        raise InvalidInput(
            "small_number_threshold", f"The small-number threshold is never below {MIN_THRESHOLD}."
        )
    if not 1 <= settings.auto_lock_minutes <= MAX_AUTO_LOCK:
        raise InvalidInput(
            "auto_lock_minutes", f"Auto-lock comes after 1 to {MAX_AUTO_LOCK} minutes idle."
        )
    if settings.retention_months is not None and settings.retention_months < 1:
        raise InvalidInput("retention_months", "Retention is at least one month, or off.")


def _row(session: Session) -> ProgramSettings:
    row = session.get(ProgramSettings, 1)
    assert row is not None  # every open vault holds it (reference_data)
    return row


def _record(row: ProgramSettings) -> Settings:
    return Settings(
        program_name=row.program_name,
        outreach_target_hours=row.outreach_target_hours,
        small_number_threshold=row.small_number_threshold,
        auto_lock_minutes=row.auto_lock_minutes,
        retention_months=row.retention_months,
        department_rule=row.department_rule,
    )
