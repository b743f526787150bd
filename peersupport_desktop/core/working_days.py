"""Days counted on the working week: a referral's next step due so many working days on."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.working_time import WorkingWeek


def add_working_days(start: dt.date, days: int, week: WorkingWeek) -> dt.date:
    """The ``days``-th working day after ``start`` (weekends and holidays not counted).

    A step taken on a Saturday counts from Monday: one working day on is Monday.
    """
    day = start
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if week.hours_on(day) is not None:
            left -= 1
    return day
