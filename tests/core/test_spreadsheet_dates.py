"""Every import reads its dates with core/spreadsheet_dates: the roster's rules, and a
time stamp with an offset from UTC turned into this computer's local time before its
day is taken (the vault keeps naive local times)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from peersupport_desktop.core.spreadsheet_dates import (
    UnreadableDate,
    local_moment,
    spreadsheet_date,
)


@pytest.fixture
def berlin_summer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock two hours ahead of UTC (a POSIX zone: no tz database)."""
    monkeypatch.setenv("TZ", "CEST-2")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("2026-03-31", dt.date(2026, 3, 31)),
        ("2026/3/31", dt.date(2026, 3, 31)),
        ("31 March 2026", dt.date(2026, 3, 31)),
        ("Mar 31, 2026", dt.date(2026, 3, 31)),
        ("2026-03-31 14:30", dt.date(2026, 3, 31)),  # naive: already local
        ("2026-03-31T21:59:59Z", dt.date(2026, 3, 31)),
        ("2026-03-31T22:00:00Z", dt.date(2026, 4, 1)),  # midnight in Berlin
        ("2026-03-31t23:30:00z", dt.date(2026, 4, 1)),  # lower case, as some tools write
        ("2026-04-01T01:30:00+04:00", dt.date(2026, 3, 31)),  # 23:30 in Berlin
        ("2026-03-31T23:59:00+02:00", dt.date(2026, 3, 31)),  # same offset: same day
    ],
)
def test_the_local_day_is_taken(berlin_summer: None, cell: str, day: dt.date) -> None:
    assert spreadsheet_date(cell, "The date") == day


@pytest.mark.parametrize(
    ("cell", "sentence"),
    [
        ("03/04/2026", "could be read day first or month first"),
        ("31 Mar 26", "two-digit year"),
        ("2026-02-30", "not a day of the calendar"),
        ("tomorrow", "not a date"),
        ("1066-10-14", "not in the years"),
    ],
)
def test_what_could_be_misread_is_refused(cell: str, sentence: str) -> None:
    with pytest.raises(UnreadableDate, match=sentence) as refused:
        spreadsheet_date(cell, "The date")
    assert cell not in str(refused.value)


def test_a_moment_is_kept_naive_and_local(berlin_summer: None) -> None:
    utc = dt.datetime(2026, 12, 31, 23, 15, tzinfo=dt.UTC)
    assert local_moment(utc) == dt.datetime(2027, 1, 1, 1, 15)
    naive = dt.datetime(2026, 12, 31, 23, 15)
    assert local_moment(naive) is naive
