"""The vault from the window: damage found on unlock, backups (automatic, on demand,
restored after verifying), the passphrase changed, retention confirmed."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import ContactKind, Outcome
from peersupport_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.unlock_dialog import UnlockDialog
from peersupport_desktop.gui.vault_session import SessionState
from peersupport_desktop.services import (
    backups,
    case_list,
    cases,
    contacts,
    settings,
    vault_care,
)
from peersupport_desktop.store import copies
from peersupport_desktop.store.errors import (
    DamagedVault,
    VaultError,
    VaultStorageError,
    WrongPassphrase,
)
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.gui.window_helpers import referral, show_active
from tests.program_builder import build_program

NEW_PASSPHRASE = "seven lanterns drifting over the bay"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def window_on(vault: Vault, qtbot: QtBot) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    qtbot.waitUntil(lambda: not window.keeping.busy)  # the backup made on opening
    return window


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(
        _parent: object, title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    return asked


def test_a_damaged_page_is_found_on_unlock_and_the_file_left_alone(
    qtbot: QtBot, vault: Vault
) -> None:
    for _ in range(3):
        build_program(vault)
    vault.close()
    data = bytearray(vault.path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 200
    data[middle : middle + 8] = bytes(b ^ 0x5A for b in data[middle : middle + 8])
    vault.path.write_bytes(bytes(data))
    before = digest(vault.path)
    dialog = UnlockDialog(vault.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.vault is None
    assert "damaged" in dialog.ui.messageLabel.text()
    assert dialog.ui.restoreButton.isVisible()
    assert digest(vault.path) == before


def test_opening_makes_a_backup_when_the_last_is_a_day_old(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(vault, qtbot)
    made = backups.list_backups(vault)
    assert len(made) == 1 and made[0].path.parent == vault.path.parent / "backups"
    assert "Backed up to" in window.statusBar().currentMessage()
    window.lock()
    assert window.unlock_dialog is not None
    qtbot.keyClicks(window.unlock_dialog.ui.passphraseEdit, PASSPHRASE)
    window.unlock_dialog.unlock()
    qtbot.waitUntil(lambda: not window.keeping.busy)
    assert backups.list_backups(vault) == made  # the last is younger than a day
    window.app_actions["back_up"].trigger()  # on demand, whatever the age
    qtbot.waitUntil(lambda: not window.keeping.busy)
    now_kept = backups.list_backups(vault)
    # The rotation keeps the newest of a day: the new one replaced the first.
    assert len(now_kept) == 1 and now_kept[0].path != made[0].path
    with open_vault(backups.list_backups(vault)[0].path, PASSPHRASE, migrate=False):
        pass  # a vault of its own, under the same passphrase
    window.close()


def test_restore_a_listed_backup_after_verifying_it(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept_case = referral(vault, "Kai Mercer", hours_ago=3)
    window = window_on(vault, qtbot)
    later_case = referral(vault, "Noor Haddad", hours_ago=1)  # after the backup
    window.open_case(later_case)
    window.settings_page.ui.targetSpin.setValue(36)  # an edit of the vault being replaced
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: (PASSPHRASE, True))
    window.app_actions["backups"].trigger()
    dialog = window.backups_dialog.current
    assert dialog is not None and dialog.model.rowCount() == 1
    dialog.restore_selected()
    qtbot.waitUntil(lambda: window.backups_dialog.current is None, timeout=5000)
    assert window.restoring.busy  # off the GUI thread, the window emptied
    assert not window.splitter.isVisible()
    qtbot.waitUntil(lambda: not window.restoring.busy, timeout=10_000)
    assert "passes both integrity checks" in asked[0]
    assert "is now the vault" in window.statusBar().currentMessage()
    ids = {row.case_id for row in case_list.all_case_rows(vault)}
    assert ids == {kept_case}  # the vault is the backup now, and still usable
    assert later_case not in window.case_views  # its window closed: that case is gone
    page = window.settings_page  # the edit is not carried over onto the backup
    assert not page.has_unsaved_changes()
    assert page.ui.targetSpin.value() == settings.get_settings(vault).outreach_target_hours
    aside = list(vault.path.parent.glob("program.vault.replaced-*"))
    assert len(aside) == 1  # the vault it replaced, kept
    with open_vault(aside[0], PASSPHRASE, migrate=False) as old:
        assert {row.case_id for row in case_list.all_case_rows(old)} == {kept_case, later_case}
    window.close()


def test_a_wrong_backup_passphrase_restores_nothing(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on(vault, qtbot)
    later = referral(vault, "Noor Haddad", hours_ago=1)  # after the backup
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("not the passphrase at all", True))
    window.show_backups()
    dialog = window.backups_dialog.current
    assert dialog is not None
    dialog.restore_selected()
    qtbot.waitUntil(lambda: not dialog.verifying.busy)
    assert "passphrase" in dialog.ui.messageLabel.text()
    assert vault.is_open and not list(vault.path.parent.glob("*.replaced-*"))
    assert [row.case_id for row in case_list.all_case_rows(vault)] == [later]  # not replaced
    window.close()


def test_change_the_passphrase_in_the_window(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(vault, qtbot)
    old_backup = backups.list_backups(vault)[0].path
    window.app_actions["change_passphrase"].trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isModal()  # no case window writes meanwhile
    change = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.currentEdit, "not the passphrase at all")
    qtbot.keyClicks(dialog.ui.passphraseEdit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeatEdit, NEW_PASSPHRASE)
    assert change.isEnabled()
    assert "Backups made before keep the old passphrase" in dialog.ui.warningLabel.text()
    dialog.change()
    qtbot.waitUntil(lambda: not dialog.rekeying.busy)
    assert "current passphrase is not right" in dialog.ui.messageLabel.text()
    assert window.clock.isActive() and window.session.state is SessionState.OPEN  # all runs again
    dialog.ui.currentEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.change()
    assert "passphrase is changed" in window.statusBar().currentMessage()
    assert case_list.all_case_rows(vault) == []  # still open, under the new key
    window.close()
    with open_vault(vault.path, NEW_PASSPHRASE):
        pass
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, PASSPHRASE)
    with open_vault(old_backup, PASSPHRASE, migrate=False):
        pass  # the backup made before keeps the old passphrase


def test_a_lock_waits_for_the_passphrase_change_to_end(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(vault, qtbot)
    window._before_rekey()  # as the dialog does when it starts re-encrypting
    window.lock("Locked after a while without input.")
    assert window.unlock_dialog is None and vault.is_open
    window._after_rekey()
    assert window.unlock_dialog is not None and not vault.is_open
    assert "without input" in window.unlock_dialog.ui.hintLabel.text()
    window.close()


def test_after_a_lock_no_connection_can_be_made(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(vault, qtbot)
    window.lock()
    assert not vault.is_open
    with pytest.raises(VaultError, match="locked"):
        vault.engine.connect()  # the pool asks the vault for the key: there is none
    window.close()


def test_a_restore_that_fails_leaves_the_vault_as_it_was_and_usable(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=3)
    window = window_on(vault, qtbot)
    backup = backups.list_backups(vault)[0].path

    def refuse(*_args: object) -> None:
        raise VaultStorageError("The disk is full: nothing was restored.")

    monkeypatch.setattr(vault_care, "restore", refuse)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    window.restore_backup(backup, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.restoring.busy, timeout=10_000)
    assert window.statusBar().currentMessage().startswith("The disk is full")
    assert vault.is_open and window.splitter.isVisible() and window.unlock_dialog is None
    assert [row.case_id for row in case_list.all_case_rows(vault)] == [case_id]
    window.close()


def test_a_vault_that_fails_the_check_is_no_longer_written(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=3)
    window = window_on(vault, qtbot)
    offered: list[str] = []
    monkeypatch.setattr(window, "vault_damaged", offered.append)
    window.keeping.damaged.disconnect()
    window.keeping.damaged.connect(window.vault_damaged)
    monkeypatch.setattr(copies, "integrity", lambda _conn: copies.IntegrityReport(("bad",)))
    window.check_vault()
    qtbot.waitUntil(lambda: not window.keeping.busy)
    assert offered and "Restore a backup" in offered[0] and vault.damaged
    with pytest.raises(DamagedVault, match="nothing more is written"):
        cases.set_next_follow_up(vault, case_id, dt.date.today())
    row = case_list.case_row(vault, case_id)  # reads still work
    assert row is not None and row.next_follow_up is None
    window.close()


def closed_long_ago(vault: Vault, name: str, months: int) -> int:
    case_id = referral(vault, name, hours_ago=24 * 31 * (months + 1))
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            ContactKind.CONVERSATION,
            "phone",
            occurred_at=dt.datetime.now() - dt.timedelta(days=31 * months),
        ),
    )
    cases.close_case(
        vault, case_id, Outcome.SUPPORTED, at=dt.datetime.now() - dt.timedelta(days=31 * months)
    )
    return case_id


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_retention_asks_with_the_count_before_de_identifying(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> None:
    old = closed_long_ago(vault, "Ines Okafor", months=14)
    recent = closed_long_ago(vault, "Tomas Reyes", months=2)
    settings.change_settings(vault, retention_months=12)
    asked = answer_questions(monkeypatch, answer)
    window = window_on(vault, qtbot)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0].startswith("1 closed case")
    names = {row.case_id: row.clinician for row in case_list.all_case_rows(vault)}
    if answer == QMessageBox.StandardButton.Yes:
        assert names[old] != "Ines Okafor" and names[recent] == "Tomas Reyes"
    else:
        assert names[old] == "Ines Okafor"
    window.close()
