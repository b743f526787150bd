"""Change the passphrase: the current one, the new one twice, then re-encrypt off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from peersupport_desktop.core.passphrase_policy import RULES_SENTENCE
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from peersupport_desktop.gui.passphrase_field import add_eye
from peersupport_desktop.gui.passphrase_judge import judge
from peersupport_desktop.services import vault_care
from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.vault import Vault


class ChangePassphraseDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        before: Callable[[], None] = lambda: None,
        after: Callable[[], None] = lambda: None,
    ) -> None:
        """``before`` stops everything else that uses the vault while its pages change
        key (loaders, the watch folder, a lock); ``after`` starts them again."""
        super().__init__(parent)
        # Gone once closed, and with it whatever passphrase was typed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self._before, self._after = before, after
        self.rekeying = JobSlot(self)
        self.ui.rulesLabel.setText(RULES_SENTENCE)
        self.ui.messageLabel.setObjectName("problem")
        self.ui.messageLabel.hide()
        self.ui.warningLabel.setObjectName("warning")
        self._change = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._change.setText("C&hange the passphrase")
        self._change.setToolTip("Re-encrypt the vault under the new passphrase.")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Keep the passphrase as it is."
        )
        self._change.setEnabled(False)
        for edit in (self.ui.currentEdit, self.ui.passphraseEdit, self.ui.repeatEdit):
            edit.textChanged.connect(self._judge)
            add_eye(edit)
        self.ui.buttons.accepted.connect(self.change)
        self.ui.buttons.rejected.connect(self.reject)

    def _judge(self) -> None:
        ui = self.ui
        ready = judge(
            ui.passphraseEdit, ui.repeatEdit, ui.strengthBar, ui.strengthLabel, ui.messageLabel
        )
        self._change.setEnabled(ready and bool(ui.currentEdit.text()))

    def change(self) -> None:
        if self.rekeying.busy:
            return
        current, new = self.ui.currentEdit.text(), self.ui.passphraseEdit.text()
        vault = self.vault

        def rekey() -> None:
            if not vault.opens_with(current):
                raise VaultError("The current passphrase is not right: nothing was changed.")
            vault_care.change_passphrase(vault, new)

        self._before()
        self.setEnabled(False)
        say(self.ui.messageLabel, "Re-encrypting the vault…", problem=False)
        self.rekeying.start(
            rekey,
            "The passphrase could not be changed; it is as before.",
            lambda _none: self._finished(None),
            self._finished,
        )

    def _finished(self, problem: str | None) -> None:
        self._after()
        self.setEnabled(True)
        if problem is not None:
            say(self.ui.messageLabel, problem, problem=True)
            return
        self.accept()

    def done(self, result: int) -> None:
        if self.rekeying.busy:  # never while the pages are being re-encrypted
            return
        for edit in (self.ui.currentEdit, self.ui.passphraseEdit, self.ui.repeatEdit):
            edit.clear()
        super().done(result)
