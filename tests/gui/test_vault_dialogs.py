"""Creating and unlocking the vault through the real dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.create_vault_dialog import CreateVaultDialog
from peersupport_desktop.gui.unlock_dialog import UnlockDialog
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE


def test_the_welcome_dialog_creates_the_vault(qtbot: QtBot, new_vault_path: Path) -> None:
    dialog = CreateVaultDialog(new_vault_path)
    qtbot.addWidget(dialog)
    create = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.passphraseEdit, "password")
    assert not create.isEnabled()
    assert "at least 15 characters" in dialog.ui.messageLabel.text()
    dialog.ui.passphraseEdit.clear()
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeatEdit, PASSPHRASE + "x")
    assert not create.isEnabled() and "differ" in dialog.ui.messageLabel.text()
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Backspace)
    assert create.isEnabled()
    assert dialog.ui.strengthBar.value() >= 3
    assert "cannot be recovered" in dialog.ui.warningLabel.text()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None
    dialog.vault.close()
    with open_vault(new_vault_path, PASSPHRASE):
        pass


def test_unlock_with_a_wrong_then_the_right_passphrase(qtbot: QtBot, vault: Vault) -> None:
    vault.close()
    before = vault.path.read_bytes()
    dialog = UnlockDialog(vault.path)
    qtbot.addWidget(dialog)
    unlock = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.passphraseEdit, "not the right passphrase at all")
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert dialog.vault is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "does not open this vault" in dialog.ui.messageLabel.text()
    assert vault.path.read_bytes() == before
    dialog.ui.passphraseEdit.clear()
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None and dialog.vault.is_open
    dialog.vault.close()


def test_a_damaged_file_says_so_and_offers_a_backup(qtbot: QtBot, tmp_path: Path) -> None:
    foreign = tmp_path / "program.vault"
    foreign.write_text("event_ref,event_date\n" * 500)
    dialog = UnlockDialog(foreign)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    assert "not a Peer Support vault" in dialog.ui.messageLabel.text()
    assert dialog.ui.restoreButton.isVisible()
    assert foreign.read_text().startswith("event_ref")


def test_a_vault_folder_that_cannot_be_made_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from peersupport_desktop.gui import launch

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert launch.run(blocker / "inside" / "program.vault", demo=False) == 1
    assert "cannot be created" in said[0]
    assert blocker.read_text() == "not a folder"
