"""The roster of trained peer supporters and their trainings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import Role, SupporterStatus
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.departments import department_id, department_name
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.settings import program_row
from peersupport_desktop.services.validation import (
    code_value,
    language_codes,
    non_negative,
    optional_email,
    optional_text,
    required_text,
)
from peersupport_desktop.store.models import (
    Clinician,
    Supporter,
    Training,
)
from peersupport_desktop.store.vault import Vault

# A refresher puts the next one due this many years later.
REFRESHER_EVERY_YEARS = 2


@dataclass(frozen=True, slots=True)
class SupporterInput:
    name: str
    role: Role | str
    department: str | None = None
    specialty: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] = ()
    training_date: dt.date | None = None
    refresher_due: dt.date | None = None
    capacity: int | None = None  # None: the program's default (Settings)
    clinician_id: int | None = None  # the same person's record as a clinician, if any


@dataclass(frozen=True, slots=True)
class SupporterRecord:
    id: int
    name: str
    role: Role
    department: str | None
    specialty: str | None
    email: str | None
    phone: str | None
    languages: tuple[str, ...]
    training_date: dt.date | None
    refresher_due: dt.date | None
    status: SupporterStatus
    capacity: int  # their own, else the program's default
    clinician_id: int | None = None
    own_capacity: int | None = None  # None: they take the program's default


@dataclass(frozen=True, slots=True)
class TrainingRecord:
    id: int
    supporter_id: int
    title: str
    held_on: dt.date
    refresher: bool


def add_supporter(vault: Vault, data: SupporterInput) -> SupporterRecord:
    with vault.transaction() as session:
        row = Supporter(status=SupporterStatus.ACTIVE, created_at=now())
        _fill(session, row, data)
        session.add(row)
        session.flush()
        audit.record(session, "supporter.add", "supporter", row.id)
        return _record(session, row)


def edit_supporter(vault: Vault, supporter_id: int, data: SupporterInput) -> SupporterRecord:
    with vault.transaction() as session:
        row = supporter_row(session, supporter_id)
        _fill(session, row, data)
        audit.record(session, "supporter.edit", "supporter", row.id)
        return _record(session, row)


def set_status(vault: Vault, supporter_id: int, status: SupporterStatus | str) -> SupporterRecord:
    """Pause, retire or reactivate; a retired supporter keeps their history."""
    with vault.transaction() as session:
        row = supporter_row(session, supporter_id)
        row.status = code_value("status", SupporterStatus, status)
        audit.record(session, f"supporter.{row.status.value}", "supporter", row.id)
        return _record(session, row)


def get_supporter(vault: Vault, supporter_id: int) -> SupporterRecord:
    with vault.reading() as session:
        return _record(session, supporter_row(session, supporter_id))


def list_supporters(vault: Vault, *, include_retired: bool = False) -> list[SupporterRecord]:
    query = select(Supporter).order_by(Supporter.name)
    if not include_retired:
        query = query.where(Supporter.status != SupporterStatus.RETIRED)
    with vault.reading() as session:
        return [_record(session, row) for row in session.scalars(query)]


def find_supporter(vault: Vault, name: str) -> SupporterRecord:
    """The one supporter of that name (any letter case), retired ones included."""
    wanted = name.strip().casefold()
    found = [s for s in list_supporters(vault, include_retired=True) if s.name.casefold() == wanted]
    if not found:
        raise InvalidInput("supporter", "No supporter of that name is on the roster.")
    if len(found) > 1:
        raise InvalidInput("supporter", "Two or more supporters share that name.")
    return found[0]


def add_training(
    vault: Vault, supporter_id: int, title: str, held_on: dt.date, *, refresher: bool = False
) -> TrainingRecord:
    with vault.transaction() as session:
        supporter = supporter_row(session, supporter_id)
        clean = required_text("title", title, max_length=200, what="The training's title")
        row = credit_training(session, supporter, clean, held_on, refresher=refresher)
        audit.record(session, "training.add", "training", row.id)
        return TrainingRecord(row.id, supporter_id, clean, held_on, refresher)


def credit_training(
    session: Session,
    supporter: Supporter,
    title: str,
    held_on: dt.date,
    *,
    refresher: bool,
    session_id: int | None = None,
) -> Training:
    """A training the supporter had (alone, or attending a session), with what it moves:
    a first training sets when they were trained, a refresher puts the next one off."""
    row = Training(
        supporter_id=supporter.id,
        title=title,
        held_on=held_on,
        refresher=refresher,
        session_id=session_id,
    )
    session.add(row)
    # The training date is the first (initial) training: what "trained" means in the
    # figures of any quarter since; refreshers do not move it.
    first = supporter.training_date is None or held_on < supporter.training_date
    if not refresher and first:
        supporter.training_date = held_on
    if refresher:
        due = _years_after(held_on, REFRESHER_EVERY_YEARS)
        if supporter.refresher_due is None or supporter.refresher_due < due:
            supporter.refresher_due = due
    session.flush()
    return row


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def trainings_of(vault: Vault, supporter_id: int) -> list[TrainingRecord]:
    query = (
        select(Training)
        .where(Training.supporter_id == supporter_id)
        .order_by(Training.held_on, Training.id)
    )
    with vault.reading() as session:
        return [
            TrainingRecord(r.id, r.supporter_id, r.title, r.held_on, r.refresher)
            for r in session.scalars(query)
        ]


def _fill(session: Session, row: Supporter, data: SupporterInput) -> None:
    row.name = required_text("name", data.name, max_length=200, what="The name")
    row.role = code_value("role", Role, data.role)
    row.department_id = department_id(session, data.department)
    row.specialty = optional_text("specialty", data.specialty, max_length=120, what="A specialty")
    row.email = optional_email("email", data.email)
    row.phone = optional_text("phone", data.phone, max_length=40, what="A phone number")
    stored = frozenset((row.languages or "").split(","))
    row.languages = ",".join(language_codes("languages", data.languages, kept=stored))
    row.training_date = data.training_date
    row.refresher_due = data.refresher_due
    if data.training_date and data.refresher_due and data.refresher_due < data.training_date:
        raise InvalidInput("refresher_due", "A refresher cannot be due before the training.")
    row.capacity = (
        None
        if data.capacity is None
        else non_negative("capacity", data.capacity, what="The capacity", maximum=50)
    )
    if data.clinician_id is not None and session.get(Clinician, data.clinician_id) is None:
        raise NotFound("clinician", data.clinician_id)
    row.clinician_id = data.clinician_id


def fill_supporter(session: Session, row: Supporter, data: SupporterInput) -> None:
    """Check ``data`` by the form's rules and set it on ``row``, within the caller's
    transaction: the roster import's way to the same rules (InvalidInput if refused)."""
    _fill(session, row, data)


def supporter_row(session: Session, supporter_id: int) -> Supporter:
    row = session.get(Supporter, supporter_id)
    if row is None:
        raise NotFound("supporter", supporter_id)
    return row


def _record(session: Session, row: Supporter) -> SupporterRecord:
    return SupporterRecord(
        id=row.id,
        name=row.name,
        role=row.role,
        department=department_name(session, row.department_id),
        specialty=row.specialty,
        email=row.email,
        phone=row.phone,
        languages=tuple(lang for lang in row.languages.split(",") if lang),
        training_date=row.training_date,
        refresher_due=row.refresher_due,
        status=row.status,
        capacity=effective_capacity(session, row),
        clinician_id=row.clinician_id,
        own_capacity=row.capacity,
    )


def effective_capacity(session: Session, row: Supporter) -> int:
    """The most open cases the supporter is given: their own, else the program's default
    (``row.capacity`` and SupporterRecord.own_capacity are their own alone)."""
    return row.capacity if row.capacity is not None else program_row(session).default_capacity


def effective_capacity_sql(session: Session) -> ColumnElement[int]:
    """effective_capacity as a column, for a query over the whole roster."""
    return func.coalesce(Supporter.capacity, program_row(session).default_capacity)
