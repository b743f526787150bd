"""Hiding cells until the proof holds: primary suppression of small counts and
risky rates, then complementary suppression chosen by the solver over the whole
publication and every earlier one of the same periods at once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peersupport_desktop.core.disclosure.audit import Solved, exposures, touching_cells
from peersupport_desktop.core.disclosure.model import (
    Cell,
    CellKey,
    CellKind,
    Publication,
    is_small,
    value_of,
)


@dataclass(frozen=True, slots=True)
class Protected:
    publication: Publication  # the cells as they will be published, hidden ones marked
    primary: frozenset[CellKey]  # hidden for what they are (small, or a risky rate)
    complementary: frozenset[CellKey]  # hidden so the others cannot be worked out

    @property
    def hidden(self) -> frozenset[CellKey]:
        return self.publication.hidden


def protect(new: Publication, history: Sequence[Publication] = ()) -> Protected:
    threshold = new.threshold
    primary = primary_suppression(new)
    hidden = set(primary)
    solved = Solved()  # a round re-solves only the pieces the last one changed
    while True:
        current = new.with_hidden(with_followers(new.cells, hidden))
        found = exposures([current, *history], threshold, solved)
        mended = False
        chosen_now: set[CellKey] = set()
        for exposure in found:
            if chosen_now.intersection(exposure.binding_cells):
                continue  # a cell hidden this round already loosens it: check again first
            choice = _cheapest(new, hidden, exposure.binding_cells)
            if choice is None:
                # Only whole numbers hold it (no binding rows to name): try what shares
                # its piece. The system is rebuilt alike, so its columns are the same.
                choice = _cheapest(
                    new, hidden, touching_cells([current, *history], exposure.target)
                )
            if choice is not None:
                hidden.add(choice)
                chosen_now.add(choice)
                mended = True
        if not mended:
            # What is left, if anything, no cell of this publication can mend: earlier
            # publications alone give it away.
            break
    final = new.with_hidden(with_followers(new.cells, hidden))
    return Protected(
        publication=final,
        primary=frozenset(primary),
        complementary=frozenset(final.hidden - primary),
    )


def primary_suppression(publication: Publication) -> set[CellKey]:
    """What is hidden for what it is, before any relation is looked at."""
    threshold = publication.threshold
    truth = publication.truth
    hidden = set(publication.hidden)  # what the maker hid already (a median of few, say)
    for cell in publication.cells:
        if cell.kind is CellKind.COUNT and is_small(value_of(cell.terms, truth), threshold):
            hidden.add(cell.key)
        elif cell.kind is CellKind.RATE:
            part, whole = value_of(cell.terms, truth), value_of(cell.denominator, truth)
            if whole and (
                whole < threshold or is_small(part, threshold) or is_small(whole - part, threshold)
            ):
                hidden.add(cell.key)
    return hidden


def with_followers(cells: Iterable[Cell], hidden: set[CellKey]) -> set[CellKey]:
    """The hidden cells and every follower of one, however far down."""
    result = set(hidden)
    followers = [cell for cell in cells if cell.follows]
    changed = True
    while changed:
        changed = False
        for cell in followers:
            if cell.key not in result and any(key in result for key in cell.follows):
                result.add(cell.key)
                changed = True
    return result


def _cheapest(
    publication: Publication, hidden: set[CellKey], candidates: Iterable[CellKey]
) -> CellKey | None:
    truth = publication.truth
    best: tuple[int, float, CellKey] | None = None
    for key in candidates:
        if key in hidden:
            continue
        cell = publication.cell(key)
        value = cell.truth(truth)
        if cell.kind is CellKind.FOLLOWER or value is None:
            continue
        if cell.kind is CellKind.COUNT and value == 0:
            continue  # zero is always shown; hiding it would say it is not zero
        rank = (cell.priority, value, key)
        if best is None or rank < best:
            best = rank
    return None if best is None else best[2]
