"""Taking in a referral and working the case through the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import CaseStatus, ContactKind, Outcome
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.gui.case_table_model import CaseTableModel
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.new_case_dialog import NewCaseDialog
from peersupport_desktop.services import audit, cases, contacts, events, resources, supporters
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active
from tests.program_builder import CLINICIAN_NAME, build_program


def save(dialog: NewCaseDialog, qtbot: QtBot) -> None:
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_case_with_a_new_clinician_and_event(qtbot: QtBot, vault: Vault) -> None:
    dialog = NewCaseDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Ingrid Solberg")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Nurse"))
    qtbot.keyClicks(dialog.ui.departmentCombo.lineEdit(), "ICU")
    dialog.ui.eventTypeCombo.setCurrentIndex(dialog.ui.eventTypeCombo.findData("trauma"))
    dialog.ui.sourceCombo.setCurrentIndex(dialog.ui.sourceCombo.findText("Colleague"))
    assert dialog.ui.languageCombo.currentText() == "Not known"  # a name, never a code
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findText("Vietnamese"))
    with qtbot.waitSignal(dialog.created) as created:
        save(dialog, qtbot)
    case = cases.get_case(vault, created.args[0])
    assert case.clinician.name == "Ingrid Solberg"
    assert case.clinician.department == "ICU"
    assert case.clinician.preferred_language == "vi"
    assert case.event.event_type == "trauma"
    assert case.case.referral_source.value == "colleague"
    assert case.case.status is CaseStatus.NEW


def test_a_second_clinician_after_the_same_event(qtbot: QtBot, vault: Vault) -> None:
    first = cases.get_case(vault, referral(vault, "Omar Haddad", hours_ago=1)).case
    dialog = NewCaseDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Lena Park")
    combo = dialog.ui.existingEventCombo
    combo.setCurrentIndex(combo.findData(first.event_id))
    assert not dialog.ui.eventTypeCombo.isEnabled()
    with qtbot.waitSignal(dialog.created):
        save(dialog, qtbot)
    names = [p.clinician_name for p in events.involved(vault, first.event_id)]
    assert names == ["Omar Haddad", "Lena Park"]


def test_a_bad_field_is_named_and_nothing_is_saved(qtbot: QtBot, vault: Vault) -> None:
    dialog = NewCaseDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Ingrid Solberg")
    qtbot.keyClicks(dialog.ui.emailEdit, "not-an-email")
    save(dialog, qtbot)
    assert "email address" in dialog.ui.messageLabel.text()
    assert all_case_rows(vault) == []


def test_working_a_case_to_its_close(qtbot: QtBot, vault: Vault) -> None:
    case = cases.get_case(vault, referral(vault, "Kai Mercer", hours_ago=3)).case
    mentor = supporters.add_supporter(vault, supporters.SupporterInput("Ada Mentor", "attending"))
    eap = resources.add_resource(vault, resources.ResourceInput("eap", "EAP"))
    view = CaseView(vault, case.id)
    qtbot.addWidget(view)
    view.show()
    offer = view.buttons[Action.REFER]  # nobody reached yet: shown, disabled, and why
    assert offer.isVisible() and not offer.isEnabled()
    assert offer.toolTip() == "Offer a resource after a conversation with the person."

    view.supporter.setCurrentIndex(view.supporter.findData(mentor.id))
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(vault, case.id).case.supporter_id == mentor.id

    attempt = view.log_contact(ContactKind.OUTREACH_ATTEMPT)
    qtbot.keyClicks(attempt.ui.noteEdit, "Left voicemail")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(
            attempt.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    assert cases.get_case(vault, case.id).case.status is CaseStatus.OUTREACH_ATTEMPTED

    talk = view.log_contact(ContactKind.CONVERSATION)
    talk.ui.durationSpin.setValue(35)
    talk.ui.partsList.item(2).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(
            talk.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    detail = cases.get_case(vault, case.id)
    assert detail.case.status is CaseStatus.IN_SUPPORT
    assert [c.duration_minutes for c in detail.contacts] == [0, 35]
    assert detail.contacts[0].note == "Left voicemail"
    assert view.contacts.rowCount() == 2
    assert view.buttons[Action.REFER].isEnabled()  # no reason now: it says what it does
    assert view.buttons[Action.REFER].toolTip() == "Offer the person a resource from the directory."

    view.offer(eap.id)
    assert cases.get_case(vault, case.id).case.status is CaseStatus.REFERRED
    assert view.offers.rowCount() == 1

    view.close_as(Outcome.SUPPORTED)
    closed = cases.get_case(vault, case.id).case
    assert closed.status is CaseStatus.CLOSED and closed.outcome is Outcome.SUPPORTED
    assert view.buttons[Action.REOPEN].isEnabled()
    assert not view.buttons[Action.CLOSE].isEnabled()
    assert view.buttons[Action.CLOSE].toolTip() == "The case is closed: reopen it first."
    for control in (view.assign_button, view.ui.matchButton, view.follow_up_button):
        assert not control.isEnabled()
        assert control.toolTip() == "The case is closed: reopen it to change this."
    assert {"case.assign", "contact.log", "resource.offer", "case.close"} <= {
        e.action for e in audit.entries(vault)
    }


def test_find_a_case_by_typing(qtbot: QtBot, vault: Vault) -> None:
    built = build_program(vault)
    for n in range(5):
        referral(vault, f"Other Person {n}", hours_ago=24 * (n + 1))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.cases
    assert window.focusWidget() is window.cases.search  # focus within the (offscreen) window
    qtbot.keyClicks(window.cases.search, "quixw")
    assert window.model.rowCount() == 1
    assert window.model.case_id_at(0) == built.case_id


def test_the_case_model_honours_the_qt_contract(qtmodeltester: object, vault: Vault) -> None:
    build_program(vault)
    model = CaseTableModel()
    model.set_rows(all_case_rows(vault))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_today_shows_an_overdue_case_as_overdue(qtbot: QtBot, vault: Vault) -> None:
    late_id = referral(vault, "Waiting Person", hours_ago=30)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    first = window.today.queue.listed()[0]
    assert first.key == late_id
    assert first.alert and first.cells[-1].startswith("⚠ Overdue by")
    assert "1 awaiting outreach" in window.awaiting_label.text()


def test_the_privacy_toggle_and_settings_hold_no_names(qtbot: QtBot, vault: Vault) -> None:
    build_program(vault)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    window.navigation.setCurrentRow(1)
    names = {window.model.index(r, 1).data() for r in range(window.model.rowCount())}
    assert CLINICIAN_NAME in names
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    names = {window.model.index(r, 1).data() for r in range(window.model.rowCount())}
    assert CLINICIAN_NAME not in names and "Z. Q." in names
    window.close()
    settings = QSettings()
    stored = " ".join(str(settings.value(key)) for key in settings.allKeys())
    assert settings.allKeys()  # the layout was saved
    assert CLINICIAN_NAME not in stored and "Quixwell" not in stored


def test_a_large_vault_shows_its_newest_cases_then_loads_the_rest(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(8):
        referral(vault, f"Person {n}", hours_ago=n + 1)
    monkeypatch.setattr(MainWindow, "first_screenful", 3)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    assert len(window.model.rows()) == 4  # the newest, shown at once
    assert "Loading" in window.awaiting_label.text()
    qtbot.waitUntil(lambda: len(window.model.rows()) == 8, timeout=10_000)
    assert window.today.queue.rowCount() == 8
    assert "8 awaiting outreach" in window.awaiting_label.text()


def test_the_status_filter(qtbot: QtBot, vault: Vault) -> None:
    waiting = referral(vault, "Waiting Person", hours_ago=2)
    reached = referral(vault, "Reached Person", hours_ago=3)
    contacts.log_contact(vault, reached, contacts.ContactInput("conversation", "phone"))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    combo = window.cases.status
    combo.setCurrentIndex(combo.findText(CaseStatus.IN_SUPPORT.label))
    assert [window.model.case_id_at(r) for r in range(window.model.rowCount())] == [reached]
    combo.setCurrentIndex(combo.findText(CaseStatus.NEW.label))
    assert [window.model.case_id_at(r) for r in range(window.model.rowCount())] == [waiting]


def test_a_known_clinician_brings_their_details_and_language(qtbot: QtBot, vault: Vault) -> None:
    first = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self", referred_at=dt.datetime.now() - dt.timedelta(days=40),
            clinician=ClinicianInput("Lan Tran", "nurse", phone="555-0142",
                                     preferred_language="vi"),
            event=EventInput("trauma", dt.date.today() - dt.timedelta(days=41)),
        ),
    )  # fmt: skip
    dialog = NewCaseDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Lan T")
    (offered,) = dialog._known
    dialog._completer.activated.emit(offered)  # chosen from the completion list
    assert dialog.ui.phoneEdit.text() == "555-0142"
    assert dialog.ui.languageCombo.currentText() == "Vietnamese"
    with qtbot.waitSignal(dialog.created) as created:
        save(dialog, qtbot)
    assert cases.get_case(vault, created.args[0]).clinician.id == first.clinician_id


def test_an_urgent_event_gets_the_urgent_outreach_target(qtbot: QtBot, vault: Vault) -> None:
    dialog = NewCaseDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Ines Duarte")
    dialog.ui.eventTypeCombo.setCurrentIndex(dialog.ui.eventTypeCombo.findData("unexpected_death"))
    assert dialog.ui.urgentCheck.accessibleName() and dialog.ui.urgentCheck.toolTip()
    dialog.ui.urgentCheck.setChecked(True)
    with qtbot.waitSignal(dialog.created) as created:
        save(dialog, qtbot)
    opened = cases.get_case(vault, created.args[0])
    assert opened.case.outreach_due_at - opened.case.referred_at == dt.timedelta(minutes=30)
