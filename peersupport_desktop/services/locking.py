"""The vault locked and unlocked, in the audit log: when and why the window hid
everything and dropped the key, and when a passphrase opened it again (the entries
name no record and hold nothing that was on screen)."""

from __future__ import annotations

from enum import Enum

from peersupport_desktop.services import audit
from peersupport_desktop.store.vault import Vault


class LockReason(Enum):
    """Why the vault was locked; the value is the audit code's part after "vault."."""

    IDLE = "lock_idle"  # a while without input
    SLEEP = "lock_sleep"  # the computer went to sleep
    SCREEN = "lock_screen"  # the screen was locked
    BY_HAND = "lock_by_hand"  # the Lock button, Ctrl+L, or a choice to lock


def record_lock(vault: Vault, why: LockReason) -> None:
    """Before the key goes: the last entry written under it."""
    with vault.transaction() as session:
        audit.record(session, f"vault.{why.value}", "vault", None)


def record_unlock(vault: Vault) -> None:
    with vault.transaction() as session:
        audit.record(session, "vault.unlock", "vault", None)
