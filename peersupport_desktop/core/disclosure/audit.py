"""The proof before a file is written: for every count of people that the
publications touch, the largest value a reader can reach. A count of 1 to
threshold - 1 that cannot reach the threshold is exposed (pinned, or bounded inside
the small range)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from peersupport_desktop.core.disclosure.linear_system import (
    Column,
    LinearSystem,
    Target,
    reader_system,
)
from peersupport_desktop.core.disclosure.model import CellKey, Publication
from peersupport_desktop.core.disclosure.solver import Bound, Piece, Vector


@dataclass(frozen=True, slots=True)
class Exposure:
    target: Target
    largest: float
    # The newest publication's shown cells whose hiding would loosen the bound.
    binding_cells: tuple[CellKey, ...]


@dataclass(frozen=True, slots=True)
class Interval:
    target: Target
    smallest: float
    largest: float


@dataclass(slots=True)
class Solved:
    """What earlier rounds of one protection proved, kept for the rounds after. A piece
    whose columns, rows and targets are all as they were gets the bounds it got then (a
    fresh solve would retrace the same steps to the same answer, binding rows
    included); a whole-number solution found in a piece still satisfies its rows later,
    since hiding a cell only loosens them, and spares a later search (it is checked
    against the rows again before it is used)."""

    bounds: dict[tuple[object, ...], list[Bound]] = field(default_factory=dict)
    solutions: list[tuple[frozenset[Column], dict[Column, float]]] = field(default_factory=list)

    def seeds(self, system: LinearSystem, columns: Sequence[int]) -> list[Vector]:
        named = [system.columns[column] for column in columns]
        wanted = frozenset(named)
        return [
            np.array([solution[name] for name in named])
            for held, solution in self.solutions
            if wanted <= held
        ]

    def keep(self, system: LinearSystem, columns: Sequence[int], found: Sequence[Vector]) -> None:
        named = [system.columns[column] for column in columns]
        held = frozenset(named)
        for solution in found:
            self.solutions.append((held, dict(zip(named, solution.tolist(), strict=True))))


def exposures(
    publications: Sequence[Publication], threshold: int, solved: Solved | None = None
) -> list[Exposure]:
    """What a reader holding all these publications (the newest first) can solve for;
    ``solved`` carries what earlier rounds of the same protection proved."""
    system = reader_system(publications, threshold)
    solved = Solved() if solved is None else solved
    bounds: dict[int, tuple[Bound, list[int]]] = {}
    for part in _parts(system):
        key = part.key(system)
        known = solved.bounds.get(key)
        if known is None:
            piece = Piece(part.columns, part.rows, system.rows, solved.seeds(system, part.columns))
            known = [piece.largest(system.targets[t].terms, threshold) for t in part.targets]
            solved.bounds[key] = known
            solved.keep(system, part.columns, piece.found_here)
        for index, bound in zip(part.targets, known, strict=True):
            bounds[index] = (bound, part.rows)
    found = []
    for index, target in enumerate(system.targets):
        if index not in bounds:
            continue  # nothing published bears on it: a reader can say nothing
        bound, rows = bounds[index]
        if bound.largest < threshold - 1e-6:
            cells = tuple(
                system.row_cell[rows[i]] for i in bound.binding_rows if rows[i] in system.row_cell
            )
            found.append(Exposure(target, bound.largest, cells))
    return found


def intervals(publications: Sequence[Publication], threshold: int) -> list[Interval]:
    """Each protected count's smallest and largest value as a reader can work them out
    (unconstrained counts are left out: nothing published touches them)."""
    system = reader_system(publications, threshold)
    found: dict[int, Interval] = {}
    for part in _parts(system):
        piece = Piece(part.columns, part.rows, system.rows)
        for index in part.targets:
            target = system.targets[index]
            found[index] = Interval(
                target,
                piece.smallest(target.terms),
                piece.largest(target.terms, float("inf")).largest,
            )
    return [found[index] for index in sorted(found)]


def touching_cells(publications: Sequence[Publication], target: Target) -> list[CellKey]:
    """The newest publication's shown cells in the same piece of the system as the
    target: what is left to hide when no single binding cell can be named."""
    system = reader_system(publications, publications[0].threshold)
    groups = _joined_by_rows(system)
    home = groups.find(target.terms[0][0])
    return [
        cell
        for row, cell in system.row_cell.items()
        if any(groups.find(column) == home for column, _ in system.rows[row][0])
    ]


def _joined_by_rows(system: LinearSystem) -> _Groups:
    """The system's columns, joined wherever a row holds them together."""
    groups = _Groups(len(system.columns))
    for terms, _lo, _hi in system.rows:
        groups.join([column for column, _ in terms])
    return groups


@dataclass(frozen=True, slots=True)
class _Part:
    """One independent piece of the system: its columns, rows and targets (indices
    into the system), each in the system's order."""

    columns: list[int]
    rows: list[int]
    targets: list[int]

    def key(self, system: LinearSystem) -> tuple[object, ...]:
        """Everything its solves depend on, in the order they see it."""
        local = {column: i for i, column in enumerate(self.columns)}
        return (
            tuple(system.columns[column] for column in self.columns),
            tuple(
                (tuple((local[c], v) for c, v in terms), lo, hi)
                for terms, lo, hi in (system.rows[row] for row in self.rows)
            ),
            tuple(
                tuple((local[c], v) for c, v in system.targets[target].terms)
                for target in self.targets
            ),
        )


def _parts(system: LinearSystem) -> list[_Part]:
    """The pieces that some row bears on, with the targets in each."""
    groups = _joined_by_rows(system)
    for target in system.targets:
        groups.join([column for column, _ in target.terms])
    parts: dict[int, _Part] = {}
    for index, (terms, _lo, _hi) in enumerate(system.rows):
        if terms:
            root = groups.find(terms[0][0])
            if root not in parts:
                parts[root] = _Part([], [], [])
            parts[root].rows.append(index)
    for column in range(len(system.columns)):
        part = parts.get(groups.find(column))
        if part is not None:
            part.columns.append(column)
    for index, target in enumerate(system.targets):
        part = parts.get(groups.find(target.terms[0][0]))
        if part is not None:
            part.targets.append(index)
    return [part for part in parts.values() if part.targets]


class _Groups:
    """Union-find over the system's columns."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, items: Sequence[int]) -> None:
        if not items:
            return
        root = self.find(items[0])
        for item in items[1:]:
            other = self.find(item)
            if other != root:
                self._parent[other] = root
