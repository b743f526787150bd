"""The figures the disclosure check needs: a publication's periods, and every quarter
inside them (a reader can subtract quarters from a year, so their counts are checked
too), read together on one snapshot of the vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peersupport_desktop.core.disclosure.program_model import Span
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.figures import Period, PeriodFigures, periods_figures
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class SpanFigures:
    spans: dict[str, PeriodFigures]  # by Span.key: the publication's periods
    quarters: dict[str, PeriodFigures]  # every quarter inside them


def span_of(period: Period) -> Span:
    quarter, quarters = Quarter.containing(period.starts), []
    while quarter.starts < period.ends:
        quarters.append(str(quarter))
        quarter = quarter.next()
    return Span(tuple(quarters))


def read_spans(
    vault: Vault, periods: Sequence[Period], as_of: dt.datetime, *, workload_of: int | None = None
) -> tuple[list[PeriodFigures], SpanFigures]:
    """Each period's figures (as periods_figures gives them), and the check's."""
    wanted: dict[str, Period] = {}
    for period in periods:
        span = span_of(period)
        for quarter in span.quarters:
            wanted.setdefault(quarter, Period.of(Quarter.parse(quarter)))
    extra = [p for key, p in wanted.items() if key not in {str(span_of(q).key) for q in periods}]
    everything = [*periods, *extra]
    figures = periods_figures(vault, everything, as_of, workload_of=workload_of)
    by_span = {span_of(p).key: f for p, f in zip(everything, figures, strict=True)}
    quarters = {q: by_span[q] for q in wanted}
    spans = {span_of(p).key: by_span[span_of(p).key] for p in periods}
    return figures[: len(periods)], SpanFigures(spans, quarters)
