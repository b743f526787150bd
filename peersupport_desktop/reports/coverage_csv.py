"""The internal event coverage report as a CSV: one row per clinician an event involved
(an event nobody was referred for yet, one row with the person's columns empty)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from peersupport_desktop.core.event_coverage import Coverage
from peersupport_desktop.core.export_files import FORMULA_STARTS

COLUMNS = (
    "event_ref",
    "event_date",
    "event_type",
    "department",
    "urgent",
    "clinician",
    "role",
    "case_reference",
    "referred_at",
    "support_offered_at",
    "within_target",
    "outcome",
)


def coverage_csv(coverage: Coverage) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in coverage.events:
        about = [
            str(event.event_ref),
            event.occurred_on.isoformat(),
            event.event_type,
            _text(event.department or ""),
            "yes" if event.urgent else "no",
        ]
        if not event.involved:
            writer.writerow([*about, *[""] * 7])
        for person in event.involved:
            writer.writerow(
                [
                    *about,
                    _text(person.clinician),
                    person.role.value,
                    person.case_reference,
                    _moment(person.referred_at),
                    _moment(person.offered),
                    person.timeliness.csv_value,
                    person.outcome_words,
                ]
            )
    # A BOM so spreadsheet programs read the UTF-8 (accented names).
    return out.getvalue().encode("utf-8-sig")


def _moment(at: dt.datetime | None) -> str:
    return "" if at is None else at.isoformat(sep=" ", timespec="minutes")


def _text(value: str) -> str:
    """A name someone typed, never run as a formula."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value
