"""iCalendar files: valid RFC 5545 read back by icalendar, and availability read in."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from peersupport_desktop.core.calendar_files import (
    RotationWeek,
    availability_file,
    read_availability,
    rotation_file,
)
from peersupport_desktop.core.free_time import DatedSpan, WeeklySlot

STAMP = dt.datetime(2026, 1, 1, 9, 0)
TUESDAYS = (1, WeeklySlot(1, dt.time(12), dt.time(14)))
AWAY = (7, DatedSpan(False, dt.datetime(2026, 1, 12), dt.datetime(2026, 1, 17)))
EXTRA = (8, DatedSpan(True, dt.datetime(2026, 1, 20, 18), dt.datetime(2026, 1, 20, 20)))


def events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_availability_is_weekly_repeats_plus_dated_events() -> None:
    data = availability_file(
        "Ana Soon", [TUESDAYS], [AWAY, EXTRA], dt.date(2026, 1, 1), dt.date(2026, 3, 31), STAMP
    )
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\nVERSION:2.0\r\n" in data
    slot, away, extra = events(data)
    assert slot.start == dt.datetime(2026, 1, 6, 12) and slot.end == dt.datetime(2026, 1, 6, 14)
    assert slot["rrule"]["FREQ"] == ["WEEKLY"]
    # The Tuesday inside the time away is left out of the repeat.
    assert [d.dt for d in slot["exdate"].dts] == [dt.datetime(2026, 1, 13, 12)]
    assert str(away["summary"]) == "Peer support: away"
    assert extra.start == dt.datetime(2026, 1, 20, 18)
    assert len({str(e["uid"]) for e in (slot, away, extra)}) == 3


def test_what_falls_outside_the_range_is_left_out() -> None:
    data = availability_file(
        "Ana", [TUESDAYS], [AWAY, EXTRA], dt.date(2026, 2, 1), dt.date(2026, 2, 28), STAMP
    )
    (slot,) = events(data)
    assert slot.start == dt.datetime(2026, 2, 3, 12)


def test_the_rotation_is_one_all_day_event_per_week() -> None:
    weeks = [
        RotationWeek(dt.date(2026, 1, 5), "Ana Soon"),
        RotationWeek(dt.date(2026, 1, 12), "Ben"),
    ]
    first, second = events(rotation_file(weeks, STAMP))
    assert str(first["summary"]) == "First call: Ana Soon"
    assert first.start == dt.date(2026, 1, 5) and first.end == dt.date(2026, 1, 12)
    assert second.start == dt.date(2026, 1, 12)


def test_an_exported_file_reads_back_as_the_same_availability() -> None:
    data = availability_file(
        "Ana", [TUESDAYS], [AWAY, EXTRA], dt.date(2026, 1, 1), dt.date(2026, 3, 31), STAMP
    )
    read = read_availability(data)
    assert read.weekly == [TUESDAYS[1]]
    assert read.dated == [AWAY[1], EXTRA[1]]
    assert read.skipped == []


def test_a_supporters_own_calendar_is_read_with_reasons_for_what_is_not() -> None:
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Someone else//EN",
            "BEGIN:VEVENT",  # 1: Mondays and Wednesdays, in UTC
            "UID:a",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T160000Z",
            "DTEND:20260105T170000Z",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE",
            "SUMMARY:Office hours",
            "END:VEVENT",
            "BEGIN:VEVENT",  # 2: a vacation, all day
            "UID:b",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:20260202",
            "DTEND;VALUE=DATE:20260209",
            "SUMMARY:Vacation",
            "END:VEVENT",
            "BEGIN:VEVENT",  # 3: monthly: not read
            "UID:c",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000",
            "DTEND:20260105T100000",
            "RRULE:FREQ=MONTHLY",
            "END:VEVENT",
            "BEGIN:VEVENT",  # 4: no end: icalendar gives a start-only event no length
            "UID:d",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    ).encode()
    read = read_availability(ics)
    utc = dt.datetime(2026, 1, 5, 16, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert read.weekly == [
        WeeklySlot(0, utc.time(), (utc + dt.timedelta(hours=1)).time()),
        WeeklySlot(2, utc.time(), (utc + dt.timedelta(hours=1)).time()),
    ]
    assert read.dated == [DatedSpan(False, dt.datetime(2026, 2, 2), dt.datetime(2026, 2, 9))]
    assert read.skipped[0] == "Event 3 repeats other than every week."
    assert read.skipped[1].startswith("Event 4 ")


@pytest.mark.parametrize(
    "data", [b"", b"%PDF-1.7\n", b"BEGIN:VCARD\r\nEND:VCARD\r\n", "é".encode("latin-1")]
)
def test_a_file_that_is_no_calendar_is_one_sentence(data: bytes) -> None:
    with pytest.raises(ValueError, match=r"^This file is not an iCalendar \(\.ics\) file\.$"):
        read_availability(data)
