"""The watch folder's imports and moves; reminders before a serious event's first anniversary."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS
from peersupport_desktop.resource_files import resource
from peersupport_desktop.services import cases, clinicians, events
from peersupport_desktop.services.anniversaries import anniversaries_ahead, first_anniversary
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.watch_folder import (
    IMPORTED,
    NOT_IMPORTED,
    files_waiting,
    folder_problem,
    import_dropped,
)
from peersupport_desktop.store.vault import Vault


def later() -> float:
    """A moment by which every file written so far has settled."""
    return time.time() + 60


def drop(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def test_dropped_files_are_imported_then_moved(vault: Vault, tmp_path: Path) -> None:
    example = resource("examples", "event_notices.csv").read_bytes()
    drop(tmp_path, "notices.csv", example)
    drop(tmp_path, "photo.jpg", b"\xff\xd8")
    outcomes = import_dropped(vault, tmp_path, settled_before=later())
    assert [o.name for o in outcomes] == ["notices.csv"]
    assert outcomes[0].result is not None and outcomes[0].result.cases == 5
    assert not (tmp_path / "notices.csv").exists()
    assert (tmp_path / IMPORTED / "notices.csv").read_bytes() == example
    assert (tmp_path / "photo.jpg").exists()  # not a CSV: left alone
    assert len(all_case_rows(vault)) == 5
    # The same file dropped again: nothing new, and the first copy is kept.
    drop(tmp_path, "notices.csv", example)
    again = import_dropped(vault, tmp_path, settled_before=later())
    assert again[0].summary() == "notices.csv: Nothing new: all 5 rows were imported before."
    assert len(list((tmp_path / IMPORTED).iterdir())) == 2
    assert len(all_case_rows(vault)) == 5


def test_an_unreadable_file_goes_aside_and_rejects_are_kept_beside_the_file(
    vault: Vault, tmp_path: Path
) -> None:
    drop(tmp_path, "broken.csv", b"")
    header = ",".join(CANONICAL_COLUMNS)
    drop(
        tmp_path,
        "mixed.csv",
        f"{header}\nM-1,2026-03-01,trauma,,Ann Lee,nurse,,,,self,\n"
        "M-2,2026-03-01,trauma,,Bo Chan,wizard,,,,self,\n".encode(),
    )
    outcomes = {o.name: o for o in import_dropped(vault, tmp_path, settled_before=later())}
    assert outcomes["broken.csv"].result is None
    assert outcomes["broken.csv"].summary() == "broken.csv was not imported: The file is empty."
    assert (tmp_path / NOT_IMPORTED / "broken.csv").exists()
    assert "1 row rejected" in outcomes["mixed.csv"].summary()
    rejects = (tmp_path / IMPORTED / "mixed.rejected.csv").read_text(encoding="utf-8-sig")
    assert "3,clinician_role is not a known code or label." in rejects
    assert import_dropped(vault, tmp_path, settled_before=later()) == []  # nothing tried again


def test_a_file_still_being_written_or_just_copied_waits(tmp_path: Path) -> None:
    fresh = drop(tmp_path, "arriving.csv", b"event_ref\n")
    copied = drop(tmp_path, "copied.csv", b"event_ref\n")
    old = time.time() - 3600
    os.utime(copied, (old, old))  # a copy keeps its old modification time
    drop(tmp_path, "~$open-in-excel.csv", b"")
    drop(tmp_path, ".hidden.csv", b"")
    assert files_waiting(tmp_path) == []
    assert files_waiting(tmp_path, settled_before=later()) == [fresh, copied]


def test_a_missing_watch_folder_is_one_sentence(tmp_path: Path) -> None:
    assert folder_problem(tmp_path) is None
    assert folder_problem(tmp_path / "gone") == (
        f"The watch folder {tmp_path / 'gone'} does not exist (or is not a folder)."
    )


def open_case_on(vault: Vault, kind: str, day: dt.date, name: str) -> str:
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="safety_report",
            clinician=clinicians.ClinicianInput(name, "nurse"),
            event=events.EventInput(kind, day),
            referred_at=dt.datetime.combine(day, dt.time(12)),
        ),
    )
    return case.reference


def test_anniversaries_of_serious_events_in_the_coming_days(vault: Vault) -> None:
    today = dt.date(2026, 11, 23)
    soon = open_case_on(vault, "unexpected_death", dt.date(2025, 11, 30), "Ann Lee")
    today_one = open_case_on(vault, "trauma", dt.date(2025, 11, 23), "Bo Chan")
    open_case_on(vault, "unexpected_death", dt.date(2025, 12, 8), "Too Far")  # 15 days ahead
    open_case_on(vault, "near_miss", dt.date(2025, 11, 25), "Not Serious")
    open_case_on(vault, "unexpected_death", dt.date(2025, 11, 22), "Yesterday")
    ahead = anniversaries_ahead(vault, today, 14)
    assert [(a.reference, a.on) for a in ahead] == [
        (today_one, dt.date(2026, 11, 23)),
        (soon, dt.date(2026, 11, 30)),
    ]
    assert ahead[1].event_label == "Unexpected patient death" and ahead[1].clinician == "Ann Lee"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 2, 29), dt.date(2025, 2, 28)),
        (dt.date(2025, 3, 1), dt.date(2026, 3, 1)),
        (dt.date(2023, 12, 31), dt.date(2024, 12, 31)),
    ],
)
def test_first_anniversary(day: dt.date, expected: dt.date) -> None:
    assert first_anniversary(day) == expected


def test_an_event_on_29_february_is_remembered_on_the_28th(vault: Vault) -> None:
    leap = open_case_on(vault, "medical_error", dt.date(2024, 2, 29), "Leap Day")
    assert [a.reference for a in anniversaries_ahead(vault, dt.date(2025, 2, 28), 1)] == [leap]
    assert anniversaries_ahead(vault, dt.date(2025, 3, 1), 30) == []
