"""The anonymized export: choose quarters, kind, splits and format; see exactly the
rows and cells that will be written, hidden cells marked, and the rules applied;
then save where the coordinator chooses. The vault logs each saved export.

The preview is built in a worker thread a moment after each change, and Save
writes that very table (a records export draws its pseudonyms when it is built).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QWidget,
)

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.export_files import about
from peersupport_desktop.core.export_table import (
    ExportFormat,
    ExportKind,
    ExportTable,
    Granularity,
)
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.export_preview_model import ExportPreviewModel
from peersupport_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from peersupport_desktop.services.exports import (
    ExportRequest,
    SavedExport,
    build_export,
    save_export,
)
from peersupport_desktop.services.settings import get_settings
from peersupport_desktop.store.vault import Vault

QUARTERS_OFFERED = 12
SETTLE_MS = 250  # a burst of clicks builds one preview, not one per click
SPLIT_LABELS = {
    Dimension.EVENT_TYPE: "&Event type",
    Dimension.REFERRAL_SOURCE: "Referral sour&ce",
    Dimension.ROLE: "R&ole",
    Dimension.DEPARTMENT: "De&partment",
    Dimension.OUTCOME: "O&utcome",
}
FORMAT_FILTERS = {
    ExportFormat.CSV: "CSV (*.csv)",
    ExportFormat.JSON: "JSON (*.json)",
    ExportFormat.XLSX: "Excel workbook (*.xlsx)",
}


class ExportDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.table: ExportTable | None = None
        self.built_for: ExportRequest | None = None  # the choices behind the table shown
        self.working = JobSlot(self)  # a build or a save, one at a time
        self.working.dropped.connect(self._finished)
        self._stale = False  # options changed while a preview was being built
        self._closing = False  # closed or locked: no further work starts
        self._after_build = "Check the rows and the rules, then save."
        ui = self.ui
        ui.previewTitle.setObjectName("sectionTitle")
        current = Quarter.containing(dt.date.today())
        for quarter in reversed(current.back(QUARTERS_OFFERED)):
            label = shown_dates.quarter(quarter) + (" (under way)" if quarter == current else "")
            item = QListWidgetItem(label, ui.quartersList)
            item.setData(Qt.ItemDataRole.UserRole, quarter)
            chosen = quarter == current.previous()  # the last complete quarter
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        ui.kindCombo.addItem("Summary: the program's figures", ExportKind.SUMMARY)
        ui.kindCombo.addItem("Records: one row per case", ExportKind.RECORDS)
        ui.periodCombo.addItem("Quarter", Granularity.QUARTER)
        ui.periodCombo.addItem("Year", Granularity.YEAR)
        # k is never below the small-number threshold: smaller crowds would show what
        # the summary hides.
        threshold = get_settings(vault).small_number_threshold
        ui.kSpin.setMinimum(threshold)
        ui.kSpin.setValue(threshold)
        for export_format, name in (
            (ExportFormat.CSV, "CSV, with a rules note beside it"),
            (ExportFormat.JSON, "JSON"),
            (ExportFormat.XLSX, "Excel workbook (XLSX)"),
        ):
            ui.formatCombo.addItem(name, export_format)
        self.splits: dict[Dimension, QCheckBox] = {}
        for dimension, label in SPLIT_LABELS.items():
            box = QCheckBox(label, ui.splitsBox)
            box.setToolTip(f"Give the figures for each {label.replace('&', '').lower()} apart.")
            ui.splitsLayout.addWidget(box)
            box.toggled.connect(self._changed)
            self.splits[dimension] = box
        self.model = ExportPreviewModel()
        ui.previewView.setModel(self.model)
        ui.previewView.verticalHeader().hide()
        ui.previewView.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        ui.previewView.horizontalHeader().setStretchLastSection(True)
        ui.previewView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.progressBar.hide()
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.preview)
        ui.quartersList.itemChanged.connect(self._changed)
        ui.kindCombo.currentIndexChanged.connect(self._changed)
        ui.periodCombo.currentIndexChanged.connect(self._changed)
        ui.kSpin.valueChanged.connect(self._changed)
        ui.saveButton.clicked.connect(self.save_as)
        ui.closeButton.clicked.connect(self.reject)
        self.finished.connect(self._closed)  # Close, Escape and the title bar's button alike
        self._enable_options()
        self.preview()

    # -- what the coordinator chose ------------------------------------------
    def request(self) -> ExportRequest:
        ui = self.ui
        quarters = tuple(
            ui.quartersList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(ui.quartersList.count())
            if ui.quartersList.item(row).checkState() == Qt.CheckState.Checked
        )
        # Combo boxes hand a StrEnum back as a plain str.
        return ExportRequest(
            quarters=quarters,
            kind=ExportKind(ui.kindCombo.currentData()),
            dimensions=tuple(d for d, box in self.splits.items() if box.isChecked()),
            granularity=Granularity(ui.periodCombo.currentData()),
            k=ui.kSpin.value(),
        )

    def export_format(self) -> ExportFormat:
        return ExportFormat(self.ui.formatCombo.currentData())

    def choose_quarters(self, quarters: set[Quarter]) -> None:
        for row in range(self.ui.quartersList.count()):
            item = self.ui.quartersList.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in quarters
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    # -- preview ---------------------------------------------------------------
    def _changed(self) -> None:
        self._enable_options()
        self.ui.saveButton.setEnabled(False)  # Save writes only a table on screen
        self.settle.start()

    def _enable_options(self) -> None:
        records = ExportKind(self.ui.kindCombo.currentData()) is ExportKind.RECORDS
        self.ui.splitsBox.setEnabled(not records)
        self.ui.kSpin.setEnabled(records)
        self.ui.kLabel.setEnabled(records)

    def preview(self) -> None:
        self.settle.stop()
        if self._closing:
            return
        if self.working.busy:
            self._stale = True  # build again once this one is in
            return
        request = self.request()
        self._show(None)
        if not request.quarters:
            self.ui.statusLabel.setText("Choose at least one quarter to export.")
            return
        self.ui.statusLabel.setText("Preparing the preview…")
        self.built_for = request
        self._run(lambda: build_export(self.vault, request), self._built)

    def _built(self, table: object) -> None:
        assert isinstance(table, ExportTable)
        if self._closing:
            return
        if self._stale:
            self._stale = False
            self.preview()
            return
        self._show(table)
        self.ui.statusLabel.setText(self._after_build)
        self._after_build = "Check the rows and the rules, then save."

    def _show(self, table: ExportTable | None) -> None:
        self.table = table
        self.model.show_table(table)
        ui = self.ui
        ui.saveButton.setEnabled(table is not None and bool(table.rows))
        if table is None:
            ui.summaryLabel.clear()
            ui.rulesText.clear()
            return
        ui.previewView.resizeColumnsToContents()
        ui.rulesText.setPlainText("\n".join(about(table)))
        ui.summaryLabel.setText(_summary_line(table))

    # -- saving ----------------------------------------------------------------
    def save_as(self) -> None:
        if self.table is None:
            return
        export_format = self.export_format()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the anonymized export", self.suggested_name(), FORMAT_FILTERS[export_format]
        )
        if chosen:
            self.save_to(Path(chosen))

    def suggested_name(self) -> str:
        """peer-support-summary-2026Q3.csv, or …-2026Q1-2026Q3.csv over several quarters."""
        request = self.built_for or self.request()
        quarters = sorted(request.quarters)
        span = "-".join(dict.fromkeys(str(q) for q in quarters[:1] + quarters[-1:]))
        return f"peer-support-{request.kind.value}-{span}.{self.export_format().value}"

    def save_to(self, path: Path) -> None:
        table, export_format = self.table, self.export_format()
        if table is None or self.working.busy:
            return
        if not path.suffix:
            path = path.with_suffix(f".{export_format.value}")
        self.ui.saveButton.setEnabled(False)
        self.ui.statusLabel.setText(f"Saving to {path}…")
        # The save dialog asked before replacing a file; a vault or backup never is.
        self._run(
            lambda: save_export(self.vault, table, export_format, path, replace=True), self._saved
        )

    def _saved(self, saved: object) -> None:
        assert isinstance(saved, SavedExport)
        note = f" The rules are in {saved.rules_note.name} beside it." if saved.rules_note else ""
        done = (
            f"Saved {saved.rows:,} rows to {saved.path}.{note} The vault's export log "
            f"records it with its SHA-256, {saved.sha256[:16]}…"
        )
        self.ui.statusLabel.setText(done)
        stale = self._stale or self.built_for != self.request()
        if stale or (self.table is not None and self.table.kind is ExportKind.RECORDS):
            # Options changed meanwhile, or records were saved: build afresh, so a second
            # file never repeats the first one's pseudonyms.
            self._stale = False
            self._after_build = done
            self.preview()
        else:
            self.ui.saveButton.setEnabled(True)

    # -- the worker ------------------------------------------------------------
    def _run(self, job: Callable[[], object], then: Callable[[object], None]) -> None:
        def finished(result: object) -> None:
            self._finished()  # first: the next job may start in ``then``
            then(result)

        self.ui.progressBar.show()
        self.working.start(
            job,
            "The export could not be made (an unexpected error); nothing was saved.",
            finished,
            self._failed,
        )

    def _finished(self) -> None:
        self.ui.progressBar.hide()

    def _failed(self, sentence: str) -> None:
        self._finished()
        if self._closing:
            return
        self.ui.statusLabel.setText(sentence)
        self.ui.saveButton.setEnabled(self.table is not None and bool(self.table.rows))
        if self._stale:
            self._stale = False
            self.preview()

    def wait(self) -> None:
        """Let a running build or save finish (before the vault is locked or closed);
        its result is dropped."""
        self.working.wait()

    def _closed(self) -> None:
        self._closing = True
        self.settle.stop()
        self.wait()
        self._show(None)  # nothing of the program stays in a hidden window


def _summary_line(table: ExportTable) -> str:
    periods = ", ".join(table.periods)
    rows = f"{len(table.rows):,} rows"
    if table.kind is ExportKind.SUMMARY:
        return (
            f"Summary of {periods}: {rows}, {table.suppressed_cells:,} cells hidden (in "
            f"italics, reading 'hidden': 1 to {table.threshold - 1} people, or a figure such "
            "a count could be worked out from)."
        )
    if table.k_achieved is None:
        return f"Records of {periods}: no combination reached k = {table.k}, so no row is written."
    return (
        f"Records of {periods}: {rows}; every combination of period, role, department, "
        f"event type and referral source holds at least {table.k_achieved} "
        f"(k = {table.k} asked)."
    )
