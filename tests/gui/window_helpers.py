"""Helpers for the window tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import AttemptResult
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.contact_dialog import ContactDialog
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.pages.settings_page import SettingsPage
from peersupport_desktop.services import cases
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE


def referral(vault: Vault, name: str, *, hours_ago: float, event_id: int | None = None) -> int:
    """A case referred ``hours_ago`` hours ago, through the services."""
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="leader",
            referred_at=dt.datetime.now() - dt.timedelta(hours=hours_ago),
            clinician=ClinicianInput(name=name, role="nurse"),
            event=None if event_id else EventInput("trauma", dt.date.today()),
            event_id=event_id,
        ),
    ).id


def show_active(window: MainWindow, qtbot: QtBot) -> None:
    """Shortcuts reach only the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def answering(asked: list[str], answer: QMessageBox.StandardButton) -> Callable[..., object]:
    """Stands in for the person at a "Discard this …?" question: notes its title and
    chooses Discard for Yes, Keep editing for No."""

    def choose(box: QMessageBox) -> object:
        asked.append(box.windowTitle())
        wanted = "&Discard" if answer == QMessageBox.StandardButton.Yes else "&Keep editing"
        return next(button for button in box.buttons() if button.text() == wanted)

    return choose


def unlock(qtbot: QtBot, window: MainWindow) -> None:
    """The passphrase typed into the window's unlock dialog, and OK: the vault is open."""
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.unlock_dialog is None and window.vault.is_open


def settings_page(qtbot: QtBot, vault: Vault) -> SettingsPage:
    """The Settings page on its own, loaded from the vault and shown."""
    page = SettingsPage(lambda: vault)
    qtbot.addWidget(page)
    page.load()
    page.show()
    return page


def log_attempt(qtbot: QtBot, view: CaseView, result: AttemptResult) -> ContactDialog:
    """The case window's outreach attempt dialog, its result chosen, not yet saved."""
    qtbot.mouseClick(view.ui.attemptButton, Qt.MouseButton.LeftButton)
    dialog = view.findChildren(ContactDialog)[-1]
    assert not dialog.result_combo.isHidden()
    # Parts covered and Check in again are a conversation's: disabled, with the reason.
    assert not dialog.ui.partsList.isEnabled() and not dialog.ui.checkInCombo.isEnabled()
    assert "Only for a conversation" in dialog.ui.partsList.toolTip()
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData(result))
    return dialog


def save_contact(qtbot: QtBot, dialog: ContactDialog) -> None:
    """Save, as the button does; the dialog must accept."""
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == ContactDialog.DialogCode.Accepted, dialog.ui.messageLabel.text()
