"""When outreach is due: the referral time plus the target, in clock hours or working hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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

    def __post_init__(self) -> None:
        # Checked here so the search for the due time always ends.
        if not self.days or not self.days <= set(range(7)):
            raise ValueError("A working week needs at least one working day.")
        if self.starts >= self.ends:
            raise ValueError("A working day must start before it ends.")

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
    while True:
        span = week.hours_on(day)
        if span is not None:
            begin, end = max(span[0], start), span[1]
            if begin < end:
                if left <= end - begin:
                    return begin + left
                left -= end - begin
        day += dt.timedelta(days=1)
