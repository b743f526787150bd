"""The quarterly report as a publication: key figures for the quarter, the quarter
before, the same quarter a year ago and the year to date; eight quarters of trend;
the quarter's tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from peersupport_desktop.core.disclosure.feedback_publication import (
    FeedbackCounts,
    add_feedback_quarter,
    feedback_cells,
)
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
    REPORT_SPLITS,
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
QUARTER, PREVIOUS, YEAR_AGO, YEAR = "quarter", "previous", "year_ago", "year"
COLUMNS = (QUARTER, PREVIOUS, YEAR_AGO, YEAR)
TREND = "trend"
# The trend's figures, each drawn as a small chart of eight quarters.
# (People reached is left out: its small rest, the few not reached, would hide it in
# most quarters, and hide more with it.)
TREND_COUNTS = ("referrals", "contacts")
TREND_RATES = ("percent_within_target", "percent_accepted")
# The feedback section's columns: the quarter and the year to date.
FEEDBACK_COLUMNS = (QUARTER, YEAR)
RESOURCE = "resource"
SHARE = "share"


@dataclass(frozen=True, slots=True)
class ReportSpans:
    quarter: Span
    previous: Span
    year_ago: Span  # the same quarter a year before, one of the trend's
    year: Span
    trend: tuple[Span, ...]  # eight quarters, oldest first, the quarter itself last

    def of(self, column: str) -> Span:
        return {
            QUARTER: self.quarter,
            PREVIOUS: self.previous,
            YEAR_AGO: self.year_ago,
            YEAR: self.year,
        }[column]


@dataclass(frozen=True, slots=True)
class ReportDraft:
    publication: Publication
    tables: Mapping[str, tuple[CellKey, ...]]  # a split's rows in order, its total last
    statistics: Mapping[CellKey, float | None]  # medians and hours, before hiding


def report_draft(
    spans: ReportSpans,
    figures: Mapping[str, SummaryCounts],  # by Span.key: the four columns' spans
    quarters: Mapping[str, SummaryCounts],  # every quarter of the trend and the year
    splits: Sequence[Split],
    resource_order: Sequence[str],
    threshold: int,
    *,
    grouped: bool,
    feedback: Mapping[str, FeedbackCounts] | None = None,
) -> ReportDraft:
    """``grouped``: small categories grouped as 'other' (the leadership edition); the
    internal edition lists every category as it is. ``feedback``: the feedback form's
    counts by quarter of invitation, for the quarter's and the year's columns."""
    model = ProgramModel(REPORT_SPLITS)
    for quarter, counts in sorted(quarters.items()):
        model.add_quarter(quarter, counts)
        model.add_span(Span((quarter,)), counts)
    for column in COLUMNS:
        span = spans.of(column)
        model.add_span(span, figures[span.key])
        # Refresher currency is the quarter's alone: due dates keep no history.
        model.add_state(span, figures[span.key], refreshers=column == QUARTER)
    model.add_flow(spans.previous, spans.quarter)
    cells: list[Cell] = []
    statistics: dict[CellKey, float | None] = {}
    hidden: set[CellKey] = set()
    for column in COLUMNS:
        span = spans.of(column)
        few = threshold if grouped else 0  # the internal edition shows every median
        cells += _key_figures(model, column, span, figures[span.key], statistics, hidden, few)
    for span in spans.trend:
        cells += _trend(model, span)
    tables: dict[str, tuple[CellKey, ...]] = {}
    for split in splits:
        if not grouped:  # the internal edition lists every department by its name
            split = replace(split, named=None, lines={})
        table = split_table(model, QUARTER, spans.quarter, split, threshold if grouped else 1)
        tables[split.dimension] = tuple(cell.key for cell in table)
        cells += table + _shares(table)
    if feedback is not None:
        for quarter, invited in sorted(feedback.items()):
            add_feedback_quarter(model, quarter, invited)
        for column in FEEDBACK_COLUMNS:
            cells += feedback_cells(model, column, spans.of(column))
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
    if f.with_outreach < threshold:  # a median over few cases is theirs to recognise
        hidden.update({key("median_hours"), key("p90_hours")})
    cells = [
        count("referrals", added(span, "referrals")),
        count("reached", added(span, "reached")),
        count("events", own(span, "events")),
        count("group_events", own(span, "group_events")),
        statistic("median_hours", f.outreach_hours_median),
        statistic("p90_hours", f.outreach_hours_p90),
        rate("percent_within_target", *_within_target(model, span)),
        rate("percent_accepted", *_accepted(model, span)),
        count("referred_to_resources", own(span, "referred_to_resources")),
        count("resources_accepted", own(span, "resources_accepted")),
        count("resources_connected", own(span, "resources_connected")),
        count("open", model.state(span, "open")),
        count("awaiting_outreach", model.state(span, "awaiting_outreach")),
        count("contacts", added(span, "contacts")),
        statistic("supporter_hours", f.supporter_minutes / 60, (key("contacts"),)),
        count("active_trained_supporters", model.state(span, "active_trained_supporters")),
        count("trainings", added(span, "trainings")),
    ]
    if column == QUARTER:
        current, active = (
            model.state(span, "refreshers_current"),
            model.state(span, "active_trained_supporters"),
        )
        cells.append(rate("percent_refresher_current", current, active))
    return cells


def _within_target(model: ProgramModel, span: Span) -> tuple[Terms, Terms]:
    """Cases reached out to within the target, over those whose target has been judged."""
    judged = (
        model.added(span, "within_target")
        + model.added(span, "late_outreach")
        + model.added(span, "missed_without_outreach")
    )
    return model.added(span, "within_target"), judged


def _accepted(model: ProgramModel, span: Span) -> tuple[Terms, Terms]:
    reached_or_declined = model.added(span, "reached") + model.added(
        span, "declined_without_conversation"
    )
    return model.added(span, "accepted"), reached_or_declined


def _trend(model: ProgramModel, span: Span) -> list[Cell]:
    """A quarter of the trend: its counts and rates, each a point of a small chart."""
    cells = [
        Cell((span.key, figure, TREND, ALL), CellKind.COUNT, model.added(span, figure))
        for figure in TREND_COUNTS
    ]
    for figure, (part, whole) in zip(
        TREND_RATES, (_within_target(model, span), _accepted(model, span)), strict=True
    ):
        cells.append(Cell((span.key, figure, TREND, ALL), CellKind.RATE, part, whole))
    return cells


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
