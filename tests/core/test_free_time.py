"""Free time: weekly slots and extra slots, less time away."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core.free_time import Availability, DatedSpan, WeeklySlot, merge, subtract

MONDAY = dt.datetime(2026, 11, 23)  # a Monday


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return MONDAY + dt.timedelta(days=day, hours=hour, minutes=minute)


def test_weekly_slots_repeat_each_week_and_are_clipped_to_the_range() -> None:
    tuesdays = Availability(weekly=(WeeklySlot(1, dt.time(12), dt.time(14)),))
    spans = tuesdays.free_spans(at(1, 13), at(15, 0))
    assert spans == [(at(1, 13), at(1, 14)), (at(8, 12), at(8, 14))]


def test_time_away_cuts_slots_and_extra_slots_add_to_them() -> None:
    pattern = Availability(
        weekly=(WeeklySlot(0, dt.time(9), dt.time(12)), WeeklySlot(2, dt.time(9), dt.time(12))),
        dated=(
            DatedSpan(False, at(0, 10), at(0, 11)),  # an hour away on Monday
            DatedSpan(False, at(2, 0), at(3, 0)),  # all Wednesday away
            DatedSpan(True, at(4, 18), at(4, 20)),  # Friday evening, once
        ),
    )
    assert pattern.free_spans(at(0, 0), at(7, 0)) == [
        (at(0, 9), at(0, 10)),
        (at(0, 11), at(0, 12)),
        (at(4, 18), at(4, 20)),
    ]


def test_away_throughout_needs_the_whole_range_covered() -> None:
    away = Availability(
        dated=(DatedSpan(False, at(0, 0), at(2, 0)), DatedSpan(False, at(2, 0), at(4, 0)))
    )
    assert away.away_throughout(at(0, 8), at(3, 8))  # two touching spans cover it
    assert not away.away_throughout(at(3, 8), at(6, 8))
    assert not Availability().away_throughout(at(0, 0), at(1, 0))


spans = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 50)).map(
        lambda p: (at(0, 0) + dt.timedelta(hours=p[0]), at(0, 0) + dt.timedelta(hours=p[0] + p[1]))
    ),
    max_size=8,
)


def hours_in(spans_: list[tuple[dt.datetime, dt.datetime]]) -> set[int]:
    return {
        h
        for s, e in spans_
        for h in range(
            int((s - MONDAY).total_seconds() // 3600), int((e - MONDAY).total_seconds() // 3600)
        )
    }


@given(spans, spans)
def test_merge_and_subtract_agree_with_sets_of_hours(a: list, b: list) -> None:
    merged = merge(a)
    assert hours_in(merged) == hours_in(a)
    assert all(e1 < s2 for (_, e1), (s2, _) in itertools.pairwise(merged))
    assert hours_in(subtract(merged, merge(b))) == hours_in(a) - hours_in(b)


weekly_slots = st.lists(
    st.builds(
        lambda d, h, m, n: WeeklySlot(d, dt.time(h, m), dt.time(min(h + n, 23), 59)),
        st.integers(0, 6),
        st.integers(0, 22),
        st.sampled_from([0, 30]),
        st.integers(0, 4),
    ),
    max_size=6,
)


@given(weekly_slots, st.integers(0, 300), st.integers(1, 400))
def test_the_quick_path_for_plain_weeks_agrees_with_the_general_one(
    weekly: list[WeeklySlot], offset: int, length: int
) -> None:
    start = MONDAY + dt.timedelta(hours=offset)
    end = start + dt.timedelta(hours=length)
    # A time away long past sends the same slots down the general path.
    long_ago = DatedSpan(False, MONDAY - dt.timedelta(days=400), MONDAY - dt.timedelta(days=399))
    general = Availability(tuple(weekly), (long_ago,)).free_spans(start, end)
    assert Availability(tuple(weekly)).free_spans(start, end) == general
