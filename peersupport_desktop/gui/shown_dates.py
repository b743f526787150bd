"""Dates, times and quarters as the window shows them: one format, the system locale's.

The vault and the command line keep ISO dates and quarters as ``2026Q3``; a person
reads (and types) the locale's own short date, its year always in four digits (a
two-digit year would be read as 19xx by Qt's editors, and the vault holds dates from
1900 to 2999), and quarters as "Q3 2026".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.qt_dates import to_qdate, to_qdatetime, to_qtime

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def date_format() -> str:
    """The locale's short date format, with a four-digit year; ISO 8601 where no locale
    is set (Qt's "C" locale would write "9 12 2026")."""
    if QLocale().language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    form = QLocale().dateFormat(SHORT)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def time_format() -> str:
    if QLocale().language() == QLocale.Language.C:
        return "HH:mm"
    return QLocale().timeFormat(SHORT)


def day(value: dt.date) -> str:
    """A date in a table or a line: the locale's short form."""
    return QLocale().toString(to_qdate(value), date_format())


def moment(value: dt.datetime) -> str:
    """A date and time in a table or a line, to the minute."""
    at = to_qdatetime(value.replace(second=0, microsecond=0))
    return QLocale().toString(at, f"{date_format()} {time_format()}")


def stored_day(text: str | None) -> str:
    """A date the vault keeps as ISO text ("2026-12-09"), shown; "" for none."""
    return day(dt.date.fromisoformat(text[:10])) if text else ""


def stored_moment(text: str) -> str:
    """A time the vault keeps as ISO text ("2026-12-09 14:20:00"), shown."""
    return moment(dt.datetime.fromisoformat(text))


def follow_locale(form: QWidget) -> None:
    """Every date and time editor of ``form`` in the locale's format (four-digit year)."""
    for edit in form.findChildren(QDateTimeEdit):
        if isinstance(edit, QTimeEdit):
            edit.setDisplayFormat(time_format())
        elif isinstance(edit, QDateEdit):
            edit.setDisplayFormat(date_format())
        else:
            edit.setDisplayFormat(f"{date_format()} {time_format()}")


def clock(value: dt.time | dt.datetime) -> str:
    """A time of day, the locale's way (14:20, or 2:20 PM)."""
    time = value.time() if isinstance(value, dt.datetime) else value
    return QLocale().toString(to_qtime(time), time_format())


def spoken_day(value: dt.date, today: dt.date) -> str:
    """A day as a sentence says it: "today", "tomorrow", "yesterday", or "on" the
    locale's long date."""
    offset = (value - today).days
    named = {0: "today", 1: "tomorrow", -1: "yesterday"}.get(offset)
    return named or f"on {QLocale().toString(to_qdate(value), LONG)}"


def quarter(value: Quarter) -> str:
    """A quarter said as "Q3 2026" (the command line says 2026Q3)."""
    return f"Q{value.number} {value.year}"
