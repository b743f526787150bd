from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core.quarters import Quarter


def test_parse_and_print() -> None:
    assert Quarter.parse("2026Q3") == Quarter(2026, 3)
    assert Quarter.parse(" 2026-q1 ") == Quarter(2026, 1)
    assert str(Quarter(2026, 3)) == "2026Q3"
    for bad in ("2026Q5", "2026", "Q3 2026", ""):
        with pytest.raises(ValueError, match="2026Q3"):
            Quarter.parse(bad)


def test_bounds() -> None:
    q = Quarter(2026, 4)
    assert q.starts == dt.datetime(2026, 10, 1)
    assert q.ends == dt.datetime(2027, 1, 1)
    assert q.last_day == dt.date(2026, 12, 31)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert Quarter(2026, 3).back(3) == [Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)]


@given(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 12, 31)))
def test_every_moment_lies_in_its_quarter(moment: dt.datetime) -> None:
    q = Quarter.containing(moment)
    assert q.starts <= moment < q.ends
    assert q.next().previous() == q
