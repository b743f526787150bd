"""Building or saving an export off the GUI thread; it only emits, never touches a widget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.errors import VaultError


class ExportWorker(QThread):
    done = Signal(object)  # what the job returned: an ExportTable, or a SavedExport
    failed = Signal(str)

    def __init__(self, job: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            result = self.job()
        except (VaultError, InvalidInput) as exc:
            self.failed.emit(str(exc))
            return
        except Exception:  # never quoted: its text might hold program data
            self.failed.emit(
                "The export could not be made (an unexpected error); nothing was saved."
            )
            return
        self.done.emit(result)
