"""The window's hold on the vault as one explicit state, and one way to stop what works
on it before the key goes (KeePassXC's DatabaseWidget lock mode is the model).

States: OPEN (work goes on), LOCKED (no key), and two kinds of work on the vault itself,
REKEYING and RESTORING, during which a lock cannot happen at once: it is remembered and
happens when the work ends.

What must stop before a lock registers itself, so nothing depends on a hand-kept list:
every JobSlot started under the window finds the session through its Qt parents and is
tracked (``track``); anything else that reads or writes on its own (a timer, a watched
folder, a dialog that holds a table) registers a stop with ``on_stop``, and what shows
the vault's content registers how to clear it with ``on_forget``.
"""

from __future__ import annotations

import enum
import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt


class SessionState(enum.Enum):
    OPEN = "open"
    LOCKED = "locked"
    REKEYING = "rekeying"
    RESTORING = "restoring"


class Waitable(Protocol):
    def wait(self) -> None: ...


class VaultSession(QObject):
    """One per window: its state, and everything to stop before the key is dropped."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.state = SessionState.OPEN
        self._pending_lock: str | None = None
        self._stops: list[Callable[[], None]] = []
        self._forgets: list[Callable[[], None]] = []
        self._jobs: weakref.WeakSet[Waitable] = weakref.WeakSet()

    @staticmethod
    def of(item: QObject) -> VaultSession | None:
        """The session of the window ``item`` belongs to (through its Qt parents)."""
        at: QObject | None = item
        while at is not None:
            found = at.findChild(VaultSession, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None:
                return found
            at = at.parent()
        return None

    # -- what stops -------------------------------------------------------------
    def on_stop(self, stop: Callable[[], None]) -> None:
        """``stop`` ends some work on the vault (waiting for it); called at every stop."""
        self._stops.append(stop)

    def track(self, job: Waitable) -> None:
        """A job slot that has started work: its ``wait`` is called at every stop."""
        self._jobs.add(job)

    def stop_work(self) -> None:
        """End everything that reads or writes the vault on its own: the registered
        stops in the order given, then every tracked job (a stop may end a job too)."""
        for stop in self._stops:
            stop()
        for job in list(self._jobs):
            job.wait()

    def on_forget(self, forget: Callable[[], None]) -> None:
        """``forget`` clears something that shows the vault's content; called at a lock."""
        self._forgets.append(forget)

    def forget(self) -> None:
        """At a lock, once work has stopped: nothing of the program stays on screen."""
        for forget in self._forgets:
            forget()

    # -- the state ----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Work on the vault itself is under way: a lock must wait for it."""
        return self.state in (SessionState.REKEYING, SessionState.RESTORING)

    def lock_now(self, reason: str) -> bool:
        """Whether a lock may happen now; if the vault is being re-keyed or restored, the
        lock is remembered (with its reason) for when that ends."""
        if self.state is SessionState.LOCKED:
            return False
        if self.busy:
            self._pending_lock = reason or "Locked."
            return False
        return True

    def begin(self, work: SessionState) -> None:
        """Re-keying or restoring starts: everything else stops first."""
        if work not in (SessionState.REKEYING, SessionState.RESTORING):
            raise ValueError("Only re-keying and restoring are work on the vault itself.")
        self.stop_work()
        self.state = work

    def end(self) -> str | None:
        """The work on the vault has ended: the reason of a lock asked for meanwhile."""
        self.state = SessionState.OPEN
        pending, self._pending_lock = self._pending_lock, None
        return pending

    def locked(self) -> None:
        self.state = SessionState.LOCKED

    def unlocked(self) -> None:
        self.state = SessionState.OPEN
