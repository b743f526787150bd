"""When a supporter is free: weekly slots, plus extra dated slots, less time away.

Times are the coordinator's local wall-clock times, as the vault stores them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Span = tuple[dt.datetime, dt.datetime]  # [start, end)


@dataclass(frozen=True, slots=True)
class WeeklySlot:
    weekday: int  # 0 = Monday
    starts: dt.time
    ends: dt.time


@dataclass(frozen=True, slots=True)
class DatedSpan:
    available: bool  # True: an extra slot; False: away
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Availability:
    """One supporter's whole pattern of availability."""

    weekly: tuple[WeeklySlot, ...] = ()
    dated: tuple[DatedSpan, ...] = ()

    def free_spans(self, start: dt.datetime, end: dt.datetime) -> list[Span]:
        """The free time within [start, end), merged and in order."""
        if end <= start:
            return []
        by_day: dict[int, list[WeeklySlot]] = {}
        for slot in self.weekly:
            by_day.setdefault(slot.weekday, []).append(slot)
        spans: list[Span] = []
        day = start.date()
        while day <= end.date():
            for slot in by_day.get(day.weekday(), ()):
                spans.append(
                    (dt.datetime.combine(day, slot.starts), dt.datetime.combine(day, slot.ends))
                )
            day += dt.timedelta(days=1)
        spans.extend((d.starts_at, d.ends_at) for d in self.dated if d.available)
        free = merge(clip(spans, start, end))
        return subtract(free, merge(clip(self._away(), start, end)))

    def away_throughout(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether time away covers all of [start, end)."""
        covered = start
        for away_start, away_end in merge(self._away()):
            if away_start > covered:
                break
            covered = max(covered, away_end)
            if covered >= end:
                return True
        return covered >= end

    def away_spans(self, start: dt.datetime, end: dt.datetime) -> list[Span]:
        return merge(clip(self._away(), start, end))

    def _away(self) -> list[Span]:
        return [(d.starts_at, d.ends_at) for d in self.dated if not d.available]


def clip(spans: Iterable[Span], start: dt.datetime, end: dt.datetime) -> list[Span]:
    clipped = ((max(s, start), min(e, end)) for s, e in spans)
    return [(s, e) for s, e in clipped if s < e]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans joined, in order."""
    merged: list[Span] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def subtract(spans: Sequence[Span], holes: Sequence[Span]) -> list[Span]:
    """``spans`` less ``holes``; both merged and in order."""
    result: list[Span] = []
    for s, e in spans:
        cursor = s
        for hs, he in holes:
            if he <= cursor or hs >= e:
                continue
            if hs > cursor:
                result.append((cursor, hs))
            cursor = max(cursor, he)
            if cursor >= e:
                break
        if cursor < e:
            result.append((cursor, e))
    return result
