"""Looking after the vault from the window: a backup after each unlock when one is
due, a backup or a check on demand. Each runs off the GUI thread, one at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.services import backups, vault_care
from peersupport_desktop.store.vault import Vault

DAMAGED = (
    "The vault failed its integrity check: some of it is damaged. Restore a backup "
    "(Vault → Backups and restore…); the damaged file is kept as it is."
)


@dataclass(frozen=True, slots=True)
class KeepingOutcome:
    """What a keeping job found: damage, or the backup it made (if any)."""

    damaged: bool
    made: backups.BackupMade | None = None
    checked: bool = False


class VaultKeeping(QObject):
    said = Signal(str)  # a sentence for the status bar
    damaged = Signal(str)  # the vault failed a check: offer a restore

    def __init__(self, vault: Callable[[], Vault], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.jobs = JobSlot(self)

    def back_up_if_due(self) -> None:
        """A backup, if the last is a day old. (Unlocking verified every page already.)"""
        vault = self._vault()

        def keep() -> KeepingOutcome:
            due = backups.backup_due(vault, dt.datetime.now())
            return KeepingOutcome(damaged=False, made=backups.make_backup(vault) if due else None)

        self._run(keep, "The automatic backup could not be made.")

    def back_up_now(self) -> None:
        vault = self._vault()
        self._run(lambda: KeepingOutcome(False, backups.make_backup(vault)), "No backup was made.")

    def check_now(self) -> None:
        vault = self._vault()
        self.said.emit("Checking the vault…")
        self._run(
            lambda: KeepingOutcome(damaged=not vault_care.check(vault).ok, checked=True),
            "The vault could not be checked.",
        )

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def wait(self) -> None:
        """Before the key is dropped: the job's connection must close first."""
        self.jobs.wait()

    def _run(self, work: Callable[[], KeepingOutcome], unexpected: str) -> None:
        if not self.jobs.start(work, unexpected, self._done, self.said.emit):
            self.said.emit("The vault is being looked after already; try again in a moment.")

    def _done(self, kept: KeepingOutcome) -> None:
        if kept.damaged:
            self.damaged.emit(DAMAGED)
        elif kept.made is not None:
            gone = len(kept.made.removed)
            older = (
                f"; {gone} older one{'s' if gone != 1 else ''} removed by the rotation"
                if gone
                else ""
            )
            self.said.emit(f"Backed up to {kept.made.path}{older}.")
        elif kept.checked:
            self.said.emit("The vault passed both integrity checks.")
