"""Producing a report's PDF off the GUI thread; it only emits, never touches a widget."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services.quarterly_reports import produce_report
from peersupport_desktop.store.vault import Vault


class ReportWorker(QThread):
    done = Signal(object)  # a ProducedReport
    failed = Signal(str)

    def __init__(
        self, vault: Vault, quarter: Quarter, edition: Edition, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.quarter, self.edition = vault, quarter, edition

    def run(self) -> None:
        try:
            report = produce_report(self.vault, self.quarter, self.edition)
        except Sayable as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(report)
