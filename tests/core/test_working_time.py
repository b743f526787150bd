"""Outreach due times in clock hours and in working hours."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peersupport_desktop.core.working_time import (
    OutreachClock,
    WorkingWeek,
    add_working_time,
    due_time,
)

WEEK = WorkingWeek(days=frozenset(range(5)), starts=dt.time(8), ends=dt.time(17))
DAY = dt.timedelta(hours=24)


def test_clock_hours_count_nights_and_weekends() -> None:
    friday_4pm = dt.datetime(2026, 11, 20, 16, 0)
    assert due_time(friday_4pm, DAY, OutreachClock.HOURS, WEEK) == dt.datetime(2026, 11, 21, 16)


def test_working_hours_across_a_weekend() -> None:
    friday_4pm = dt.datetime(2026, 11, 20, 16, 0)
    # Friday 1 h, Monday 9 h, Tuesday 9 h, then 5 h into Wednesday.
    assert due_time(friday_4pm, DAY, OutreachClock.WORKING_HOURS, WEEK) == dt.datetime(
        2026, 11, 25, 13, 0
    )


def test_a_referral_on_a_saturday_starts_counting_on_monday_morning() -> None:
    saturday = dt.datetime(2026, 11, 21, 11, 30)
    assert add_working_time(saturday, dt.timedelta(hours=2), WEEK) == dt.datetime(2026, 11, 23, 10)


def test_a_referral_before_opening_and_one_after_closing() -> None:
    early = dt.datetime(2026, 11, 23, 6, 0)
    late = dt.datetime(2026, 11, 23, 20, 0)
    assert add_working_time(early, dt.timedelta(hours=1), WEEK) == dt.datetime(2026, 11, 23, 9)
    assert add_working_time(late, dt.timedelta(hours=1), WEEK) == dt.datetime(2026, 11, 24, 9)


def test_a_target_that_ends_at_closing_time_is_due_at_closing_time() -> None:
    monday_8am = dt.datetime(2026, 11, 23, 8, 0)
    assert add_working_time(monday_8am, dt.timedelta(hours=9), WEEK) == dt.datetime(
        2026, 11, 23, 17
    )


def test_holidays_do_not_count() -> None:
    thanksgiving = WorkingWeek(
        WEEK.days, WEEK.starts, WEEK.ends, frozenset({dt.date(2026, 11, 26), dt.date(2026, 11, 27)})
    )
    wednesday_4pm = dt.datetime(2026, 11, 25, 16, 0)
    # Wednesday 1 h, Thursday and Friday off, the weekend, then 3 h into Monday.
    assert add_working_time(wednesday_4pm, dt.timedelta(hours=4), thanksgiving) == dt.datetime(
        2026, 11, 30, 11
    )


@pytest.mark.parametrize(
    ("days", "starts", "ends"),
    [(frozenset(), dt.time(8), dt.time(17)), (frozenset({0}), dt.time(17), dt.time(8))],
)
def test_a_week_with_no_working_time_is_refused(
    days: frozenset[int], starts: dt.time, ends: dt.time
) -> None:
    with pytest.raises(ValueError, match="working"):
        WorkingWeek(days, starts, ends)


def working_minutes_until(start: dt.datetime, end: dt.datetime, week: WorkingWeek) -> int:
    """The oracle: minute by minute, how much of [start, end) is working time."""
    counted, moment = 0, start
    while moment < end:
        span = week.hours_on(moment.date())
        if span is not None and span[0] <= moment < span[1]:
            counted += 1
        moment += dt.timedelta(minutes=1)
    return counted


@settings(max_examples=40, deadline=None)
@given(
    start=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    hours=st.integers(1, 30),
    days=st.frozensets(st.integers(0, 6), min_size=1),
    starts=st.integers(0, 11),
    length=st.integers(1, 12),
)
def test_exactly_the_target_of_working_time_lies_before_the_due_time(
    start: dt.datetime, hours: int, days: frozenset[int], starts: int, length: int
) -> None:
    week = WorkingWeek(days, dt.time(starts), dt.time(starts + length))
    due = add_working_time(start, dt.timedelta(hours=hours), week)
    assert working_minutes_until(start, due, week) == hours * 60
    # ...and the due moment is itself working time, or the end of a working span.
    span = week.hours_on(due.date())
    assert span is not None and span[0] < due <= span[1]


def walked_day_by_day(start: dt.datetime, amount: dt.timedelta, week: WorkingWeek) -> dt.datetime:
    """The plain walk, one day at a time: what skipping whole weeks must agree with."""
    left, day = amount, start.date()
    while True:
        span = week.hours_on(day)
        if span is not None:
            begin, end = max(span[0], start), span[1]
            if begin < end:
                if left <= end - begin:
                    return begin + left
                left -= end - begin
        day += dt.timedelta(days=1)


@settings(max_examples=60, deadline=None)
@given(
    start=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    hours=st.integers(1, 720),
    days=st.frozensets(st.integers(0, 6), min_size=1),
    length=st.integers(1, 12),
    holidays=st.frozensets(st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)), max_size=30),
)
def test_skipping_whole_weeks_agrees_with_walking_day_by_day(
    start: dt.datetime, hours: int, days: frozenset[int], length: int, holidays: frozenset[dt.date]
) -> None:
    week = WorkingWeek(days, dt.time(8), dt.time(8 + length), holidays)
    target = dt.timedelta(hours=hours)
    assert add_working_time(start, target, week) == walked_day_by_day(start, target, week)


def test_a_month_of_working_hours_on_a_sparse_week_is_quick() -> None:
    one_hour_on_mondays = WorkingWeek(frozenset({0}), dt.time(9), dt.time(10))
    started = dt.datetime(2026, 1, 1, 12, 0)
    due = add_working_time(started, dt.timedelta(hours=720), one_hour_on_mondays)
    assert due == dt.datetime(2026, 1, 5, 10, 0) + dt.timedelta(weeks=719)
