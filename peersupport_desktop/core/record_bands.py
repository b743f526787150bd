"""The records export's sensitive columns: banded so rows cannot be matched across
exports, coarsened until every group of alike rows holds at least two different
values in each (l-diversity), and dropped where even the coarsest band cannot.

Status says only open or closed: no row says that a person was referred on to
professional help.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

L_DIVERSITY = 2
NOT_SHOWN = ""


def _banded(edges: Sequence[int], unit: str) -> Callable[[int | None], str]:
    """Bands such as '0-3 h' from ascending edges; the last open-ended."""

    def band(value: int | None) -> str:
        if value is None:
            return NOT_SHOWN
        for low, high in itertools.pairwise(edges):
            if low <= value < high:
                return f"{low}-{high - 1}{unit}" if high - 1 > low else f"{low}{unit}"
        return f"{edges[-1]}+{unit}"

    return band


@dataclass(frozen=True, slots=True)
class BandedColumn:
    """A sensitive column and its ladder of ever coarser bands."""

    name: str
    levels: tuple[Callable[[int | None], str], ...]


def _status(value: int | None) -> str:
    return NOT_SHOWN if value is None else ("closed" if value else "open")


def _yes_no(value: int | None) -> str:
    return NOT_SHOWN if value is None else ("yes" if value else "no")


COLUMNS: tuple[BandedColumn, ...] = (
    BandedColumn("status", (_status,)),  # 1: closed, 0: open
    BandedColumn(
        "hours_to_first_outreach",
        (_banded([0, 4, 24, 72], " h"), _banded([0, 24, 72], " h"), _banded([0, 24], " h")),
    ),
    BandedColumn("outreach_within_target", (_yes_no,)),
    BandedColumn(
        "contacts", (_banded([0, 1, 2, 4, 7], ""), _banded([0, 1, 4], ""), _banded([0, 1], ""))
    ),
    BandedColumn(
        "days_to_close",
        (_banded([0, 7, 30, 90], " d"), _banded([0, 30, 90], " d"), _banded([0, 30], " d")),
    ),
    BandedColumn("reopened", (_yes_no,)),
)


@functools.cache
def _band(column: int, level: int, value: int | None) -> str:
    """A value's band (values are few and small: each is banded once)."""
    return COLUMNS[column].levels[level](value)


@dataclass(frozen=True, slots=True)
class Diverse:
    """Each column's chosen level, or None where the column is not shown at all."""

    levels: tuple[int | None, ...]
    withheld: frozenset[str] = frozenset()  # not shown for another reason

    def table(self, raw: Sequence[Sequence[int | None]]) -> list[tuple[str, ...]]:
        """Every row's columns as published, a column at a time."""
        columns = []
        for index, level in enumerate(self.levels):
            values = [row[index] for row in raw]
            if level is None:
                columns.append([NOT_SHOWN] * len(values))
            else:
                band = {v: _band(index, level, v) for v in set(values)}
                columns.append([band[v] for v in values])
        return list(zip(*columns, strict=True)) if raw else []

    def dropped(self) -> list[str]:
        return [
            c.name
            for c, level in zip(COLUMNS, self.levels, strict=True)
            if level is None and c.name not in self.withheld
        ]


def diversify(
    groups: Sequence[Hashable],
    raw: Sequence[Sequence[int | None]],
    withheld: Iterable[str] = (),
) -> Diverse:
    """The finest level of each column at which every group holds at least
    L_DIVERSITY distinct values; None (not shown) where no level does, or where the
    column is ``withheld`` anyway."""
    levels: list[int | None] = []
    held = frozenset(withheld)
    for index, column in enumerate(COLUMNS):
        chosen: int | None = None
        if column.name in held:
            levels.append(None)
            continue
        # Each group's distinct raw values once: a large export has few of them.
        distinct: dict[Hashable, set[int | None]] = defaultdict(set)
        for group, value in set(zip(groups, (values[index] for values in raw), strict=True)):
            distinct[group].add(value)
        for level in range(len(column.levels)):
            banded = (
                {_band(index, level, value) for value in values} for values in distinct.values()
            )
            if all(len(values) >= L_DIVERSITY for values in banded):
                chosen = level
                break
        levels.append(chosen)
    return Diverse(tuple(levels), held)
