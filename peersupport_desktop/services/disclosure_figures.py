"""The figures the disclosure check needs: a publication's periods, and every quarter
inside them (a reader can subtract quarters from a year, so their counts are checked
too), read together on one snapshot of the vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peersupport_desktop.core.disclosure.program_model import Span
from peersupport_desktop.core.period_figures import Period, PeriodFigures
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.figures import periods_figures
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
    vault: Vault, periods: Sequence[Period], as_of: dt.datetime
) -> tuple[list[PeriodFigures], SpanFigures]:
    """Each period's figures (as periods_figures gives them), and the check's."""
    own = [span_of(period).key for period in periods]
    wanted = dict.fromkeys(q for period in periods for q in span_of(period).quarters)
    extra = [q for q in wanted if q not in own]  # quarters inside longer periods
    every = [*periods, *(Period.of(Quarter.parse(q)) for q in extra)]
    figures = periods_figures(vault, every, as_of)
    by_span = dict(zip([*own, *extra], figures, strict=True))
    quarters = {q: by_span[q] for q in wanted}
    return figures[: len(periods)], SpanFigures({key: by_span[key] for key in own}, quarters)
