"""When a supporter is free: weekly slots, plus extra dated slots, less time away.

Times are the coordinator's local wall-clock times, as the vault stores them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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
    # Worked out once: matching asks hundreds of these patterns for their free time.
    _week: dict[int, list[tuple[dt.time, dt.time]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_week", _plain_week(self.weekly))

    def free_spans(self, start: dt.datetime, end: dt.datetime) -> list[Span]:
        """The free time within [start, end), merged and in order."""
        if end <= start:
            return []
        combine = dt.datetime.combine
        spans: list[Span] = []
        day = start.date()
        while day <= end.date():
            for starts, ends in self._week.get(day.weekday(), ()):
                spans.append((combine(day, starts), combine(day, ends)))
            day += dt.timedelta(days=1)
        if not self.dated:
            # Each day's slots are merged and the days in order: only the ends need clipping.
            return clip(spans, start, end)
        spans.extend((d.starts_at, d.ends_at) for d in self.dated if d.available)
        free = merge(clip(spans, start, end))
        return subtract(free, merge(clip(self._away(), start, end)))

    def weekly_times(self) -> dict[int, list[tuple[dt.time, dt.time]]]:
        """The weekly slots by weekday, merged and in order: the pattern of a plain week."""
        return {day: list(spans) for day, spans in self._week.items()}

    def away_throughout(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether time away covers all of [start, end)."""
        if not self.dated:
            return False
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


def _plain_week(weekly: Iterable[WeeklySlot]) -> dict[int, list[tuple[dt.time, dt.time]]]:
    by_day: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for slot in sorted(weekly, key=lambda s: (s.weekday, s.starts)):
        day = by_day.setdefault(slot.weekday, [])
        if day and slot.starts <= day[-1][1]:
            day[-1] = (day[-1][0], max(day[-1][1], slot.ends))
        else:
            day.append((slot.starts, slot.ends))
    return by_day


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
