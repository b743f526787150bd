"""The quarter's highlights from the Reports page: written, saved, warned about names,
and never dropped without asking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.highlights_dialog import HighlightsDialog
from peersupport_desktop.gui.pages.reports_page import ReportsPage
from peersupport_desktop.services import highlights
from peersupport_desktop.services.clinicians import ClinicianInput, add_clinician
from peersupport_desktop.services.supporters import SupporterInput, add_supporter
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import answering

# A quarter the page offers whatever the date: the last complete one.
Q2 = Quarter.containing(dt.date.today()).previous()


def opened(qtbot: QtBot, vault: Vault, quarter: Quarter = Q2) -> HighlightsDialog:
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    combo = page.ui.quarterCombo
    combo.setCurrentIndex(combo.findText(f"Q{quarter.number} {quarter.year}"))
    assert combo.currentData() == quarter
    assert page.ui.highlightsButton.text() == f"H&ighlights for Q{quarter.number} {quarter.year}…"
    qtbot.mouseClick(page.ui.highlightsButton, Qt.MouseButton.LeftButton)
    dialog = page.highlights_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == f"Highlights for Q{quarter.number} {quarter.year}"
    return dialog


def answer_names(monkeypatch: pytest.MonkeyPatch, asked: list[str], wanted: str) -> None:
    def choose(box: QMessageBox) -> object:
        asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == wanted)

    monkeypatch.setattr(unsaved_work, "answer", choose)


def test_highlights_are_written_counted_and_saved(qtbot: QtBot, vault: Vault) -> None:
    highlights.set_highlights(vault, Q2, "Quiet quarter.")
    dialog = opened(qtbot, vault)
    assert dialog.text_edit.toPlainText() == "Quiet quarter."
    assert dialog.count_label.text() == "14 of 2,000 characters"
    dialog.text_edit.setPlainText("x" * 2003)
    assert dialog.count_label.text() == "2,003 of 2,000 characters: 3 characters too many"
    assert not dialog.save_button.isEnabled()
    dialog.text_edit.setPlainText("Debriefs on every unit.\n\nNew rota.")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert highlights.get_highlights(vault, Q2) == "Debriefs on every unit.\n\nNew rota."
    assert highlights.get_highlights(vault, Q2.previous()) == ""


@pytest.mark.parametrize(("wanted", "saved"), [("&Edit the text", False), ("&Save anyway", True)])
def test_a_text_naming_people_is_saved_only_when_asked_to(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch, wanted: str, saved: bool
) -> None:
    add_clinician(vault, ClinicianInput(name="Ana Núñez", role="nurse"))
    add_supporter(vault, SupporterInput(name="Ren Kowalski", role="nurse"))
    asked: list[str] = []
    answer_names(monkeypatch, asked, wanted)
    dialog = opened(qtbot, vault)
    text = "Thanks to ana nunez and Ren Kowalski."
    dialog.text_edit.setPlainText(text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "This text names 2 people known to the vault: Ana Núñez, Ren Kowalski. "
        "A report must not name anyone: save anyway?"
    ]
    assert dialog.isVisible() is not saved
    assert highlights.get_highlights(vault, Q2) == (text if saved else "")


def test_the_safe_answer_to_the_names_question_is_the_default(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_clinician(vault, ClinicianInput(name="Ana Núñez", role="nurse"))
    seen: list[tuple[str, str]] = []

    def look(box: QMessageBox) -> object:
        seen.append((box.defaultButton().text(), box.escapeButton().text()))
        return box.escapeButton()

    monkeypatch.setattr(unsaved_work, "answer", look)
    dialog = opened(qtbot, vault)
    dialog.text_edit.setPlainText("Ana Núñez")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen == [("&Edit the text", "&Edit the text")]
    assert dialog.isVisible() and highlights.get_highlights(vault, Q2) == ""


@pytest.mark.parametrize(
    ("answer", "closes"),
    [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_typed_highlights_are_not_dropped_silently(
    qtbot: QtBot,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    closes: bool,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, answer))
    dialog = opened(qtbot, vault)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # untouched: closes without asking
    assert not dialog.isVisible() and asked == []
    dialog = opened(qtbot, vault)
    dialog.text_edit.setPlainText("Half a thought")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard this text?"]
    assert dialog.isVisible() is not closes
    assert highlights.get_highlights(vault, Q2) == ""


def test_locking_closes_the_highlights_without_asking(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, QMessageBox.StandardButton.No))
    dialog = opened(qtbot, vault)
    dialog.text_edit.setPlainText("Half a thought")
    page = dialog.parent()
    assert isinstance(page, ReportsPage)
    page.clear()
    assert not dialog.isVisible() and asked == []
