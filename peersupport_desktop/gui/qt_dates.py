"""Dates and times between Python and Qt's editors, typed both ways."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute, value.second)


def from_qdate(value: QDate) -> dt.date:
    result = value.toPython()
    assert isinstance(result, dt.date)
    return result


def from_qtime(value: QTime) -> dt.time:
    result = value.toPython()
    assert isinstance(result, dt.time)
    return result


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """To the minute: the vault keeps contacts and availability to the minute."""
    result = value.toPython()
    assert isinstance(result, dt.datetime)
    return result.replace(second=0, microsecond=0)
