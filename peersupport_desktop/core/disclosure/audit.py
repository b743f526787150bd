"""The proof before a file is written: for every count of people that the
publications touch, the largest value a reader can reach. A count of 1 to
threshold - 1 that cannot reach the threshold is exposed (pinned, or bounded inside
the small range)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peersupport_desktop.core.disclosure.linear_system import LinearSystem, Target, reader_system
from peersupport_desktop.core.disclosure.model import CellKey, Publication
from peersupport_desktop.core.disclosure.solver import Piece


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


def exposures(publications: Sequence[Publication], threshold: int) -> list[Exposure]:
    """What a reader holding all these publications (the newest first) can solve for."""
    system = reader_system(publications, threshold)
    found = []
    for target, piece in _targets_with_pieces(system):
        bound = piece.largest(target.terms, threshold)
        if bound.largest < threshold - 1e-6:
            cells = tuple(
                system.row_cell[row] for row in bound.binding_rows if row in system.row_cell
            )
            found.append(Exposure(target, bound.largest, cells))
    return found


def intervals(publications: Sequence[Publication], threshold: int) -> list[Interval]:
    """Each protected count's smallest and largest value as a reader can work them out
    (unconstrained counts are left out: nothing published touches them)."""
    system = reader_system(publications, threshold)
    return [
        Interval(
            target,
            piece.smallest(target.terms),
            piece.largest(target.terms, float("inf")).largest,
        )
        for target, piece in _targets_with_pieces(system)
    ]


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


def _targets_with_pieces(system: LinearSystem) -> list[tuple[Target, Piece]]:
    groups = _joined_by_rows(system)
    for target in system.targets:
        groups.join([column for column, _ in target.terms])
    constrained = {groups.find(c) for terms, _lo, _hi in system.rows for c, _ in terms}
    rows_of: dict[int, list[int]] = {}
    for index, (terms, _lo, _hi) in enumerate(system.rows):
        if terms:
            rows_of.setdefault(groups.find(terms[0][0]), []).append(index)
    columns_of: dict[int, list[int]] = {}
    for column in range(len(system.columns)):
        columns_of.setdefault(groups.find(column), []).append(column)
    pieces: dict[int, Piece] = {}
    paired = []
    for target in system.targets:
        root = groups.find(target.terms[0][0])
        if root not in constrained:
            continue  # nothing published bears on it: a reader can say nothing
        if root not in pieces:
            pieces[root] = Piece(columns_of[root], rows_of.get(root, []), system.rows)
        paired.append((target, pieces[root]))
    return paired


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
