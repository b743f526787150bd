"""The debrief log from the Supporters page (a group debrief crediting three, ticked in
the filtered list), its refusal of case content, the trainings dialog, and Today's
check-in with a supporter after an intense encounter (opened by Enter or its Check in
button), gone once a debrief credits them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peersupport_desktop.core.codes import ContactKind, ContactMode, DebriefKind
from peersupport_desktop.gui.contact_dialog import ContactDialog
from peersupport_desktop.gui.debriefs_dialog import DebriefsDialog
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.pages.supporters_page import SupportersPage
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.gui.supporter_checklist import SupporterChecklist
from peersupport_desktop.gui.training_sessions_dialog import TrainingSessionsDialog
from peersupport_desktop.services import (
    contacts,
    debriefs,
    settings,
    supporters,
    training_sessions,
)
from peersupport_desktop.store.models import DebriefAttendee
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, save_contact

NAMES = ("Ana Ruiz", "Ben Ode", "Cleo Park", "Dev Shah")


def roster(vault: Vault) -> dict[str, int]:
    return {
        name: supporters.add_supporter(
            vault,
            supporters.SupporterInput(
                name=name, role="nurse", training_date=dt.date.today() - dt.timedelta(days=400)
            ),
        ).id
        for name in NAMES
    }


def tick(qtbot: QtBot, checklist: SupporterChecklist, typed: str) -> None:
    """Filter the list by typing, then tick the one name left with Space."""
    checklist.filter.clear()
    qtbot.keyClicks(checklist.filter, typed)
    shown = [
        checklist.names.item(row)
        for row in range(checklist.names.count())
        if not checklist.names.item(row).isHidden()
    ]
    assert len(shown) == 1
    checklist.names.setFocus()
    checklist.names.setCurrentItem(shown[0])
    qtbot.keyClick(checklist.names, Qt.Key.Key_Space)


def test_a_group_debrief_credits_three_ticked_in_the_filtered_list(
    qtbot: QtBot, vault: Vault
) -> None:
    people = roster(vault)
    page = SupportersPage(lambda: vault)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.debriefs_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DebriefsDialog)
    # Everyone trained over a year ago and never debriefed is listed as due.
    assert dialog.due_title.text() == "Not debriefed for 120 days: 4"
    assert dialog.empty.isVisibleTo(dialog)

    dialog.kind.setCurrentIndex(dialog.kind.findData(DebriefKind.GROUP))
    dialog.minutes.setValue(75)
    qtbot.keyClicks(dialog.notes, "Night shifts and rest.")
    for typed in ("ana", "cle", "DEV"):
        tick(qtbot, dialog.attendees, typed)
    dialog.attendees.filter.clear()
    assert dialog.attendees.count.text() == "3 supporters ticked"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.message.text().startswith("Logged: group debrief on")
    assert "crediting 3 supporters" in dialog.message.text()
    (row,) = dialog.listed.listed()
    assert row.cells == (
        day(dt.date.today()),
        "Group debrief",
        "75",
        "Ana Ruiz, Cleo Park, Dev Shah",
        "Night shifts and rest.",
    )
    with vault.reading() as session:
        credited = set(session.scalars(select(DebriefAttendee.supporter_id)))
    assert credited == {people["Ana Ruiz"], people["Cleo Park"], people["Dev Shah"]}
    assert dialog.due_title.text() == "Not debriefed for 120 days: 1"
    assert dialog.due.item(0).text() == "Ben Ode: none since trained (400 days)"

    # Choosing it in the log loads it into the form; a change is saved over it.
    dialog.view.setCurrentIndex(dialog.listed.index(0, 0))
    assert dialog.attendees.ticked() == tuple(
        sorted(people[n] for n in ("Ana Ruiz", "Cleo Park", "Dev Shah"))
    )
    dialog.minutes.setValue(90)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [d.minutes for d in debriefs.list_debriefs(vault)] == [90]
    dialog.close()


def test_minutes_naming_a_person_supported_are_refused_in_words(qtbot: QtBot, vault: Vault) -> None:
    people = roster(vault)
    referral(vault, "Ingrid Solberg", hours_ago=3)
    dialog = DebriefsDialog(vault, one_to_one_with=people["Ben Ode"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() == DebriefKind.ONE_TO_ONE
    qtbot.keyClicks(dialog.notes, "How ingrid solberg is doing")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    said = dialog.message.text()
    assert said.endswith(debriefs.CASE_CONTENT) and "Ingrid" not in said
    assert debriefs.list_debriefs(vault) == []


def test_trainings_record_a_session_and_an_evaluation(qtbot: QtBot, vault: Vault) -> None:
    roster(vault)
    page = SupportersPage(lambda: vault)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.trainings_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TrainingSessionsDialog)
    qtbot.keyClicks(dialog.title, "Refresher: listening")
    dialog.refresher.setChecked(True)
    for typed in ("ana", "ben"):
        tick(qtbot, dialog.attendees, typed)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().endswith("with 2 attending.")
    dialog.useful.setCurrentIndex(dialog.useful.findData(4))
    dialog.ready.setCurrentIndex(dialog.ready.findData(5))
    qtbot.keyClicks(dialog.comment, "Helpful role plays")
    qtbot.mouseClick(dialog.evaluate_button, Qt.MouseButton.LeftButton)
    (row,) = dialog.listed.listed()
    assert row.cells[1:] == ("Refresher: listening", "Refresher", "2", "1", "4.0", "5.0")
    assert "• Helpful role plays" in dialog.summary.toPlainText()
    (held,) = training_sessions.list_sessions(vault)
    assert held.attendees == ("Ana Ruiz", "Ben Ode")
    due = {p.name: p.refresher_due for p in supporters.list_supporters(vault)}
    assert due["Ana Ruiz"] is not None and due["Cleo Park"] is None
    # The roster's refresher column follows.
    assert page.rows[supporters.find_supporter(vault, "Ana Ruiz").id].supporter.refresher_due


def test_today_proposes_a_check_in_after_an_intense_encounter_until_a_debrief(
    qtbot: QtBot, vault: Vault
) -> None:
    people = roster(vault)
    settings.change_settings(vault, debrief_every_days=None)
    case_id = referral(vault, "Ingrid Solberg", hours_ago=5)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    listed = window.today.supporter_check_ins
    assert not listed.isVisibleTo(window.today)

    contact = ContactDialog(vault, case_id, window)
    # Offered once a supporter is named on a contact that reached the person.
    contact.ui.supporterCombo.setCurrentIndex(contact.ui.supporterCombo.findData(None))
    assert not contact.intense_check.isEnabled()
    assert "name the supporter" in contact.intense_check.toolTip()
    contact.ui.supporterCombo.setCurrentIndex(contact.ui.supporterCombo.findData(people["Ben Ode"]))
    assert contact.intense_check.isEnabled()
    assert contact.intense_check.text().startswith("Intense encoun")
    contact.intense_check.setChecked(True)
    save_contact(qtbot, contact)
    window.case_changed(case_id)  # as the case window says after a contact
    assert listed.isVisibleTo(window.today)
    today = dt.date.today()
    assert [r.cells for r in listed.model.listed()] == [
        (f"Check in with Ben Ode after an intense encounter on {today.day} {today:%b}",)
    ]

    listed.view.setFocus()
    listed.view.setCurrentIndex(listed.model.index(0, 0))
    qtbot.keyClick(listed.view, Qt.Key.Key_Return)
    dialog = window.roster.dialog
    assert isinstance(dialog, DebriefsDialog)
    assert dialog.kind.currentData() == DebriefKind.ONE_TO_ONE
    assert dialog.attendees.ticked() == (people["Ben Ode"],)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert listed.model.rowCount() == 0 and not listed.isVisibleTo(window.today)
    dialog.close()
    window.close()


def test_todays_check_in_button_opens_the_chosen_supporters_one_to_one(
    qtbot: QtBot, vault: Vault
) -> None:
    """Check in, beside the list, does what Enter does; it waits for a row to be chosen."""
    people = roster(vault)
    settings.change_settings(vault, debrief_every_days=None)
    case_id = referral(vault, "Ingrid Solberg", hours_ago=5)
    for name, hours_ago in (("Ben Ode", 2), ("Cleo Park", 1)):
        contacts.log_contact(
            vault,
            case_id,
            contacts.ContactInput(
                kind=ContactKind.CONVERSATION,
                mode=ContactMode.PHONE,
                occurred_at=dt.datetime.now() - dt.timedelta(hours=hours_ago),
                supporter_id=people[name],
                intense=True,
            ),
        )
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    listed = window.today.supporter_check_ins
    button = listed.check_in_button
    assert listed.isVisible() and button.isVisible()
    assert button.accessibleName() and "Enter" in button.toolTip()
    assert listed.model.rowCount() == 2 and not button.isEnabled()

    cleo = listed.model.index(1, 0)  # the later encounter, listed second
    assert "Cleo Park" in str(cleo.data())
    listed.view.scrollTo(cleo)
    qtbot.mouseClick(
        listed.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listed.view.visualRect(cleo).center(),
    )
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.roster.dialog
    assert isinstance(dialog, DebriefsDialog) and dialog.isVisible()
    assert dialog.kind.currentData() == DebriefKind.ONE_TO_ONE
    assert dialog.attendees.ticked() == (people["Cleo Park"],)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Cleo's row goes; Ben's stays, not chosen, so the button waits again.
    assert [r.key for r in listed.model.listed()] == [people["Ben Ode"]]
    assert not button.isEnabled()
    dialog.close()
    window.close()


def test_the_debrief_log_says_how_many_paused_supporters_it_leaves_out(
    qtbot: QtBot, vault: Vault
) -> None:
    people = roster(vault)  # all four trained 400 days ago, never debriefed
    for name in ("Ben Ode", "Dev Shah"):
        supporters.set_status(vault, people[name], "paused")
    dialog = DebriefsDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due_title.text() == "Not debriefed for 120 days: 2"
    assert [dialog.due.item(row).text().split(":")[0] for row in range(2)] == [
        "Ana Ruiz",
        "Cleo Park",
    ]
    assert dialog.paused_note.isVisible()
    assert dialog.paused_note.text() == "2 paused supporters are not listed as due a debrief."
    # Ben back from his break: listed, and one paused supporter said.
    supporters.set_status(vault, people["Ben Ode"], "active")
    dialog.refresh()
    assert dialog.due_title.text() == "Not debriefed for 120 days: 3"
    assert dialog.paused_note.text() == "1 paused supporter is not listed as due a debrief."
    supporters.set_status(vault, people["Dev Shah"], "active")
    dialog.refresh()
    assert not dialog.paused_note.isVisible()  # none paused: nothing said
    dialog.close()
