"""Locking and unlocking the window; choosing an outcome or resource; nothing dropped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import CaseStatus, ContactKind, Outcome
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.contact_dialog import ContactDialog
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services import cases, contacts, resources
from peersupport_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.window_helpers import answering, referral, show_active


def test_lock_hides_everything_and_unlocking_returns_to_the_same_place(
    qtbot: QtBot, vault: Vault
) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    window.navigation.setCurrentRow(1)
    window.open_case(case_id)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert not vault.is_open and not window.splitter.isVisible()
    assert not window.case_views[case_id].isVisible()  # hidden, not closed
    unlock = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.passphraseEdit, "not the right passphrase at all")
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert window.unlock_dialog is dialog and not window.splitter.isVisible()
    dialog.ui.passphraseEdit.clear()
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert window.unlock_dialog is None
    assert window.vault.is_open and window.splitter.isVisible()
    assert window.stack.currentWidget() is window.cases
    assert list(window.case_views) == [case_id] and window.case_views[case_id].isVisible()
    window.close()


def test_closing_through_the_outcome_chooser(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    contacts.log_contact(vault, case_id, contacts.ContactInput("conversation", "phone"))
    eap = resources.add_resource(vault, resources.ResourceInput("eap", "EAP"))
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    chooser = view.choose_resource()
    assert chooser is not None
    chooser.setTextValue("EAP (Employee assistance)")
    chooser.accept()
    assert cases.get_case(vault, case_id).offers[0].resource_id == eap.id
    chooser = view.choose_outcome()
    assert chooser is not None
    assert "thank the person" in chooser.labelText()
    assert chooser.comboBoxItems() == [o.label for o in view.detail.outcomes]  # type: ignore[union-attr]
    chooser.setTextValue(Outcome.REFERRED_ON.label)
    chooser.accept()
    closed = cases.get_case(vault, case_id).case
    assert closed.status is CaseStatus.CLOSED and closed.outcome is Outcome.REFERRED_ON


@pytest.mark.parametrize(
    ("answer", "closes"),
    [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_a_half_filled_contact_is_not_dropped_silently(
    qtbot: QtBot,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    closes: bool,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, answer))
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    dialog = ContactDialog(vault, case_id, kind=ContactKind.CONVERSATION)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # untouched: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog = ContactDialog(vault, case_id, kind=ContactKind.CONVERSATION)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.noteEdit, "Call back Tuesday")
    dialog.reject()
    assert asked == ["Discard this contact?"]
    assert dialog.isVisible() is not closes


def test_pages_by_keyboard_and_the_people_of_a_group_event(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = referral(vault, "Omar Haddad", hours_ago=3)
    event_id = cases.get_case(vault, first).event.id
    referral(vault, "Lena Park", hours_ago=2, event_id=event_id)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.cases
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.today
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _title, text: shown.append(text))
    view = CaseView(vault, first)
    qtbot.addWidget(view)
    assert view.involved_button.isEnabled()
    qtbot.mouseClick(view.involved_button, Qt.MouseButton.LeftButton)
    assert "Omar Haddad" in shown[0] and "Lena Park" in shown[0]
    window.close()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_or_escape_at_a_discard_question_keeps_the_work(qtbot: QtBot, key: Qt.Key) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([button.text() for button in box.buttons()])
        qtbot.keyClick(box, key)

    QTimer.singleShot(50, press)
    assert unsaved_work.may_discard(parent, "contact") is False
    assert sorted(seen[0]) == ["&Discard", "&Keep editing"]
