"""The feedback form in the window: a closed case's invitation copied and printed,
and the Reports page's feedback list with its answers imported through the shared
import dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui import feedback_invitation_dialog
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.pages.reports_page import ReportsPage
from peersupport_desktop.services import feedback
from peersupport_desktop.services.cases import reference_for
from peersupport_desktop.store.vault import Vault
from tests.feedback_cases import closed_case, open_case

BASE = dt.datetime(2026, 7, 6, 9, 0)
COMMENT = "Thank you for the calls at night"


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_a_closed_case_is_invited_copied_and_printed(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    still_open = open_case(vault, 1, BASE)
    closed = closed_case(vault, 2, BASE)
    view = CaseView(vault, still_open)
    qtbot.addWidget(view)
    assert not view.invite_button.isEnabled()
    assert view.invite_button.toolTip() == "Invite once the case is closed."

    view = CaseView(vault, closed)
    qtbot.addWidget(view)
    view.show()
    assert view.invite_button.isEnabled()
    qtbot.mouseClick(view.invite_button, Qt.MouseButton.LeftButton)
    dialog = view.invitation_dialog
    assert dialog is not None and dialog.isVisible()
    # A look is not an invitation: nothing is made until the text leaves the window.
    assert dialog.invitation is None and feedback.invitation_of(vault, closed) is None
    assert "No invitation yet" in dialog.intro.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.invitation is not None
    assert feedback.invitation_of(vault, closed) == dialog.invitation
    code = dialog.invitation.code
    shown = dialog.text_view.toPlainText()
    assert code in shown and reference_for(closed) not in shown
    assert "Clinician" not in shown  # never the person's name
    assert QApplication.clipboard().text() == shown
    assert f"Code {code}" in dialog.intro.text()

    out = tmp_path / "invitation.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return chosen

    monkeypatch.setattr(feedback_invitation_dialog, "choose_printer", printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    printed = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert code in printed and reference_for(closed) not in printed
    monkeypatch.setattr(feedback_invitation_dialog, "choose_printer", lambda _parent: None)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # cancelled: nothing
    # Opened again, the same code.
    dialog.close()
    qtbot.mouseClick(view.invite_button, Qt.MouseButton.LeftButton)
    assert view.invitation_dialog is not None and view.invitation_dialog.invitation.code == code


def test_the_feedback_list_imports_answers_and_a_lock_closes_it(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    first = feedback.invite(vault, closed_case(vault, 1, BASE), BASE + dt.timedelta(days=11))
    second = feedback.invite(vault, closed_case(vault, 2, BASE), BASE + dt.timedelta(days=12))
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    page.show()
    assert page.feedback_button.accessibleName() == "Feedback from the people supported"
    qtbot.mouseClick(page.feedback_button, Qt.MouseButton.LeftButton)
    dialog = page.feedback_dialog
    assert dialog is not None and dialog.isVisible()
    assert cells(dialog.table, 0) == [second.code, first.code]  # newest first
    assert cells(dialog.table, 2) == ["Not yet", "Not yet"]
    assert dialog.summary.text() == "2 invited, 0 answered."

    path = tmp_path / "forms.csv"
    path.write_text(
        "Feedback code,Was it helpful,Wellbeing,Back at work,Recommend,Comments\n"
        f"{first.code.lower()},Very helpful,Yes,Partly,Yes,{COMMENT}\n",
        encoding="utf-8",
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    importer = dialog.import_dialog
    assert importer is not None
    importer.choose_file(path)
    qtbot.waitUntil(lambda: not importer.reading.busy, timeout=20_000)
    importer.sourceCombo.setEditText("Microsoft Forms")
    qtbot.mouseClick(importer.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not importer.importing.busy, timeout=20_000)
    assert "1 added" in importer.resultLabel.text()
    assert COMMENT not in importer.resultLabel.text()
    assert cells(dialog.table, 3) == ["", "5 of 5"]
    assert cells(dialog.table, 5) == ["", "Partly"]
    assert cells(dialog.table, 7) == ["", COMMENT]  # internal: shown here only
    assert dialog.summary.text() == "2 invited, 1 answered."
    dialog.grab().save(str(tmp_path / "feedback.png"))
    page.clear()
    assert page.feedback_dialog is None and not dialog.isVisible()
