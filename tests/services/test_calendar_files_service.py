"""Calendar files from a real vault: names and times only, and imports that add safely."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from peersupport_desktop.core.calendar_files import availability_file
from peersupport_desktop.core.free_time import DatedSpan, WeeklySlot
from peersupport_desktop.services import audit, availability, calendar_files
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault
from tests.program_builder import CLINICIAN_NAME, NOTE, SECOND_NAME, build_program


def test_exports_hold_no_case_or_clinician_data(vault: Vault) -> None:
    built = build_program(vault)
    start, end = dt.date(2026, 7, 1), dt.date(2026, 9, 30)
    rotation = calendar_files.rotation_ics(vault, start, end)
    mine = calendar_files.availability_ics(vault, built.supporter_id, start, end)
    for data in (rotation, mine):
        text = data.decode()
        for secret in (CLINICIAN_NAME, SECOND_NAME, NOTE, "PS-0"):
            assert secret not in text
    (week,) = Calendar.from_ical(rotation).walk("VEVENT")
    assert str(week["summary"]) == "First call: Dr Ada Mentor"
    summaries = [str(e["summary"]) for e in Calendar.from_ical(mine).walk("VEVENT")]
    assert summaries == ["Peer support: available", "Peer support: away"]
    actions = {e.action for e in audit.entries(vault, limit=5)}
    assert {"calendar.oncall_export", "calendar.availability_export"} <= actions


def test_importing_adds_once_and_a_bad_file_changes_nothing(vault: Vault) -> None:
    built = build_program(vault)
    sid = built.supporter_id
    ics = availability_file(
        "Ada",
        [(1, WeeklySlot(1, dt.time(12), dt.time(14))), (2, WeeklySlot(3, dt.time(8), dt.time(9)))],
        [(3, DatedSpan(True, dt.datetime(2026, 10, 1, 17), dt.datetime(2026, 10, 1, 19)))],
        dt.date(2026, 9, 1),
        dt.date(2026, 12, 31),
        dt.datetime(2026, 9, 1),
    )
    summary = calendar_files.import_availability(vault, sid, ics)
    # Tuesday 12-14 was on the roster already.
    assert (summary.weekly_added, summary.dated_added, summary.already_there) == (1, 1, 1)
    assert summary.sentence == (
        "Added 1 weekly entry and 1 dated entry; 1 was already there."
    )  # plural forms right
    again = calendar_files.import_availability(vault, sid, ics)
    assert (again.weekly_added, again.dated_added, again.already_there) == (0, 0, 3)
    before = availability.slots_of(vault, sid)
    with pytest.raises(InvalidInput, match="not an iCalendar"):
        calendar_files.import_availability(vault, sid, b"name,role\nAda,nurse\n")
    assert availability.slots_of(vault, sid) == before


def test_a_range_that_ends_before_it_starts_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="ends before it starts"):
        calendar_files.rotation_ics(vault, dt.date(2026, 2, 1), dt.date(2026, 1, 1))
