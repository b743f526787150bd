"""One job off the GUI thread (an export, an import); it only emits, never touches a widget.
A JobSlot keeps one at a time and drops a result nobody awaits any more."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.vault_session import VaultSession

T = TypeVar("T")


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
        except Sayable as exc:  # a sentence for the coordinator, with no data value
            self.failed.emit(str(exc))
            return
        except Exception:  # never quoted: its text might hold program data
            self.failed.emit(self.unexpected)
            return
        self.done.emit(result)


class JobSlot(QObject):
    dropped = Signal()  # a running job was ended by ``wait`` and its result dropped

    """At most one background job at a time, whose result reaches its handler only while
    it is still awaited: ``wait`` (before a lock drops the key, or a window closes)
    ends the job and forgets it, so a result already queued is dropped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: BackgroundJob | None = None
        # The last job waited for, kept until the next starts: a thread object is never
        # let go inside its own signal's delivery (PySide then crashes), and no more
        # than one finished job is ever kept.
        self._spent: BackgroundJob | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(
        self,
        work: Callable[[], T],
        unexpected: str,
        done: Callable[[T], None],
        failed: Callable[[str], None],
    ) -> bool:
        """Start ``work``; False (and nothing started) while another job runs."""
        if self.job is not None:
            return False
        job = BackgroundJob(work, unexpected)
        self._spent = None
        job.done.connect(lambda result, j=job: self._land(j, lambda: done(result)))
        job.failed.connect(lambda sentence, j=job: self._land(j, lambda: failed(sentence)))
        self.job = job
        job.start()
        session = VaultSession.of(self)
        if session is not None:  # a lock will wait for this job, and drop what it says
            session.track(self)
        return True

    def wait(self) -> None:
        """End the running job, if any, and forget it: what it was about to say is
        dropped, and ``dropped`` tells the owner (to take down its progress, say)."""
        if self.job is not None:
            self.job.wait()
            self._spent, self.job = self.job, None
            self.dropped.emit()

    def _land(self, job: BackgroundJob, handle: Callable[[], None]) -> None:
        if job is not self.job:
            return  # waited for and forgotten meanwhile
        job.wait()  # it has said all it will; its thread ends at once
        self._spent, self.job = job, None
        handle()
