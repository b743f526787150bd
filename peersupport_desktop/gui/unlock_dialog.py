"""Unlock: the passphrase in, an open vault out; a wrong one may be tried again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from peersupport_desktop.store.errors import DamagedVault, WrongPassphrase

if TYPE_CHECKING:
    from peersupport_desktop.store.vault import Vault


DAMAGED_PAGES = (
    "Part of this vault is damaged (a page fails its check), so it was not opened. "
    "Restore a backup; the damaged file is kept as it is."
)


class UnlockDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, *, hint: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.path = path
        self.vault: Vault | None = None
        self.ui.vaultLabel.setText(f"Vault: {path}" + (f"\n{hint}" if hint else ""))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Unlock")
        self.ui.buttons.accepted.connect(self.unlock)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.restoreButton.clicked.connect(self.restore_backup)
        self.ui.restoreButton.hide()
        self.ui.messageLabel.setObjectName("problem")
        self.ui.messageLabel.hide()

    def unlock(self) -> None:
        # Imported here: the dialog shows before the database layer has loaded.
        from peersupport_desktop.store.vault import open_vault

        passphrase = self.ui.passphraseEdit.text()
        try:
            vault = open_vault(self.path, passphrase)
            if not vault.pages_intact():  # before anything reads, let alone writes
                vault.close()
                raise DamagedVault(DAMAGED_PAGES)
            self.vault = vault
        except WrongPassphrase as exc:
            self._say(str(exc))
            self.ui.passphraseEdit.selectAll()
            self.ui.passphraseEdit.setFocus()
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
