"""Reports: choose a quarter and edition, see the pages, print them or save the PDF.

The PDF lives in memory only (a QBuffer): it reaches the disk solely where the
coordinator saves it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services.quarterly_reports import (
    ProducedReport,
    check_still_safe,
    produce_report,
    publish_report,
)
from peersupport_desktop.store.vault import Vault


class ReportsPage(QWidget):
    shown = Signal()  # a report is on screen
    export_requested = Signal()  # the anonymized export dialog, which the window owns

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.vault = vault  # the window's current vault (it changes after a lock)
        self.report: ProducedReport | None = None
        self.producing = JobSlot(self)
        self.producing.dropped.connect(self._dropped)
        ui = self.ui
        ui.pageTitle.setObjectName("pageTitle")
        current = Quarter.containing(dt.date.today())
        for quarter in reversed(current.back(8)):
            ui.quarterCombo.addItem(str(quarter), quarter)
        ui.quarterCombo.setCurrentIndex(1)  # the last complete quarter
        ui.editionCombo.addItem("Leadership (small numbers hidden, no names)", Edition.LEADERSHIP)
        ui.editionCombo.addItem("Internal (exact, with supporter workload)", Edition.INTERNAL)
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Report pages")
        ui.viewLayout.addWidget(self.view)
        ui.progressBar.hide()
        ui.showButton.clicked.connect(self.produce)
        ui.saveButton.clicked.connect(self.save_as)
        ui.printButton.clicked.connect(self.print_report)
        ui.exportButton.clicked.connect(self.export_requested)
        self._ready(False)

    def produce(self) -> None:
        """Make the chosen report in a worker thread, with a busy indication meanwhile."""
        quarter: Quarter | None = self.ui.quarterCombo.currentData()
        if self.producing.busy or quarter is None:
            return
        self._ready(False)
        self.ui.progressBar.show()
        self.ui.statusLabel.setText("Producing the report…")
        # Combo boxes hand a StrEnum back as a plain str.
        edition = Edition(self.ui.editionCombo.currentData())
        vault = self.vault()
        self.producing.start(
            lambda: produce_report(vault, quarter, edition),
            "The report could not be made (an unexpected error).",
            self._show,
            self._failed,
        )

    def save_as(self) -> None:
        quarter = self.ui.quarterCombo.currentText()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the report", f"report-{quarter}.pdf", "PDF (*.pdf)"
        )
        if chosen:
            self.save_to(Path(chosen))

    @property
    def pdf(self) -> bytes | None:
        return None if self.report is None else self.report.pdf

    def save_to(self, path: Path) -> None:
        """Save the report shown; what a leadership edition shows is logged in the vault,
        so later publications of the same quarters are checked against it."""
        if self.report is None:
            return
        try:
            # The save dialog asked before replacing a file; a vault or backup never is.
            publish_report(self.vault(), self.report, path, replace=True)
        except Sayable as exc:
            self.ui.statusLabel.setText(str(exc))
            return
        self.ui.statusLabel.setText(f"Saved to {path}.")

    def print_report(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution, fitted to its page."""
        if self.report is not None:
            try:
                check_still_safe(self.vault(), self.report)
            except Sayable as exc:
                self.ui.statusLabel.setText(str(exc))
                return
        painter = QPainter()
        if not painter.begin(printer):
            self.ui.statusLabel.setText("The printer could not be started.")
            return
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel).size()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                fitted = (
                    self.document.pagePointSize(page)
                    .scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
                    .toSize()
                )
                painter.drawImage(QRect(QPoint(0, 0), fitted), self.document.render(page, fitted))
        finally:
            painter.end()
        if self.report is not None:
            try:  # printed is published: the log keeps what it showed
                publish_report(self.vault(), self.report, None)
            except Sayable as exc:
                self.ui.statusLabel.setText(str(exc))

    def _show(self, report: ProducedReport) -> None:
        self.report = report
        pdf = report.pdf
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(
            f"{self.ui.quarterCombo.currentText()}, {self.ui.editionCombo.currentText()}: "
            f"{self.document.pageCount()} pages."
        )
        self._ready(True)
        self.shown.emit()

    def _failed(self, sentence: str) -> None:
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(sentence)

    def _ready(self, ready: bool) -> None:
        self.ui.saveButton.setEnabled(ready)
        self.ui.printButton.setEnabled(ready)

    def clear(self) -> None:
        """Forget the report shown (on lock: nothing confidential stays on screen)."""
        self.wait()
        self.report = None
        self.ui.progressBar.hide()
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())
        self.ui.statusLabel.clear()
        self._ready(False)

    def wait(self) -> None:
        """Let a running report finish (before the vault is locked or closed, or its key
        changes); its result is dropped."""
        self.producing.wait()

    def _dropped(self) -> None:
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText("The report was not finished: show it again.")
