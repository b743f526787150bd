"""When to check in with the person again, chosen as a conversation is logged."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum


class CheckIn(StrEnum):
    NONE = "none"
    WEEK = "week"
    MONTH = "month"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {CheckIn.NONE: "No check-in", CheckIn.WEEK: "In a week", CheckIn.MONTH: "In a month"}


def check_in_date(day: dt.date, choice: CheckIn) -> dt.date | None:
    """The day to check in, counted from ``day``; None for no check-in."""
    match choice:
        case CheckIn.NONE:
            return None
        case CheckIn.WEEK:
            return day + dt.timedelta(days=7)
        case CheckIn.MONTH:
            # The same day next month; a day the month lacks (Jan 31) becomes its last day.
            year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, min(day.day, last))
    raise AssertionError(f"unhandled check-in {choice}")  # pragma: no cover
