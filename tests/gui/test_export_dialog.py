"""The export dialog: a preview of exactly what will be written, then a saved file the
vault logs; closed with everything else on lock."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.export_table import ExportFormat, ExportKind
from peersupport_desktop.core.plain_words import cell_in_words
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.export_dialog import ExportDialog
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.exports import export_log
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import show_active

CURRENT = Quarter.containing(dt.date.today())


def built(dialog: ExportDialog, qtbot: QtBot) -> None:
    """Wait until the preview for the current choices is on screen."""
    qtbot.waitUntil(
        lambda: (
            not dialog.working.busy
            and not dialog.settle.isActive()
            and dialog.table is not None
            and dialog.built_for == dialog.request()
        ),
        timeout=20_000,
    )


def test_preview_shows_exactly_the_cells_then_save_writes_them(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    fill_demo_program(vault, cases=160, seed=11)
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    built(dialog, qtbot)
    assert dialog.request().quarters == (CURRENT.previous(),)  # the last complete quarter
    assert dialog.table is not None and dialog.table.kind is ExportKind.SUMMARY
    assert not dialog.ui.kSpin.isEnabled() and dialog.ui.splitsBox.isEnabled()

    two = {CURRENT.previous(), CURRENT.previous().previous()}
    dialog.choose_quarters(two)
    dialog.splits[Dimension.ROLE].setChecked(True)
    assert not dialog.ui.saveButton.isEnabled()  # nothing unseen can be saved
    built(dialog, qtbot)
    table = dialog.table
    assert table is not None and set(table.periods) == {str(q) for q in two}
    model = dialog.model
    assert model.rowCount() == len(table.rows) and model.columnCount() == 5
    shown = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    written = [["" if v is None else str(v) for v in row] for row in table.rows]
    # Cell for cell what is written, in words: no code on screen, the code in the tooltip.
    assert shown == [
        [
            cell_in_words(name, cell, row[1])
            for name, cell in zip(table.field_names, row, strict=True)
        ]
        for row in written
    ]
    assert {row[1] for row in shown} == {"The whole program", "Role"}
    assert {row[0] for row in shown} == {shown_dates.quarter(q) for q in two}
    assert not [cell for row in shown for cell in row if re.search(r"[a-z]_[a-z]", cell)]
    tip = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Written in the file as “{written[0][3]}”."
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Figure"
    hidden = [model.index(r, 4) for r in range(model.rowCount()) if shown[r][4] == "hidden"]
    assert len(hidden) == table.suppressed_cells > 0
    font = hidden[0].data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "Hidden" in hidden[0].data(Qt.ItemDataRole.ToolTipRole)
    assert "'hidden' stands for a count of 1 to 10 people" in dialog.ui.rulesText.toPlainText()
    assert f"{table.suppressed_cells} cells hidden" in dialog.ui.summaryLabel.text()

    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(ExportKind.RECORDS))
    assert dialog.ui.kSpin.isEnabled() and not dialog.ui.splitsBox.isEnabled()
    built(dialog, qtbot)
    records = dialog.table
    assert records is not None and records.kind is ExportKind.RECORDS
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Pseudonym"
    assert "k = 11 asked" in dialog.ui.summaryLabel.text()  # the threshold, the least k
    assert dialog.ui.kSpin.minimum() == 11

    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData(ExportFormat.XLSX))
    assert dialog.suggested_name().startswith("peer-support-records-")
    assert dialog.ui.saveButton.isEnabled()
    dialog.save_to(tmp_path / "records")  # no suffix: the format's is added
    # Saving records builds a fresh preview (new pseudonyms) after it: wait for both.
    qtbot.waitUntil(
        lambda: not dialog.working.busy and "Saved" in dialog.ui.statusLabel.text(),
        timeout=20_000,
    )
    saved = tmp_path / "records.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(saved.read_bytes()), read_only=True)["Records"]
    written = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in written] == [row[0] for row in records.rows]  # the previewed rows
    assert "Saved" in dialog.ui.statusLabel.text()
    (entry,) = export_log(vault)
    assert (entry.kind, entry.file_format, entry.rows) == ("records", "xlsx", len(records.rows))


def test_no_quarter_and_a_gap_in_a_year_say_so(qtbot: QtBot, vault: Vault) -> None:
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    built(dialog, qtbot)
    dialog.choose_quarters(set())
    qtbot.waitUntil(lambda: "at least one quarter" in dialog.ui.statusLabel.text())
    assert dialog.table is None and not dialog.ui.saveButton.isEnabled()
    last_year = CURRENT.year - 1  # all four of its quarters are offered
    dialog.choose_quarters({Quarter(last_year, 1), Quarter(last_year, 3)})
    dialog.ui.periodCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "consecutive quarters" in dialog.ui.statusLabel.text())
    assert not dialog.ui.saveButton.isEnabled()


def test_ctrl_e_opens_the_dialog_and_lock_closes_it(qtbot: QtBot, vault: Vault) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog.current
    assert dialog is not None and dialog.isVisible()
    window.reports.export_requested.emit()  # the Reports page's button: the same dialog
    assert window.export_dialog.current is dialog
    window.lock()
    assert window.export_dialog.current is None and dialog.table is None and not dialog.isVisible()
    assert window.unlock_dialog is not None
    window.unlock_dialog.reject()


def test_a_second_save_of_records_draws_new_pseudonyms(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    fill_demo_program(vault, cases=120, seed=5)
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.choose_quarters({CURRENT.previous(), CURRENT.previous().previous()})
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(ExportKind.RECORDS))
    built(dialog, qtbot)
    first = dialog.table
    dialog.save_to(tmp_path / "one.json")
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table is not first, timeout=20_000)
    assert "Saved" in dialog.ui.statusLabel.text()
    second = dialog.table
    assert first is not None and second is not None
    assert {r[0] for r in first.rows}.isdisjoint(r[0] for r in second.rows)
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData(ExportFormat.CSV))
    dialog.save_to(tmp_path / "two.csv")
    qtbot.waitUntil(
        lambda: not dialog.working.busy and dialog.ui.saveButton.isEnabled(), timeout=20_000
    )
    one = (tmp_path / "one.json").read_text(encoding="utf-8")
    two = (tmp_path / "two.csv").read_text(encoding="utf-8-sig")
    assert not any(str(row[0]) in one for row in second.rows)
    assert all(str(row[0]) in two for row in second.rows)


def test_locking_during_a_pending_rebuild_starts_no_work(qtbot: QtBot, vault: Vault) -> None:
    fill_demo_program(vault, cases=300, seed=7)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    window.export_anonymized()
    dialog = window.export_dialog.current
    assert dialog is not None
    built(dialog, qtbot)
    dialog.splits[Dimension.ROLE].setChecked(True)
    dialog.preview()
    dialog.splits[Dimension.DEPARTMENT].setChecked(True)
    dialog.preview()  # a rebuild waits for the running one
    window.lock()
    assert dialog._closing and dialog.table is None
    qtbot.wait(300)  # the finished worker's signal arrives: nothing new starts
    assert window.export_dialog.current is None
    assert window.unlock_dialog is not None
    window.unlock_dialog.reject()
