"""The internal event coverage report: each serious event of a period and everyone it
involved, whether and when each was offered support, within target or not; saved as a
PDF or a CSV, audited.

It names people: it stays inside the program (the PDF says so on every page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import CaseStatus, ContactKind
from peersupport_desktop.core.event_coverage import (
    Coverage,
    CoveragePeriod,
    EventCoverage,
    InvolvedPerson,
    timeliness,
)
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.reports.coverage_csv import coverage_csv
from peersupport_desktop.reports.coverage_report import render_coverage
from peersupport_desktop.services import audit
from peersupport_desktop.services.anniversaries import SERIOUS_EVENTS
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.retention import DEIDENTIFIED_NAME
from peersupport_desktop.services.saved_files import write_output
from peersupport_desktop.services.settings import get_settings
from peersupport_desktop.store.models import (
    Case,
    Clinician,
    Contact,
    Department,
    Event,
    EventTypeRow,
)
from peersupport_desktop.store.vault import Vault

_REACHING_KINDS = [kind for kind in ContactKind if kind.reaches_person]


class CoverageFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"

    @classmethod
    def of(cls, destination: Path) -> CoverageFormat:
        """The format a file's suffix names; another suffix is refused in one sentence."""
        suffix = destination.suffix.lower().lstrip(".")
        if suffix not in {f.value for f in cls}:
            raise InvalidInput(
                "out", "The coverage report is written as a .pdf or a .csv file: name one."
            )
        return cls(suffix)


def period_between(first_day: dt.date, last_day: dt.date) -> CoveragePeriod:
    if last_day < first_day:
        raise InvalidInput("to", "The period ends before it starts: give the earlier day first.")
    return CoveragePeriod(first_day, last_day)


def event_coverage(
    vault: Vault, period: CoveragePeriod, *, as_of: dt.datetime | None = None
) -> Coverage:
    """Every serious event that happened in ``period``, oldest first, with each case of it."""
    moment = as_of or now()
    settings = get_settings(vault)
    hours = settings.outreach_target_hours
    working = settings.outreach_clock is OutreachClock.WORKING_HOURS
    with vault.reading() as session:
        events = _events(session, period, moment)
    return Coverage(
        period=period,
        as_of=moment,
        events=tuple(events),
        outreach_target=f"{hours} working hours" if working else f"{hours} hours",
        urgent_target_minutes=settings.urgent_target_minutes,
    )


def _events(session: Session, period: CoveragePeriod, as_of: dt.datetime) -> list[EventCoverage]:
    # One query: each serious event with each of its cases (an event without one
    # comes once, its case columns empty); "reached" is a correlated EXISTS that the
    # contacts' case index answers.
    reached = (
        exists()
        .where(Contact.case_id == Case.id, Contact.kind.in_(_REACHING_KINDS))
        .correlate(Case)
    )
    rows = session.execute(
        select(
            Event.id,
            Event.occurred_on,
            Event.event_type,
            EventTypeRow.label,
            Department.name,
            Event.urgent,
            Case.reference,
            Clinician.name,
            Clinician.role,
            Case.referred_at,
            Case.outreach_due_at,
            Case.first_outreach_at,
            Case.status,
            Case.outcome,
            Case.deidentified_at,
            reached.label("reached"),
        )
        .select_from(Event)
        .join(EventTypeRow, EventTypeRow.code == Event.event_type)
        .outerjoin(Department, Department.id == Event.department_id)
        .outerjoin(Case, Case.event_id == Event.id)
        .outerjoin(Clinician, Clinician.id == Case.clinician_id)
        .where(
            Event.occurred_on.between(period.first_day, period.last_day),
            or_(Event.urgent.is_(True), Event.event_type.in_([k.value for k in SERIOUS_EVENTS])),
        )
        .order_by(Event.occurred_on, Event.id, Case.referred_at, Case.reference)
    )
    found: dict[int, tuple[EventCoverage, list[InvolvedPerson]]] = {}
    for row in rows:
        event_id, occurred_on, code, label, department, urgent, reference = row[:7]
        if event_id not in found:
            event = EventCoverage(event_id, occurred_on, code, label, department, bool(urgent), ())
            found[event_id] = (event, [])
        if reference is None:
            continue  # an event nobody was referred for yet
        name, role, referred_at, due_at, offered_at, status, outcome, gone, talked = row[7:]
        found[event_id][1].append(
            InvolvedPerson(
                case_reference=reference,
                clinician=DEIDENTIFIED_NAME if gone is not None else name,
                role=role,
                referred_at=referred_at,
                due_at=due_at,
                offered_at=offered_at,
                timeliness=timeliness(offered_at, due_at, as_of),
                closed=status is CaseStatus.CLOSED,
                outcome=outcome,
                reached=bool(talked),
            )
        )
    return [replace(event, involved=tuple(people)) for event, people in found.values()]


def coverage_bytes(vault: Vault, coverage: Coverage, file_format: CoverageFormat) -> bytes:
    if file_format is CoverageFormat.CSV:
        return coverage_csv(coverage)
    settings = get_settings(vault)
    return render_coverage(coverage, program_name=settings.program_name)


def save_coverage(
    vault: Vault,
    period: CoveragePeriod,
    destination: Path,
    *,
    replace: bool = False,
    as_of: dt.datetime | None = None,
) -> tuple[Path, Coverage]:
    """Write the report where the coordinator chose, as its suffix says (.pdf or .csv);
    ``replace``: the coordinator said an existing file there may be replaced."""
    file_format = CoverageFormat.of(destination)
    coverage = event_coverage(vault, period, as_of=as_of)
    data = coverage_bytes(vault, coverage, file_format)
    written = write_output(vault, destination, data, replace=replace)
    with vault.transaction() as session:
        audit.record(session, "report.coverage_saved", "report", None)
    return written, coverage
