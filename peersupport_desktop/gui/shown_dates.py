"""Dates, times and quarters as the window shows them: one format, the system locale's.

The vault and the command line keep ISO dates and quarters as ``2026Q3``; a person
reads the locale's own short date, and quarters as "Q3 2026".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.qt_dates import to_qdate, to_qdatetime, to_qtime

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def day(value: dt.date) -> str:
    """A date in a table or a line: the locale's short form."""
    return QLocale().toString(to_qdate(value), SHORT)


def moment(value: dt.datetime) -> str:
    """A date and time in a table or a line, to the minute."""
    return QLocale().toString(to_qdatetime(value.replace(second=0, microsecond=0)), SHORT)


def clock(value: dt.time | dt.datetime) -> str:
    """A time of day, the locale's way (14:20, or 2:20 PM)."""
    time = value.time() if isinstance(value, dt.datetime) else value
    return QLocale().toString(to_qtime(time), SHORT)


def spoken_day(value: dt.date, today: dt.date) -> str:
    """A day as a sentence says it: "today", "tomorrow", "yesterday", or "on" the
    locale's long date."""
    offset = (value - today).days
    named = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(offset)
    return named or f"on {QLocale().toString(to_qdate(value), LONG)}"


def quarter(value: Quarter) -> str:
    """A quarter said as "Q3 2026" (the command line says 2026Q3)."""
    return f"Q{value.number} {value.year}"
