"""When outreach is due: the referral time plus the target, in clock hours or working hours."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class OutreachClock(StrEnum):
    """How the outreach target is counted."""

    HOURS = "hours"  # every hour of the day and night
    WORKING_HOURS = "working_hours"  # only the working week's hours, holidays left out


@dataclass(frozen=True, slots=True)
class WorkingWeek:
    """The hours that count: the same span on each working day, holidays excepted."""

    days: frozenset[int]  # 0 = Monday
    starts: dt.time
    ends: dt.time
    holidays: frozenset[dt.date] = frozenset()
    _sorted_holidays: list[dt.date] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Checked here so the search for the due time always ends.
        if not self.days or not self.days <= set(range(7)):
            raise ValueError("A working week needs at least one working day.")
        if self.starts >= self.ends:
            raise ValueError("A working day must start before it ends.")
        object.__setattr__(self, "_sorted_holidays", sorted(self.holidays))

    @property
    def per_week(self) -> dt.timedelta:
        """The working time of a week without holidays."""
        day = dt.datetime.combine(dt.date.min, self.ends) - dt.datetime.combine(
            dt.date.min, self.starts
        )
        return day * len(self.days)

    def holiday_within(self, first: dt.date, days: int) -> bool:
        """Whether a holiday falls in the ``days`` days from ``first``."""
        at = bisect.bisect_left(self._sorted_holidays, first)
        return at < len(self._sorted_holidays) and (
            self._sorted_holidays[at] < first + dt.timedelta(days=days)
        )

    def hours_on(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """The working span of ``day``, or None when nobody works that day."""
        if day.weekday() not in self.days or day in self.holidays:
            return None
        return dt.datetime.combine(day, self.starts), dt.datetime.combine(day, self.ends)


def due_time(
    referred_at: dt.datetime,
    target: dt.timedelta,
    clock: OutreachClock,
    week: WorkingWeek | None = None,
) -> dt.datetime:
    """The moment the outreach target runs out for a referral made at ``referred_at``."""
    if clock is OutreachClock.HOURS or week is None:
        return referred_at + target
    return add_working_time(referred_at, target, week)


def add_working_time(start: dt.datetime, amount: dt.timedelta, week: WorkingWeek) -> dt.datetime:
    """``start`` moved on by ``amount`` of working time.

    A referral made outside working hours starts counting when work next starts;
    a target that runs out exactly at closing time is due at closing time.
    """
    left = amount
    day = start.date()
    weekly = week.per_week
    while True:
        # From the second day on, each day is whole: a week without holidays holds
        # exactly ``weekly`` of working time, so it is skipped in one step (a target
        # of weeks on a sparse working week would otherwise be walked day by day).
        while day > start.date() and left > weekly and not week.holiday_within(day, 7):
            left -= weekly
            day += dt.timedelta(days=7)
        span = week.hours_on(day)
        if span is not None:
            begin, end = max(span[0], start), span[1]
            if begin < end:
                if left <= end - begin:
                    return begin + left
                left -= end - begin
        day += dt.timedelta(days=1)
