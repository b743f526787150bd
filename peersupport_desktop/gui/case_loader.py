"""Loading every case off the GUI thread, so a large vault opens on a first screenful."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.services.case_list import CaseRow, all_case_rows
from peersupport_desktop.store.vault import Vault


class CaseLoader(QThread):
    """Runs all_case_rows in a worker thread; touches no widget (it only emits)."""

    loaded = Signal(list)
    failed = Signal(str)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault

    def run(self) -> None:
        try:
            rows: list[CaseRow] = all_case_rows(self.vault)
        except Sayable as exc:
            self.failed.emit(str(exc))
            return
        self.loaded.emit(rows)
