"""The Reports page: produced off the GUI thread, shown, saved and printed."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.pages import reports_page
from peersupport_desktop.gui.pages.reports_page import ReportsPage
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import settings
from peersupport_desktop.services.publication_log import earlier_publications
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active


def choose(page: ReportsPage, quarter: Quarter, edition: Edition) -> None:
    page.ui.quarterCombo.setCurrentIndex(
        page.ui.quarterCombo.findText(f"Q{quarter.number} {quarter.year}")
    )
    page.ui.editionCombo.setCurrentIndex(page.ui.editionCombo.findData(edition))


def show(qtbot: QtBot, page: ReportsPage, edition: Edition) -> None:
    """This quarter's report in ``edition``, as Show makes it, once it is on the page."""
    choose(page, Quarter.containing(dt.date.today()), edition)
    with qtbot.waitSignal(page.shown, timeout=20_000):
        qtbot.mouseClick(page.ui.showButton, Qt.MouseButton.LeftButton)


def test_show_save_and_print_a_report(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    settings.change_settings(vault, program_name="Mercy Peer Support")
    referral(vault, "Kai Mercer", hours_ago=2)
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    assert not page.ui.saveButton.isEnabled()
    show(qtbot, page, Edition.INTERNAL)
    assert page.document.pageCount() >= 3
    assert page.ui.saveButton.isEnabled() and page.ui.printButton.isEnabled()

    out = tmp_path / "out"
    out.mkdir()
    saved = out / "q.pdf"
    page.save_to(saved)
    first = PdfReader(saved).pages[0].extract_text()
    assert "Mercy Peer Support" in first and "Internal edition" in first
    assert [p.name for p in out.iterdir()] == ["q.pdf"]  # nothing else written

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = out / "printed.pdf"
    printer.setOutputFileName(str(printed))
    page.print_to(printer)
    assert len(PdfReader(printed).pages) == page.document.pageCount()


def test_ctrl_p_opens_reports_and_lock_clears_the_report(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports_page, "choose_printer", lambda _parent: None)  # cancelled
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    with qtbot.waitSignal(window.reports.shown, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.reports
    assert window.reports.pdf is not None
    assert PdfReader(io.BytesIO(window.reports.pdf)).pages
    window.lock()
    assert window.reports.pdf is None and window.reports.document.pageCount() == 0
    assert window.unlock_dialog is not None
    window.unlock_dialog.reject()  # giving up closes the window


def test_a_saved_or_printed_leadership_edition_is_logged_and_checked(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    referral(vault, "Kai Mercer", hours_ago=2)
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    show(qtbot, page, Edition.LEADERSHIP)
    quarter = str(Quarter.containing(dt.date.today()))
    page.save_to(tmp_path / "leaders.pdf")
    assert len(earlier_publications(vault, [quarter])) == 1
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(printer)
    assert len(earlier_publications(vault, [quarter])) == 2
    # The internal edition is for the program only: never logged as published.
    show(qtbot, page, Edition.INTERNAL)
    page.save_to(tmp_path / "internal.pdf")
    assert len(earlier_publications(vault, [quarter])) == 2


def test_saving_over_the_vault_is_refused_in_one_sentence(qtbot: QtBot, vault: Vault) -> None:
    referral(vault, "Kai Mercer", hours_ago=2)
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    show(qtbot, page, Edition.INTERNAL)
    before = vault.path.read_bytes()[:16]
    page.save_to(vault.path)  # the save dialog's question said yes: still never the vault
    assert "an output never replaces it" in page.ui.statusLabel.text()
    assert vault.path.read_bytes()[:16] == before


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_a_hint_stands_where_the_report_will_be(qtbot: QtBot, vault: Vault) -> None:
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.hintLabel.isVisible() and not page.view.isVisible()
    assert "press Show" in page.ui.hintLabel.text()
    assert not page.ui.zoomInButton.isVisible() and not page.ui.nextPageButton.isVisible()
    show(qtbot, page, Edition.INTERNAL)
    assert not page.ui.hintLabel.isVisible() and page.view.isVisible()
    assert page.ui.zoomInButton.isVisible() and page.ui.pageLabel.isVisible()
    page.clear()  # on lock the report goes
    assert not page.view.isVisible() and not page.ui.zoomInButton.isVisible()
    assert page.ui.hintLabel.isVisible()


def test_the_pages_are_read_one_by_one(qtbot: QtBot, vault: Vault) -> None:
    referral(vault, "Kai Mercer", hours_ago=2)
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    show(qtbot, page, Edition.INTERNAL)
    count = page.document.pageCount()
    assert count >= 3  # a real PDF of several pages
    assert page.ui.pageLabel.text() == f"Page 1 of {count}"
    assert not page.ui.previousPageButton.isEnabled()
    qtbot.mouseClick(page.ui.nextPageButton, Qt.MouseButton.LeftButton)
    assert page.ui.pageLabel.text() == f"Page 2 of {count}"
    assert page.view.pageNavigator().currentPage() == 1
    assert page.view.verticalScrollBar().value() > 0  # the view moved to it
    qtbot.mouseClick(page.ui.previousPageButton, Qt.MouseButton.LeftButton)
    assert page.ui.pageLabel.text() == f"Page 1 of {count}"
    for _ in range(count):
        page.ui.nextPageButton.click()
    assert page.ui.pageLabel.text() == f"Page {count} of {count}"
    assert not page.ui.nextPageButton.isEnabled()


def test_zoom_by_keys_and_fit_by_buttons(qtbot: QtBot, vault: Vault) -> None:
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    show(qtbot, page, Edition.INTERNAL)
    assert page.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    fitted = page.effective_zoom()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert page.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert page.ui.zoomLabel.text() == f"{round(fitted * 125)}%"
    qtbot.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(page.ui.fitPageButton, Qt.MouseButton.LeftButton)
    assert page.view.zoomMode() is QPdfView.ZoomMode.FitInView
    assert page.ui.fitPageButton.isChecked() and not page.ui.fitWidthButton.isChecked()
    assert page.effective_zoom() < fitted  # a whole page is smaller than its width
    qtbot.mouseClick(page.ui.fitWidthButton, Qt.MouseButton.LeftButton)
    assert page.view.zoomMode() is QPdfView.ZoomMode.FitToWidth


@pytest.mark.parametrize("edition", [Edition.LEADERSHIP, Edition.INTERNAL])
def test_the_suggested_file_name_says_the_quarter_and_edition(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch, edition: Edition
) -> None:
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    show(qtbot, page, edition)
    offered: list[str] = []

    def save_dialog(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    choose(page, Quarter.containing(dt.date.today()).previous(), Edition.LEADERSHIP)  # not shown
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    quarter = Quarter.containing(dt.date.today())
    assert offered == [f"peer-support-report-Q{quarter.number}-{quarter.year}-{edition.value}.pdf"]


def test_the_toolbar_print_makes_the_report_then_prints_it(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    referral(vault, "Kai Mercer", hours_ago=2)
    printed = tmp_path / "printed.pdf"
    asked: list[bool] = []

    def printer_chosen(_parent: object) -> QPrinter:
        asked.append(window.reports.pdf is not None)  # the dialog comes once a report is shown
        return pdf_printer(printed)

    monkeypatch.setattr(reports_page, "choose_printer", printer_chosen)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    with qtbot.waitSignal(window.reports.shown, timeout=20_000):
        window.app_actions["print"].trigger()
    assert window.stack.currentWidget() is window.reports
    assert asked == [True]
    assert len(PdfReader(printed).pages) == window.reports.document.pageCount()
    # The default edition is the leadership one: printed is published, and logged.
    last_quarter = str(Quarter.containing(dt.date.today()).previous())
    assert len(earlier_publications(vault, [last_quarter])) == 1
    window.app_actions["print"].trigger()  # a report is shown: straight to the dialog
    assert asked == [True, True]
    window.close()


def test_the_one_page_glance_is_shown_saved_and_logged(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    settings.change_settings(vault, program_name="Mercy Peer Support")
    referral(vault, "Kai Mercer", hours_ago=2)
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    show(qtbot, page, Edition.GLANCE)
    assert page.document.pageCount() == 1
    assert page.ui.statusLabel.text().endswith(": 1 page.")
    assert page.suggested_name().endswith("-glance.pdf")
    page.save_to(tmp_path / "glance.pdf")
    text = PdfReader(tmp_path / "glance.pdf").pages[0].extract_text()
    assert "Program at a glance" in text and "Kai Mercer" not in text
    # Checked and logged like the leadership edition it is drawn from.
    assert len(earlier_publications(vault, [str(Quarter.containing(dt.date.today()))])) == 1
