"""Reads two at a time: SQLite works outside Python's lock, so a second connection
uses the second core."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from peersupport_desktop.store.vault import Vault

READERS = 2  # the vault's pool keeps two connections ready

Result = TypeVar("Result")


class Later(Generic[Result]):
    """What a planned read returns, once the plan has run."""

    def __init__(self) -> None:
        self._box: list[Result] = []

    def fill(self, value: Result) -> None:
        self._box.append(value)

    @property
    def value(self) -> Result:
        if not self._box:
            raise RuntimeError("The read plan has not run yet.")
        return self._box[0]


class ReadPlan:
    """Reads that must all see one state of the vault: queued, then run together.

    Queue the longest reads first: two readers take them in order, each the next as
    soon as it is free.
    """

    def __init__(self) -> None:
        self._reads: deque[Callable[[Session], None]] = deque()

    def add(self, read: Callable[[Session], Result]) -> Later[Result]:
        later: Later[Result] = Later()
        self._reads.append(lambda session: later.fill(read(session)))
        return later

    def run(self, vault: Vault) -> None:
        """Two at a time, on two sessions that share one snapshot of the vault."""
        taking = threading.Lock()

        def reader(session: Session) -> None:
            while True:
                with taking:
                    if not self._reads:
                        return
                    read = self._reads.popleft()
                read(session)

        with vault.shared_snapshot(READERS) as sessions, ThreadPoolExecutor(READERS) as pool:
            for done in [pool.submit(reader, session) for session in sessions]:
                done.result()  # a read's error, raised here
