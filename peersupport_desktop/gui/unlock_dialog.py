"""Unlock: the passphrase in, an open vault out; a wrong one may be tried again."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from peersupport_desktop.gui.passphrase_field import CapsLockWatch, add_eye
from peersupport_desktop.store.errors import DamagedVault, PassphraseChangeCutShort, WrongPassphrase

if TYPE_CHECKING:
    from peersupport_desktop.store.vault import Vault


DAMAGED_PAGES = (
    "Part of this vault is damaged (a page fails its check), so it was not opened. "
    "Restore a backup; the damaged file is kept as it is."
)
# A typo is the likely cause of a wrong passphrase: it is met with "try again", not
# with a restore. Only after several tries is the rarer cause named (a damaged first
# page reads exactly as a wrong passphrase), and the restore offered.
NOT_RIGHT = "That passphrase does not open this vault. Check it and try again."
TRIES_BEFORE_DAMAGE_IS_NAMED = 3
PERHAPS_DAMAGED = (
    "If you are sure it is right, the vault's first page may be damaged: you can restore a backup."
)


class UnlockDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, *, hint: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.path = path
        self.vault: Vault | None = None
        self.wrong_tries = 0
        self.ui.vaultLabel.setText(f"Vault: {path}")
        # The hint (why it locked, the demo's passphrase) has a line of its own, so a
        # problem said below never covers it.
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Unlock")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            "Open the vault with this passphrase."
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Close the program; the vault stays locked."
        )
        self.ui.buttons.accepted.connect(self.unlock)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.restoreButton.clicked.connect(self.restore_backup)
        self.ui.restoreButton.setAccessibleName("Restore a backup")
        self.ui.restoreButton.hide()
        self.ui.messageLabel.setObjectName("problem")
        self.ui.messageLabel.hide()
        self.eye = add_eye(self.ui.passphraseEdit)
        self.ui.capsLockLabel.setObjectName("warning")
        self.caps_lock = CapsLockWatch(self.ui.passphraseEdit, self.ui.capsLockLabel)

    def unlock(self) -> None:
        # Imported here: the dialog shows before the database layer has loaded.
        from peersupport_desktop.services.locking import record_unlock
        from peersupport_desktop.store.vault import open_vault

        passphrase = self.ui.passphraseEdit.text()
        try:
            vault = open_vault(self.path, passphrase)
            if not vault.pages_intact():  # before anything reads, let alone writes
                vault.close()
                raise DamagedVault(DAMAGED_PAGES)
            # The audit log's "Unlocked the vault". Never in the way of the unlock (as
            # the lock's entry is not of the lock): a full disk, or a command holding
            # the vault a moment, refuses the entry, and the work goes on.
            with contextlib.suppress(Sayable):
                record_unlock(vault)
            self.vault = vault
        except PassphraseChangeCutShort as exc:
            self._say(str(exc))
            return
        except WrongPassphrase:
            self._wrong_passphrase()
            return
        except DamagedVault as exc:
            self._say(str(exc))
            self.ui.restoreButton.show()
            return
        except Sayable as exc:
            self._say(str(exc))
            return
        finally:
            del passphrase
        self.ui.passphraseEdit.clear()
        self.accept()

    def _wrong_passphrase(self) -> None:
        self.wrong_tries += 1
        perhaps_damaged = self.wrong_tries >= TRIES_BEFORE_DAMAGE_IS_NAMED
        self._say(f"{NOT_RIGHT} {PERHAPS_DAMAGED}" if perhaps_damaged else NOT_RIGHT)
        self.ui.restoreButton.setVisible(perhaps_damaged)
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()

    def restore_backup(self) -> None:
        """Put a verified backup in place of the damaged vault (which is kept aside)."""
        from peersupport_desktop.services import vault_care

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "Choose a backup to restore",
            str(self.path.parent),
            "Vaults (*.vault);;All files (*)",
        )
        if not chosen:
            return
        try:
            result = vault_care.restore(Path(chosen), self.path, self.ui.passphraseEdit.text())
        except Sayable as exc:
            self._say(str(exc))
            return
        kept = f" The damaged file was kept at {result.replaced}." if result.replaced else ""
        self._say(f"The backup was restored.{kept} Unlock to open it.")
        self.ui.restoreButton.hide()

    def _say(self, sentence: str) -> None:
        self.ui.messageLabel.setText(sentence)
        self.ui.messageLabel.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every wrapped line: a window's minimum height leaves out the
        height a word-wrapped label needs at its width, so it is asked for here."""
        layout = self.ui.layout
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
