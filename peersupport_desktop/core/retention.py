"""The retention rule: when a closed case is past the program's retention period.

The rule, in whole calendar days: a case closed at moment C, under a retention of
``months``, is past retention on day D when

    D >= add_months(date(C), months)

so closed on 15 January 2025 with 12 months, it is kept through 14 January 2026
and past retention from 15 January 2026. The time of day of the closing is
ignored on purpose: every case closed on one day expires on one day, and the
answer is the same whenever in the day the coordinator asks (a count shown in a
confirmation must not change before the click that applies it). It is how people
read "12 months after": the same day-of-month, a year on.

Months are calendar months, clamped at month ends: 31 January + 1 month is 28
February (29 in a leap year), and 29 February 2024 + 12 months is 28 February
2025. So 29, 30 and 31 January all expire on the last day of February with
one month, never spilling into March. The rule is monotonic: a case closed
later never expires earlier.
"""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months (negative: back), clamped at month ends.

    Raises ValueError (OverflowError's date-range cousin) outside years 1 to 9999.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError("The date falls outside the calendar's years 1 to 9999.")
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def retention_ends(closed: dt.date | dt.datetime, months: int) -> dt.date:
    """The first day on which a case closed at ``closed`` is past retention."""
    _check(months)
    return add_months(_day(closed), months)


def is_past_retention(closed: dt.date | dt.datetime, months: int, today: dt.date) -> bool:
    """True from the day ``retention_ends(closed, months)`` on; never before it."""
    return today >= retention_ends(closed, months)


def latest_closing_past(today: dt.date, months: int) -> dt.date | None:
    """The last closing day whose cases are past retention on ``today``.

    Past retention on ``today`` <=> closed on or before this day (by monotonicity),
    which lets a query select them by one bound on the closing time. None when no
    closing day can be (``today`` within ``months`` of the calendar's start).
    """
    _check(months)
    try:
        day = add_months(today, -months)  # expires on or before today (clamping only lowers)
    except ValueError:
        return None
    # Clamping maps several closing days to one expiry (29, 30, 31 January -> 28
    # February): step on to the last of those already expired by today.
    while day < dt.date.max and _expires_by(day + dt.timedelta(days=1), months, today):
        day += dt.timedelta(days=1)
    return day


def _expires_by(closed: dt.date, months: int, today: dt.date) -> bool:
    try:
        return add_months(closed, months) <= today
    except ValueError:  # past the year 9999: never
        return False


def _day(moment: dt.date | dt.datetime) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _check(months: int) -> None:
    if months < 1:
        raise ValueError("Retention is at least one month.")
