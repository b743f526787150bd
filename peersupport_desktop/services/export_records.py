"""The records export: one row per case for program evaluation, only allowed fields,
k-anonymous on period, role, department and event type, under pseudonyms drawn
afresh for each export."""

from __future__ import annotations

import datetime as dt
import secrets
import typing
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    SQLColumnExpression,
    String,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from peersupport_desktop.core import k_anonymity
from peersupport_desktop.core.export_table import Cell, ExportKind, ExportTable, Granularity
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.export_fields import fields_of
from peersupport_desktop.services.export_request import (
    NEVER_EXPORTED,
    ExportRequest,
    dates_rule,
    in_progress,
    summary_periods,
)
from peersupport_desktop.services.figures import NO_DEPARTMENT
from peersupport_desktop.store.models import Case, Clinician, Contact, Department, Event
from peersupport_desktop.store.vault import Vault

HOUR_MS = 3_600_000
DAY_MS = 86_400_000


def records_table(
    vault: Vault, request: ExportRequest, threshold: int, moment: dt.datetime
) -> ExportTable:
    """One row per case, k-anonymous, under fresh pseudonyms."""
    quarters = sorted(set(request.quarters))
    by_year = request.granularity is Granularity.YEAR
    if by_year:
        summary_periods(quarters, request.granularity)  # the same rule: no gap in a year
    with vault.reading() as session:
        found = _case_rows(session, quarters, by_year, moment)
    anonymous = k_anonymity.anonymize([row[:5] for row in found], request.k)
    # Grouped by what a reader compares, and within a group by pseudonym, which is
    # random: the order the vault holds cases in (by referral) must not show.
    groups: dict[k_anonymity.QuasiIdentifiers, list[tuple[Cell, ...]]] = {}
    for name, shown, row in zip(_pseudonyms(len(found)), anonymous.rows, found, strict=True):
        if shown is not None:
            groups.setdefault(shown, []).append((name, *shown.key, *row[5:]))
    rows: list[tuple[Cell, ...]] = []
    for shown in sorted(groups, key=lambda combination: combination.key):
        rows += sorted(groups[shown])  # pseudonyms are unique: only they are compared
    return ExportTable(
        kind=ExportKind.RECORDS,
        fields=fields_of(ExportKind.RECORDS),
        rows=tuple(rows),
        rules=_rules(request, anonymous) + in_progress(quarters, moment),
        periods=tuple(str(q) for q in quarters),
        threshold=threshold,
        k=anonymous.k,
        k_achieved=anonymous.achieved,
    )


def _case_rows(
    session: Session, quarters: list[Quarter], by_year: bool, moment: dt.datetime
) -> Sequence[tuple[Any, ...]]:
    # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' (SQLAlchemy's SQLite DATETIME), so the
    # year and month are fixed slices: cheaper than parsing each date.
    year = func.substr(Case.referred_at, 1, 4)
    month = cast(func.substr(Case.referred_at, 6, 2), Integer)
    quarter = year + "Q" + cast((month + 2) // 3, String)
    contacts = select(Contact.case_id, func.count().label("n")).group_by(Contact.case_id).subquery()
    first, due = Case.first_outreach_at, Case.outreach_due_at
    # Worked out by SQLite, not row by row in Python: the export of a large vault
    # stays within its few seconds. Codes come back as the stored text.
    query = (
        select(
            year if by_year else quarter,
            year,
            type_coerce(Clinician.role, String),
            func.coalesce(Department.name, NO_DEPARTMENT),
            Event.event_type,
            type_coerce(Case.referral_source, String),
            type_coerce(Case.status, String),
            _whole_units(first, Case.referred_at, HOUR_MS),
            sql_case(
                (first.is_not(None), sql_case((first <= due, "yes"), else_="no")),
                (due < moment, "no"),
                else_=None,
            ),
            func.coalesce(contacts.c.n, 0),
            _whole_units(Case.closed_at, Case.referred_at, DAY_MS),
            Case.reopened_count,
        )
        .join(Clinician, Clinician.id == Case.clinician_id)
        .outerjoin(Department, Department.id == Clinician.department_id)
        .join(Event, Event.id == Case.event_id)
        .outerjoin(contacts, contacts.c.case_id == Case.id)
        .where(
            or_(*(Case.referred_at.between(start, end) for start, end in _ranges(quarters))),
            Case.referred_at <= moment,
        )
    )
    # Rows behave as tuples; typed as such for the slicing that follows.
    return typing.cast(Sequence[tuple[Any, ...]], session.connection().execute(query).all())


def _rules(request: ExportRequest, anonymous: k_anonymity.KAnonymous) -> tuple[str, ...]:
    if anonymous.achieved is None:
        crowd = f"No combination reached {anonymous.k} rows, so no row is published."
    else:
        crowd = (
            f"Every combination of period, role, department and event type holds at least "
            f"{anonymous.k} rows (k = {anonymous.k}; the smallest holds {anonymous.achieved})."
        )
    rules = [
        "One row per case, under a random pseudonym drawn for this export only: it links to "
        "no other export and to nothing in the program's records. Rows are in no "
        "meaningful order.",
        dates_rule(
            Granularity.YEAR if k_anonymity.YEARS_STEP in anonymous.steps else request.granularity,
            "Each row gives",
        ),
        "Intervals are whole hours or whole days, rounded down.",
        crowd,
    ]
    if anonymous.steps:
        rules.append("To reach it: " + "; ".join(anonymous.steps) + ".")
    if anonymous.suppressed:
        # How many were left out is itself a count of people: not said.
        rules.append("Rows in combinations still too rare were left out.")
    rules.append(NEVER_EXPORTED[:-1] + ", nor outcomes or decisions about resources.")
    return tuple(rules)


def _ranges(quarters: list[Quarter]) -> list[tuple[dt.datetime, dt.datetime]]:
    """Consecutive quarters as one closed range each (the last microsecond included)."""
    ranges: list[tuple[dt.datetime, dt.datetime]] = []
    for quarter in quarters:
        if ranges and ranges[-1][1] + dt.timedelta(microseconds=1) == quarter.starts:
            ranges[-1] = (ranges[-1][0], quarter.ends - dt.timedelta(microseconds=1))
        else:
            ranges.append((quarter.starts, quarter.ends - dt.timedelta(microseconds=1)))
    return ranges


def _whole_units(
    later: SQLColumnExpression[dt.datetime | None],
    earlier: SQLColumnExpression[dt.datetime],
    unit_ms: int,
) -> ColumnElement[int]:
    """Whole hours or days between two times, rounded down; NULL when ``later`` is."""
    days = func.julianday(later) - func.julianday(earlier)
    milliseconds = cast(func.round(days * DAY_MS), Integer)  # exact, unlike a float's floor
    return func.max(0, milliseconds // unit_ms)


def _pseudonyms(count: int) -> list[str]:
    """Fresh random names, unique within the export; 64 bits each, so two exports of
    the same program share none (and none says anything about the case)."""
    while True:
        drawn = secrets.token_bytes(8 * count).hex()
        names = [drawn[i : i + 16] for i in range(0, len(drawn), 16)]
        if len(set(names)) == count:  # a repeat is vanishingly rare: draw all again
            return names
