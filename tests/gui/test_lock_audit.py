"""Locking and unlocking the window leave their entries in the vault's audit log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services import audit, locking
from peersupport_desktop.store.errors import VaultStorageError
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import show_active, unlock


def vault_entries(vault: Vault) -> list[str]:
    return [e.action for e in reversed(audit.entries(vault, record_kind="vault"))]


def test_a_lock_by_hand_and_the_unlock_are_audited(qtbot: QtBot, vault: Vault) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open
    unlock(qtbot, window)
    assert vault_entries(window.vault)[-2:] == ["vault.lock_by_hand", "vault.unlock"]
    window.close()


@pytest.mark.parametrize(
    ("why", "code"),
    [("idle", "vault.lock_idle"), ("sleep", "vault.lock_sleep"), ("screen", "vault.lock_screen")],
)
def test_a_lock_on_its_own_says_why(qtbot: QtBot, vault: Vault, why: str, code: str) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    if why == "idle":
        window.idle.idle.emit(why)
    else:
        window.session_events.locking.emit(why)
    assert not vault.is_open
    unlock(qtbot, window)
    assert vault_entries(window.vault)[-2:] == [code, "vault.unlock"]
    window.close()


def test_a_vault_that_refuses_the_entry_still_locks(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(_vault: Vault, _why: locking.LockReason) -> None:
        raise VaultStorageError("The disk is full: free some space and try again.")

    window = MainWindow(vault)
    qtbot.addWidget(window)
    monkeypatch.setattr(locking, "record_lock", full_disk)
    window.lock()
    assert not vault.is_open and window.unlock_dialog is not None
    window.close()


def test_a_vault_that_refuses_the_entry_still_unlocks(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(_vault: Vault) -> None:
        raise VaultStorageError("The vault is busy with another task: try again in a moment.")

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.lock()
    monkeypatch.setattr(locking, "record_unlock", busy)
    unlock(qtbot, window)  # the work goes on; the entry is what is lost
    window.close()
