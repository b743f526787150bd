"""The contact dialog offers the next check-in; saving makes it the case's follow-up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.check_ins import CheckIn
from peersupport_desktop.core.codes import ContactKind
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.contact_dialog import ContactDialog
from peersupport_desktop.gui.qt_dates import from_qdatetime
from peersupport_desktop.services import cases, contacts
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import answering, referral


def opened(
    qtbot: QtBot,
    vault: Vault,
    case_id: int,
    kind: ContactKind = ContactKind.CONVERSATION,
    existing: contacts.ContactRecord | None = None,
) -> ContactDialog:
    dialog = ContactDialog(vault, case_id, kind=kind, existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def save(dialog: ContactDialog, qtbot: QtBot) -> None:
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (ContactKind.CONVERSATION, CheckIn.WEEK),
        (ContactKind.FOLLOW_UP, CheckIn.WEEK),
        (ContactKind.GROUP_SESSION, CheckIn.WEEK),
        (ContactKind.OUTREACH_ATTEMPT, CheckIn.NONE),
    ],
)
def test_the_suggestion_follows_the_kind_the_dialog_opens_with(
    qtbot: QtBot, vault: Vault, kind: ContactKind, expected: CheckIn
) -> None:
    dialog = opened(qtbot, vault, referral(vault, "Kai Mercer", hours_ago=2), kind=kind)
    assert dialog.ui.checkInCombo.isVisible()
    assert dialog.ui.checkInCombo.currentText() == expected.label
    assert [dialog.ui.checkInCombo.itemText(i) for i in range(3)] == [c.label for c in CheckIn]


def test_changing_the_kind_changes_the_suggestion(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    dialog = opened(qtbot, vault, case_id, kind=ContactKind.CONVERSATION)
    choose(dialog.ui.kindCombo, ContactKind.OUTREACH_ATTEMPT)
    assert dialog.check_in() is CheckIn.NONE
    choose(dialog.ui.kindCombo, ContactKind.FOLLOW_UP)
    assert dialog.check_in() is CheckIn.WEEK
    # A pick made for one conversation kind is kept for another.
    choose(dialog.ui.checkInCombo, CheckIn.MONTH)
    choose(dialog.ui.kindCombo, ContactKind.GROUP_SESSION)
    assert dialog.check_in() is CheckIn.MONTH


def test_saving_sets_the_cases_next_follow_up(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    dialog = opened(qtbot, vault, case_id, kind=ContactKind.CONVERSATION)
    day = from_qdatetime(dialog.ui.whenEdit.dateTime()).date()
    with qtbot.waitSignal(dialog.accepted):
        save(dialog, qtbot)
    assert cases.get_case(vault, case_id).case.next_follow_up == day + dt.timedelta(days=7)


def test_an_attempt_saved_as_suggested_leaves_the_follow_up_alone(
    qtbot: QtBot, vault: Vault
) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    dialog = opened(qtbot, vault, case_id, kind=ContactKind.OUTREACH_ATTEMPT)
    with qtbot.waitSignal(dialog.accepted):
        save(dialog, qtbot)
    assert cases.get_case(vault, case_id).case.next_follow_up is None


def test_editing_a_contact_offers_no_check_in_and_keeps_the_follow_up(
    qtbot: QtBot, vault: Vault
) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    logged = contacts.log_contact(vault, case_id, contacts.ContactInput("conversation", "phone"))
    dialog = opened(qtbot, vault, case_id, existing=logged)
    assert not dialog.ui.checkInCombo.isVisible() and not dialog.ui.checkInLabel.isVisible()
    dialog.ui.durationSpin.setValue(20)
    with qtbot.waitSignal(dialog.accepted):
        save(dialog, qtbot)
    detail = cases.get_case(vault, case_id)
    assert detail.contacts[0].duration_minutes == 20 and detail.case.next_follow_up is None


def test_a_changed_check_in_alone_is_not_dropped_silently(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, QMessageBox.StandardButton.No))
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    dialog = opened(qtbot, vault, case_id, kind=ContactKind.CONVERSATION)
    choose(dialog.ui.checkInCombo, CheckIn.MONTH)
    dialog.reject()
    assert asked == ["Discard this contact?"] and dialog.isVisible()
