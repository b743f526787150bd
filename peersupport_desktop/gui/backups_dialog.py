"""Backups: the list in the backup folder, a backup now, and a restore after verifying."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, current_key, show_rows
from peersupport_desktop.gui.vault_keeping import VaultKeeping
from peersupport_desktop.services import backups
from peersupport_desktop.store.copies import IntegrityReport
from peersupport_desktop.store.vault import Vault

Restorer = Callable[[Path, str], None]  # puts a verified backup in place (and says how it went)


class BackupsDialog(QDialog):
    def __init__(
        self, vault: Vault, keeping: VaultKeeping, restore: Restorer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.keeping = keeping
        self._restore = restore
        self.verifying = JobSlot(self)
        self.files: list[backups.BackupFile] = []
        self.model = RowListModel(("Made", "Size"))
        show_rows(self.ui.backupsView, self.model)
        self.ui.messageLabel.hide()
        self.ui.backUpButton.clicked.connect(self.back_up)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.otherButton.clicked.connect(self.restore_other)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.backupsView.activated.connect(lambda _index: self.restore_selected())
        keeping.said.connect(self._kept)
        self.refresh()

    def refresh(self) -> None:
        folder = backups.backup_folder(self.vault)
        self.files = backups.list_backups(self.vault)
        where = f"Backups in {folder}" if folder.is_dir() else f"No backup folder yet: {folder}"
        self.ui.folderLabel.setText(f"{where} (Settings chooses the folder).")
        self.model.set_rows(
            [
                ListedRow(number, (shown_dates.moment(b.made_at), b.size_text))
                for number, b in enumerate(self.files)
            ]
        )
        if self.files:
            self.ui.backupsView.selectRow(0)
        self.ui.restoreButton.setEnabled(bool(self.files))

    def back_up(self) -> None:
        say(self.ui.messageLabel, "Backing up…", problem=False)
        self.keeping.back_up_now()

    def _kept(self, sentence: str) -> None:
        say(self.ui.messageLabel, sentence, problem=False)
        self.refresh()

    def restore_selected(self) -> None:
        number = current_key(self.ui.backupsView)
        if number is not None:
            self.verify_then_restore(self.files[number].path)

    def restore_other(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "Choose a backup to restore",
            str(backups.backup_folder(self.vault)),
            "Vaults (*.vault);;All files (*)",
        )
        if chosen:
            self.verify_then_restore(Path(chosen))

    def verify_then_restore(self, backup: Path) -> None:
        passphrase, given = QInputDialog.getText(
            self,
            "The backup's passphrase",
            "The passphrase the vault had when this backup was made:",
            QLineEdit.EchoMode.Password,
        )
        if not given or self.verifying.busy:
            return
        say(self.ui.messageLabel, "Verifying the backup…", problem=False)
        # Closing the dialog (a lock) waits for the job and forgets it, so its result
        # never asks anything over the lock.
        self.verifying.start(
            lambda: backups.verify_backup(backup, passphrase),
            "The backup could not be verified; nothing was restored.",
            lambda report: self._verified(backup, passphrase, report),
            lambda sentence: say(self.ui.messageLabel, sentence, problem=True),
        )

    def _verified(self, backup: Path, passphrase: str, report: IntegrityReport) -> None:
        if not report.ok:
            say(self.ui.messageLabel, "That backup is damaged: choose another.", problem=True)
            return
        answer = QMessageBox.question(
            self,
            "Restore this backup?",
            f"The backup {backup.name} opens and passes both integrity checks. Restore it? "
            "Everything recorded since it was made is left out; the vault as it is now is "
            "kept beside it, never deleted.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.vault.is_open:
            say(self.ui.messageLabel, "Nothing was restored.", problem=False)
            return
        self.accept()  # the window takes it from here, and says how it went
        self._restore(backup, passphrase)

    def done(self, result: int) -> None:
        self.verifying.wait()  # a verification holds the backup open
        super().done(result)
