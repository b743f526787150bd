"""The backup rotation: grandfather-father-son, properties and a two-year worked example."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core.backup_rotation import (
    DEFAULT_POLICY,
    RotationPolicy,
    backups_to_keep,
    times_to_keep,
)

times = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 31))
# Clustered times: many backups a day and a week, the case the rule is about.
clustered = st.builds(
    lambda start, offsets: [start + dt.timedelta(hours=h) for h in offsets],
    times,
    st.lists(st.integers(min_value=0, max_value=24 * 800), max_size=120),
)
backup_times = st.one_of(st.lists(times, max_size=80), clustered)
# At least one of the three is kept, as RotationPolicy requires.
policies = st.builds(
    lambda d, w, m: RotationPolicy(d, w, m) if d + w + m else RotationPolicy(1, 0, 0),
    st.integers(min_value=0, max_value=10),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=14),
)


@given(backup_times, policies)
def test_never_more_than_the_policy_and_the_newest_always(
    made: list[dt.datetime], policy: RotationPolicy
) -> None:
    kept = times_to_keep(made, policy)
    assert len(kept) <= policy.most_kept
    assert kept == sorted(kept, reverse=True)
    assert all(at in made for at in kept)
    if made:
        assert kept[0] == max(made)


@given(backup_times, policies)
def test_keeping_is_idempotent(made: list[dt.datetime], policy: RotationPolicy) -> None:
    kept = times_to_keep(made, policy)
    assert times_to_keep(kept, policy) == kept


@given(backup_times)
def test_each_rule_keeps_the_newest_of_its_most_recent_periods(made: list[dt.datetime]) -> None:
    kept = set(times_to_keep(made))
    periods = (
        (lambda at: at.date(), DEFAULT_POLICY.daily),
        (lambda at: at.isocalendar()[:2], DEFAULT_POLICY.weekly),
        (lambda at: (at.year, at.month), DEFAULT_POLICY.monthly),
    )
    for period_of, count in periods:
        newest: dict[object, dt.datetime] = {}
        for at in made:
            key = period_of(at)
            newest[key] = max(at, newest.get(key, at))
        recent = sorted(newest.values(), reverse=True)[:count]
        assert set(recent) <= kept
    # And nothing else: every kept backup is the newest of its own day.
    assert len({at.date() for at in kept}) == len(kept)


@given(st.lists(times, min_size=1, max_size=40, unique=True), st.randoms())
def test_the_order_given_does_not_matter(made: list[dt.datetime], rng: object) -> None:
    shuffled = list(made)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert times_to_keep(shuffled) == times_to_keep(made)


def daily_for_two_years(last: dt.date) -> list[dt.datetime]:
    return [dt.datetime.combine(last - dt.timedelta(days=n), dt.time(9, 30)) for n in range(731)]


def test_a_backup_a_day_for_two_years() -> None:
    # Friday 20 November 2026 is the newest; ISO week 47 runs Monday 16 to Sunday 22.
    kept = [at.date() for at in times_to_keep(daily_for_two_years(dt.date(2026, 11, 20)))]
    d = dt.date
    assert kept == [
        # daily: the seven most recent days (today counts for the week and month too)
        *(d(2026, 11, day) for day in range(20, 13, -1)),
        # weekly: the Sundays ending weeks 46, 45 and 44 (Nov 14 and 15 are in week 46)
        d(2026, 11, 8),
        d(2026, 11, 1),
        # monthly: the last day of each of the eleven months before November
        d(2026, 10, 31),
        d(2026, 9, 30),
        d(2026, 8, 31),
        d(2026, 7, 31),
        d(2026, 6, 30),
        d(2026, 5, 31),
        d(2026, 4, 30),
        d(2026, 3, 31),
        d(2026, 2, 28),
        d(2026, 1, 31),
        d(2025, 12, 31),
    ]


@given(st.dates(min_value=dt.date(2021, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_the_oldest_monthly_reaches_back_about_a_year(last: dt.date) -> None:
    made = daily_for_two_years(last)
    kept = times_to_keep(made)
    # The oldest kept is the last day of the month eleven months before the newest's.
    year, month = divmod(last.year * 12 + last.month - 1 - 11, 12)
    month_end = dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])
    assert kept[-1].date() == month_end
    assert dt.timedelta(days=303) <= made[0] - kept[-1] <= dt.timedelta(days=337)
    assert len(kept) <= DEFAULT_POLICY.most_kept


def test_equal_times_keep_the_one_given_first() -> None:
    at = dt.datetime(2026, 11, 20, 9, 30)
    kept = backups_to_keep(["second", "first"], lambda _: at)
    assert kept == ["second"]


@pytest.mark.parametrize("daily, weekly, monthly", [(-1, 4, 12), (0, 0, 0)])
def test_a_policy_keeps_something(daily: int, weekly: int, monthly: int) -> None:
    with pytest.raises(ValueError):
        RotationPolicy(daily, weekly, monthly)
