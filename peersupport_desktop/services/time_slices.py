"""Periods as the figures' queries see them, and reading several at once.

A report asks for a quarter, the quarter before and the year to date at once. Their
edges cut time into slices; a count taken per slice adds up to any of the periods,
so rows are read once, not once a period.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import QueryableAttribute

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Window:
    """[starts, ends): a period as known at a cut-off (nothing after it counts)."""

    starts: dt.datetime
    ends: dt.datetime

    @classmethod
    def known_at(cls, starts: dt.datetime, ends: dt.datetime, cutoff: dt.datetime) -> Window:
        # Times are stored to the microsecond: "< cutoff + 1 µs" is "<= cutoff".
        return cls(starts, max(starts, min(ends, cutoff + dt.timedelta(microseconds=1))))

    def holds(self, column: QueryableAttribute[dt.datetime]) -> ColumnElement[bool]:
        return and_(column >= self.starts, column < self.ends)


def added_up(
    windows: Sequence[Window], measure: Callable[[Window], Counter[K]]
) -> list[Counter[K]]:
    """Each window's total of a measure that adds up over time, measuring each slice once.

    The slices are the stretches between consecutive edges of the windows: a year to
    date and its last quarter cost one read of the year, not two. Plain range reads,
    not one read grouped by slice: SQLite's grouping sort costs more than the reread.
    """
    edges = sorted({t for w in windows for t in (w.starts, w.ends)})
    parts = {
        start: measure(Window(start, end))
        for start, end in itertools.pairwise(edges)
        if any(w.starts <= start < w.ends for w in windows)
    }
    return [
        sum((part for start, part in parts.items() if w.starts <= start < w.ends), Counter())
        for w in windows
    ]
