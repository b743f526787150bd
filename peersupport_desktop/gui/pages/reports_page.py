"""Reports: choose a quarter and edition, see the pages, print them or save the PDF.

The PDF lives in memory only (a QBuffer): it reaches the disk solely where the
coordinator saves it. The pages are read with zoom (Ctrl++, Ctrl+-, fit width, fit
page) and page by page ("Page 2 of 5").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.coverage_dialog import CoverageDialog
from peersupport_desktop.gui.feedback_dialog import FeedbackDialog
from peersupport_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from peersupport_desktop.gui.highlights_dialog import HighlightsDialog
from peersupport_desktop.gui.unit_surveys_dialog import UnitSurveysDialog
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services.quarterly_reports import (
    ProducedReport,
    check_still_safe,
    produce_report,
    publish_report,
)
from peersupport_desktop.store.vault import Vault

ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)
POINTS_PER_INCH = 72


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The print dialog: the printer chosen, or None if the coordinator cancelled
    (the tests answer in its place)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def suggested_file_name(quarter: Quarter, edition: Edition) -> str:
    """Says the quarter and the edition, so a leadership copy is told from an internal one."""
    return f"peer-support-report-Q{quarter.number}-{quarter.year}-{edition.value}.pdf"


class ReportsPage(QWidget):
    shown = Signal()  # a report is on screen
    export_requested = Signal()  # the anonymized export dialog, which the window owns

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.vault = vault  # the window's current vault (it changes after a lock)
        self.report: ProducedReport | None = None
        self.report_quarter: Quarter | None = None  # the quarter of the report shown
        self.producing = JobSlot(self)
        self.producing.dropped.connect(self._dropped)
        ui = self.ui
        ui.pageTitle.setObjectName("pageTitle")
        current = Quarter.containing(dt.date.today())
        for quarter in reversed(current.back(8)):
            ui.quarterCombo.addItem(shown_dates.quarter(quarter), quarter)
        ui.quarterCombo.setCurrentIndex(1)  # the last complete quarter
        ui.editionCombo.addItem("Leadership (small numbers hidden, no names)", Edition.LEADERSHIP)
        ui.editionCombo.addItem("Internal (exact, with supporter workload)", Edition.INTERNAL)
        ui.editionCombo.addItem("At a glance (one page for a board packet)", Edition.GLANCE)
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Report pages")
        ui.viewLayout.addWidget(self.view, 1)
        self.view.hide()  # the hint stands in its place until there is a report
        self.print_when_shown = False  # the toolbar's Print asked before a report was shown
        ui.progressBar.hide()
        ui.showButton.clicked.connect(self.produce)
        ui.saveButton.clicked.connect(self.save_as)
        ui.printButton.clicked.connect(self.print_report)
        ui.exportButton.clicked.connect(self.export_requested)
        self.highlights_dialog: HighlightsDialog | None = None
        ui.highlightsButton.clicked.connect(self.edit_highlights)
        # Beside Highlights: the internal event coverage report, in a dialog of its own.
        self.coverage_button = QPushButton("Event &coverage\u2026", self)
        self.coverage_button.setAccessibleName("Event coverage report")
        self.coverage_button.setToolTip(
            "Save the internal report of each serious event of a quarter: was everyone "
            "involved offered support within target? It names people."
        )
        self.coverage_button.clicked.connect(self.open_coverage)
        ui.highlightsRow.insertWidget(1, self.coverage_button)
        self.coverage_dialog: CoverageDialog | None = None
        # And the units' second-victim surveys, before and after (issue 24).
        self.surveys_button = QPushButton("U&nit surveys\u2026", self)
        self.surveys_button.setAccessibleName("Unit surveys")
        self.surveys_button.setToolTip(
            "Survey rounds of the units (SVEST-R or SVEST): import their answers and compare "
            "two rounds of a unit; small groups are withheld."
        )
        self.surveys_button.clicked.connect(self.open_unit_surveys)
        ui.highlightsRow.insertWidget(2, self.surveys_button)
        self.surveys_dialog: UnitSurveysDialog | None = None
        # And the feedback form's invitations and answers, comments included (internal).
        self.feedback_button = QPushButton("Feed&back\u2026", self)
        self.feedback_button.setAccessibleName("Feedback from the people supported")
        self.feedback_button.setToolTip(
            "Invitations to the feedback form by code, their answers and comments (for the "
            "program alone), and importing the survey tool's answers."
        )
        self.feedback_button.clicked.connect(self.open_feedback)
        ui.highlightsRow.insertWidget(3, self.feedback_button)
        self.feedback_dialog: FeedbackDialog | None = None
        ui.quarterCombo.currentIndexChanged.connect(lambda _index: self._name_highlights())
        self._name_highlights()
        ui.previousPageButton.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        ui.nextPageButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        ui.zoomInButton.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        ui.fitWidthButton.setCheckable(True)
        ui.fitPageButton.setCheckable(True)
        ui.fitWidthButton.clicked.connect(lambda: self.fit(QPdfView.ZoomMode.FitToWidth))
        ui.fitPageButton.clicked.connect(lambda: self.fit(QPdfView.ZoomMode.FitInView))
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._say_page())
        zooms = (
            (QKeySequence.StandardKey.ZoomIn, ZOOM_STEP),
            (QKeySequence("Ctrl+="), ZOOM_STEP),  # Ctrl++ without Shift on most keyboards
            (QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP),
        )
        for keys, factor in zooms:
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda factor=factor: self.zoom_by(factor))
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
            lambda report: self._show(report, quarter),
            self._failed,
        )

    def _name_highlights(self) -> None:
        """The button says which quarter's highlights it opens."""
        quarter: Quarter | None = self.ui.quarterCombo.currentData()
        shown = shown_dates.quarter(quarter) if quarter else "the quarter"
        self.ui.highlightsButton.setText(f"H&ighlights for {shown}…")
        self.ui.highlightsButton.setAccessibleName(f"Highlights for {shown}")

    def edit_highlights(self) -> None:
        """The chosen quarter's highlights, in a dialog; the next Show prints them."""
        quarter: Quarter | None = self.ui.quarterCombo.currentData()
        if quarter is None:
            return
        self.highlights_dialog = HighlightsDialog(self.vault(), quarter, self)
        self.highlights_dialog.open()

    def open_coverage(self) -> None:
        self.coverage_dialog = CoverageDialog(self.vault(), self)
        self.coverage_dialog.open()

    def open_unit_surveys(self) -> None:
        self.surveys_dialog = UnitSurveysDialog(self.vault(), self)
        self.surveys_dialog.open()

    def open_feedback(self) -> None:
        self.feedback_dialog = FeedbackDialog(self.vault(), self)
        self.feedback_dialog.open()

    def suggested_name(self) -> str:
        """The file name offered when saving the report shown."""
        if self.report is not None and self.report_quarter is not None:
            return suggested_file_name(self.report_quarter, self.report.edition)
        quarter: Quarter = self.ui.quarterCombo.currentData()
        return suggested_file_name(quarter, Edition(self.ui.editionCombo.currentData()))

    def save_as(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the report", self.suggested_name(), "PDF (*.pdf)"
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
        printer = choose_printer(self)
        if printer is not None:
            self.print_to(printer)

    def produce_and_print(self) -> None:
        """The toolbar's Print with no report shown: make it, then the print dialog."""
        self.print_when_shown = True
        self.produce()

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

    def _show(self, report: ProducedReport, quarter: Quarter) -> None:
        self.report = report
        self.report_quarter = quarter
        pdf = report.pdf
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(
            f"{self.ui.quarterCombo.currentText()}, {self.ui.editionCombo.currentText()}: "
            f"{counted(self.document.pageCount(), 'page')}."
        )
        self._ready(True)
        self.shown.emit()
        if self.print_when_shown:
            self.print_when_shown = False
            self.print_report()

    def _failed(self, sentence: str) -> None:
        self.print_when_shown = False
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(sentence)

    def _ready(self, ready: bool) -> None:
        ui = self.ui
        ui.saveButton.setEnabled(ready)
        ui.printButton.setEnabled(ready)
        reading = (ui.previousPageButton, ui.pageLabel, ui.nextPageButton, ui.zoomOutButton,
                   ui.zoomLabel, ui.zoomInButton, ui.fitWidthButton, ui.fitPageButton)  # fmt: skip
        for control in reading:
            control.setVisible(self.report is not None)  # with pages to read
        self.view.setVisible(self.report is not None)
        ui.hintLabel.setVisible(self.report is None)
        self._say_page()
        self._say_zoom()

    # -- reading the pages --------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._say_zoom()  # a fitted page's zoom follows the window

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._say_page()

    def _say_page(self) -> None:
        count = self.document.pageCount()
        page = min(self.current_page(), count - 1)
        self.ui.pageLabel.setText(f"Page {page + 1} of {count}" if count else "")
        self.ui.previousPageButton.setEnabled(count > 0 and page > 0)
        self.ui.nextPageButton.setEnabled(page + 1 < count)

    def zoom_by(self, factor: float) -> None:
        """From what is on screen (a fitted page too), by ``factor``, within limits."""
        if self.document.pageCount() == 0:
            return
        low, high = ZOOM_LIMITS
        zoom = min(max(self.effective_zoom() * factor, low), high)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self._say_zoom()

    def fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._say_zoom()

    def effective_zoom(self) -> float:
        """The zoom factor on screen: a fitted page's is worked out from the viewport."""
        mode = self.view.zoomMode()
        if mode is QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(self.current_page(), 0))
        pixels_per_point = self.view.logicalDpiX() / POINTS_PER_INCH
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / (
            page.width() * pixels_per_point
        )
        if mode is QPdfView.ZoomMode.FitToWidth:
            return max(width, ZOOM_LIMITS[0])
        height = (viewport.height() - margins.top() - margins.bottom()) / (
            page.height() * pixels_per_point
        )
        return max(min(width, height), ZOOM_LIMITS[0])

    def _say_zoom(self) -> None:
        mode = self.view.zoomMode()
        shown = self.document.pageCount() > 0
        self.ui.zoomLabel.setText(f"{round(self.effective_zoom() * 100)}%" if shown else "")
        self.ui.fitWidthButton.setChecked(mode is QPdfView.ZoomMode.FitToWidth)
        self.ui.fitPageButton.setChecked(mode is QPdfView.ZoomMode.FitInView)

    def clear(self) -> None:
        """Forget the report shown (on lock: nothing confidential stays on screen)."""
        self.wait()
        self.report = None
        self.report_quarter = None
        self.print_when_shown = False
        if self.highlights_dialog is not None:  # its text leaves the screen with the rest
            self.highlights_dialog.done(QDialog.DialogCode.Rejected)
            self.highlights_dialog = None
        if self.coverage_dialog is not None:  # it may say the share: it goes too
            self.coverage_dialog.done(QDialog.DialogCode.Rejected)
            self.coverage_dialog = None
        if self.surveys_dialog is not None:  # the units' results leave the screen too
            self.surveys_dialog.done(QDialog.DialogCode.Rejected)
            self.surveys_dialog = None
        if self.feedback_dialog is not None:  # comments are confidential: they go too
            self.feedback_dialog.done(QDialog.DialogCode.Rejected)
            self.feedback_dialog = None
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
        self.print_when_shown = False
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText("The report was not finished: show it again.")
