"""The Reports page: produced off the GUI thread, shown, saved and printed."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.pages.reports_page import ReportsPage
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import settings
from peersupport_desktop.services.publication_log import earlier_publications
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active


def choose(page: ReportsPage, quarter: Quarter, edition: Edition) -> None:
    page.ui.quarterCombo.setCurrentIndex(page.ui.quarterCombo.findText(str(quarter)))
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


def test_ctrl_p_opens_reports_and_lock_clears_the_report(qtbot: QtBot, vault: Vault) -> None:
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
