"""The reader's equations: every publication's cells and relations as one linear
system over the program's counts, cut into independent pieces.

A variable that two publications share with the same true value is one column (a
reader may well assume an unchanged count is unchanged); one whose value changed
between them is two columns, and their difference is a count of people in itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from peersupport_desktop.core.disclosure.model import (
    CellKey,
    CellKind,
    Publication,
    Terms,
    VarKey,
    is_small,
    rounded_percent,
    value_of,
)

# A row's terms before they become columns: a rate's rows carry fractions.
RowTerms = tuple[tuple[VarKey, float], ...]
Column = tuple[VarKey, int]  # a variable as it stood in some publication: (key, truth)
Row = tuple[tuple[tuple[int, float], ...], float, float]  # ((column, coefficient), ...), lo, hi


@dataclass(frozen=True, slots=True)
class Target:
    """A count of people a reader must not pin or bound inside 1..threshold - 1."""

    terms: tuple[tuple[int, int], ...]  # (column, coefficient)
    truth: int
    what: str  # in words, to tell exposures apart (may name a department): never shown


@dataclass(slots=True)
class LinearSystem:
    columns: list[Column] = field(default_factory=list)
    column_of: dict[Column, int] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    # The newest publication's shown cells, by the rows that publish them.
    row_cell: dict[int, CellKey] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)

    def column(self, key: VarKey, truth: int) -> int:
        found = self.column_of.get((key, truth))
        if found is None:
            found = self.column_of[(key, truth)] = len(self.columns)
            self.columns.append((key, truth))
        return found

    def add_row(self, terms: Sequence[tuple[int, float]], lower: float, upper: float) -> int:
        merged: dict[int, float] = {}
        for column, coefficient in terms:
            merged[column] = merged.get(column, 0.0) + coefficient
        cleaned = tuple(sorted((c, v) for c, v in merged.items() if v != 0))
        self.rows.append((cleaned, lower, upper))
        return len(self.rows) - 1


def reader_system(publications: Sequence[Publication], threshold: int) -> LinearSystem:
    """Everything the publications say together; the first is the newest."""
    system = LinearSystem()
    seen_rows: set[Row] = set()

    def mapped(publication: Publication, terms: RowTerms | Terms) -> list[tuple[int, float]]:
        return [
            (system.column(key, publication.variables[key].truth), float(coefficient))
            for key, coefficient in terms
        ]

    def add_once(terms: list[tuple[int, float]], lower: float, upper: float) -> int | None:
        row: Row = (tuple(sorted(terms)), lower, upper)
        if row in seen_rows:
            return None
        seen_rows.add(row)
        return system.add_row(terms, lower, upper)

    for index, publication in enumerate(publications):
        truth = publication.truth
        for relation in publication.relations:
            add_once(mapped(publication, relation.terms), relation.lower, relation.upper)
        for cell in publication.cells:
            shown = publication.shown(cell.key)
            rows = _cell_rows(cell.kind, shown, cell.terms, cell.denominator, truth)
            for terms, lower, upper in rows:
                row = add_once(mapped(publication, terms), lower, upper)
                if index == 0 and shown and row is not None:
                    system.row_cell[row] = cell.key
        _people_targets(system, publication, threshold)
        _hidden_cell_targets(system, publication, threshold)
    _change_targets(system, publications, threshold)
    return system


def _cell_rows(
    kind: CellKind, shown: bool, terms: Terms, denominator: Terms, truth: dict[VarKey, int]
) -> list[tuple[RowTerms | Terms, float, float]]:
    if kind is CellKind.COUNT:
        if shown:
            value = value_of(terms, truth)
            return [(terms, value, value)]
        # Zero is always shown, so a hidden count is at least 1.
        return [(terms, 1, math.inf)]
    if kind is CellKind.RATE and shown:
        whole = value_of(denominator, truth)
        if whole == 0:
            return [(denominator, 0, 0)]  # "no cases to measure" says the whole is 0
        p = rounded_percent(value_of(terms, truth), whole)
        # p - 0.5 <= 100 n / d < p + 0.5, times d (> 0); the strict side holds on
        # whole numbers as <= ... - 0.5, since 100 n and (p + 0.5) d are halves.
        scaled: RowTerms = tuple((key, 100.0 * c) for key, c in terms)
        below: RowTerms = tuple((key, -(p + 0.5) * c) for key, c in denominator)
        above: RowTerms = tuple((key, -(p - 0.5) * c) for key, c in denominator)
        return [(scaled + below, -math.inf, -0.5), (scaled + above, 0, math.inf)]
    return []


def _people_targets(system: LinearSystem, publication: Publication, threshold: int) -> None:
    known = {target.terms for target in system.targets}
    for key, variable in publication.variables.items():
        if variable.people and is_small(variable.truth, threshold):
            terms = ((system.column(key, variable.truth), 1),)
            if terms not in known:
                known.add(terms)
                system.targets.append(Target(terms, variable.truth, _words(key)))


def _hidden_cell_targets(system: LinearSystem, publication: Publication, threshold: int) -> None:
    truth = publication.truth
    for cell in publication.cells:
        if cell.kind is not CellKind.COUNT or publication.shown(cell.key) or len(cell.terms) < 2:
            continue
        value = value_of(cell.terms, truth)
        if is_small(value, threshold):
            terms = tuple(
                (system.column(key, truth[key]), coefficient) for key, coefficient in cell.terms
            )
            system.targets.append(Target(terms, value, _words(cell.key)))


def _change_targets(
    system: LinearSystem, publications: Sequence[Publication], threshold: int
) -> None:
    """A count that changed by 1..threshold - 1 between the newest publication and an
    earlier one: the change itself counts people (a late referral, say)."""
    if len(publications) < 2:
        return
    newest = publications[0]
    for earlier in publications[1:]:
        for key, variable in newest.variables.items():
            before = earlier.variables.get(key)
            if before is None or not variable.people:
                continue
            change = variable.truth - before.truth
            if is_small(abs(change), threshold):
                sign = 1 if change > 0 else -1
                terms = (
                    (system.column(key, variable.truth), sign),
                    (system.column(key, before.truth), -sign),
                )
                system.targets.append(
                    Target(
                        terms, abs(change), f"change since an earlier publication: {_words(key)}"
                    )
                )


def _words(key: tuple[str, str, str, str]) -> str:
    span, figure, dimension, category = key
    split = "" if dimension == "program" else f" ({dimension}: {category})"
    return f"{figure.replace('_', ' ')}{split}, {span}"
