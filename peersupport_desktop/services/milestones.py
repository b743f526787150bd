"""Milestones of investigations and legal processes (a root-cause analysis meeting, a
deposition, a trial...), which bring the distress back, and the check-in each schedules
a few days before it.

A milestone belongs to an event (everyone it touched gets a check-in) or to one case.
Check-ins are for open cases only: a closed or de-identified case gets none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import CaseStatus, MilestoneKind
from peersupport_desktop.core.milestone_dates import (
    MOST_DAYS_BACK,
    check_in_day,
    date_problem,
)
from peersupport_desktop.core.working_time import WorkingWeek
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.settings import FOLLOW_UP_LIMITS, program_row, working_week
from peersupport_desktop.services.validation import code_value
from peersupport_desktop.store.models import (
    Case,
    Clinician,
    Event,
    Milestone,
)
from peersupport_desktop.store.vault import Vault

CHECK_IN_RANGE = FOLLOW_UP_LIMITS["milestone_check_in_days"]
ONE_OWNER = "A milestone belongs to an event or to one case: choose one of them."
DEIDENTIFIED = "The case was de-identified under the retention rule: it takes no milestone."


@dataclass(frozen=True, slots=True)
class MilestoneRecord:
    id: int
    kind: MilestoneKind
    on_date: dt.date
    check_in_days: int
    check_in_on: dt.date  # the check-in's day: a working day, on or before the milestone
    event_id: int | None  # the event's (everyone involved), else
    case_id: int | None  # the one case's

    @property
    def for_event(self) -> bool:
        return self.event_id is not None


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A check-in due with one person before a milestone."""

    on: dt.date
    case_id: int
    reference: str
    clinician: str
    milestone_id: int
    kind: MilestoneKind
    milestone_on: dt.date
    for_event: bool  # the event's milestone, so everyone it touched has one


def add_milestone(
    vault: Vault,
    *,
    event_id: int | None = None,
    case_id: int | None = None,
    kind: MilestoneKind | str,
    on_date: dt.date,
    check_in_days: int | None = None,
) -> MilestoneRecord:
    """A milestone of the event (everyone involved) or of one case; ``check_in_days``
    defaults to the program's setting."""
    if (event_id is None) == (case_id is None):
        raise InvalidInput("milestone", ONE_OWNER)
    chosen = code_value("milestone_kind", MilestoneKind, kind)
    with vault.transaction() as session:
        event_on = _owner_event_date(session, event_id, case_id)
        days = (
            program_row(session).milestone_check_in_days
            if check_in_days is None
            else _checked_days(check_in_days)
        )
        row = Milestone(
            event_id=event_id,
            case_id=case_id,
            kind=chosen,
            on_date=_checked_date(on_date, event_on),
            check_in_days=days,
            created_at=now(),
        )
        _refuse_twin(session, row)
        session.add(row)
        session.flush()
        audit.record(session, "milestone.add", "milestone", row.id)
        return _record(row, _working_week(session))


def update_milestone(
    vault: Vault,
    milestone_id: int,
    *,
    kind: MilestoneKind | str | None = None,
    on_date: dt.date | None = None,
    check_in_days: int | None = None,
) -> MilestoneRecord:
    """Change what is given; the rest stays."""
    with vault.transaction() as session:
        row = _get(session, milestone_id)
        event_on = _owner_event_date(session, row.event_id, row.case_id)
        if kind is not None:
            row.kind = code_value("milestone_kind", MilestoneKind, kind)
        if on_date is not None:
            row.on_date = _checked_date(on_date, event_on)
        if check_in_days is not None:
            row.check_in_days = _checked_days(check_in_days)
        _refuse_twin(session, row)
        audit.record(session, "milestone.edit", "milestone", row.id)
        return _record(row, _working_week(session))


def remove_milestone(vault: Vault, milestone_id: int) -> None:
    with vault.transaction() as session:
        session.delete(_get(session, milestone_id))
        audit.record(session, "milestone.remove", "milestone", milestone_id)


def milestones_of(vault: Vault, case_id: int) -> list[MilestoneRecord]:
    """The case's own milestones and its event's, soonest first."""
    with vault.reading() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound("case", case_id)
        query = select(Milestone).where(
            or_(Milestone.case_id == case_id, Milestone.event_id == case.event_id)
        )
        return _records(session, query)


def event_milestones(vault: Vault, event_id: int) -> list[MilestoneRecord]:
    """The event's own milestones (not those of its cases), soonest first."""
    with vault.reading() as session:
        if session.get(Event, event_id) is None:
            raise NotFound("event", event_id)
        return _records(session, select(Milestone).where(Milestone.event_id == event_id))


def check_ins_due(vault: Vault, from_day: dt.date, to_day: dt.date) -> list[CheckIn]:
    """Each check-in from ``from_day`` to ``to_day`` (both included), one per open case:
    an event's milestone gives one to every open case of the event. Soonest first."""
    if to_day < from_day:
        return []
    # A check-in comes up to 90 days before its milestone, and a day off moves it back.
    latest = to_day + dt.timedelta(days=CHECK_IN_RANGE[1] + MOST_DAYS_BACK)
    open_case = (
        Case.status != CaseStatus.CLOSED,
        Case.deidentified_at.is_(None),  # retention took who it was about
    )
    columns = (
        Milestone.id, Milestone.kind, Milestone.on_date, Milestone.check_in_days,
        Milestone.event_id, Case.id, Case.reference, Clinician.name,
    )  # fmt: skip
    of_cases = (
        select(*columns)
        .join(Case, Case.id == Milestone.case_id)
        .join(Clinician, Clinician.id == Case.clinician_id)
        .where(Milestone.on_date.between(from_day, latest), *open_case)
    )
    of_events = (
        select(*columns)
        .join(Case, Case.event_id == Milestone.event_id)
        .join(Clinician, Clinician.id == Case.clinician_id)
        .where(Milestone.on_date.between(from_day, latest), *open_case)
    )
    found = []
    with vault.reading() as session:
        week = _working_week(session)
        for query in (of_cases, of_events):
            for mid, kind, on, days, event_id, case_id, reference, name in session.execute(query):
                day = check_in_day(on, days, week)
                if from_day <= day <= to_day:
                    found.append(
                        CheckIn(day, case_id, reference, name, mid, kind, on, event_id is not None)
                    )
    return sorted(found, key=lambda c: (c.on, c.milestone_on, c.reference, c.milestone_id))


def case_id_for(vault: Vault, reference: str) -> int:
    """The case a reference (PS-000012, any case) names."""
    clean = reference.strip().upper()
    with vault.reading() as session:
        found = session.scalar(select(Case.id).where(Case.reference == clean))
    if found is None:
        raise InvalidInput("case", f"There is no case {clean}.")
    return found


def add_event_milestones(
    session: Session, event_id: int, wanted: Iterable[tuple[MilestoneKind, dt.date]]
) -> int:
    """An import's milestones for one event, within its transaction; those already there
    (the same kind on the same day) are not added twice. The dates were checked with
    the import's rows. How many were added."""
    have = {
        (kind, on)
        for kind, on in session.execute(
            select(Milestone.kind, Milestone.on_date).where(Milestone.event_id == event_id)
        )
    }
    days = program_row(session).milestone_check_in_days
    added = []
    for kind, on in wanted:
        if (kind, on) in have:
            continue
        have.add((kind, on))
        row = Milestone(
            event_id=event_id, kind=kind, on_date=on, check_in_days=days, created_at=now()
        )
        session.add(row)
        added.append(row)
    session.flush()
    audit.record_many(session, "milestone.add", "milestone", [row.id for row in added])
    return len(added)


def _owner_event_date(session: Session, event_id: int | None, case_id: int | None) -> dt.date:
    """The date of the event the milestone follows (its own, or its case's)."""
    if case_id is not None:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound("case", case_id)
        if case.deidentified_at is not None:
            raise InvalidInput("milestone", DEIDENTIFIED)
        event_id = case.event_id
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event", event_id or 0)
    return event.occurred_on


def _checked_date(on_date: dt.date, event_on: dt.date) -> dt.date:
    if not isinstance(on_date, dt.date) or isinstance(on_date, dt.datetime):
        raise InvalidInput("milestone_date", "A milestone needs a date.")
    problem = date_problem(on_date, now().date(), event_on)
    if problem is not None:
        raise InvalidInput("milestone_date", problem)
    return on_date


def _checked_days(days: int) -> int:
    lowest, highest, sentence = CHECK_IN_RANGE
    if not isinstance(days, int) or isinstance(days, bool) or not lowest <= days <= highest:
        raise InvalidInput("check_in_days", sentence)
    return days


def _refuse_twin(session: Session, row: Milestone) -> None:
    """The same kind on the same day, for the same event or case, is there already."""
    twin = session.scalar(
        select(Milestone.id).where(
            Milestone.event_id.is_(None) if row.event_id is None
            else Milestone.event_id == row.event_id,
            Milestone.case_id.is_(None) if row.case_id is None
            else Milestone.case_id == row.case_id,
            Milestone.kind == row.kind,
            Milestone.on_date == row.on_date,
            Milestone.id != (row.id or 0),
        )
    )  # fmt: skip
    if twin is not None:
        raise InvalidInput("milestone", "This milestone is there already, on the same day.")


def _get(session: Session, milestone_id: int) -> Milestone:
    row = session.get(Milestone, milestone_id)
    if row is None:
        raise NotFound("milestone", milestone_id)
    return row


def _records(session: Session, query: Select[Milestone]) -> list[MilestoneRecord]:
    week = _working_week(session)
    rows = session.scalars(query.order_by(Milestone.on_date, Milestone.id))
    return [_record(row, week) for row in rows]


def _record(row: Milestone, week: WorkingWeek | None) -> MilestoneRecord:
    return MilestoneRecord(
        id=row.id,
        kind=row.kind,
        on_date=row.on_date,
        check_in_days=row.check_in_days,
        check_in_on=check_in_day(row.on_date, row.check_in_days, week),
        event_id=row.event_id,
        case_id=row.case_id,
    )


def _working_week(session: Session) -> WorkingWeek | None:
    """The program's working days and holidays: a check-in falls on a working day."""
    try:
        return working_week(session)
    except ValueError:  # no working day at all: the plain dates
        return None
