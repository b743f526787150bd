"""The case window follows the person: a move to tier 3 with its reason and history, and
a referral on followed offered -> accepted -> appointment made -> connected; Today lists
the referral steps overdue and opens their case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import (
    AttemptResult,
    CaseStatus,
    ContactKind,
    ContactMode,
    Outcome,
    ReferralStep,
    TierReason,
)
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.qt_dates import to_qdate
from peersupport_desktop.services import cases, contacts, referral_steps, resources, tiers
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import log_attempt, referral, save_contact, show_active


def reached(vault: Vault, name: str, *, hours_ago: float) -> int:
    """A case whose person was reached an hour after the referral."""
    case_id = referral(vault, name, hours_ago=hours_ago)
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            kind=ContactKind.CONVERSATION, mode=ContactMode.PHONE,
            occurred_at=dt.datetime.now() - dt.timedelta(hours=hours_ago - 1),
            duration_minutes=30,
        ),
    )  # fmt: skip
    return case_id


def the_offer(vault: Vault, case_id: int) -> referral_steps.ReferralLine:
    (line,) = referral_steps.referrals(vault, case_id)
    return line


def choose_offer(view: CaseView) -> None:
    index = view.offers.index(0, 0)
    view.offers_view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_tier_three_then_a_referral_followed_until_connected(qtbot: QtBot, vault: Vault) -> None:
    case_id = reached(vault, "Noor Haddad", hours_ago=30)
    eap = resources.add_resource(
        vault, resources.ResourceInput(kind="eap", name="Employee Assistance Program")
    )
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    panel = view.tier_panel
    assert panel.line.text() == "Tier 2: a trained peer supporter"

    # Move up to tier 3, with a reason from the list.
    dialog = panel.open_dialog()
    assert dialog.history_list.item(0).text() == "No moves yet."
    assert dialog.tier_combo.count() == 2  # the other two tiers
    dialog.choose(3, TierReason.DISTRESS_PERSISTS)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    history = tiers.tier_history(vault, case_id)
    assert (history.tier, history.highest_tier) == (3, 3)
    assert [(m.from_tier, m.to_tier, m.reason) for m in history.moves] == [
        (2, 3, TierReason.DISTRESS_PERSISTS)
    ]
    assert panel.line.text() == "Tier 3: professional help · 1 move"
    again = panel.open_dialog()
    (shown,) = [again.history_list.item(i).text() for i in range(again.history_list.count())]
    assert shown.endswith("moved up from Tier 2 to Tier 3 (Distress persists)")
    assert again.tier_combo.itemData(0) == 1 and "Move down to" in again.tier_combo.itemText(0)
    again.reject()

    # Offer a resource; nothing chosen, no step applies.
    view.offer(eap.id)
    assert view.offers.rowCount() == 1
    buttons = view.offer_steps.buttons
    assert not any(b.isEnabled() for b in buttons.values())
    assert buttons[ReferralStep.ACCEPTED].toolTip() == "Choose an offer in the list first."
    choose_offer(view)
    enabled = {step for step, b in buttons.items() if b.isEnabled()}
    assert enabled == {ReferralStep.ACCEPTED, ReferralStep.DECLINED, ReferralStep.LOST}
    assert buttons[ReferralStep.APPOINTMENT_MADE].toolTip() == (
        "Record 'Accepted' first: a step cannot be skipped."
    )
    offered = the_offer(vault, case_id)
    due = dt.date.today() + dt.timedelta(days=7)
    assert offered.due_on == due
    assert view.offers.listed()[0].cells[2:] == ("Offered", view.offers.listed()[0].cells[0],
                                                 view.offers.listed()[0].cells[4])  # fmt: skip
    assert view.offers.listed()[0].cells[4] != ""  # the due date is shown

    # Accepted.
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(buttons[ReferralStep.ACCEPTED], Qt.MouseButton.LeftButton)
    line = the_offer(vault, case_id)
    assert (line.step, line.due_on) == (ReferralStep.ACCEPTED, due)
    assert view.offers.listed()[0].cells[2] == "Accepted"
    choose_offer(view)
    enabled = {step for step, b in buttons.items() if b.isEnabled()}
    assert enabled == {ReferralStep.APPOINTMENT_MADE, ReferralStep.LOST}
    assert "taken back" in buttons[ReferralStep.DECLINED].toolTip()

    # Appointment made, on a date asked for.
    qtbot.mouseClick(buttons[ReferralStep.APPOINTMENT_MADE], Qt.MouseButton.LeftButton)
    asked = view.offer_steps.dialog
    assert asked is not None and asked.isVisible()
    appointment = dt.date.today() + dt.timedelta(days=3)
    asked.date_edit.setDate(to_qdate(appointment))
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(
            asked.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    line = the_offer(vault, case_id)
    assert (line.step, line.appointment_on, line.due_on) == (
        ReferralStep.APPOINTMENT_MADE, appointment, due,
    )  # fmt: skip

    # Connected: the end; nothing further applies, and nothing is due.
    choose_offer(view)
    assert buttons[ReferralStep.CONNECTED].isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(buttons[ReferralStep.CONNECTED], Qt.MouseButton.LeftButton)
    line = the_offer(vault, case_id)
    assert (line.step, line.due_on) == (ReferralStep.CONNECTED, None)
    assert view.offers.listed()[0].cells[2:] == (
        "Connected", view.offers.listed()[0].cells[3], "",
    )  # fmt: skip
    choose_offer(view)
    assert not any(b.isEnabled() for b in buttons.values())
    assert buttons[ReferralStep.LOST].toolTip() == "The referral is connected: it has no next step."


def test_a_closed_case_shows_its_tier_history_but_does_not_move(qtbot: QtBot, vault: Vault) -> None:
    case_id = reached(vault, "Lena Park", hours_ago=30)
    tiers.move_tier(vault, case_id, 1, "local_enough", dt.datetime.now() - dt.timedelta(hours=2))
    cases.close_case(vault, case_id, Outcome.SUPPORTED)
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    assert view.tier_panel.line.text() == (
        "Tier 1: local, unit-based support · highest reached: Tier 2 · 1 move"
    )
    dialog = view.tier_panel.open_dialog()
    assert "Local support is enough" in dialog.history_list.item(0).text()
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "The case is closed: reopen it to change its tier."
    dialog.reject()


def test_today_lists_overdue_steps_and_opens_their_case(qtbot: QtBot, vault: Vault) -> None:
    late = reached(vault, "Omar Haddad", hours_ago=24 * 20)
    on_time = reached(vault, "Sara Lind", hours_ago=24 * 3)
    eap = resources.add_resource(vault, resources.ResourceInput(kind="eap", name="EAP"))
    resources.offer_resource(vault, late, eap.id, dt.datetime.now() - dt.timedelta(days=15))
    resources.offer_resource(vault, on_time, eap.id, dt.datetime.now() - dt.timedelta(days=2))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    listed = window.today.overdue_steps
    assert listed.isVisible()
    assert listed.title.text() == "Referral steps overdue: 1"
    (row,) = listed.model.listed()
    assert row.key == late and row.cells[:4] == ("PS-000001", "EAP", row.cells[2], "an answer")
    assert row.cells[2].startswith("Offered on ") and "(8 d ago)" in row.cells[4]

    listed.view.setFocus()
    listed.view.setCurrentIndex(listed.model.index(0, 0))
    qtbot.keyClick(listed.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: late in window.case_views)
    view = window.case_views[late]
    assert view.isVisible() and view.case_id == late

    # Answered, the step is no longer overdue, and the list goes.
    resources.record_response(vault, the_offer(vault, late).offer_id, True)
    window.refresh_today()
    assert not listed.isVisible() and listed.model.rowCount() == 0


def test_the_whole_way_attempt_retry_reached_tier_and_connected(qtbot: QtBot, vault: Vault) -> None:
    """The issue's path through one case window: an unanswered attempt schedules a
    retry, the next attempt reaches the person, support moves up a tier, and a referral
    on is followed until connected; the vault is checked after each step."""
    case_id = referral(vault, "Rana Aziz", hours_ago=3)
    eap = resources.add_resource(vault, resources.ResourceInput(kind="eap", name="EAP"))
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    view.show()

    save_contact(qtbot, log_attempt(qtbot, view, AttemptResult.NO_ANSWER))
    waiting = cases.get_case(vault, case_id, opening=False).case
    assert (
        waiting.next_attempt_due_at is not None and waiting.status is CaseStatus.OUTREACH_ATTEMPTED
    )
    assert "Next try due" in view.outreach_panel.line.text()

    save_contact(qtbot, log_attempt(qtbot, view, AttemptResult.REACHED))  # a conversation
    reached = cases.get_case(vault, case_id, opening=False).case
    assert reached.next_attempt_due_at is None and reached.status is CaseStatus.IN_SUPPORT
    assert view.outreach_panel.isHidden()

    dialog = view.tier_panel.open_dialog()
    dialog.choose(3, TierReason.ASKED)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert tiers.tier_history(vault, case_id).highest_tier == 3

    view.offer(eap.id)
    buttons = view.offer_steps.buttons
    for step in (ReferralStep.ACCEPTED, ReferralStep.APPOINTMENT_MADE, ReferralStep.CONNECTED):
        choose_offer(view)
        if step is ReferralStep.APPOINTMENT_MADE:
            qtbot.mouseClick(buttons[step], Qt.MouseButton.LeftButton)
            asked = view.offer_steps.dialog
            assert asked is not None
            with qtbot.waitSignal(view.changed):
                qtbot.mouseClick(
                    asked.buttons.button(QDialogButtonBox.StandardButton.Save),
                    Qt.MouseButton.LeftButton,
                )
        else:
            with qtbot.waitSignal(view.changed):
                qtbot.mouseClick(buttons[step], Qt.MouseButton.LeftButton)
        assert the_offer(vault, case_id).step is step
    assert the_offer(vault, case_id).due_on is None  # connected: nothing more is due
