"""The summary export as a publication: the program's figures per period, each split
asked for as a one-way table with its total, over the program model's variables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from peersupport_desktop.core.disclosure.model import (
    ALL,
    PROGRAM,
    TOTAL,
    Cell,
    CellKey,
    CellKind,
    Publication,
    Terms,
)
from peersupport_desktop.core.disclosure.program_model import (
    ProgramModel,
    Span,
    SpanCounts,
    group_categories,
    group_departments,
)

Shown = int | float | str | None  # None: hidden; "" not applicable


class SummaryCounts(SpanCounts, Protocol):
    """A span's figures with the statistics a summary shows beside its counts."""

    @property
    def outreach_hours_median(self) -> float | None: ...
    @property
    def outreach_hours_p90(self) -> float | None: ...
    @property
    def supporter_minutes(self) -> int: ...


@dataclass(frozen=True, slots=True)
class SummaryPeriod:
    label: str  # as published: "2026Q3", "2026", "2026 (2026Q1-2026Q3)"
    span: Span
    figures: SummaryCounts


@dataclass(frozen=True, slots=True)
class Split:
    """A split a publication shows, with its broader category and its fixed order;
    departments also with what the program's list says of them."""

    dimension: str  # "event_type", "referral_source", "role", "department", "outcome"
    other: str
    order: tuple[str, ...] = ()
    named: frozenset[str] | None = None  # departments publications may name (None: any)
    lines: Mapping[str, str] = field(default_factory=dict)  # department -> service line

    def groups(self, values: Mapping[str, int], threshold: int) -> dict[str, tuple[str, ...]]:
        """The categories as published, each with the ones grouped into it."""
        if self.dimension == "department":
            return group_departments(values, threshold, self.other, self.named, self.lines)
        order = [*self.order, *sorted(c for c in values if c not in self.order)]
        return group_categories(values, threshold, self.other, order)


@dataclass(frozen=True, slots=True)
class Draft:
    """A publication with what it takes to write it out: the order its cells are
    published in and the values of the cells the solver does not reason about."""

    publication: Publication
    order: tuple[CellKey, ...]
    statistics: Mapping[CellKey, float | None]  # medians and hours, before hiding

    def shown(self, key: CellKey, published: Publication) -> Shown:
        """The value as published: None where hidden, '' where nothing is measured."""
        if key in published.hidden:
            return None
        cell = published.cell(key)
        if cell.kind is CellKind.FOLLOWER:
            value = self.statistics.get(key)
            return "" if value is None else round(value)
        found = published.value(key)
        return "" if found is None else found


def summary_draft(
    periods: Sequence[SummaryPeriod],
    quarters: Mapping[str, SpanCounts],
    splits: Sequence[Split],
    threshold: int,
) -> Draft:
    model = ProgramModel()
    for quarter, figures in sorted(quarters.items()):
        model.add_quarter(quarter, figures)
    for period in periods:
        model.add_span(period.span, period.figures)
        for quarter in period.span.quarters:
            if len(period.span.quarters) > 1:
                model.add_span(Span((quarter,)), quarters[quarter])
        model.add_state(period.span, period.figures)
    cells: list[Cell] = []
    statistics: dict[CellKey, float | None] = {}
    for period in periods:
        cells += _overall(model, period, statistics)
        for split in splits:
            cells += split_table(model, period.label, period.span, split, threshold)
    publication = Publication(
        name="summary",
        threshold=threshold,
        variables=dict(model.variables),
        relations=model.checked_relations(),
        cells=tuple(cells),
    )
    return Draft(publication, tuple(cell.key for cell in cells), statistics)


def _overall(
    model: ProgramModel, period: SummaryPeriod, statistics: dict[CellKey, float | None]
) -> list[Cell]:
    span, f = period.span, period.figures

    def key(figure: str) -> CellKey:
        return (period.label, figure, PROGRAM, ALL)

    def count(figure: str, terms: Terms, priority: int = 1) -> Cell:
        return Cell(key(figure), CellKind.COUNT, terms, priority=priority)

    def rate(figure: str, part: Terms, whole: Terms) -> Cell:
        return Cell(key(figure), CellKind.RATE, part, whole)

    def follower(figure: str, follows: str, value: float | None) -> Cell:
        statistics[key(figure)] = value
        return Cell(key(figure), CellKind.FOLLOWER, follows=(key(follows),))

    added, own = model.added, model.own
    timed = added(span, "within_target") + added(span, "late_outreach")
    judged = timed + added(span, "missed_without_outreach")
    hours = f.supporter_minutes / 60
    return [
        count("referrals", added(span, "referrals"), priority=3),
        count("events", own(span, "events")),
        count("group_events", own(span, "group_events")),
        count("cases_with_first_outreach", added(span, "cases_with_first_outreach")),
        follower(
            "median_hours_to_first_outreach", "cases_with_first_outreach", f.outreach_hours_median
        ),
        follower("p90_hours_to_first_outreach", "cases_with_first_outreach", f.outreach_hours_p90),
        rate("percent_outreach_within_target", added(span, "within_target"), judged),
        count("reached", added(span, "reached")),
        count("accepted", added(span, "accepted")),
        rate(
            "percent_accepted",
            added(span, "accepted"),
            added(span, "reached") + added(span, "declined_without_conversation"),
        ),
        count("contacts", added(span, "contacts")),
        follower("supporter_hours", "contacts", hours if f.contacts else None),
        count("referred_to_resources", own(span, "referred_to_resources")),
        count("resources_accepted", own(span, "resources_accepted")),
        count("active_trained_supporters", model.state(span, "active_trained_supporters")),
        count("trainings", added(span, "trainings")),
    ]


def split_table(
    model: ProgramModel, label: str, span: Span, split: Split, threshold: int
) -> list[Cell]:
    """A one-way table of the span (named ``label`` in the publication), its categories
    recoded, its total last: referrals, or closings for outcomes."""
    outcome = split.dimension == "outcome"
    figure = "closed" if outcome else "referrals"

    def terms(category: str) -> Terms:
        if outcome:
            return model.own(span, figure, split.dimension, category)
        return model.added(span, figure, split.dimension, category)

    values = {c: model.truth(terms(c)) for c in model.categories(span, figure, split.dimension)}
    cells = [
        Cell(
            (label, figure, split.dimension, name),
            CellKind.COUNT,
            tuple(t for member in members for t in terms(member)),
        )
        for name, members in split.groups(values, threshold).items()
    ]
    whole = model.own(span, "closed") if outcome else model.added(span, "referrals")
    cells.append(Cell((label, figure, split.dimension, TOTAL), CellKind.COUNT, whole, priority=3))
    return cells
