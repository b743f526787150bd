"""The summary export's cells: the program's figures for a period, with small
numbers hidden so that nobody can be recognised or worked out.

Each figure is protected together with the figures it could be subtracted from:
a part with its whole (reached and accepted), a split table with its total
(referrals by role). A rate is shown only when no count it implies is small.
Rare categories are folded into a broader one first, when that lets them show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from peersupport_desktop.core import small_numbers as sn

Value = int | float | str | None


class Dimension(StrEnum):
    """What a summary can be split by; each gives one table per period."""

    EVENT_TYPE = "event_type"
    REFERRAL_SOURCE = "referral_source"
    ROLE = "role"
    DEPARTMENT = "department"
    OUTCOME = "outcome"

    @property
    def other(self) -> str:
        """The broader category rare ones are folded into."""
        return _OTHER[self]

    @property
    def figure(self) -> str:
        """The count the table splits: referrals, or closings for outcomes."""
        return "closed" if self is Dimension.OUTCOME else "referrals"


_OTHER = {
    Dimension.EVENT_TYPE: "other",
    Dimension.REFERRAL_SOURCE: "other",
    Dimension.ROLE: "other roles",
    Dimension.DEPARTMENT: "other departments",
    Dimension.OUTCOME: "other outcomes",
}
NOT_APPLICABLE = ""  # a rate without a denominator, a median without cases
OVERALL = "program"
ALL = "all"
TOTAL = "total"


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A hidden cell as published: '<11' when small, 'suppressed' when hidden to
    protect another cell."""

    text: str

    def __str__(self) -> str:
        return self.text


_PROTECTING = Suppressed("suppressed")  # a rate or median hidden to protect counts


class PeriodCounts(Protocol):
    """The figures a summary publishes (services.figures.PeriodFigures has them)."""

    @property
    def referrals(self) -> int: ...
    @property
    def events(self) -> int: ...
    @property
    def group_events(self) -> int: ...
    @property
    def with_outreach(self) -> int: ...
    @property
    def outreach_hours_median(self) -> float | None: ...
    @property
    def outreach_hours_p90(self) -> float | None: ...
    @property
    def within_target(self) -> int: ...
    @property
    def missed_target(self) -> int: ...
    @property
    def awaiting_outreach(self) -> int: ...
    @property
    def reached(self) -> int: ...
    @property
    def accepted(self) -> int: ...
    @property
    def declined_without_conversation(self) -> int: ...
    @property
    def contacts(self) -> int: ...
    @property
    def supporter_minutes(self) -> int: ...
    @property
    def referred_to_resources(self) -> int: ...
    @property
    def resources_accepted(self) -> int: ...
    @property
    def open_at_end(self) -> int: ...
    @property
    def active_trained_supporters(self) -> int: ...
    @property
    def trainings(self) -> int: ...
    @property
    def by_event_type(self) -> dict[str, int]: ...
    @property
    def by_referral_source(self) -> dict[str, int]: ...
    @property
    def by_role(self) -> dict[str, int]: ...
    @property
    def by_department(self) -> dict[str, int]: ...
    @property
    def closed_by_outcome(self) -> dict[str, int]: ...


@dataclass(frozen=True, slots=True)
class SummaryCell:
    period: str
    table: str  # "program", or the dimension
    category: str  # "all", a category, or "total"
    figure: str
    value: Value | Suppressed

    def as_row(self) -> tuple[Value | Suppressed, ...]:
        return (self.period, self.table, self.category, self.figure, self.value)


def summary_cells(
    period: str, figures: PeriodCounts, dimensions: tuple[Dimension, ...], threshold: int
) -> list[SummaryCell]:
    cells = _overall(period, figures, threshold)
    for dimension in dimensions:
        cells += split_table(period, dimension, counts_by(figures, dimension), threshold)
    return cells


def split_table(
    period: str, dimension: Dimension, values: Mapping[str, int], threshold: int
) -> list[SummaryCell]:
    folded = fold_rare(values, threshold, dimension.other)
    shown = sn.table(folded, threshold)
    # Alphabetical, the broader category last: an order by size would rank hidden cells.
    order = sorted(folded, key=lambda name: (name == dimension.other, name))
    cells = [
        SummaryCell(
            period,
            dimension.value,
            name,
            dimension.figure,
            _published(shown.cells[name], threshold),
        )
        for name in order
    ]
    cells.append(
        SummaryCell(
            period, dimension.value, TOTAL, dimension.figure, _published(shown.total, threshold)
        )
    )
    return cells


def fold_rare(values: Mapping[str, int], threshold: int, other: str) -> dict[str, int]:
    """Fold the small categories into ``other`` when, together, they are no longer small."""
    small = [name for name, n in values.items() if sn.is_small(n, threshold) and name != other]
    merged = [*small, other] if values.get(other, 0) > 0 else small
    together = sum(values[name] for name in small) + values.get(other, 0)
    if len(merged) < 2 or together < threshold:
        return dict(values)
    folded = {name: n for name, n in values.items() if name not in small}
    folded[other] = together
    return folded


def _overall(period: str, f: PeriodCounts, threshold: int) -> list[SummaryCell]:
    def cell(figure: str, value: Value | sn.Shown | Suppressed) -> SummaryCell:
        if isinstance(value, sn.Shown):
            value = _published(value, threshold)
        return SummaryCell(period, OVERALL, ALL, figure, value)

    events, group_events = sn.part_of(f.events, f.group_events, threshold)
    referrals, with_outreach = sn.part_of(f.referrals, f.with_outreach, threshold)
    reached, accepted = sn.part_of(f.reached, f.accepted, threshold)
    offered, took = sn.part_of(f.referred_to_resources, f.resources_accepted, threshold)
    contacts = sn.count(f.contacts, threshold)
    late = f.with_outreach - f.within_target
    pending = f.referrals - f.within_target - f.missed_target
    return [
        cell("referrals", referrals),
        cell("events", events),
        cell("group_events", group_events),
        cell("cases_with_first_outreach", with_outreach),
        cell("median_hours_to_first_outreach", _timed(f.outreach_hours_median, f, threshold)),
        cell("p90_hours_to_first_outreach", _timed(f.outreach_hours_p90, f, threshold)),
        cell(
            "percent_outreach_within_target",
            _rate(
                f.within_target,
                f.within_target + f.missed_target,
                # With referrals and first outreach shown, the rate gives these away.
                (late, f.missed_target - late, pending),
                threshold,
            ),
        ),
        cell("awaiting_outreach", sn.count(f.awaiting_outreach, threshold)),
        cell("reached", reached),
        cell("accepted", accepted),
        cell(
            "percent_accepted",
            _rate(
                f.accepted,
                f.reached + f.declined_without_conversation,
                (f.declined_without_conversation, f.reached - f.accepted),
                threshold,
            ),
        ),
        cell("contacts", contacts),
        # Hours are no count of people, but they follow the contacts they add up.
        cell(
            "supporter_hours",
            _PROTECTING if contacts.hidden else round(f.supporter_minutes / 60),
        ),
        cell("referred_to_resources", offered),
        cell("resources_accepted", took),
        cell("open_at_period_end", sn.count(f.open_at_end, threshold)),
        cell("active_trained_supporters", sn.count(f.active_trained_supporters, threshold)),
        cell("trainings", sn.count(f.trainings, threshold)),
    ]


def _timed(hours: float | None, f: PeriodCounts, threshold: int) -> Value | Suppressed:
    """A median or percentile of hours: only over enough cases to hide each one."""
    if hours is None or f.with_outreach == 0:
        return NOT_APPLICABLE
    return round(hours) if sn.enough(f.with_outreach, threshold) else _PROTECTING


def _rate(
    numerator: int, denominator: int, implied: tuple[int, ...], threshold: int
) -> Value | Suppressed:
    """A whole percentage, shown only when no count it implies is small."""
    if denominator == 0:
        return NOT_APPLICABLE
    share = sn.share(numerator, denominator, threshold)
    if share is None or any(sn.is_small(n, threshold) for n in implied):
        return _PROTECTING
    return round(100 * share)


def counts_by(f: PeriodCounts, dimension: Dimension) -> dict[str, int]:
    """The counts a dimension's table splits, before anything is folded or hidden."""
    return {
        Dimension.EVENT_TYPE: f.by_event_type,
        Dimension.REFERRAL_SOURCE: f.by_referral_source,
        Dimension.ROLE: f.by_role,
        Dimension.DEPARTMENT: f.by_department,
        Dimension.OUTCOME: f.closed_by_outcome,
    }[dimension]


def _published(shown: sn.Shown, threshold: int) -> int | Suppressed:
    return shown.value if shown.value is not None else Suppressed(shown.text(threshold))
