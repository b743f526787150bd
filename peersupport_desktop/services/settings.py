"""The program's settings, kept in the vault (never in QSettings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import DepartmentRule
from peersupport_desktop.core.working_time import OutreachClock, WorkingWeek, due_time
from peersupport_desktop.reports.front_matter import picture_size
from peersupport_desktop.services import audit
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.validation import code_value, optional_text, required_text
from peersupport_desktop.store.models import Holiday, ProgramSettings
from peersupport_desktop.store.vault import Vault

MIN_THRESHOLD = 5  # METRICS.md: the small-number threshold is never below 5
MAX_AUTO_LOCK = 30
MAX_ANNIVERSARY_NOTICE = 90
MAX_LOGO_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    program_name: str
    outreach_target_hours: int
    small_number_threshold: int
    auto_lock_minutes: int
    retention_months: int | None
    department_rule: DepartmentRule = DepartmentRule.OUTSIDE
    outreach_clock: OutreachClock = OutreachClock.HOURS
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # 0 = Monday
    working_starts: dt.time = dt.time(8)
    working_ends: dt.time = dt.time(17)
    watch_folder: str | None = None
    anniversary_reminder_days: int | None = None  # None: no anniversary reminders
    backup_folder: str | None = None  # None: "backups" beside the vault (services.backups)
    hospital_name: str | None = None  # None: the report names the program alone
    program_lead: str | None = None
    # The report's targets, whole percents 1 to 100; None: no target, no line drawn.
    target_within_percent: int | None = None  # referrals reached out to within the target
    target_acceptance_percent: int | None = None  # the acceptance rate
    target_refresher_percent: int | None = None  # active supporters' refreshers not overdue
    # Support that follows the person (issue 23).
    retry_after_hours: int = 24  # another outreach try this long after an unanswered one
    max_attempts: int = 3  # tries before "unreachable" is proposed
    urgent_target_minutes: int = 30  # an urgent event's own outreach target
    milestone_check_in_days: int = 7  # a check-in this many days before a milestone
    referral_step_days: int = 7  # an open referral step is due this many days on
    # Caring for the supporters and evaluation (issue 24).
    default_capacity: int = 3  # open cases per supporter, unless their own cap says otherwise
    debrief_every_days: int | None = 120  # listed after this long without one; None: off
    # The survey tool's form for feedback: only stored and printed on invitations, never fetched.
    feedback_form_address: str | None = None


# Each whole-number setting of following up, its range, and a sentence for a bad value.
FOLLOW_UP_LIMITS = {
    "retry_after_hours": (1, 168, "Another try comes 1 to 168 hours after an unanswered one."),
    "max_attempts": (1, 10, "Outreach stops after 1 to 10 tries."),
    "urgent_target_minutes": (5, 1440, "The urgent outreach target is 5 to 1,440 minutes."),
    "milestone_check_in_days": (0, 90, "A milestone's check-in comes 0 to 90 days before it."),
    "referral_step_days": (1, 90, "A referral's next step is due 1 to 90 days on."),
}

# The supporters' settings' ranges, as the schema checks them.
DEFAULT_CAPACITY = (1, 50)
DEBRIEF_EVERY_DAYS = (7, 730)
MAX_ADDRESS = 500

# Each report target, and how a sentence about it names it.
TARGETS = {
    "target_within_percent": "The timely-outreach target",
    "target_acceptance_percent": "The acceptance target",
    "target_refresher_percent": "The refresher target",
}


@dataclass(frozen=True, slots=True)
class Logo:
    data: bytes
    kind: str  # "png" or "jpeg": what reportlab draws without another library


def get_settings(vault: Vault) -> Settings:
    with vault.reading() as session:
        return _record(program_row(session))


def update_settings(vault: Vault, settings: Settings) -> Settings:
    # To the minute, as stored, before the checks: 08:00:30 to 08:00:45 is no day at all.
    settings = replace(
        settings,
        working_starts=settings.working_starts.replace(second=0, microsecond=0),
        working_ends=settings.working_ends.replace(second=0, microsecond=0),
    )
    _validate(settings)
    with vault.transaction() as session:
        row = program_row(session)
        row.program_name = required_text(
            "program_name", settings.program_name, max_length=200, what="The program name"
        )
        row.outreach_target_hours = settings.outreach_target_hours
        row.small_number_threshold = settings.small_number_threshold
        row.lowest_threshold = min(row.lowest_threshold, settings.small_number_threshold)
        row.auto_lock_minutes = settings.auto_lock_minutes
        row.retention_months = settings.retention_months
        row.department_rule = code_value(
            "department_rule", DepartmentRule, settings.department_rule
        )
        row.outreach_clock = OutreachClock(settings.outreach_clock)
        row.working_days = ",".join(str(day) for day in sorted(set(settings.working_days)))
        row.working_starts = settings.working_starts
        row.working_ends = settings.working_ends
        row.watch_folder = optional_text(
            "watch_folder", settings.watch_folder, max_length=1000, what="The watch folder"
        )
        row.anniversary_reminder_days = settings.anniversary_reminder_days
        row.hospital_name = optional_text(
            "hospital_name", settings.hospital_name, max_length=200, what="The hospital's name"
        )
        row.program_lead = optional_text(
            "program_lead", settings.program_lead, max_length=200, what="The program lead"
        )
        row.backup_folder = optional_text(
            "backup_folder", settings.backup_folder, max_length=1000, what="The backup folder"
        )
        row.target_within_percent = settings.target_within_percent
        row.target_acceptance_percent = settings.target_acceptance_percent
        row.target_refresher_percent = settings.target_refresher_percent
        for field in FOLLOW_UP_LIMITS:
            setattr(row, field, getattr(settings, field))
        row.default_capacity = settings.default_capacity
        row.debrief_every_days = settings.debrief_every_days
        row.feedback_form_address = form_address(settings.feedback_form_address)
        audit.record(session, "settings.edit", "settings", 1)
        return _record(row)


def change_settings(vault: Vault, **changes: object) -> Settings:
    """Update some settings by name, keeping the rest."""
    return update_settings(vault, replace(get_settings(vault), **changes))  # type: ignore[arg-type]


def get_logo(vault: Vault) -> Logo | None:
    with vault.reading() as session:
        row = program_row(session)
        return Logo(row.logo, row.logo_type or "png") if row.logo else None


def set_logo(vault: Vault, data: bytes) -> Logo:
    """The program's logo for the report's cover: a PNG or JPEG of at most 1 MB."""
    kind = logo_kind(data)
    if kind is None:
        raise InvalidInput("logo", "The logo must be a PNG or JPEG picture.")
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidInput("logo", "The logo must be at most 1 MB.")
    if picture_size(data) is None:  # refused now, not when a report is made
        raise InvalidInput("logo", "The logo could not be read as a picture: it may be damaged.")
    with vault.transaction() as session:
        row = program_row(session)
        row.logo, row.logo_type = data, kind
        audit.record(session, "settings.logo", "settings", 1)
    return Logo(data, kind)


def remove_logo(vault: Vault) -> None:
    with vault.transaction() as session:
        row = program_row(session)
        row.logo, row.logo_type = None, None
        audit.record(session, "settings.logo_removed", "settings", 1)


def logo_kind(data: bytes) -> str | None:
    """The picture's kind by its first bytes, whatever its file's name says; else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def program_department_rule(session: Session) -> DepartmentRule:
    return program_row(session).department_rule


def outreach_due(session: Session, referred_at: dt.datetime) -> dt.datetime:
    """When outreach to a referral made at ``referred_at`` is due, by the program's clock."""
    return due_rule(session)(referred_at)


def due_rule(session: Session) -> Callable[[dt.datetime], dt.datetime]:
    """The program's outreach clock, read once: referral time -> due time."""
    return clock_rule(session, dt.timedelta(hours=program_row(session).outreach_target_hours))


def clock_rule(session: Session, span: dt.timedelta) -> Callable[[dt.datetime], dt.datetime]:
    """A moment -> ``span`` later, counted by the program's outreach clock: clock hours,
    or working hours (working days and hours, holidays left out); read once."""
    clock = program_row(session).outreach_clock
    if clock is OutreachClock.HOURS:
        return lambda at: at + span
    week = working_week(session)
    return lambda at: due_time(at, span, clock, week)


def working_week(session: Session) -> WorkingWeek:
    """The program's working days and hours, and its holidays."""
    row = program_row(session)
    return WorkingWeek(
        days=frozenset(_days(row.working_days)),
        starts=row.working_starts,
        ends=row.working_ends,
        holidays=frozenset(session.scalars(select(Holiday.day))),
    )


def holidays(vault: Vault) -> list[tuple[dt.date, str]]:
    with vault.reading() as session:
        return [(h.day, h.name) for h in session.scalars(select(Holiday).order_by(Holiday.day))]


def add_holiday(vault: Vault, day: dt.date, name: str) -> None:
    """A day the working-hours clock skips; adding a day already there renames it."""
    clean = required_text("holiday_name", name, max_length=120, what="The holiday's name")
    with vault.transaction() as session:
        row = session.scalar(select(Holiday).where(Holiday.day == day))
        if row is None:
            session.add(Holiday(day=day, name=clean))
        else:
            row.name = clean
        audit.record(session, "settings.holiday", "settings", 1)


def remove_holiday(vault: Vault, day: dt.date) -> None:
    with vault.transaction() as session:
        session.execute(delete(Holiday).where(Holiday.day == day))
        audit.record(session, "settings.holiday", "settings", 1)


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
    if not settings.working_days or not set(settings.working_days) <= set(range(7)):
        raise InvalidInput("working_days", "Choose at least one working day.")
    if settings.working_starts >= settings.working_ends:
        raise InvalidInput("working_starts", "A working day must start before it ends.")
    reminder = settings.anniversary_reminder_days
    if reminder is not None and not 1 <= reminder <= MAX_ANNIVERSARY_NOTICE:
        raise InvalidInput(
            "anniversary_reminder_days",
            f"Anniversary reminders come 1 to {MAX_ANNIVERSARY_NOTICE} days ahead, or are off.",
        )
    for field, (lowest, highest, sentence) in FOLLOW_UP_LIMITS.items():
        value = getattr(settings, field)
        if not isinstance(value, int) or isinstance(value, bool) or not lowest <= value <= highest:
            raise InvalidInput(field, sentence)
    _validate_supporters(settings)
    for field, what in TARGETS.items():
        target = getattr(settings, field)
        # bool is an int to Python, but True is no percent.
        if target is not None and (
            not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= 100
        ):
            raise InvalidInput(field, f"{what} must be a whole percent from 1 to 100, or none.")


def _validate_supporters(settings: Settings) -> None:
    lowest, highest = DEFAULT_CAPACITY
    if not _whole(settings.default_capacity) or not lowest <= settings.default_capacity <= highest:
        raise InvalidInput(
            "default_capacity",
            f"A supporter's default capacity is {lowest} to {highest} open cases.",
        )
    every = settings.debrief_every_days
    lowest, highest = DEBRIEF_EVERY_DAYS
    if every is not None and (not _whole(every) or not lowest <= every <= highest):
        raise InvalidInput(
            "debrief_every_days",
            f"Supporters are listed after {lowest} to {highest} days without a debrief, or never.",
        )


def _whole(value: object) -> bool:
    # bool is an int to Python, but True is no number of days.
    return isinstance(value, int) and not isinstance(value, bool)


def form_address(address: str | None) -> str | None:
    """The feedback form's address, checked to be a web address; None when blank.
    Only kept and printed on invitations: the application never opens it."""
    clean = optional_text(
        "feedback_form_address", address, max_length=MAX_ADDRESS, what="The feedback form's address"
    )
    if clean is None:
        return None
    if not _web_address(clean):
        raise InvalidInput(
            "feedback_form_address",
            "The feedback form's address must be a web address starting with https:// or http://.",
        )
    return clean


def _web_address(text: str) -> bool:
    if any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname  # a malformed one ("http://[x") raises
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def program_row(session: Session) -> ProgramSettings:
    """The settings' one row, inside a session the caller holds."""
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
        outreach_clock=row.outreach_clock,
        working_days=tuple(_days(row.working_days)),
        working_starts=row.working_starts,
        working_ends=row.working_ends,
        watch_folder=row.watch_folder,
        anniversary_reminder_days=row.anniversary_reminder_days,
        backup_folder=row.backup_folder,
        hospital_name=row.hospital_name,
        program_lead=row.program_lead,
        target_within_percent=row.target_within_percent,
        target_acceptance_percent=row.target_acceptance_percent,
        target_refresher_percent=row.target_refresher_percent,
        retry_after_hours=row.retry_after_hours,
        max_attempts=row.max_attempts,
        urgent_target_minutes=row.urgent_target_minutes,
        milestone_check_in_days=row.milestone_check_in_days,
        referral_step_days=row.referral_step_days,
        default_capacity=row.default_capacity,
        debrief_every_days=row.debrief_every_days,
        feedback_form_address=row.feedback_form_address,
    )


def _days(stored: str) -> list[int]:
    return [int(day) for day in stored.split(",") if day]
