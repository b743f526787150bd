"""The import dialog every record kind shares, driven as a coordinator would: a file
chosen, its columns mapped in the combos, a preview, Import, and every rejected line.

The small real kind of the base's tests (holidays: a day and a name) stands in, so
the dialog is proved apart from any one kind's rules.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.record_import_dialog import (
    NOT_IN_FILE,
    STANDARD_SOURCE,
    RecordImportDialog,
)
from peersupport_desktop.services.record_import import RecordImport, mapping_names
from peersupport_desktop.store.vault import Vault
from tests.services.test_record_import import KIND, LAYOUT, days


def opened(qtbot: QtBot, vault: Vault, path: Path | None = None) -> RecordImportDialog:
    dialog = RecordImportDialog(vault, KIND, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.reading.busy, timeout=20_000)
    return dialog


def press_import(qtbot: QtBot, dialog: RecordImportDialog) -> None:
    qtbot.mouseClick(dialog.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.importing.busy, timeout=20_000)


def choose(dialog: RecordImportDialog, key: str, header: str) -> None:
    combo = dialog.combos[key]
    combo.setCurrentIndex(combo.findText(header))


def test_standard_columns_need_only_the_import_button(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "days.csv"
    path.write_bytes("Day;Name\n2026-12-25;Noël\n2026-12-26;Boxing Day\n".encode("cp1252"))
    dialog = opened(qtbot, vault, path)
    assert dialog.fileInfoLabel.text().startswith("2 rows (cp1252, separated by ';')")
    assert "standard columns" in dialog.fileInfoLabel.text()
    assert dialog.sourceCombo.currentText() == STANDARD_SOURCE
    assert not dialog.sourceCombo.isEnabled()
    assert [row.cells for row in dialog.preview.listed()] == [
        ("2", "2026-12-25", "Noël"),
        ("3", "2026-12-26", "Boxing Day"),
    ]
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        press_import(qtbot, dialog)
    result = signal.args[0]
    assert isinstance(result, RecordImport) and result.added == 2
    assert dialog.resultLabel.text() == "Holidays: 2 rows read, 2 added."
    assert len(days(vault)) == 2
    assert mapping_names(vault, LAYOUT) == []  # the standard columns are never saved
    press_import(qtbot, dialog)  # again: nothing new, and it says so
    assert dialog.resultLabel.text() == "Holidays: 2 rows read, 0 added, 2 already in the vault."


def test_a_workbook_is_mapped_in_the_combos_previewed_and_the_mapping_kept(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "days.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["When", "Staff ID", "Called"])
    for number in range(7):
        sheet.append([dt.datetime(2026, 1, 1 + number), number, f"Day {number}"])
    book.save(path)
    dialog = opened(qtbot, vault, path)
    assert dialog.fileInfoLabel.text().startswith("7 rows (an Excel sheet). Choose")
    assert dialog.mapping() == {}  # nothing named alike: nothing guessed
    assert dialog.combos["day"].currentText() == NOT_IN_FILE
    assert "column for Day" in dialog.mappingLabel.text()
    assert dialog.combos["day"].accessibleName() == "Day (required)"
    choose(dialog, "day", "When")
    choose(dialog, "name", "Called")
    assert dialog.mappingLabel.text() == ""
    preview = [row.cells for row in dialog.preview.listed()]
    assert len(preview) == 5  # the first five rows, read as the import reads them
    assert preview[0] == ("2", "2026-01-01", "Day 0")
    assert dialog.sourceCombo.currentText() == path.stem  # the file's name, offered
    dialog.sourceCombo.lineEdit().clear()
    press_import(qtbot, dialog)
    assert dialog.resultLabel.text() == "Name the source, so its column mapping is kept."
    assert days(vault) == []
    qtbot.keyClicks(dialog.sourceCombo.lineEdit(), "HR workbook")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        press_import(qtbot, dialog)
    assert dialog.resultLabel.text() == "Holidays: 7 rows read, 7 added."
    assert mapping_names(vault, LAYOUT) == ["HR workbook"]
    again = opened(qtbot, vault, path)  # the next file from that source
    assert "saved mapping 'HR workbook'" in again.fileInfoLabel.text()
    assert again.sourceCombo.currentText() == "HR workbook"
    assert again.mapping() == {"day": "When", "name": "Called"}


def test_a_saved_mapping_is_picked_by_its_source_name(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("When,Called\n2026-05-01,May Day\n")
    dialog = opened(qtbot, vault, first)
    choose(dialog, "day", "When")
    choose(dialog, "name", "Called")
    dialog.sourceCombo.setEditText("")
    qtbot.keyClicks(dialog.sourceCombo.lineEdit(), "Payroll")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        press_import(qtbot, dialog)
    # A file with one more column of the same name, mapped for the second by hand.
    second = tmp_path / "second.csv"
    second.write_text("When,Called,called again\n2026-05-02,Other,x\n")
    other = opened(qtbot, vault, second)
    assert other.sourceCombo.findText("Payroll") == 0  # offered
    other.combos["name"].setCurrentIndex(0)
    other.sourceCombo.textActivated.emit("Payroll")
    assert other.mapping() == {"day": "When", "name": "Called"}


def test_rejected_rows_are_all_listed_and_nothing_is_stored(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "days.csv"
    path.write_text("day,name\n2026-12-25,Christmas\nsoon,Secret Name\n26/12/2026,Boxing\n")
    dialog = opened(qtbot, vault, path)
    with qtbot.assertNotEmitted(dialog.imported):
        press_import(qtbot, dialog)
    assert dialog.resultLabel.text() == (
        "Nothing was imported: 2 rows cannot be, each listed below with its reason; "
        "mend them and import the file again."
    )
    assert dialog.rejectsView.isVisible()
    assert [row.cells for row in dialog.rejects.listed()] == [
        ("3", "The day is not a date."),
        ("4", "The day is not a date."),
    ]
    assert days(vault) == []
    assert "Secret Name" not in dialog.resultLabel.text()


def test_an_unreadable_file_is_one_sentence_and_the_file_is_chosen_in_a_file_dialog(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not a workbook")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog = opened(qtbot, vault)
    assert not dialog.importButton.isEnabled()
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.reading.busy, timeout=20_000)
    assert dialog.fileEdit.text() == str(path)
    assert dialog.resultLabel.text() == (
        "The file is not an Excel workbook (.xlsx) that can be read. Nothing was imported."
    )
    assert not dialog.importButton.isEnabled()


def test_the_supporters_page_imports_a_roster_and_shows_it(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peersupport_desktop.gui.main_window import MainWindow
    from peersupport_desktop.services import supporters

    supporters.add_supporter(vault, supporters.SupporterInput("Ann Lee", "nurse", email="a@h.org"))
    path = tmp_path / "roster.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Staff name", "Work email", "Job title", "Unit", "Trained on"])
    sheet.append(["Ann Lee", "A@H.ORG", None, "ICU", dt.datetime(2025, 2, 3)])
    sheet.append(["Bo Chan", "bo@h.org", "Attending", "Emergency", dt.datetime(2025, 4, 1)])
    book.save(path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(2)
    page = window.roster
    assert page.proxy.rowCount() == 1
    qtbot.mouseClick(page.importRosterButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RecordImportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Import: supporter roster"
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.reading.busy, timeout=20_000)
    # Every column of this file is guessed from the names spreadsheets give them.
    assert dialog.mapping() == {
        "name": "Staff name",
        "email": "Work email",
        "role": "Job title",
        "department": "Unit",
        "training_date": "Trained on",
    }
    assert dialog.combos["name"].accessibleName() == "Name (required)"
    qtbot.keyClicks(dialog.sourceCombo.lineEdit(), "HR workbook")
    with qtbot.waitSignal(page.changed, timeout=20_000):
        press_import(qtbot, dialog)
    assert dialog.resultLabel.text() == "Supporter roster: 2 rows read, 1 added, 1 updated."
    assert page.proxy.rowCount() == 2  # the roster reloaded
    ann = next(s for s in supporters.list_supporters(vault) if s.name == "Ann Lee")
    assert (ann.department, ann.training_date) == ("ICU", dt.date(2025, 2, 3))
