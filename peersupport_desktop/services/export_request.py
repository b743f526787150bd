"""What the coordinator asks an export for, and the rule sentences both kinds share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.export_table import ExportKind, Granularity
from peersupport_desktop.core.period_figures import Period
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.errors import InvalidInput

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
    k: int | None = None  # records: the smallest crowd of alike rows; None: the threshold


def in_progress(quarters: Sequence[Quarter], moment: dt.datetime) -> tuple[str, ...]:
    """A sentence for a chosen quarter not over yet: its figures stop at today."""
    running = [str(q) for q in sorted(quarters) if q.ends > moment]
    if not running:
        return ()
    return (
        f"{', '.join(running)} was still under way on {moment:%Y-%m-%d}: its figures run to "
        "that day only.",
    )


def dates_rule(granularity: Granularity, opening: str) -> str:
    unit = "year" if granularity is Granularity.YEAR else "quarter"
    return f"{opening} the {unit} of referral only; no date or time of day is exported."


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
