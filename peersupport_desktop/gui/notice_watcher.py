"""Watching the watch folder while the vault is unlocked; the imports run off the GUI thread.

The file-system watcher says when the folder changes; a timer looks again now
and then too, for files that were still being written, for network drives,
whose changes are not always reported, and for a folder that is not there yet
(a drive not yet mounted).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.services.watch_folder import (
    SETTLE_SECONDS,
    DroppedFile,
    folder_problem,
    import_dropped,
)
from peersupport_desktop.store.vault import Vault

LOOK_AGAIN_MS = 30_000


class NoticeWatcher(QObject):
    imported = Signal(list)  # the DroppedFile outcomes of one look, when there were files
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.folder: Path | None = None
        # A result is taken only from the job still current: one that ended before a
        # stop() or a new watch() speaks of a vault or folder gone by.
        self.importing = JobSlot(self)
        self.settle_seconds = SETTLE_SECONDS
        self._again = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._soon)
        self.settle = QTimer(self)  # a file just dropped is given time to be written whole
        self.settle.setSingleShot(True)
        self.settle.setInterval(int(SETTLE_SECONDS * 1000) + 500)
        self.settle.timeout.connect(self.look)
        self.poll = QTimer(self)
        self.poll.setInterval(LOOK_AGAIN_MS)
        self.poll.timeout.connect(self.look)

    @property
    def problem(self) -> str | None:
        """Why the folder is not being read right now, if it is not."""
        return None if self.folder is None else folder_problem(self.folder)

    def watch(self, vault: Vault, folder: Path | None) -> None:
        """Start watching ``folder`` (None: stop), and look at once."""
        self.stop()
        self.vault, self.folder = vault, folder
        if folder is None:
            return
        self.poll.start()
        self.look()

    def stop(self) -> None:
        """Before the vault locks: no new import starts, one under way ends first, and
        what it reports afterwards is dropped (the vault it read is gone)."""
        self.poll.stop()
        self.settle.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.importing.wait()
        self._again = False
        self.vault = self.folder = None

    def look(self) -> None:
        if self.vault is None or self.folder is None or self.problem is not None:
            return
        if not self.watcher.directories():
            self.watcher.addPath(str(self.folder))  # now that it is there
        if self.importing.busy:
            self._again = True  # a change during an import: look once more after it
            return
        vault, folder = self.vault, self.folder
        settled_before = time.time() - self.settle_seconds
        self.importing.start(
            lambda: import_dropped(vault, folder, settled_before=settled_before),
            "The watch folder's files could not be imported (an unexpected error).",
            self._done,
            self.failed.emit,
        )

    def _soon(self) -> None:
        self.settle.start()

    def _done(self, outcomes: list[DroppedFile]) -> None:
        if outcomes:
            self.imported.emit(outcomes)
        if self._again:
            self._again = False
            self.look()
