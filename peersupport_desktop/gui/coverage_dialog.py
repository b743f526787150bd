"""Event coverage: choose a quarter and a format, then save the internal report of each
serious event and whether everyone it involved was offered support within target.

It names people, so the dialog says so before anything is saved; nothing is shown on
screen but the share, and the file reaches the disk only where the coordinator saves it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.event_coverage import Coverage, CoveragePeriod
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.services.event_coverage import CoverageFormat, save_coverage
from peersupport_desktop.store.vault import Vault

FILTERS = {CoverageFormat.PDF: "PDF (*.pdf)", CoverageFormat.CSV: "CSV (*.csv)"}


class CoverageDialog(QDialog):
    finished_saving = Signal()  # saved, or said why not

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.saving = JobSlot(self)
        self.setWindowTitle("Event coverage")
        intro = QLabel(
            "Each serious event of a quarter (urgent, or an adverse event, an unexpected "
            "death, a medical error, a trauma or workplace violence) and everyone it involved: "
            "whether and when each was offered support, within target or not. Then the share "
            "of events where everyone was."
        )
        intro.setWordWrap(True)
        warning = QLabel("<b>Internal: it names the people involved \u2014 not for sharing.</b>")
        warning.setWordWrap(True)
        self.quarter_combo = QComboBox()
        current = Quarter.containing(dt.date.today())
        for quarter in reversed(current.back(8)):
            self.quarter_combo.addItem(shown_dates.quarter(quarter), quarter)
        self.quarter_combo.setCurrentIndex(1)  # the last complete quarter
        self.quarter_combo.setAccessibleName("Quarter of the events")
        self.quarter_combo.setToolTip("The quarter whose serious events are reported.")
        self.format_combo = QComboBox()
        self.format_combo.addItem("PDF (to read or print)", CoverageFormat.PDF)
        self.format_combo.addItem("CSV (one row per person, for a spreadsheet)", CoverageFormat.CSV)
        self.format_combo.setAccessibleName("File format")
        self.format_combo.setToolTip("PDF to read or print; CSV, one row per person involved.")
        form = QFormLayout()
        quarter_label = QLabel("&Quarter:")
        quarter_label.setBuddy(self.quarter_combo)
        format_label = QLabel("&Format:")
        format_label.setBuddy(self.format_combo)
        form.addRow(quarter_label, self.quarter_combo)
        form.addRow(format_label, self.format_combo)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName("What was saved")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton("&Save as\u2026")
        self.save_button.setToolTip("Choose where to save the report; it names people.")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip("Close without saving anything more.")
        layout = QVBoxLayout(self)
        for widget in (intro, warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())

    def quarter(self) -> Quarter:
        quarter: Quarter = self.quarter_combo.currentData()
        return quarter

    def file_format(self) -> CoverageFormat:
        # Combo boxes hand a StrEnum back as a plain str.
        return CoverageFormat(self.format_combo.currentData())

    def suggested_name(self) -> str:
        return f"event-coverage-{self.quarter()}-internal.{self.file_format().value}"

    def save_as(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the event coverage report", self.suggested_name(),
            FILTERS[self.file_format()],
        )  # fmt: skip
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        """Make and write the report off the GUI thread: a large program's quarter is a
        thousand pages and more."""
        if self.saving.busy:
            return
        # The save dialog asked before replacing the name as chosen; a suffix added here
        # makes another name, which is never replaced unasked.
        replace = bool(path.suffix)
        if not path.suffix:
            path = path.with_suffix(f".{self.file_format().value}")
        period = CoveragePeriod.of_quarter(self.quarter())
        vault = self.vault
        self.save_button.setEnabled(False)
        say(self.status_label, f"Saving to {path}\u2026", problem=False)
        self.saving.start(
            # A vault or backup is never replaced, whatever was answered.
            lambda: save_coverage(vault, period, path, replace=replace),
            "The coverage report could not be saved (an unexpected error).",
            self._saved,
            self._failed,
        )

    def _saved(self, result: tuple[Path, Coverage]) -> None:
        written, coverage = result
        say(self.status_label, f"Saved to {written}. {coverage.sentence}", problem=False)
        self.save_button.setEnabled(True)
        self.finished_saving.emit()

    def _failed(self, sentence: str) -> None:
        say(self.status_label, sentence, problem=True)
        self.save_button.setEnabled(True)
        self.finished_saving.emit()

    def done(self, result: int) -> None:
        self.saving.wait()  # a save under way ends before the dialog does
        super().done(result)
