"""When a milestone of an investigation or legal process may fall, and when the check-in
before it comes. Shared by the milestone service and the event-notice import, so a date
typed in the window and one read from a file meet the same rule."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.working_time import WorkingWeek

YEARS_BACK = 5  # a process older than this is past following up
YEARS_AHEAD = 10  # trials come years on, but not decades
# A check-in that falls on a day off moves back to the working day before, at most this
# far (a working week of one day a week, with holidays around it).
MOST_DAYS_BACK = 14


def date_problem(
    on: dt.date, today: dt.date, event_on: dt.date | None = None, *, what: str = "A milestone"
) -> str | None:
    """Why ``on`` cannot be a milestone's date, in one sentence naming no record and no
    value; None when it can. ``event_on``: the date of the event it follows; ``what``:
    the sentence's subject (an import names its column)."""
    earliest = _years_from(today, -YEARS_BACK)
    latest = _years_from(today, YEARS_AHEAD)
    if event_on is not None and on < event_on:
        return f"{what} must come on or after the date of its event."
    if on < earliest:
        return f"{what} must be at most {YEARS_BACK} years in the past."
    if on > latest:
        return f"{what} must be at most {YEARS_AHEAD} years ahead."
    return None


def check_in_day(on: dt.date, days: int, week: WorkingWeek | None = None) -> dt.date:
    """``days`` before the milestone, moved back to a working day (never after it)."""
    day = on - dt.timedelta(days=days)
    if week is None:
        return day
    for back in range(MOST_DAYS_BACK + 1):
        candidate = day - dt.timedelta(days=back)
        if week.hours_on(candidate) is not None:
            return candidate
    return day  # no working day near: the plain date rather than none


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
