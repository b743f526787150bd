from __future__ import annotations

import datetime as dt

import pytest

from peersupport_desktop.core.check_ins import CheckIn, check_in_date


def test_labels() -> None:
    assert [c.label for c in CheckIn] == ["No check-in", "In a week", "In a month"]


def test_no_check_in_has_no_date() -> None:
    assert check_in_date(dt.date(2026, 7, 6), CheckIn.NONE) is None


def test_a_week_later_crosses_months_and_years() -> None:
    assert check_in_date(dt.date(2026, 7, 6), CheckIn.WEEK) == dt.date(2026, 7, 13)
    assert check_in_date(dt.date(2026, 12, 29), CheckIn.WEEK) == dt.date(2027, 1, 5)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 7, 6), dt.date(2026, 8, 6)),
        (dt.date(2026, 12, 15), dt.date(2027, 1, 15)),  # into the next year
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),  # February lacks the 31st
        (dt.date(2028, 1, 31), dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2026, 3, 31), dt.date(2026, 4, 30)),
        (dt.date(2026, 2, 28), dt.date(2026, 3, 28)),  # not moved to the month's end
    ],
)
def test_a_month_later_is_the_same_day_or_the_months_last(day: dt.date, expected: dt.date) -> None:
    assert check_in_date(day, CheckIn.MONTH) == expected
