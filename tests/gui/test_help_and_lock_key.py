"""The Help menu (every shortcut, read from the live actions; About), and Ctrl+L
locking from whichever window is in front, a modal question's included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peersupport_desktop import __version__
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.help_dialogs import CASE_WINDOW_KEYS
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.new_case_dialog import NewCaseDialog
from peersupport_desktop.services import contacts
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import answering, referral, show_active, unlock


def opened_window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_shortcuts_list_has_every_key_of_the_window(qtbot: QtBot, vault: Vault) -> None:
    window = opened_window(qtbot, vault)
    assert "&Help" in menu_titles(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (dialog,) = [
        w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Keyboard shortcuts"
    ]
    listed = dict(dialog.listed())  # type: ignore[attr-defined]
    for number, (title, _icon, _page) in enumerate(window.pages, start=1):
        assert listed[f"Go to {title}"] == f"Ctrl+{number}"
    assert len(window.pages) == 8 and listed["Go to Settings"] == "Ctrl+8"
    assert listed["Lock"] == "Ctrl+L" and listed["New case"] == "Ctrl+N"
    assert listed["Keyboard shortcuts"] == "F1"
    assert "Ctrl+W" in listed["Close the case window"].split(" or ")
    assert "Show the passphrase" not in listed  # the eye has no key
    assert dialog.width() <= 1280 and dialog.height() <= 720
    dialog.close()
    window.close()


def test_the_case_window_keys_listed_are_the_case_windows_own(qtbot: QtBot, vault: Vault) -> None:
    view = CaseView(vault, referral(vault, "Kai Mercer", hours_ago=2))
    qtbot.addWidget(view)
    own = {(a.text(), tuple(a.shortcuts())) for a in view.actions() if a.shortcuts()}
    for what, standard in CASE_WINDOW_KEYS:
        assert (what, tuple(QKeySequence.keyBindings(standard))) in own


def test_about_says_the_version_the_vault_and_that_nothing_leaves(
    qtbot: QtBot, vault: Vault
) -> None:
    window = opened_window(qtbot, vault)
    box = window.show_about()
    said = f"{box.text()} {box.informativeText()}"
    assert __version__ in said and str(vault.path) in said
    assert "stays on this computer" in said and "no network connection" in said
    box.close()
    window.close()


def ctrl_l_in(qtbot: QtBot, front: QWidget) -> None:
    front.activateWindow()
    qtbot.waitUntil(front.isActiveWindow)
    target = QApplication.focusWidget() or front
    qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_locks_from_a_case_window_and_a_new_case_form(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    window = opened_window(qtbot, vault)
    window.open_case(case_id)
    view = window.case_views[case_id]
    ctrl_l_in(qtbot, view)
    assert not vault.is_open and not view.isVisible()
    unlock(qtbot, window)
    assert view.isVisible()  # back as it was
    form = NewCaseDialog(window.vault, window)
    form.show()
    qtbot.keyClicks(form.ui.nameEdit, "Ari Solberg")
    ctrl_l_in(qtbot, form)
    assert not window.vault.is_open and not form.isVisible()
    unlock(qtbot, window)
    assert form.isVisible() and form.ui.nameEdit.text() == "Ari Solberg"  # nothing lost
    asked: list[str] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, QMessageBox.StandardButton.Yes))
    form.close()
    assert len(asked) == 1  # the typed name was still there to lose
    window.close()


def test_ctrl_l_locks_while_a_modal_question_is_open(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    contacts.log_contact(vault, case_id, contacts.ContactInput("conversation", "phone"))
    window = opened_window(qtbot, vault)
    window.open_case(case_id)
    view = window.case_views[case_id]
    chooser = view.choose_outcome()  # window-modal: the main window is blocked
    assert isinstance(chooser, QInputDialog) and chooser.isModal()
    ctrl_l_in(qtbot, chooser)
    assert not vault.is_open and window.unlock_dialog is not None
    assert not chooser.isVisible()  # the question is cancelled, asked again by doing it
    unlock(qtbot, window)
    assert view.isVisible() and not chooser.isVisible()
    window.close()
