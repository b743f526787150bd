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

from peersupport_desktop.gui.background_job import BackgroundJob
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
        self.job: BackgroundJob | None = None
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
        if self.job is not None:
            self.job.wait()
            self.job = None
        self._again = False
        self.vault = self.folder = None

    def look(self) -> None:
        if self.vault is None or self.folder is None or self.problem is not None:
            return
        if not self.watcher.directories():
            self.watcher.addPath(str(self.folder))  # now that it is there
        if self.job is not None:
            self._again = True  # a change during an import: look once more after it
            return
        vault, folder = self.vault, self.folder
        settled_before = time.time() - self.settle_seconds
        job = BackgroundJob(
            lambda: import_dropped(vault, folder, settled_before=settled_before),
            "The watch folder's files could not be imported (an unexpected error).",
            self,
        )
        # Each result is taken only from the job still current: one that ended
        # before a stop() or a new watch() speaks of a vault or folder gone by.
        job.done.connect(lambda outcomes, j=job: self._done(j, outcomes))
        job.failed.connect(lambda sentence, j=job: self._failed(j, sentence))
        job.finished.connect(job.deleteLater)
        self.job = job
        job.start()

    def _soon(self) -> None:
        self.settle.start()

    def _done(self, job: BackgroundJob, outcomes: object) -> None:
        if job is not self.job:
            return
        self.job = None
        assert isinstance(outcomes, list)
        if outcomes:
            self.imported.emit([o for o in outcomes if isinstance(o, DroppedFile)])
        if self._again:
            self._again = False
            self.look()

    def _failed(self, job: BackgroundJob, sentence: str) -> None:
        if job is not self.job:
            return
        self.job = None
        self.failed.emit(sentence)
