"""Anonymized exports: the program's figures (summary) or one row per case (records),
safe by construction, previewed before they leave, and logged when they do.

``build_export`` makes the table the coordinator sees; ``save_export`` writes
exactly that table, and records in the vault when, what kind, which periods and
fields, the threshold, k and the file's SHA-256: never the content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from peersupport_desktop.core import k_anonymity
from peersupport_desktop.core.anonymized_summary import Dimension, summary_cells
from peersupport_desktop.core.export_files import file_bytes, rules_note, rules_note_path
from peersupport_desktop.core.export_table import (
    Cell,
    ExportFormat,
    ExportKind,
    ExportTable,
    Granularity,
)
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.export_fields import fields_of
from peersupport_desktop.services.figures import NO_DEPARTMENT, Period, period_figures
from peersupport_desktop.services.saved_files import write_atomically
from peersupport_desktop.services.settings import get_settings
from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.models import (
    Case,
    Clinician,
    Contact,
    Department,
    Event,
    ExportEntry,
)
from peersupport_desktop.store.vault import Vault

NEVER_EXPORTED = (
    "Names, contact details, case references, referrers, notes and descriptions are never "
    "exported, nor any supporter's name."
)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    quarters: tuple[Quarter, ...]
    kind: ExportKind = ExportKind.SUMMARY
    dimensions: tuple[Dimension, ...] = ()
    granularity: Granularity = Granularity.QUARTER
    k: int = k_anonymity.DEFAULT_K


@dataclass(frozen=True, slots=True)
class SavedExport:
    path: Path
    rules_note: Path | None  # the CSV's companion note
    sha256: str
    rows: int


@dataclass(frozen=True, slots=True)
class ExportLogRecord:
    at: dt.datetime
    kind: str
    file_format: str
    periods: str
    fields: str
    threshold: int
    k: int | None
    k_achieved: int | None
    rows: int
    sha256: str


def build_export(
    vault: Vault, request: ExportRequest, *, as_of: dt.datetime | None = None
) -> ExportTable:
    """The export exactly as it would be written: read-only, nothing logged."""
    if not request.quarters:
        raise InvalidInput("quarters", "Choose at least one quarter to export.")
    threshold = get_settings(vault).small_number_threshold
    moment = as_of or now()
    with vault.transaction() as session:
        if request.kind is ExportKind.RECORDS:
            return _records(session, request, threshold, moment)
        return _summary(session, request, threshold, moment)


def save_export(
    vault: Vault, table: ExportTable, export_format: ExportFormat, destination: Path
) -> SavedExport:
    data = file_bytes(table, export_format)
    note = rules_note_path(destination) if export_format is ExportFormat.CSV else None
    if note is not None:
        write_atomically(note, rules_note(table))
    try:
        path = write_atomically(destination, data)
    except VaultError:
        if note is not None:
            note.unlink(missing_ok=True)  # no rules note for a file that never came
        raise
    digest = hashlib.sha256(data).hexdigest()
    with vault.transaction() as session:
        entry = ExportEntry(
            at=now(),
            kind=table.kind.value,
            file_format=export_format.value,
            periods=",".join(table.periods),
            fields=",".join(table.field_names),
            threshold=table.threshold,
            k=table.k,
            k_achieved=table.k_achieved,
            rows=len(table.rows),
            sha256=digest,
        )
        session.add(entry)
        session.flush()
        audit.record(session, f"export.{table.kind.value}", "export", entry.id)
    return SavedExport(path, note, digest, len(table.rows))


def export_log(vault: Vault) -> list[ExportLogRecord]:
    with vault.transaction() as session:
        return [
            ExportLogRecord(
                e.at,
                e.kind,
                e.file_format,
                e.periods,
                e.fields,
                e.threshold,
                e.k,
                e.k_achieved,
                e.rows,
                e.sha256,
            )
            for e in session.scalars(select(ExportEntry).order_by(ExportEntry.id))
        ]


def summary_periods(quarters: Sequence[Quarter], granularity: Granularity) -> list[Period]:
    """One period per quarter, or per year over that year's chosen quarters (consecutive)."""
    chosen = sorted(set(quarters))
    if granularity is Granularity.QUARTER:
        return [Period.of(q) for q in chosen]
    periods = []
    for year in sorted({q.year for q in chosen}):
        numbers = [q.number for q in chosen if q.year == year]
        if numbers != list(range(numbers[0], numbers[-1] + 1)):
            raise InvalidInput(
                "quarters", f"A year's figures need consecutive quarters; {year} has a gap."
            )
        first, last = Quarter(year, numbers[0]), Quarter(year, numbers[-1])
        label = str(year) if len(numbers) == 4 else f"{year} ({first}-{last})"
        periods.append(Period(label, first.starts, last.ends))
    return periods


def _summary(
    session: Session, request: ExportRequest, threshold: int, moment: dt.datetime
) -> ExportTable:
    periods = summary_periods(request.quarters, request.granularity)
    dimensions = tuple(dict.fromkeys(request.dimensions))  # each once, in the order asked
    rows: list[tuple[Cell, ...]] = []
    for period in periods:
        figures = period_figures(session, period, moment)
        rows += [
            cell.as_row() for cell in summary_cells(period.label, figures, dimensions, threshold)
        ]
    fold = ", ".join(dict.fromkeys(f"'{d.other}'" for d in dimensions)) or "'other'"
    rules = (
        f"Counts from 1 to {threshold - 1} are never shown: such a cell reads '<{threshold}'. "
        "Where a hidden count could be worked out from a total or from other cells, more "
        "cells are hidden and read 'suppressed'. Zero is shown.",
        f"Percentages, medians and the 90th percentile are whole numbers, shown only when "
        f"no count behind them is below {threshold}.",
        f"Categories with fewer than {threshold} cases are folded into a broader one "
        f"({fold}) where together they can be shown.",
        "Each split is a table of its own with its total. Splits are not crossed with each "
        "other: at a program's size nearly every crossed cell would be hidden.",
        _dates_rule(request.granularity, "Figures cover"),
        NEVER_EXPORTED,
    )
    return ExportTable(
        kind=ExportKind.SUMMARY,
        fields=fields_of(ExportKind.SUMMARY),
        rows=tuple(rows),
        rules=rules,
        periods=tuple(p.label for p in periods),
        threshold=threshold,
    )


def _records(
    session: Session, request: ExportRequest, threshold: int, moment: dt.datetime
) -> ExportTable:
    quarters = sorted(set(request.quarters))
    contacts = select(func.count(Contact.id)).where(Contact.case_id == Case.id).scalar_subquery()
    query = (
        select(
            Case.referred_at,
            Clinician.role,
            func.coalesce(Department.name, NO_DEPARTMENT),
            Event.event_type,
            Case.referral_source,
            Case.status,
            Case.first_outreach_at,
            Case.outreach_due_at,
            Case.closed_at,
            Case.reopened_count,
            contacts,
        )
        .join(Clinician, Clinician.id == Case.clinician_id)
        .outerjoin(Department, Department.id == Clinician.department_id)
        .join(Event, Event.id == Case.event_id)
        .where(
            or_(*(Case.referred_at.between(start, end) for start, end in _ranges(quarters))),
            Case.referred_at <= moment,
        )
    )
    by_year = request.granularity is Granularity.YEAR
    quasi, rest = [], []
    for (
        referred,
        role,
        department,
        event_type,
        source,
        status,
        first,
        due,
        closed,
        reopened,
        n,
    ) in session.execute(query):
        year = str(referred.year)
        quasi.append(
            k_anonymity.QuasiIdentifiers(
                period=year if by_year else str(Quarter.containing(referred)),
                year=year,
                role=role.value,
                department=department,
                event_type=event_type,
            )
        )
        rest.append(
            (
                source.value,
                status.value,
                _whole(first - referred, 3600) if first else None,
                _within_target(first, due, moment),
                int(n),
                _whole(closed - referred, 86400) if closed else None,
                reopened,
            )
        )
    anonymous = k_anonymity.anonymize(quasi, request.k)
    names = _pseudonyms(len(quasi))
    rows = sorted(
        (
            (name, q.period, q.role, q.department, q.event_type, *values)
            for name, q, values in zip(names, anonymous.rows, rest, strict=True)
            if q is not None
        ),
        key=lambda row: (str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[0])),
    )
    return ExportTable(
        kind=ExportKind.RECORDS,
        fields=fields_of(ExportKind.RECORDS),
        rows=tuple(rows),
        rules=_records_rules(request, anonymous),
        periods=tuple(str(q) for q in quarters),
        threshold=threshold,
        k=anonymous.k,
        k_achieved=anonymous.achieved,
    )


def _records_rules(request: ExportRequest, anonymous: k_anonymity.KAnonymous) -> tuple[str, ...]:
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
        _dates_rule(
            Granularity.YEAR if k_anonymity.YEARS_STEP in anonymous.steps else request.granularity,
            "Each row gives",
        ),
        "Intervals are whole hours or whole days, rounded down.",
        crowd,
    ]
    if anonymous.steps:
        rules.append("To reach it: " + "; ".join(anonymous.steps) + ".")
    if anonymous.suppressed:
        rules.append(f"{anonymous.suppressed} rows in combinations still too rare were left out.")
    rules.append(NEVER_EXPORTED[:-1] + ", nor outcomes or decisions about resources.")
    return tuple(rules)


def _dates_rule(granularity: Granularity, opening: str) -> str:
    unit = "year" if granularity is Granularity.YEAR else "quarter"
    return f"{opening} the {unit} of referral only; no date or time of day is exported."


def _ranges(quarters: list[Quarter]) -> list[tuple[dt.datetime, dt.datetime]]:
    """Consecutive quarters as one closed range each (the last microsecond included)."""
    ranges: list[tuple[dt.datetime, dt.datetime]] = []
    for quarter in quarters:
        if ranges and ranges[-1][1] + dt.timedelta(microseconds=1) == quarter.starts:
            ranges[-1] = (ranges[-1][0], quarter.ends - dt.timedelta(microseconds=1))
        else:
            ranges.append((quarter.starts, quarter.ends - dt.timedelta(microseconds=1)))
    return ranges


def _whole(interval: dt.timedelta, unit_seconds: int) -> int:
    return max(0, int(interval.total_seconds() // unit_seconds))


def _within_target(first: dt.datetime | None, due: dt.datetime, moment: dt.datetime) -> str | None:
    if first is not None:
        return "yes" if first <= due else "no"
    return "no" if due < moment else None


def _pseudonyms(count: int) -> list[str]:
    """Fresh random names, unique within the export; 64 bits each, so two exports of
    the same program share none (and none says anything about the case)."""
    names: set[str] = set()
    while len(names) < count:
        names.add(secrets.token_hex(8))
    return list(names)
