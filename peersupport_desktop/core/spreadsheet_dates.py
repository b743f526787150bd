"""A date as a spreadsheet or a person writes it in a cell, read without guessing.

Taken: ISO 8601 (2026-03-31, with or without a time, as a workbook's dates are read),
the year first with slashes or dots (2026/03/31), and the month in English words
(31 March 2026, 31-Mar-2026, March 31, 2026), none of which can be misread. Refused,
with a sentence saying how to write it: numbers with the day and the month in an
order the cell does not say (03/04/2026 is 3 April in London and 4 March in Boston;
a file mixing 25/12/2026 with it cannot be trusted either, so no all-numeric form is
taken), and two-digit years.

A date and time with its offset from UTC (a form's "2026-03-31T23:30:00Z") is first
turned into this computer's local time, as the vault keeps naive local times, and its
day is the local one: the stamp above is 1 April in Berlin.
"""

from __future__ import annotations

import datetime as dt
import re

from peersupport_desktop.core.quarters import FIRST_YEAR, LAST_YEAR
from peersupport_desktop.core.sayable import Sayable

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_YEAR_FIRST = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})")
_NUMBERS = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{2,4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d{2,4})")
ISO_EXAMPLE = "2026-03-31"


class UnreadableDate(Sayable, ValueError):
    """The cell is not a date this module takes; the sentence says how to write one."""


def spreadsheet_date(text: str, what: str) -> dt.date:
    """The date in ``text`` (not empty); ``what`` names it in the sentence ("The
    training date")."""
    cell = " ".join(text.split()).casefold()
    day = _iso(" ".join(text.split()).upper())  # ISO's T and Z are capitals
    if day is None:
        found = _YEAR_FIRST.fullmatch(cell)
        if found is not None:
            day = _day(found[1], found[2], found[3], what)
    if day is None:
        day = _in_words(cell, what)
    if day is None:
        if _NUMBERS.fullmatch(cell):
            raise UnreadableDate(
                f"{what} could be read day first or month first: write it as year-month-day "
                f"(like {ISO_EXAMPLE}) or with the month's name."
            )
        raise UnreadableDate(f"{what} is not a date: write it like {ISO_EXAMPLE}.")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UnreadableDate(f"{what} is not in the years {FIRST_YEAR} to {LAST_YEAR}.")
    return day


def local_moment(moment: dt.datetime) -> dt.datetime:
    """``moment`` as the vault keeps it: naive, in this computer's local time (one
    with an offset from UTC is converted first; a naive one is already local)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def _iso(cell: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        pass
    try:  # a workbook's date with a time of day, or a form's time stamp
        return local_moment(dt.datetime.fromisoformat(cell)).date()
    except ValueError:
        return None


def _in_words(cell: str, what: str) -> dt.date | None:
    found = _DAY_MONTH_YEAR.fullmatch(cell)
    if found is not None:
        day, month, year = found[1], found[2], found[3]
    else:
        found = _MONTH_DAY_YEAR.fullmatch(cell)
        if found is None:
            return None
        month, day, year = found[1], found[2], found[3]
    number = _MONTHS.get(month)
    if number is None:
        return None
    return _day(year, str(number), day, what)


def _day(year: str, month: str, day: str, what: str) -> dt.date:
    if len(year) != 4:
        raise UnreadableDate(
            f"{what} has a two-digit year: write the year in full (like {ISO_EXAMPLE})."
        )
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise UnreadableDate(f"{what} is not a day of the calendar.") from None
