"""The quarterly report as a publication: key figures for the quarter, the quarter
before and the year to date; eight quarters of trend; the quarter's tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from peersupport_desktop.core.disclosure.model import (
    ALL,
    PROGRAM,
    Cell,
    CellKey,
    CellKind,
    Publication,
    Terms,
)
from peersupport_desktop.core.disclosure.program_model import (
    ProgramModel,
    Span,
    group_categories,
)
from peersupport_desktop.core.disclosure.summary_publication import (
    Split,
    SummaryCounts,
    split_table,
)

# The report's columns of key figures, in the order printed.
QUARTER, PREVIOUS, YEAR = "quarter", "previous", "year"
COLUMNS = (QUARTER, PREVIOUS, YEAR)
TREND = "trend"
RESOURCE = "resource"
SHARE = "share"


@dataclass(frozen=True, slots=True)
class ReportSpans:
    quarter: Span
    previous: Span
    year: Span
    trend: tuple[Span, ...]  # eight quarters, oldest first, the quarter itself last

    def of(self, column: str) -> Span:
        return {QUARTER: self.quarter, PREVIOUS: self.previous, YEAR: self.year}[column]


@dataclass(frozen=True, slots=True)
class ReportDraft:
    publication: Publication
    tables: Mapping[str, tuple[CellKey, ...]]  # a split's rows in order, its total last
    statistics: Mapping[CellKey, float | None]  # medians and hours, before hiding


def report_draft(
    spans: ReportSpans,
    figures: Mapping[str, SummaryCounts],  # by Span.key: the three columns' spans
    quarters: Mapping[str, SummaryCounts],  # every quarter of the trend and the year
    splits: Sequence[Split],
    resource_order: Sequence[str],
    threshold: int,
    *,
    grouped: bool,
) -> ReportDraft:
    """``grouped``: small categories grouped as 'other' (the leadership edition); the
    internal edition lists every category as it is."""
    model = ProgramModel()
    for quarter, counts in sorted(quarters.items()):
        model.add_quarter(quarter, counts)
        model.add_span(Span((quarter,)), counts)
    for column in COLUMNS:
        span = spans.of(column)
        model.add_span(span, figures[span.key])
        model.add_state(span, figures[span.key])
    model.add_flow(spans.previous, spans.quarter)
    cells: list[Cell] = []
    statistics: dict[CellKey, float | None] = {}
    hidden: set[CellKey] = set()
    for column in COLUMNS:
        span = spans.of(column)
        few = threshold if grouped else 0  # the internal edition shows every median
        cells += _key_figures(model, column, span, figures[span.key], statistics, hidden, few)
    for span in spans.trend:
        cells.append(
            Cell(
                (span.key, "referrals", TREND, ALL), CellKind.COUNT, model.added(span, "referrals")
            )
        )
        cells.append(
            Cell(
                (span.key, "within_target", TREND, ALL),
                CellKind.COUNT,
                model.added(span, "within_target"),
            )
        )
    tables: dict[str, tuple[CellKey, ...]] = {}
    for split in splits:
        if not grouped:  # the internal edition lists every department by its name
            split = replace(split, named=None, lines={})
        table = split_table(model, QUARTER, spans.quarter, split, threshold if grouped else 1)
        tables[split.dimension] = tuple(cell.key for cell in table)
        cells += table + _shares(table)
    resources = _resources(model, spans.quarter, resource_order, threshold if grouped else 1)
    tables[RESOURCE] = tuple(cell.key for cell in resources if cell.key[1] == "resource_offers")
    cells += resources
    publication = Publication(
        name="report",
        threshold=threshold,
        variables=dict(model.variables),
        relations=model.checked_relations(),
        cells=tuple(cells),
        hidden=frozenset(hidden),
    )
    return ReportDraft(publication, tables, statistics)


def _key_figures(
    model: ProgramModel,
    column: str,
    span: Span,
    f: SummaryCounts,
    statistics: dict[CellKey, float | None],
    hidden: set[CellKey],
    threshold: int,
) -> list[Cell]:
    priority = 2 if column == QUARTER else 1

    def key(figure: str) -> CellKey:
        return (column, figure, PROGRAM, ALL)

    def count(figure: str, terms: Terms) -> Cell:
        return Cell(key(figure), CellKind.COUNT, terms, priority=priority)

    def rate(figure: str, part: Terms, whole: Terms) -> Cell:
        return Cell(key(figure), CellKind.RATE, part, whole, priority=priority)

    def statistic(figure: str, value: float | None, follows: tuple[CellKey, ...] = ()) -> Cell:
        statistics[key(figure)] = value
        return Cell(key(figure), CellKind.FOLLOWER, follows=follows)

    added, own = model.added, model.own
    judged = (
        added(span, "within_target")
        + added(span, "late_outreach")
        + added(span, "missed_without_outreach")
    )
    if f.with_outreach < threshold:  # a median over few cases is theirs to recognise
        hidden.update({key("median_hours"), key("p90_hours")})
    return [
        count("referrals", added(span, "referrals")),
        count("events", own(span, "events")),
        count("group_events", own(span, "group_events")),
        statistic("median_hours", f.outreach_hours_median),
        statistic("p90_hours", f.outreach_hours_p90),
        rate("percent_within_target", added(span, "within_target"), judged),
        rate(
            "percent_accepted",
            added(span, "accepted"),
            added(span, "reached") + added(span, "declined_without_conversation"),
        ),
        count("referred_to_resources", own(span, "referred_to_resources")),
        count("resources_accepted", own(span, "resources_accepted")),
        count("open", model.state(span, "open")),
        count("awaiting_outreach", model.state(span, "awaiting_outreach")),
        count("contacts", added(span, "contacts")),
        statistic("supporter_hours", f.supporter_minutes / 60, (key("contacts"),)),
        count("active_trained_supporters", model.state(span, "active_trained_supporters")),
        count("trainings", added(span, "trainings")),
    ]


def _shares(table: list[Cell]) -> list[Cell]:
    """Each row's share of the total: nothing a reader could not work out from the two."""
    total = table[-1].key
    return [
        Cell((SHARE, *cell.key[1:]), CellKind.FOLLOWER, follows=(cell.key, total))
        for cell in table[:-1]
    ]


def _resources(model: ProgramModel, span: Span, order: Sequence[str], threshold: int) -> list[Cell]:
    offered = {
        kind: model.truth(model.added(span, "resource_offers", RESOURCE, kind))
        for kind in model.categories(span, "resource_offers", RESOURCE)
    }
    groups = group_categories(offered, threshold, "other resources", order)
    cells = []
    for name, members in groups.items():
        for figure in ("resource_offers", "resource_offers_accepted"):
            terms = tuple(t for m in members for t in model.added(span, figure, RESOURCE, m))
            cells.append(Cell((QUARTER, figure, RESOURCE, name), CellKind.COUNT, terms))
    return cells
