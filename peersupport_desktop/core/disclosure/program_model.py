"""The program's counts as variables, and the relations a reader knows they obey.

Counts that add up over time (referrals and their splits, outreach timing, reached,
accepted, contacts, resource offers, trainings) are variables per quarter; a longer
span is their sum. Counts that do not (distinct events, distinct cases offered a
resource, closings) are variables of their span, at most the sum of its quarters and
at least each quarter. States (open cases, cases awaiting outreach, active
supporters) are variables of the moment they are taken at.

Parts and wholes get a variable for the difference (cases referred but not reached,
say): that difference counts people too, so it is protected like any count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Protocol

from peersupport_desktop.core.disclosure.model import (
    ALL,
    PROGRAM,
    Relation,
    Terms,
    Variable,
    VarKey,
    terms_of,
)

SPLITS = ("event_type", "referral_source", "role", "department")
# The report alone splits referrals by the highest tier of support reached too.
REPORT_SPLITS = (*SPLITS, "highest_tier")


class SpanCounts(Protocol):
    """A span's figures as core.period_figures.PeriodFigures holds them."""

    @property
    def referrals(self) -> int: ...
    @property
    def by_event_type(self) -> dict[str, int]: ...
    @property
    def by_referral_source(self) -> dict[str, int]: ...
    @property
    def by_role(self) -> dict[str, int]: ...
    @property
    def by_department(self) -> dict[str, int]: ...
    @property
    def by_highest_tier(self) -> dict[str, int]: ...
    @property
    def events(self) -> int: ...
    @property
    def group_events(self) -> int: ...
    @property
    def with_outreach(self) -> int: ...
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
    def referred_to_resources(self) -> int: ...
    @property
    def resources_accepted(self) -> int: ...
    @property
    def resources_connected(self) -> int: ...
    @property
    def offers_by_kind(self) -> dict[str, tuple[int, int]]: ...
    @property
    def closed_by_outcome(self) -> dict[str, int]: ...
    @property
    def open_at_end(self) -> int: ...
    @property
    def active_trained_supporters(self) -> int: ...
    @property
    def refreshers_current(self) -> int: ...
    @property
    def trainings(self) -> int: ...


def split_of(figures: SpanCounts, dimension: str) -> dict[str, int]:
    return {
        "event_type": figures.by_event_type,
        "referral_source": figures.by_referral_source,
        "role": figures.by_role,
        "department": figures.by_department,
        "highest_tier": figures.by_highest_tier,
        "outcome": figures.closed_by_outcome,
    }[dimension]


@dataclass(frozen=True, slots=True)
class Timing:
    """A quarter's referrals by when outreach came: within the target, late, never and
    the target passed, or not yet and the target still ahead."""

    within: int
    late: int
    missed_without_outreach: int
    pending: int

    @property
    def total(self) -> int:
        return self.within + self.late + self.missed_without_outreach + self.pending


@dataclass(frozen=True, slots=True)
class Span:
    """A run of whole quarters: one ("2026Q3") or several ("2026Q1-2026Q3")."""

    quarters: tuple[str, ...]  # "2026Q1", ... in order

    @property
    def key(self) -> str:
        if len(self.quarters) == 1:
            return self.quarters[0]
        return f"{self.quarters[0]}-{self.quarters[-1]}"

    @property
    def end(self) -> str:
        """The moment states are taken at: the span's end (or the cut-off)."""
        return f"end {self.quarters[-1]}"


class ProgramModel:
    """Collects the variables and relations of the spans a publication covers."""

    def __init__(self, splits: Sequence[str] = SPLITS) -> None:
        self.splits = tuple(splits)  # how referrals are split in this publication
        self.variables: dict[VarKey, Variable] = {}
        self.relations: list[Relation] = []
        self._quarters: set[str] = set()
        self._runs: set[str] = set()
        self._states: set[str] = set()

    # -- what a cell is made of -------------------------------------------------------

    def added(
        self, span: Span, figure: str, dimension: str = PROGRAM, category: str = ALL
    ) -> Terms:
        """A count that adds up over time, over the span's quarters (a category a quarter
        never had is no term: it is zero, and the reader is granted knowing so)."""
        keys = ((q, figure, dimension, category) for q in span.quarters)
        return terms_of(key for key in keys if key in self.variables)

    @staticmethod
    def own(span: Span, figure: str, dimension: str = PROGRAM, category: str = ALL) -> Terms:
        """A count of the span itself (distinct events, closings)."""
        return (((span.key, figure, dimension, category), 1),)

    @staticmethod
    def state(span: Span, figure: str) -> Terms:
        return (((span.end, figure, PROGRAM, ALL), 1),)

    def categories(self, span: Span, figure: str, dimension: str) -> list[str]:
        """Every category the model knows for a split of the span, in no meaningful order."""
        spans = set(span.quarters) | {span.key}
        return sorted(
            {k[3] for k in self.variables if k[0] in spans and k[1] == figure and k[2] == dimension}
        )

    def truth(self, terms: Terms) -> int:
        return sum(c * self.variables[key].truth for key, c in terms)

    # -- adding the program's counts ------------------------------------------------------

    def add_quarter(self, quarter: str, f: SpanCounts) -> None:
        """A quarter's counts that add up over time, and how they hold together."""
        if quarter in self._quarters:
            return
        late = f.with_outreach - f.within_target
        self.add_referrals(
            quarter,
            {dimension: split_of(f, dimension) for dimension in self.splits},
            Timing(
                f.within_target,
                late,
                f.missed_target - late,
                f.referrals - f.with_outreach - f.missed_target + late,
            ),
        )
        count = self._adder(quarter)
        referrals = (quarter, "referrals", PROGRAM, ALL)
        outreach = (quarter, "cases_with_first_outreach", PROGRAM, ALL)
        reached = count("reached", f.reached)
        accepted = count("accepted", f.accepted)
        declined = count("declined_without_conversation", f.declined_without_conversation)
        self._difference(
            outreach, reached, count("outreach_not_reached", f.with_outreach - f.reached)
        )
        self._difference(referrals, reached, count("not_reached", f.referrals - f.reached))
        self._difference(reached, accepted, count("reached_not_accepted", f.reached - f.accepted))
        self._difference(referrals, accepted, count("not_accepted", f.referrals - f.accepted))
        self._difference(
            outreach, accepted, count("outreach_not_accepted", f.with_outreach - f.accepted)
        )
        rest = f.referrals - f.reached - f.declined_without_conversation
        self._difference(
            (quarter, "not_reached", PROGRAM, ALL),
            declined,
            count("not_reached_not_declined", rest),
        )
        count("contacts", f.contacts)
        count("trainings", f.trainings)
        for kind, (offered, took) in f.offers_by_kind.items():
            offers = count("resource_offers", offered, "resource", kind)
            taken = count("resource_offers_accepted", took, "resource", kind)
            self._difference(
                offers, taken, count("resource_offers_declined", offered - took, "resource", kind)
            )

    def add_span(self, span: Span, f: SpanCounts) -> None:
        """A span's own counts (distinct events, distinct cases offered a resource,
        closings by outcome): for a run of quarters, bounded by its quarters'."""
        if span.key in self._runs:
            return
        self._runs.add(span.key)
        count = self._adder(span.key)
        events = count("events", f.events)
        group_events = count("group_events", f.group_events)
        self._difference(
            events, group_events, count("single_case_events", f.events - f.group_events)
        )
        referrals = self.added(span, "referrals")
        beyond = count("cases_beyond_first_of_event", f.referrals - f.events)
        self.relations.append(
            Relation.equal(((events, 1), (beyond, 1), *((k, -c) for k, c in referrals)))
        )
        # Every group event has a second case at least.
        self.relations.append(Relation(((beyond, 1), (group_events, -1)), 0))
        offered = count("referred_to_resources", f.referred_to_resources)
        took = count("resources_accepted", f.resources_accepted)
        self._difference(
            offered,
            took,
            count("resources_not_accepted", f.referred_to_resources - f.resources_accepted),
        )
        # Connected only after accepting: a part of those who accepted.
        connected = count("resources_connected", f.resources_connected)
        self._difference(
            took,
            connected,
            count("resources_not_connected", f.resources_accepted - f.resources_connected),
        )
        # A case offered a resource had one offer at least.
        offers = [
            k
            for q in span.quarters
            for k in self.variables
            if k[0] == q and k[1] == "resource_offers"
        ]
        if offers:
            self.relations.append(Relation(((offered, -1), *terms_of(offers)), 0))
        closed = count("closed", sum(f.closed_by_outcome.values()))
        self._equal(
            [count("closed", n, "outcome", o) for o, n in f.closed_by_outcome.items()], closed
        )
        if len(span.quarters) > 1:
            self._bounded_by_quarters(span)

    def add_state(self, span: Span, f: SpanCounts, *, refreshers: bool = False) -> None:
        """States taken at the span's end (or at the cut-off while it runs);
        ``refreshers``: with the supporters whose refresher is current, and the rest."""
        if span.end in self._states:
            return
        self._states.add(span.end)
        count = self._adder(span.end)
        open_cases = count("open", f.open_at_end)
        awaiting = count("awaiting_outreach", f.awaiting_outreach)
        self._difference(
            open_cases, awaiting, count("open_with_contact", f.open_at_end - f.awaiting_outreach)
        )
        active = count("active_trained_supporters", f.active_trained_supporters)
        if refreshers:
            current = count("refreshers_current", f.refreshers_current)
            lapsed = f.active_trained_supporters - f.refreshers_current
            self._difference(active, current, count("refreshers_lapsed", lapsed))

    def add_flow(self, before: Span, after: Span) -> None:
        """Open at the end of one quarter + referrals - closings of the next = open at
        its end, up to the cases reopened: a reader chains consecutive quarters so."""
        if len(after.quarters) != 1:
            return
        keys = [
            (before.end, "open", PROGRAM, ALL),
            (after.end, "open", PROGRAM, ALL),
            (after.key, "closed", PROGRAM, ALL),
            (after.key, "referrals", PROGRAM, ALL),
        ]
        if not all(key in self.variables for key in keys):
            return
        terms = ((keys[1], 1), (keys[0], -1), (keys[3], -1), (keys[2], 1))
        # The reader is granted the exact correction (usually 0, the reopened cases).
        self.relations.append(Relation.equal(terms, self.truth(terms)))

    def add_referrals(
        self, quarter: str, splits: Mapping[str, Mapping[str, int]], timing: Timing
    ) -> None:
        """A quarter's referrals, split each way, and when their outreach came: all a
        records export can be counted for (it adds the rest of the quarter's counts
        only through add_quarter)."""
        self._quarters.add(quarter)
        count = self._adder(quarter)
        total = timing.total
        referrals = count("referrals", total)
        for dimension, split in splits.items():
            self._equal([count("referrals", n, dimension, c) for c, n in split.items()], referrals)
        parts = [
            count("within_target", timing.within),
            count("late_outreach", timing.late),
            count("missed_without_outreach", timing.missed_without_outreach),
            count("pending_outreach", timing.pending),
        ]
        self._equal(parts, referrals)
        self._equal(parts[:2], count("cases_with_first_outreach", timing.within + timing.late))
        without = timing.missed_without_outreach + timing.pending
        self._equal(parts[2:], count("without_outreach", without))

    # -- the bookkeeping -----------------------------------------------------------------

    def _adder(self, span_key: str):  # type: ignore[no-untyped-def]
        def count(figure: str, truth: int, dimension: str = PROGRAM, category: str = ALL) -> VarKey:
            key = (span_key, figure, dimension, category)
            self.variables[key] = Variable(key, int(truth))
            return key

        return count

    def _equal(self, parts: Sequence[VarKey], whole: VarKey) -> None:
        self.relations.append(Relation.equal(((whole, -1), *terms_of(parts))))

    def _difference(self, whole: VarKey, part: VarKey, rest: VarKey) -> None:
        self.relations.append(Relation.equal(((whole, -1), (part, 1), (rest, 1))))

    def _bounded_by_quarters(self, span: Span) -> None:
        """Each of the run's own counts lies between its quarters' largest and their
        sum, where the quarters' own counts are known; where it happens to equal the
        sum (no event or case spans two quarters), a reader may guess so and is granted
        the equality."""
        own = [k for k in self.variables if k[0] == span.key]
        for key in own:
            quarters = [(q, *key[1:]) for q in span.quarters]
            if not all(q in self.variables for q in quarters):
                continue
            terms = ((key, -1), *terms_of(quarters))
            if self.truth(terms) == 0:
                self.relations.append(Relation.equal(terms))
                continue
            self.relations.append(Relation(terms, 0))
            for q in quarters:
                self.relations.append(Relation(((key, 1), (q, -1)), 0))

    def checked_relations(self) -> tuple[Relation, ...]:
        """The relations, each verified against the true counts: a relation a count
        breaks (an odd record) is no relation a reader can count on, and is left out."""
        truth = {key: v.truth for key, v in self.variables.items()}
        return tuple(r for r in self.relations if r.holds(truth))


def group_categories(
    values: Mapping[str, int], threshold: int, other: str, order: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    """Recoding: categories with fewer than ``threshold`` cases are grouped into
    ``other`` (named nowhere); the rest keep their names, in ``order`` (a fixed order,
    never by size), ``other`` last when anything is in it."""
    shown = [c for c in order if values.get(c, 0) >= threshold]
    rest = tuple(sorted(c for c, n in values.items() if n > 0 and c not in shown))
    groups: dict[str, tuple[str, ...]] = {c: (c,) for c in shown}
    if rest:
        groups[other] = rest
    return groups


def group_departments(
    values: Mapping[str, int],
    threshold: int,
    other: str,
    named: AbstractSet[str] | None = None,
    lines: Mapping[str, str] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Recoding of departments: those with ``threshold`` cases or more that the program
    lets publications name keep their names (A to Z); the rest go into their service
    line where the line's together reach the threshold, and into ``other``."""
    lines = lines or {}
    shown = sorted(d for d, n in values.items() if n >= threshold and (named is None or d in named))
    rest = [d for d, n in values.items() if n > 0 and d not in shown]
    by_line: dict[str, list[str]] = {}
    for department in rest:
        if department in lines:
            by_line.setdefault(lines[department], []).append(department)
    groups: dict[str, tuple[str, ...]] = {d: (d,) for d in shown}
    leftover = [d for d in rest if d not in lines]
    for line, members in sorted(by_line.items()):
        label = f"{line} (service line)" if line in groups else line
        if sum(values[m] for m in members) >= threshold:
            groups[label] = tuple(sorted(members))
        else:
            leftover += members
    if leftover:
        groups[other] = tuple(sorted(leftover))
    return groups
