"""Debriefs, training attendance and training evaluations from files: CSV and XLSX,
the whole file or nothing, the same file twice adding nothing, and each listing
re-importing unchanged."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from peersupport_desktop.services import supporters
from peersupport_desktop.services.debrief_import import KIND as DEBRIEFS
from peersupport_desktop.services.debrief_import import debrief_listing
from peersupport_desktop.services.debriefs import list_debriefs
from peersupport_desktop.services.record_import import RowsRejected, import_records
from peersupport_desktop.services.record_kinds import kind_names, record_kind
from peersupport_desktop.services.record_listing import listing_bytes
from peersupport_desktop.services.training_evaluation_import import KIND as EVALUATIONS
from peersupport_desktop.services.training_import import KIND as TRAININGS
from peersupport_desktop.services.training_import import training_listing
from peersupport_desktop.services.training_sessions import list_sessions
from peersupport_desktop.store.vault import Vault
from tests.services.test_services import referral


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def roster(vault: Vault) -> dict[str, int]:
    people = {
        "Ana Ruiz": "ana@hospital.org",
        "Ben Ode": None,
        "Cleo Park": "cleo@hospital.org",
    }
    return {
        name: supporters.add_supporter(
            vault, supporters.SupporterInput(name=name, role="nurse", email=email)
        ).id
        for name, email in people.items()
    }


def test_the_kinds_are_registered() -> None:
    for name in ("debriefs", "trainings", "training_evaluations"):
        assert name in kind_names()
        assert record_kind(name).layout.kind == name


def test_debriefs_import_credit_each_and_a_second_time_add_nothing(
    vault: Vault, roster: dict[str, int], tmp_path: Path
) -> None:
    rows = [
        ["held_on", "kind", "minutes", "attendees", "notes"],
        ["2026-10-05", "group", "90", "ANA@hospital.org; ben ode;Cleo Park", "Rotas, sleep."],
        ["2026-10-09", "One-to-one debrief", "", "Ben Ode", ""],
    ]
    path = write_csv(tmp_path / "debriefs.csv", rows)
    first = import_records(vault, DEBRIEFS, path)
    assert (first.added, first.unchanged) == (2, 0)
    again = import_records(vault, DEBRIEFS, path)
    assert (again.added, again.unchanged) == (0, 2)
    listed = list_debriefs(vault)
    assert [len(d.attendees) for d in listed] == [1, 3]
    assert listed[1].notes == "Rotas, sleep."

    # The listing in the import's columns, re-imported: nothing new.
    back = tmp_path / "back.xlsx"
    back.write_bytes(listing_bytes(debrief_listing(vault), ".xlsx"))
    assert import_records(vault, DEBRIEFS, back).unchanged == 2


def test_a_debrief_file_with_bad_rows_imports_nothing_and_never_quotes_them(
    vault: Vault, roster: dict[str, int], tmp_path: Path
) -> None:
    referral(vault)  # Ingrid Solberg
    rows: list[list[object]] = [
        ["Held on", "Kind", "Attendees", "Notes"],
        ["2026-10-05", "group", "Ana Ruiz", "Fine"],
        ["05/10/2026", "group", "Ana Ruiz", ""],
        ["2026-10-05", "party", "Ana Ruiz", ""],
        ["2026-10-05", "group", "Nobody Known", ""],
        ["2026-10-05", "one_to_one", "Ana Ruiz; Ben Ode", ""],
        ["2026-10-05", "meeting", "Ben Ode", "We spoke of Ingrid Solberg"],
    ]
    path = write_xlsx(tmp_path / "debriefs.xlsx", rows)
    mapping = {"held_on": "Held on", "kind": "Kind", "attendees": "Attendees", "notes": "Notes"}
    with pytest.raises(RowsRejected) as rejected:
        import_records(vault, DEBRIEFS, path, mapping=mapping, source="Minutes sheet")
    assert [p.line for p in rejected.value.problems] == [3, 4, 5, 6, 7]
    said = str(rejected.value)
    assert "Ingrid" not in said and "Nobody" not in said and "case content" in said
    assert list_debriefs(vault) == []


def test_trainings_form_sessions_and_evaluations_attach_to_them(
    vault: Vault, roster: dict[str, int], tmp_path: Path
) -> None:
    attendance = write_csv(
        tmp_path / "trainings.csv",
        [
            ["held_on", "title", "supporter", "refresher", "minutes"],
            ["2026-10-05", "Refresher", "ana@hospital.org", "yes", "120"],
            ["2026-10-05", "refresher", "Ben Ode", "yes", "120"],
            ["2026-03-02", "Basics", "Cleo Park", "no", ""],
        ],
    )
    first = import_records(vault, TRAININGS, attendance)
    assert (first.added, first.unchanged) == (3, 0)
    assert import_records(vault, TRAININGS, attendance).unchanged == 3
    sessions = list_sessions(vault)
    assert [(s.title, s.attendees, s.refresher) for s in sessions] == [
        ("Refresher", ("Ana Ruiz", "Ben Ode"), True),
        ("Basics", ("Cleo Park",), False),
    ]
    people = {p.name: p for p in supporters.list_supporters(vault)}
    assert people["Ana Ruiz"].refresher_due == dt.date(2028, 10, 5)
    assert people["Cleo Park"].training_date == dt.date(2026, 3, 2)

    back = tmp_path / "back.csv"
    back.write_bytes(listing_bytes(training_listing(vault), ".csv"))
    assert import_records(vault, TRAININGS, back).unchanged == 3

    answers = write_xlsx(
        tmp_path / "evaluations.xlsx",
        [
            ["held_on", "title", "useful", "ready", "comment"],
            ["2026-10-05", "Refresher", 5, 4, "Good"],
            ["2026-10-05", "Refresher", 5, 4, "Good"],
            ["2026-10-05", "REFRESHER", 3, None, None],
        ],
    )
    assert import_records(vault, EVALUATIONS, answers).added == 3
    assert import_records(vault, EVALUATIONS, answers).unchanged == 3
    refresher = list_sessions(vault)[0]
    assert (refresher.evaluations, refresher.mean_useful, refresher.mean_ready) == (3, 4.3, 4.0)

    unknown = write_csv(
        tmp_path / "unknown.csv",
        [["held_on", "title", "useful"], ["2026-10-06", "Refresher", "4"], ["x", "y", "9"]],
    )
    with pytest.raises(RowsRejected) as rejected:
        import_records(vault, EVALUATIONS, unknown)
    assert [p.line for p in rejected.value.problems] == [2, 3]
