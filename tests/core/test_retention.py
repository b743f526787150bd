"""The retention rule: calendar months clamped at month ends, and its boundary day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core.retention import (
    add_months,
    is_past_retention,
    latest_closing_past,
    retention_ends,
)

D = dt.date
days = st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31))
months = st.integers(min_value=1, max_value=240)


def test_the_boundary_day() -> None:
    closed = dt.datetime(2025, 1, 15, 23, 59, 59)  # late in the day: the time is ignored
    assert retention_ends(closed, 12) == D(2026, 1, 15)
    assert not is_past_retention(closed, 12, D(2026, 1, 14))  # the day before: kept
    assert is_past_retention(closed, 12, D(2026, 1, 15))  # the day itself: past
    assert is_past_retention(closed, 12, D(2026, 1, 16))
    early = dt.datetime(2025, 1, 15, 0, 0, 0)
    assert retention_ends(early, 12) == retention_ends(closed, 12)  # one day, one expiry


def test_month_ends_are_clamped() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)  # leap year
    assert add_months(D(2026, 1, 29), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 3, 31), 1) == D(2026, 4, 30)
    assert add_months(D(2026, 8, 31), 6) == D(2027, 2, 28)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)  # over the year end
    assert add_months(D(2026, 5, 31), 12) == D(2027, 5, 31)
    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)
    assert add_months(D(2026, 1, 15), -13) == D(2024, 12, 15)


def test_leap_days() -> None:
    assert retention_ends(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert retention_ends(D(2024, 2, 29), 48) == D(2028, 2, 29)
    assert retention_ends(D(2023, 2, 28), 12) == D(2024, 2, 28)  # not the 29th
    assert not is_past_retention(D(2024, 2, 29), 12, D(2025, 2, 27))
    assert is_past_retention(D(2024, 2, 29), 12, D(2025, 2, 28))
    # Closed 29, 30 or 31 January, one month: all three past on the last day of February.
    for closed in (D(2024, 1, 29), D(2024, 1, 30), D(2024, 1, 31)):
        assert not is_past_retention(closed, 1, D(2024, 2, 28))
        assert is_past_retention(closed, 1, D(2024, 2, 29))


def test_the_latest_closing_day_past() -> None:
    assert latest_closing_past(D(2026, 1, 15), 12) == D(2025, 1, 15)
    assert latest_closing_past(D(2026, 2, 28), 1) == D(2026, 1, 31)  # 29-31 Jan expire today
    assert latest_closing_past(D(2026, 2, 27), 1) == D(2026, 1, 27)
    assert latest_closing_past(D(2026, 4, 30), 1) == D(2026, 3, 31)
    assert latest_closing_past(D(2026, 3, 30), 1) == D(2026, 2, 28)
    assert latest_closing_past(D(2025, 2, 28), 12) == D(2024, 2, 29)
    assert latest_closing_past(D(1, 3, 1), 12) is None  # before the calendar starts
    assert latest_closing_past(D.max, 1) == D(9999, 11, 30)


def test_a_retention_under_one_month_is_refused() -> None:
    with pytest.raises(ValueError, match="one month"):
        retention_ends(D(2026, 1, 1), 0)
    with pytest.raises(ValueError, match="one month"):
        latest_closing_past(D(2026, 1, 1), -3)


@given(days, months)
def test_kept_the_day_before_and_past_from_the_day_itself(closed: dt.date, m: int) -> None:
    ends = retention_ends(closed, m)
    assert not is_past_retention(closed, m, ends - dt.timedelta(days=1))
    assert is_past_retention(closed, m, ends)
    assert ends > closed
    # Never less than the months' shortest span, never more than their longest.
    assert 28 * m - 3 <= (ends - closed).days <= 31 * m + 1


@given(days, days, months)
def test_closing_later_never_expires_earlier(a: dt.date, b: dt.date, m: int) -> None:
    first, second = sorted((a, b))
    assert retention_ends(first, m) <= retention_ends(second, m)


@given(days, months, months)
def test_a_longer_retention_never_expires_earlier(closed: dt.date, m: int, n: int) -> None:
    shorter, longer = sorted((m, n))
    assert retention_ends(closed, shorter) <= retention_ends(closed, longer)


@given(days, days, months)
def test_the_latest_closing_day_splits_past_from_kept(
    today: dt.date, closed: dt.date, m: int
) -> None:
    # What the service's one bound on the closing time relies on.
    latest = latest_closing_past(today, m)
    assert latest is not None
    assert is_past_retention(closed, m, today) == (closed <= latest)
    assert is_past_retention(latest, m, today)
    assert not is_past_retention(latest + dt.timedelta(days=1), m, today)
