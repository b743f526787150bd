"""First run: choose a passphrase and create the vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from peersupport_desktop.core.passphrase_policy import RULES_SENTENCE
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.forms.ui_create_vault_dialog import Ui_CreateVaultDialog
from peersupport_desktop.gui.passphrase_field import add_eye
from peersupport_desktop.gui.passphrase_judge import judge

if TYPE_CHECKING:
    from peersupport_desktop.store.vault import Vault


class CreateVaultDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateVaultDialog()
        self.ui.setupUi(self)
        self.path = path
        self.vault: Vault | None = None
        self.ui.vaultLabel.setText(f"The vault will be created at {path}")
        self.ui.rulesLabel.setText(RULES_SENTENCE)
        self.ui.messageLabel.setObjectName("problem")
        self.ui.messageLabel.hide()
        self.ui.warningLabel.setObjectName("warning")
        self._create = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._create.setText("&Create the vault")
        self._create.setToolTip("Make the encrypted vault, opened by this passphrase.")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Leave without making a vault."
        )
        self._create.setEnabled(False)
        for edit in (self.ui.passphraseEdit, self.ui.repeatEdit):
            add_eye(edit)
        self.ui.passphraseEdit.textChanged.connect(self._judge)
        self.ui.repeatEdit.textChanged.connect(self._judge)
        self.ui.buttons.accepted.connect(self.create_vault)
        self.ui.buttons.rejected.connect(self.reject)

    def _judge(self) -> None:
        ui = self.ui
        self._create.setEnabled(
            judge(
                ui.passphraseEdit, ui.repeatEdit, ui.strengthBar, ui.strengthLabel, ui.messageLabel
            )
        )

    def create_vault(self) -> None:
        from peersupport_desktop.store.vault import create_vault  # loaded after the dialog shows

        try:
            self.vault = create_vault(self.path, self.ui.passphraseEdit.text())
        except Sayable as exc:
            self._say(str(exc))
            return
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
        self.accept()

    def _say(self, sentence: str) -> None:
        self.ui.messageLabel.setText(sentence)
        self.ui.messageLabel.show()
