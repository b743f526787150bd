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
    """A hidden cell as published: 'suppressed', whether it is small or hidden to
    protect a small one (telling them apart would give counts away)."""

    text: str

    def __str__(self) -> str:
        return self.text


HIDDEN = Suppressed(sn.SUPPRESSED)  # every hidden cell, small or protecting, reads alike


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
            _published(shown.cells[name]),
        )
        for name in order
    ]
    cells.append(
        SummaryCell(period, dimension.value, TOTAL, dimension.figure, _published(shown.total))
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


# Counts of the period's cases that hold one another (whole, part): where both are
# shown, their difference is a count of people too, and must not be small.
CONTAINS = (
    ("referrals", "cases_with_first_outreach"),
    ("referrals", "reached"),
    ("referrals", "accepted"),
    ("referrals", "events"),  # the difference: cases beyond each event's first
    ("cases_with_first_outreach", "reached"),
    ("cases_with_first_outreach", "accepted"),
    ("reached", "accepted"),
    ("events", "group_events"),
    ("referred_to_resources", "resources_accepted"),
)


def protected_counts(counts: Mapping[str, int], threshold: int) -> dict[str, int | None]:
    """Each count, or None where hidden: small ones, then parts whose whole shows a
    small difference, until nothing more needs hiding."""
    shown: dict[str, int | None] = {
        name: None if sn.is_small(n, threshold) else n for name, n in counts.items()
    }
    changed = True
    while changed:
        changed = False
        for whole, part in CONTAINS:
            both = shown[whole] is not None and shown[part] is not None
            if both and sn.is_small(counts[whole] - counts[part], threshold):
                shown[part] = None
                changed = True
    return shown


def _overall(period: str, f: PeriodCounts, threshold: int) -> list[SummaryCell]:
    # The state at a period's end (open cases, cases awaiting outreach) is left out:
    # from consecutive periods, open(end) = open(start) + referrals - closings, so a
    # hidden one could be worked out from its neighbours.
    counts = {
        "referrals": f.referrals,
        "events": f.events,
        "group_events": f.group_events,
        "cases_with_first_outreach": f.with_outreach,
        "reached": f.reached,
        "accepted": f.accepted,
        "contacts": f.contacts,
        "referred_to_resources": f.referred_to_resources,
        "resources_accepted": f.resources_accepted,
        "active_trained_supporters": f.active_trained_supporters,
        "trainings": f.trainings,
    }
    shown = protected_counts(counts, threshold)

    def count(name: str) -> int | Suppressed:
        value = shown[name]
        return HIDDEN if value is None else value

    late = f.with_outreach - f.within_target
    pending = f.referrals - f.within_target - f.missed_target
    cells = {
        "referrals": count("referrals"),
        "events": count("events"),
        "group_events": count("group_events"),
        "cases_with_first_outreach": count("cases_with_first_outreach"),
        "median_hours_to_first_outreach": _timed(f.outreach_hours_median, f, threshold),
        "p90_hours_to_first_outreach": _timed(f.outreach_hours_p90, f, threshold),
        "percent_outreach_within_target": _rate(
            f.within_target,
            f.within_target + f.missed_target,
            # With referrals and first outreach shown, the rate gives these away.
            (late, f.missed_target - late, pending),
            threshold,
        ),
        "reached": count("reached"),
        "accepted": count("accepted"),
        "percent_accepted": _rate(
            f.accepted,
            f.reached + f.declined_without_conversation,
            (f.declined_without_conversation, f.reached - f.accepted),
            threshold,
        ),
        "contacts": count("contacts"),
        # Hours are no count of people, but they follow the contacts they add up.
        "supporter_hours": HIDDEN if shown["contacts"] is None else round(f.supporter_minutes / 60),
        "referred_to_resources": count("referred_to_resources"),
        "resources_accepted": count("resources_accepted"),
        "active_trained_supporters": count("active_trained_supporters"),
        "trainings": count("trainings"),
    }
    return [SummaryCell(period, OVERALL, ALL, figure, value) for figure, value in cells.items()]


def _timed(hours: float | None, f: PeriodCounts, threshold: int) -> Value | Suppressed:
    """A median or percentile of hours: only over enough cases to hide each one."""
    if hours is None or f.with_outreach == 0:
        return NOT_APPLICABLE
    return round(hours) if sn.enough(f.with_outreach, threshold) else HIDDEN


def _rate(
    numerator: int, denominator: int, implied: tuple[int, ...], threshold: int
) -> Value | Suppressed:
    """A whole percentage, shown only when no count it implies is small."""
    if denominator == 0:
        return NOT_APPLICABLE
    share = sn.share(numerator, denominator, threshold)
    if share is None or any(sn.is_small(n, threshold) for n in implied):
        return HIDDEN
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


def _published(shown: sn.Shown) -> int | Suppressed:
    return HIDDEN if shown.value is None else shown.value
