"""Supporters' debriefs and meetings: care for the supporters themselves.

A group debrief or a meeting credits each supporter who came; a one-to-one debrief
has exactly one. The minutes never hold case content: a case's reference or a
clinician's name in them is refused. The program lists the supporters who have gone
too long without one, and proposes a check-in with a supporter after an intense
encounter until a debrief credits them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, delete, func, select, true
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import DebriefKind, SupporterStatus
from peersupport_desktop.core.debrief_due import days_without_debrief
from peersupport_desktop.services import audit
from peersupport_desktop.services.case_content import CaseWords
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.settings import program_row
from peersupport_desktop.services.validation import code_value, optional_text
from peersupport_desktop.store.models import Contact, Debrief, DebriefAttendee, Supporter
from peersupport_desktop.store.vault import Vault

MAX_NOTES = 4000
MAX_MINUTES = 1440
CASE_CONTENT = "The minutes name a person supported (or a case); debriefs keep no case content."


@dataclass(frozen=True, slots=True)
class DebriefInput:
    kind: DebriefKind | str
    held_on: dt.date
    attendees: tuple[int, ...]  # supporter ids
    minutes: int | None = None  # how long it lasted
    notes: str | None = None  # the meeting's minutes


@dataclass(frozen=True, slots=True)
class Attendee:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class DebriefRecord:
    id: int
    kind: DebriefKind
    held_on: dt.date
    minutes: int | None
    notes: str | None
    attendees: tuple[Attendee, ...]  # by name


@dataclass(frozen=True, slots=True)
class DebriefDue:
    """A supporter gone longer than the program's interval without a debrief."""

    supporter_id: int
    name: str
    last: dt.date | None  # their latest debrief or meeting; None: none since trained
    days: int  # since then (or since they were trained, or joined)


@dataclass(frozen=True, slots=True)
class SupporterCheckIn:
    """A supporter to check in with: an intense encounter no debrief has followed."""

    supporter_id: int
    name: str
    encounter_on: dt.date  # the latest such encounter

    def sentence(self) -> str:
        return (
            f"Check in with {self.name} after an intense encounter on "
            f"{self.encounter_on.day} {self.encounter_on:%b}"
        )


def add_debrief(vault: Vault, data: DebriefInput) -> DebriefRecord:
    with vault.transaction() as session:
        row = store_debrief(session, data)
        audit.record(session, "debrief.add", "debrief", row.id)
        return _record(session, row)


def edit_debrief(vault: Vault, debrief_id: int, data: DebriefInput) -> DebriefRecord:
    with vault.transaction() as session:
        row = _row(session, debrief_id)
        _fill(session, row, data)
        session.execute(delete(DebriefAttendee).where(DebriefAttendee.debrief_id == row.id))
        _credit(session, row.id, data.attendees)
        audit.record(session, "debrief.edit", "debrief", row.id)
        return _record(session, row)


def remove_debrief(vault: Vault, debrief_id: int) -> None:
    with vault.transaction() as session:
        row = _row(session, debrief_id)
        session.execute(delete(DebriefAttendee).where(DebriefAttendee.debrief_id == row.id))
        session.delete(row)
        audit.record(session, "debrief.remove", "debrief", debrief_id)


def get_debrief(vault: Vault, debrief_id: int) -> DebriefRecord:
    with vault.reading() as session:
        return _record(session, _row(session, debrief_id))


def list_debriefs(vault: Vault) -> list[DebriefRecord]:
    """Every debrief and meeting, newest first."""
    with vault.reading() as session:
        return debrief_records(session)


def debrief_records(session: Session) -> list[DebriefRecord]:
    rows = list(
        session.scalars(select(Debrief).order_by(Debrief.held_on.desc(), Debrief.id.desc()))
    )
    names: dict[int, list[Attendee]] = {}
    credited = (
        select(DebriefAttendee.debrief_id, Supporter.id, Supporter.name)
        .join(Supporter, Supporter.id == DebriefAttendee.supporter_id)
        .order_by(Supporter.name)
    )
    for debrief_id, supporter_id, name in session.execute(credited):
        names.setdefault(debrief_id, []).append(Attendee(supporter_id, name))
    return [_record(session, row, tuple(names.get(row.id, ()))) for row in rows]


def store_debrief(session: Session, data: DebriefInput, words: CaseWords | None = None) -> Debrief:
    """A new debrief with its attendees, checked, within the caller's transaction
    (``words``: the clinicians' names, when already read for other rows)."""
    row = Debrief(created_at=now())
    _fill(session, row, data, words)
    session.add(row)
    session.flush()
    _credit(session, row.id, data.attendees)
    return row


def supporters_without_debrief(vault: Vault, today: dt.date) -> list[DebriefDue]:
    """Active supporters whose latest debrief or meeting is older than the program's
    interval, or who have had none in that long since they were trained (or joined);
    the longest first. Empty when the program's interval is off."""
    with vault.reading() as session:
        every = program_row(session).debrief_every_days
        if every is None:
            return []
        latest = latest_debriefs(session)
        due = []
        for person in session.scalars(
            select(Supporter).where(Supporter.status == SupporterStatus.ACTIVE)
        ):
            last = latest.get(person.id)
            if last is not None and person.training_date and last < person.training_date:
                last = None  # a debrief before their training is not theirs to count
            days = days_without_debrief(
                every, person.status, last, person.training_date, person.created_at.date(), today
            )
            if days is not None:
                due.append(DebriefDue(person.id, person.name, last, days))
        return sorted(due, key=lambda d: (-d.days, d.name.casefold()))


def paused_not_due(vault: Vault) -> int:
    """How many supporters the lists of those due a debrief leave out for being paused
    (the debrief log's and the load view's, which say so: core/debrief_due.paused_left_out).
    0 with the program's interval off, when nobody is listed."""
    with vault.reading() as session:
        if program_row(session).debrief_every_days is None:
            return 0
        paused = (
            select(func.count())
            .select_from(Supporter)
            .where(Supporter.status == SupporterStatus.PAUSED)
        )
        return session.scalar(paused) or 0


def supporter_check_ins(vault: Vault) -> list[SupporterCheckIn]:
    """For each supporter (not retired) with an intense contact after their latest
    debrief: whom to check in with, and that encounter's day. A debrief crediting them
    on or after the encounter's day ends it."""
    with vault.reading() as session:
        latest = latest_debriefs(session)
        encounters = session.execute(
            select(Supporter.id, Supporter.name, func.max(Contact.occurred_at))
            .join(Contact, Contact.supporter_id == Supporter.id)
            # As the partial index ix_contacts_intense says it, so SQLite takes it.
            .where(Contact.intense == true(), Supporter.status != SupporterStatus.RETIRED)
            .group_by(Supporter.id, Supporter.name)
        )
        found = []
        for supporter_id, name, at in encounters:
            on = at.date()
            last = latest.get(supporter_id)
            if last is None or last < on:
                found.append(SupporterCheckIn(supporter_id, name, on))
        return sorted(found, key=lambda c: (c.encounter_on, c.name.casefold()))


def latest_debriefs_query() -> Select[int, dt.date]:
    """Each supporter's last debrief or meeting: (supporter id, held on), as the
    columns ``sid`` and ``last`` when used as a subquery (the load view joins it)."""
    return (
        select(DebriefAttendee.supporter_id.label("sid"), func.max(Debrief.held_on).label("last"))
        .join(Debrief, Debrief.id == DebriefAttendee.debrief_id)
        .group_by(DebriefAttendee.supporter_id)
    )


def latest_debriefs(session: Session) -> dict[int, dt.date]:
    return {
        supporter_id: held_on for supporter_id, held_on in session.execute(latest_debriefs_query())
    }


def _fill(
    session: Session, row: Debrief, data: DebriefInput, words: CaseWords | None = None
) -> None:
    row.kind = code_value("kind", DebriefKind, data.kind)
    if data.held_on > now().date():
        raise InvalidInput("held_on", "A debrief cannot be logged in the future.")
    row.held_on = data.held_on
    if data.minutes is not None and not 1 <= data.minutes <= MAX_MINUTES:
        raise InvalidInput("minutes", f"The duration must be between 1 and {MAX_MINUTES} minutes.")
    row.minutes = data.minutes
    notes = optional_text("notes", data.notes, max_length=MAX_NOTES, what="The minutes")
    if notes is not None and (words or CaseWords(session)).found_in(notes):
        raise InvalidInput("notes", CASE_CONTENT)
    row.notes = notes
    _check_attendees(session, row.kind, data.attendees)


def _check_attendees(session: Session, kind: DebriefKind, attendees: Sequence[int]) -> None:
    people = set(attendees)
    if not people:
        raise InvalidInput("attendees", "Choose at least one supporter who came.")
    if kind is DebriefKind.ONE_TO_ONE and len(people) != 1:
        raise InvalidInput("attendees", "A one-to-one debrief has exactly one supporter.")
    known = set(session.scalars(select(Supporter.id).where(Supporter.id.in_(people))))
    missing = sorted(people - known)
    if missing:
        raise NotFound("supporter", missing[0])


def _credit(session: Session, debrief_id: int, attendees: Sequence[int]) -> None:
    session.add_all(
        DebriefAttendee(debrief_id=debrief_id, supporter_id=supporter_id)
        for supporter_id in sorted(set(attendees))
    )
    session.flush()


def _row(session: Session, debrief_id: int) -> Debrief:
    row = session.get(Debrief, debrief_id)
    if row is None:
        raise NotFound("debrief", debrief_id)
    return row


def _record(
    session: Session, row: Debrief, attendees: tuple[Attendee, ...] | None = None
) -> DebriefRecord:
    if attendees is None:
        attendees = tuple(
            Attendee(supporter_id, name)
            for supporter_id, name in session.execute(
                select(Supporter.id, Supporter.name)
                .join(DebriefAttendee, DebriefAttendee.supporter_id == Supporter.id)
                .where(DebriefAttendee.debrief_id == row.id)
                .order_by(Supporter.name)
            )
        )
    return DebriefRecord(row.id, row.kind, row.held_on, row.minutes, row.notes, attendees)
