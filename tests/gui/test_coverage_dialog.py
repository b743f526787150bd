"""The Reports page's Event coverage button and its dialog: a quarter, a format, Save As."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.coverage_dialog import CoverageDialog
from peersupport_desktop.gui.pages.reports_page import ReportsPage
from peersupport_desktop.reports.coverage_report import INTERNAL_WARNING
from peersupport_desktop.services import audit
from peersupport_desktop.store.vault import Vault
from tests.services.test_event_coverage import SHARE, build


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    offered: list[str] = []

    def save_dialog(_parent: object, _caption: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    return offered


def open_dialog(qtbot: QtBot, vault: Vault) -> CoverageDialog:
    page = ReportsPage(lambda: vault)
    qtbot.addWidget(page)
    page.show()
    assert page.coverage_button.accessibleName() and page.coverage_button.toolTip()
    qtbot.mouseClick(page.coverage_button, Qt.MouseButton.LeftButton)
    dialog = page.coverage_dialog
    assert dialog is not None and dialog.isVisible()
    index = dialog.quarter_combo.findData(Quarter(2026, 3))
    if index < 0:  # the list holds the last eight quarters from today
        dialog.quarter_combo.addItem("Q3 2026", Quarter(2026, 3))
        index = dialog.quarter_combo.count() - 1
    dialog.quarter_combo.setCurrentIndex(index)
    return dialog


def test_save_the_quarter_as_pdf_then_csv(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(vault)
    dialog = open_dialog(qtbot, vault)
    pdf = tmp_path / "coverage.pdf"
    offered = answer_save_dialog(monkeypatch, pdf)
    with qtbot.waitSignal(dialog.finished_saving, timeout=20_000):  # off the GUI thread
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert offered == ["event-coverage-2026Q3-internal.pdf"]
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert INTERNAL_WARNING in text and "Dan Roe" in text
    assert SHARE in dialog.status_label.text()

    dialog.format_combo.setCurrentIndex(1)
    chosen = tmp_path / "coverage"  # no suffix: the format's is added
    offered = answer_save_dialog(monkeypatch, chosen)
    with qtbot.waitSignal(dialog.finished_saving, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert offered == ["event-coverage-2026Q3-internal.csv"]
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "coverage.csv").read_text(encoding="utf-8-sig")
    )))  # fmt: skip
    assert len(rows) == 5 and rows[3]["clinician"] == "Dan Roe"
    assert dialog.save_button.isEnabled()
    assert len(audit.entries(vault, action="report.coverage_saved")) == 2


def test_a_refused_destination_is_said_in_the_dialog(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    build(vault)
    dialog = open_dialog(qtbot, vault)
    folder = tmp_path / "reports.pdf"
    folder.mkdir()
    with qtbot.waitSignal(dialog.finished_saving, timeout=20_000):
        dialog.save_to(folder)
    assert "is a folder" in dialog.status_label.text() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_saving, timeout=20_000):
        dialog.save_to(tmp_path / "coverage.xlsx")
    assert ".pdf or a .csv" in dialog.status_label.text()
    # A name given without its suffix gains one; a file of that new name was never
    # asked about, so it is not replaced.
    existing = tmp_path / "coverage.pdf"
    existing.write_bytes(b"someone's file")
    with qtbot.waitSignal(dialog.finished_saving, timeout=20_000):
        dialog.save_to(tmp_path / "coverage")
    assert existing.read_bytes() == b"someone's file"
    assert "already exists" in dialog.status_label.text()
    assert audit.entries(vault, action="report.coverage_saved") == []
