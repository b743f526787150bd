"""One job off the GUI thread (an export, an import); it only emits, never touches a widget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from peersupport_desktop.core.event_notices import MappingProblem
from peersupport_desktop.core.notice_files import UnreadableFile
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.errors import VaultError

# Failures whose sentence is written for the coordinator and holds no data value.
SAYABLE = (VaultError, InvalidInput, UnreadableFile, MappingProblem)


class BackgroundJob(QThread):
    done = Signal(object)  # what the job returned
    failed = Signal(str)

    def __init__(
        self, job: Callable[[], object], unexpected: str, parent: QObject | None = None
    ) -> None:
        """``unexpected`` is the sentence for any other failure, whose text is never shown."""
        super().__init__(parent)
        self.job = job
        self.unexpected = unexpected

    def run(self) -> None:
        try:
            result = self.job()
        except SAYABLE as exc:
            self.failed.emit(str(exc))
            return
        except Exception:  # never quoted: its text might hold program data
            self.failed.emit(self.unexpected)
            return
        self.done.emit(result)
