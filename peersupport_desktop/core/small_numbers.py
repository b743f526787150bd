"""Small-number suppression: counts from 1 to threshold - 1 never reach a reader.

Programs are small, so a cell of 3 in a quarterly table can name a person.
Primary suppression hides such counts; complementary suppression then hides
enough other cells that no hidden one can be recovered by subtracting from a
total, a percentage or a related figure. Zero may be shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MIN_THRESHOLD = 5
SUPPRESSED = "suppressed"


@dataclass(frozen=True, slots=True)
class Shown:
    """A count as published: ``value`` is None when it is suppressed."""

    value: int | None

    @property
    def hidden(self) -> bool:
        return self.value is None

    def text(self) -> str:
        if self.value is not None:
            return f"{self.value:,}"
        # One word for every hidden cell. Were small ones told from their protectors
        # ('<11' beside 'suppressed', which is then at least 11), a total would pin
        # them down: 1 and 11 hidden under a shown total of 12 can only be that.
        return SUPPRESSED


@dataclass(frozen=True, slots=True)
class ShownTable:
    cells: dict[str, Shown]
    total: Shown


def is_small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


def count(value: int, threshold: int) -> Shown:
    _check(threshold)
    return Shown(None if is_small(value, threshold) else value)


def table(values: Mapping[str, int], threshold: int) -> ShownTable:
    """Suppress a one-way table and its total so no hidden cell can be derived."""
    _check(threshold)
    total = sum(values.values())
    cells = {key: count(value, threshold) for key, value in values.items()}
    shown_total = count(total, threshold)
    hidden = [key for key, cell in cells.items() if cell.hidden]
    # With the total shown, total - visible cells = the hidden cells' sum. Hide more
    # cells, smallest first, until at least two are hidden and their sum is no small
    # number either, nor the sum of all ones (each hidden cell is at least 1: zero is
    # shown); with nothing left to hide, hide the total.
    while hidden and not shown_total.hidden:
        hidden_sum = sum(values[key] for key in hidden)
        if len(hidden) >= 2 and hidden_sum >= threshold and hidden_sum > len(hidden):
            break
        visible = sorted(
            (value, key) for key, value in values.items() if key not in hidden and value > 0
        )
        if not visible:
            shown_total = Shown(None)
            break
        cells[visible[0][1]] = Shown(None)
        hidden.append(visible[0][1])
    return ShownTable(cells, shown_total)


def part_of(whole: int, part: int, threshold: int) -> tuple[Shown, Shown]:
    """A count and a part of it (reached and accepted, say): neither the part nor the
    rest may be small, or subtraction would reveal it."""
    _check(threshold)
    shown_whole = count(whole, threshold)
    rest = whole - part
    if shown_whole.hidden or is_small(part, threshold):
        return shown_whole, Shown(None)
    if is_small(rest, threshold):
        return shown_whole, Shown(None)
    return shown_whole, Shown(part)


def share(numerator: int, denominator: int, threshold: int) -> float | None:
    """A proportion, or None when it would reveal a small count on either side."""
    _check(threshold)
    if denominator == 0 or denominator < threshold:
        return None
    if is_small(numerator, threshold) or is_small(denominator - numerator, threshold):
        return None
    return numerator / denominator


def enough(n: int, threshold: int) -> bool:
    """Whether a statistic over n cases (a median, say) may be shown."""
    return n >= threshold


def _check(threshold: int) -> None:
    if threshold < MIN_THRESHOLD:
        raise ValueError(f"The small-number threshold is never below {MIN_THRESHOLD}.")
