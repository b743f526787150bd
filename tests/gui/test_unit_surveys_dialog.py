"""The unit surveys dialog, driven as a coordinator would: a new round, its answers
imported through the shared import dialog, and two rounds compared with small groups
said in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.svest import PROVISIONAL
from peersupport_desktop.gui.unit_surveys_dialog import UnitSurveysDialog
from peersupport_desktop.services import survey_answers, survey_results, unit_surveys
from peersupport_desktop.services.settings import change_settings
from peersupport_desktop.store.vault import Vault
from tests.services.test_survey_keys import AUTHORS, key_file
from tests.services.test_unit_surveys import PLANTED, respondent, write_csv


@pytest.fixture
def program(vault: Vault, tmp_path: Path) -> Vault:
    change_settings(vault, small_number_threshold=5)
    before = unit_surveys.create_round(
        vault, unit="NICU", label="Before", held_on=dt.date(2026, 3, 1)
    )
    survey_answers.import_answers(
        vault, before.id, write_csv(tmp_path / "b.csv", [respondent(4, (2, 4, 2, 4))] * 5)
    )
    return vault


def cells(table: object, column: int) -> list[str]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_a_new_round_imported_and_compared(qtbot: QtBot, program: Vault, tmp_path: Path) -> None:
    dialog = UnitSurveysDialog(program)
    qtbot.addWidget(dialog)
    dialog.show()
    assert cells(dialog.rounds_table, 1) == ["Before"]
    assert not dialog.import_button.isEnabled()  # no round chosen yet
    assert dialog.sizes_label.text() == "Choose two different rounds of the unit."
    assert dialog.provisional_label.isHidden()  # nothing compared, nothing scored

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    new = dialog.new_round_dialog
    assert new is not None
    new.unit_combo.setCurrentText("NICU")
    new.label_edit.setText("before")
    new.accept()  # the unit has a "Before": said, and the dialog stays
    assert new.isVisible() and "already has a round" in new.message.text()
    new.label_edit.setText("After")
    new.date_edit.setDate(QDate(2026, 9, 1))
    new.accept()
    assert cells(dialog.rounds_table, 1) == ["Before", "After"]
    assert dialog.chosen_round() is not None and dialog.chosen_round().label == "After"
    assert "import its answers next" in dialog.message.text()

    # Three respondents only: the After round is withheld, in words.
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    importer = dialog.import_dialog
    assert importer is not None
    importer.choose_file(write_csv(tmp_path / "a.csv", [respondent(2)] * 3, style="q"))
    qtbot.waitUntil(lambda: not importer.reading.busy, timeout=20_000)
    importer.sourceCombo.setEditText("REDCap")
    qtbot.mouseClick(importer.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not importer.importing.busy, timeout=20_000)
    assert "3 added" in importer.resultLabel.text()
    assert cells(dialog.rounds_table, 4) == ["5", "3"]
    assert dialog.sizes_label.text() == (
        "Before: 5 respondents; after: fewer respondents than the program's threshold."
    )
    assert set(cells(dialog.compare_table, 3)) == {survey_results.TOO_FEW}
    assert cells(dialog.compare_table, 2)[0] == "4.00"
    assert cells(dialog.compare_table, 4)[0] == "not compared"
    # SVEST-R's item table is provisional: said under the comparison.
    assert dialog.provisional_label.isVisible()
    assert dialog.provisional_label.text().startswith(PROVISIONAL)

    # The same file again is refused in a sentence; a bigger one completes the round.
    importer.choose_file(tmp_path / "a.csv")
    qtbot.waitUntil(lambda: not importer.reading.busy, timeout=20_000)
    qtbot.mouseClick(importer.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not importer.importing.busy, timeout=20_000)
    assert importer.resultLabel.text() == "This file was already imported into this round."
    importer.choose_file(write_csv(tmp_path / "c.csv", [respondent(3)] * 3, style="q"))
    qtbot.waitUntil(lambda: not importer.reading.busy, timeout=20_000)
    qtbot.mouseClick(importer.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not importer.importing.busy, timeout=20_000)
    assert cells(dialog.compare_table, 0)[0] == "Psychological distress"
    assert cells(dialog.compare_table, 3)[0] == "2.50"  # (3 x 2 + 3 x 3) / 6
    assert cells(dialog.compare_table, 4)[0] == "-1.50 (better)"
    assert cells(dialog.compare_table, 4)[2] == "-1.00 (worse)"  # colleagues: 4.00 -> 3.00
    shown = " ".join(
        " ".join(" ".join(cells(table, c)) for c in range(table.columnCount()))
        for table in (dialog.rounds_table, dialog.compare_table)
    )
    assert PLANTED not in shown


def test_the_settled_svest_is_compared_without_the_provisional_note(
    qtbot: QtBot, program: Vault, tmp_path: Path
) -> None:
    for label, wish in (("Spring", "3"), ("Autumn", "4")):  # one support option apart
        made = unit_surveys.create_round(
            program, unit="ICU", label=label, held_on=dt.date(2026, 3, 1), instrument="svest"
        )
        path = tmp_path / f"{label}.csv"
        path.write_text(
            ",".join(f"q{n}" for n in range(1, 37)) + "\n" + ("3," * 35 + f"{wish}\n") * 5,
            encoding="utf-8",
        )
        survey_answers.import_answers(program, made.id, path)
    dialog = UnitSurveysDialog(program)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit_combo.setCurrentText("ICU")
    assert cells(dialog.compare_table, 2)[0] == "3.00"
    assert dialog.provisional_label.isHidden()
    dialog.unit_combo.setCurrentText("NICU")  # one round: nothing compared
    assert dialog.provisional_label.isHidden()


def test_the_authors_key_scores_the_rounds_answered_after_it(
    qtbot: QtBot, program: Vault, tmp_path: Path
) -> None:
    dialog = UnitSurveysDialog(program)
    qtbot.addWidget(dialog)
    dialog.show()
    assert cells(dialog.rounds_table, 5) == ["the program's own table (provisional)"]
    menu = dialog.key_button.menu()
    assert [a.text() for a in menu.actions()] == [
        "SVEST-R (35 items)\u2026",
        "SVEST (29 items)\u2026",
    ]
    menu.actions()[0].trigger()
    importer = dialog.import_dialog
    assert importer is not None and importer.windowTitle() == "Import: SVEST-R scoring key"
    importer.choose_file(
        key_file(tmp_path / "key.csv", AUTHORS, header=("item", "factor", "reverse"))
    )
    qtbot.waitUntil(lambda: not importer.reading.busy, timeout=20_000)
    qtbot.mouseClick(importer.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not importer.importing.busy, timeout=20_000)
    assert "1 round already holding answers keeps the key" in importer.resultLabel.text()
    importer.close()
    # Before keeps its table; After, answered now, is scored with the key.
    after = unit_surveys.create_round(
        program, unit="NICU", label="After", held_on=dt.date(2026, 9, 1)
    )
    survey_answers.import_answers(
        program, after.id, write_csv(tmp_path / "a.csv", [respondent(2)] * 5)
    )
    dialog.refresh()
    today = dt.date.today().isoformat()
    assert cells(dialog.rounds_table, 5) == [
        "the program's own table (provisional)",
        f"key 1, entered {today}",
    ]
    assert "not made of the same items" in dialog.sizes_label.text()
    assert dialog.compare_table.rowCount() == 0 and dialog.provisional_label.isHidden()

    # A next round made for the Before round's key is compared with it.
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    new = dialog.new_round_dialog
    assert new is not None
    keys = [new.key_combo.itemText(i) for i in range(new.key_combo.count())]
    assert keys == [f"key 1, entered {today}", "the program's own table (provisional)"]
    new.unit_combo.setCurrentText("NICU")
    new.label_edit.setText("Later")
    new.key_combo.setCurrentIndex(1)
    new.accept()
    survey_answers.import_answers(
        program, new.created.id, write_csv(tmp_path / "l.csv", [respondent(5)] * 5)
    )
    dialog.refresh()
    dialog.after_combo.setCurrentIndex(2)
    assert dialog.provisional_label.isVisible() and dialog.compare_table.rowCount() == 9


def test_the_reports_page_opens_it_and_a_lock_closes_it(qtbot: QtBot, program: Vault) -> None:
    from peersupport_desktop.gui.pages.reports_page import ReportsPage

    page = ReportsPage(lambda: program)
    qtbot.addWidget(page)
    page.show()
    assert page.surveys_button.accessibleName() == "Unit surveys"
    qtbot.mouseClick(page.surveys_button, Qt.MouseButton.LeftButton)
    dialog = page.surveys_dialog
    assert dialog is not None and dialog.isVisible()
    assert cells(dialog.rounds_table, 0) == ["NICU"]
    page.clear()
    assert page.surveys_dialog is None and not dialog.isVisible()
