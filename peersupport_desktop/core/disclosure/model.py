"""What a publication is made of: variables (true counts), relations, cells.

A variable is one true count of the program, named by the span of time it covers,
the figure, and the category it splits by: ("2026Q3", "referrals", "role", "nurse").
Relations are linear and hold for the true values (a table adds up to its total, a
year is the sum of its quarters, reached cases are a part of the referrals). A cell
is what a reader sees: a count is a sum of variables, a rate a rounded percentage of
two sums; a follower (hours beside contacts, a share beside its count) adds nothing
a reader could solve with and is shown only where the cells it follows are.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

# (span, figure, dimension, category): span is a quarter ("2026Q3"), a run of
# quarters ("2026Q1-2026Q3") or a moment a state is taken at ("end 2026Q3").
VarKey = tuple[str, str, str, str]
# (span, figure, dimension, group): how a cell is named in its publication.
CellKey = tuple[str, str, str, str]
Terms = tuple[tuple[VarKey, int], ...]

HIDDEN_TEXT = "hidden"  # every hidden cell, small or protecting, reads alike
PROGRAM = "program"
ALL = "all"
TOTAL = "total"


def is_small(value: int, threshold: int) -> bool:
    """A count from 1 to threshold - 1: never to be published or worked out."""
    return 0 < value < threshold


def terms_of(keys: Iterable[VarKey], coefficient: int = 1) -> Terms:
    return tuple((key, coefficient) for key in keys)


def value_of(terms: Terms, truth: Mapping[VarKey, int]) -> int:
    return sum(coefficient * truth[key] for key, coefficient in terms)


@dataclass(frozen=True, slots=True)
class Variable:
    """A true count; ``people`` when it counts people (or contacts, trainings): such a
    count from 1 to threshold - 1 must never be worked out by a reader."""

    key: VarKey
    truth: int
    people: bool = True


@dataclass(frozen=True, slots=True)
class Relation:
    """lower <= sum(coefficient * variable) <= upper, true of the program's counts."""

    terms: Terms
    lower: float
    upper: float = math.inf

    @classmethod
    def equal(cls, terms: Terms, value: float = 0) -> Relation:
        return cls(terms, value, value)

    def holds(self, truth: Mapping[VarKey, int]) -> bool:
        value = value_of(self.terms, truth)
        return self.lower - 1e-9 <= value <= self.upper + 1e-9


class CellKind(StrEnum):
    COUNT = "count"  # a sum of variables, shown exactly
    RATE = "rate"  # a whole percentage: round(100 * numerator / denominator)
    FOLLOWER = "follower"  # shown only where every cell it follows is shown


@dataclass(frozen=True, slots=True)
class Cell:
    key: CellKey
    kind: CellKind
    terms: Terms = ()  # a count's variables, or a rate's numerator
    denominator: Terms = ()  # a rate's
    follows: tuple[CellKey, ...] = ()
    # Which cells to hide first when more must be hidden: lower goes first (a
    # category before a total, the year to date before this quarter).
    priority: int = 0

    def truth(self, truth: Mapping[VarKey, int]) -> float | None:
        """The exact value: a count, or a percentage (None without a denominator)."""
        if self.kind is CellKind.COUNT:
            return value_of(self.terms, truth)
        if self.kind is CellKind.RATE:
            denominator = value_of(self.denominator, truth)
            return 100 * value_of(self.terms, truth) / denominator if denominator else None
        return None


@dataclass(frozen=True)  # no slots: the truths and the cell index are worked out once
class Publication:
    """One report or export as a reader holds it: its cells, which are hidden, and the
    true counts and relations behind them (kept in the vault, never published)."""

    name: str
    threshold: int
    variables: Mapping[VarKey, Variable]
    relations: tuple[Relation, ...]
    cells: tuple[Cell, ...]
    hidden: frozenset[CellKey] = field(default_factory=frozenset)

    @functools.cached_property
    def truth(self) -> dict[VarKey, int]:
        return {key: variable.truth for key, variable in self.variables.items()}

    def cell(self, key: CellKey) -> Cell:
        return self._by_key[key]

    @functools.cached_property
    def _by_key(self) -> dict[CellKey, Cell]:
        return {cell.key: cell for cell in self.cells}

    def shown(self, key: CellKey) -> bool:
        return key not in self.hidden

    def value(self, key: CellKey) -> int | None:
        """A shown count or rate as the reader sees it (a rate as a whole percent);
        None where hidden or where a rate has no denominator."""
        if key in self.hidden:
            return None
        exact = self.cell(key).truth(self.truth)
        return None if exact is None else _half_up(exact)

    def with_hidden(self, hidden: Iterable[CellKey]) -> Publication:
        return replace(self, hidden=frozenset(hidden))

    def spans(self) -> frozenset[str]:
        return frozenset(key[0] for key in self.variables)


def _half_up(value: float) -> int:
    return math.floor(value + 0.5)


def rounded_percent(numerator: int, denominator: int) -> int:
    """The whole percentage a rate cell shows: half rounds up, as the solver assumes."""
    return _half_up(100 * numerator / denominator)
