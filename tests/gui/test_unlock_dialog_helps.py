"""The unlock dialog helps with a wrong passphrase: the problem never covers the hint,
Caps Lock is noticed, the eye shows what was typed, and a typo is not met with a restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from peersupport_desktop.gui.create_vault_dialog import CreateVaultDialog
from peersupport_desktop.gui.unlock_dialog import UnlockDialog
from peersupport_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

DEMO_HINT = "Demo vault, removed on exit. Its passphrase: " + "bright orchard lantern " * 3
SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 720


def unlock_dialog(qtbot: QtBot, vault: Vault, hint: str = "") -> UnlockDialog:
    vault.close()
    dialog = UnlockDialog(vault.path, hint=hint)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def try_passphrase(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.ui.passphraseEdit.clear()
    qtbot.keyClicks(dialog.ui.passphraseEdit, passphrase)
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def shows_whole(label: QLabel) -> bool:
    """Visible, and as tall as its wrapped text needs at its width."""
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("ratio_of_screen", [1.0, 1.5])
def test_the_problem_and_the_demo_line_both_show_on_a_small_screen(
    qtbot: QtBot, vault: Vault, ratio_of_screen: float
) -> None:
    dialog = unlock_dialog(qtbot, vault, hint=f"Locked with the screen.\n{DEMO_HINT}")
    # 1280x720 at 150% leaves 853x480 logical pixels; the dialog must fit either.
    screen_width = int(SCREEN_WIDTH / ratio_of_screen)
    screen_height = int(SCREEN_HEIGHT / ratio_of_screen)
    for _ in range(3):  # the longest problem: the third wrong passphrase
        try_passphrase(qtbot, dialog, "a harbor at dawn with gulls")
    QApplication.processEvents()
    hint, problem = dialog.ui.hintLabel, dialog.ui.messageLabel
    assert shows_whole(hint) and shows_whole(problem)
    assert not hint.geometry().intersects(problem.geometry())
    assert not problem.geometry().intersects(dialog.ui.passphraseEdit.geometry())
    assert dialog.width() <= screen_width and dialog.height() <= screen_height
    assert dialog.ui.buttons.geometry().bottom() <= dialog.height()


def test_a_typo_is_met_with_try_again_not_with_a_restore(qtbot: QtBot, vault: Vault) -> None:
    dialog = unlock_dialog(qtbot, vault)
    try_passphrase(qtbot, dialog, PASSPHRASE + "s")
    said = dialog.ui.messageLabel.text()
    assert "does not open this vault" in said and "try again" in said
    assert "restore" not in said.lower() and "damaged" not in said
    assert not dialog.ui.restoreButton.isVisible()
    assert dialog.ui.passphraseEdit.hasSelectedText()  # typed over at once
    try_passphrase(qtbot, dialog, PASSPHRASE + "s")
    assert not dialog.ui.restoreButton.isVisible()
    # Tried three times: a damaged first page reads as a wrong passphrase, so now
    # (only now) the restore is offered, beside "try again".
    try_passphrase(qtbot, dialog, PASSPHRASE + "s")
    assert "restore a backup" in dialog.ui.messageLabel.text()
    assert dialog.ui.restoreButton.isVisible()
    try_passphrase(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None and dialog.vault.is_open
    dialog.vault.close()


def test_a_file_that_is_no_vault_offers_the_restore_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    foreign = tmp_path / "program.vault"
    foreign.write_bytes(b"PK\x03\x04" + bytes(8188))  # a zip file, renamed
    dialog = UnlockDialog(foreign)
    qtbot.addWidget(dialog)
    dialog.show()
    try_passphrase(qtbot, dialog, PASSPHRASE)
    assert "not a Peer Support vault" in dialog.ui.messageLabel.text()
    assert dialog.ui.restoreButton.isVisible()


def press(edit: QLineEdit, key: Qt.Key, text: str, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))


def test_caps_lock_is_noticed_from_the_letters_typed(qtbot: QtBot, vault: Vault) -> None:
    dialog = unlock_dialog(qtbot, vault)
    edit, warning = dialog.ui.passphraseEdit, dialog.ui.capsLockLabel
    press(edit, Qt.Key.Key_A, "a")
    assert not warning.isVisible()
    press(edit, Qt.Key.Key_A, "A")  # upper case, no Shift: Caps Lock is on
    assert warning.isVisible() and warning.text() == "Caps Lock is on."
    press(edit, Qt.Key.Key_1, "1")  # a digit says nothing either way
    assert warning.isVisible()
    press(edit, Qt.Key.Key_B, "B", shift=True)  # Shift and upper case: off again
    assert not warning.isVisible()
    press(edit, Qt.Key.Key_C, "c", shift=True)  # Shift gives lower case: on
    assert warning.isVisible()
    assert edit.text() == "aA1Bc"  # the letters still go into the field
    assert warning.accessibleName()


def eye_of(edit: QLineEdit):  # type: ignore[no-untyped-def]
    (eye,) = [a for a in edit.actions() if a.isCheckable()]
    return eye


def test_the_eye_shows_and_hides_the_passphrase(qtbot: QtBot, vault: Vault) -> None:
    dialog = unlock_dialog(qtbot, vault)
    edit = dialog.ui.passphraseEdit
    qtbot.keyClicks(edit, PASSPHRASE)
    eye = eye_of(edit)
    assert edit.echoMode() is QLineEdit.EchoMode.Password
    assert eye.text() == "Show the passphrase" and eye.toolTip()
    eye.trigger()
    assert edit.echoMode() is QLineEdit.EchoMode.Normal
    assert eye.text() == "Hide the passphrase"
    # Shown, it is still no text for predictive input to learn.
    hints = edit.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    eye.trigger()
    assert edit.echoMode() is QLineEdit.EchoMode.Password


def test_creating_and_changing_a_passphrase_have_the_eye_too(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    create = CreateVaultDialog(tmp_path / "new.vault")
    change = ChangePassphraseDialog(vault)
    for dialog in (create, change):
        qtbot.addWidget(dialog)
    edits = [create.ui.passphraseEdit, create.ui.repeatEdit]
    edits += [change.ui.currentEdit, change.ui.passphraseEdit, change.ui.repeatEdit]
    for edit in edits:
        eye = eye_of(edit)
        eye.trigger()
        assert edit.echoMode() is QLineEdit.EchoMode.Normal
        eye.trigger()
        assert edit.echoMode() is QLineEdit.EchoMode.Password
