"""The Supporters and Calendar pages and best-fit matching, driven as a coordinator would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import DepartmentRule, SupporterStatus
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.calendar_view import Mode
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.row_list_model import KEY_ROLE
from peersupport_desktop.gui.supporter_dialog import SupporterDialog
from peersupport_desktop.services import availability, cases, settings, supporters
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import answering, referral

TRAINED = supporters.SupporterInput(
    name="Ana Soon",
    role="nurse",
    department="Surgery",
    training_date=dt.date(2025, 1, 1),
    refresher_due=dt.date(2030, 1, 1),
)


def window_on(qtbot: QtBot, vault: Vault, page: int) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(page)
    return window


def cells(model: object, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def test_adding_editing_pausing_and_retiring_from_the_roster(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(qtbot, vault, 2)
    page = window.roster
    dialog = page.add()
    qtbot.keyClicks(dialog.ui.nameEdit, "Lena Park")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Nurse"))
    for typed in ("kore", "English"):  # picked by name from the list, kept as codes
        qtbot.keyClicks(dialog.languages.search, typed)
        qtbot.keyClick(dialog.languages.search, Qt.Key.Key_Return)
    dialog.ui.refresherEdit.setDate(QDate(2026, 1, 1))
    dialog.ui.trainedEdit.setDate(QDate(2024, 1, 1))
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    (saved,) = supporters.list_supporters(vault)
    assert (saved.name, saved.languages) == ("Lena Park", ("en", "ko"))
    assert cells(page.proxy, 0) == ["Lena Park"]
    assert cells(page.proxy, 6) == ["2026-01-01 · overdue"]  # and shown in the alert colour
    assert page.proxy.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    # Other pages follow; where she would be put on call, her overdue refresher is said.
    assert window.calendar.ui.supporterCombo.findText("Lena Park (refresher overdue)") > 0

    page.table.selectRow(0)
    qtbot.mouseClick(page.ui.pauseButton, Qt.MouseButton.LeftButton)
    assert supporters.get_supporter(vault, saved.id).status is SupporterStatus.PAUSED
    assert page.ui.pauseButton.text() == "&Resume"
    supporters.set_status(vault, saved.id, "retired")
    page.refresh()
    assert cells(page.proxy, 0) == []
    page.ui.retiredCheck.setChecked(True)
    assert cells(page.proxy, 7) == ["Retired"]
    window.close()


def test_a_bad_supporter_is_one_sentence_and_nothing_is_saved(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(qtbot, vault, 2)
    dialog = window.roster.add()
    dialog.ui.nameEdit.setText("Lena Park")
    dialog.ui.emailEdit.setText("not an address")
    dialog.save()
    assert dialog.isVisible() and "Email" in dialog.ui.messageLabel.text()
    assert supporters.list_supporters(vault) == []
    window.close()


def test_availability_is_edited_from_the_roster(qtbot: QtBot, vault: Vault) -> None:
    person = supporters.add_supporter(vault, TRAINED)
    window = window_on(qtbot, vault, 2)
    window.roster.select(person.id)
    dialog = window.roster.edit_availability()
    assert dialog is not None
    ui = dialog.ui
    ui.weekdayCombo.setCurrentIndex(1)
    ui.slotStartEdit.setTime(QTime(12, 0))
    ui.slotEndEdit.setTime(QTime(14, 0))
    qtbot.mouseClick(ui.addSlotButton, Qt.MouseButton.LeftButton)
    ui.slotEndEdit.setTime(QTime(11, 0))  # ends before it starts: refused, said, kept out
    qtbot.mouseClick(ui.addSlotButton, Qt.MouseButton.LeftButton)
    assert "must end after it starts" in ui.messageLabel.text()
    (slot,) = availability.slots_of(vault, person.id)
    assert (slot.weekday, slot.starts, slot.ends) == (1, dt.time(12), dt.time(14))
    qtbot.mouseClick(ui.addDatedButton, Qt.MouseButton.LeftButton)  # away tomorrow, a day
    assert [e.available for e in availability.exceptions_of(vault, person.id)] == [False]
    ui.datedView.selectRow(0)
    qtbot.mouseClick(ui.removeDatedButton, Qt.MouseButton.LeftButton)
    assert availability.exceptions_of(vault, person.id) == []
    ui.trainingTitleEdit.setText("Refresher 2026")
    ui.refresherCheck.setChecked(True)
    qtbot.mouseClick(ui.addTrainingButton, Qt.MouseButton.LeftButton)
    assert [t.title for t in supporters.trainings_of(vault, person.id)] == ["Refresher 2026"]
    window.close()


def test_calendar_files_from_the_roster(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    person = supporters.add_supporter(vault, TRAINED)
    availability.add_slot(vault, person.id, 2, dt.time(9), dt.time(10))
    window = window_on(qtbot, vault, 2)
    window.roster.select(person.id)
    written = window.roster.export_calendar(tmp_path / "ana.ics")
    assert written is not None
    (event,) = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Peer support: available"
    other = tmp_path / "other.ics"
    other.write_bytes(
        written.read_bytes().replace(b"T090000", b"T150000").replace(b"T100000", b"T160000")
    )
    window.roster.import_calendar(other)
    assert "Added 1 weekly" in window.roster.ui.messageLabel.text()
    assert len(availability.slots_of(vault, person.id)) == 2
    (tmp_path / "junk.ics").write_bytes(b"\x00\x01junk")
    window.roster.import_calendar(tmp_path / "junk.ics")
    assert window.roster.ui.messageLabel.text() == "This file is not an iCalendar (.ics) file."
    window.close()


def test_best_fit_from_the_case_view_assigns_in_one_click(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    near = supporters.add_supporter(vault, TRAINED)
    far = supporters.add_supporter(
        vault,
        supporters.SupporterInput(
            name="Ben Later", role="attending", training_date=dt.date(2025, 1, 1)
        ),
    )
    supporters.add_supporter(vault, supporters.SupporterInput(name="Cy Untrained", role="nurse"))
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    dialog = view.find_best_fit()
    model = dialog.suggestions
    assert cells(model, 1) == ["Ana Soon", "Ben Later"]
    assert cells(model, 2)[0].startswith("same role · department not known")
    dialog.ui.excludedCheck.setChecked(True)
    assert dialog.ui.excludedView.isVisible()
    assert cells(dialog.excluded, 1) == ["no training on record"]
    dialog.ui.suggestionsView.setCurrentIndex(model.index(1, 0))
    qtbot.mouseClick(dialog.ui.assignButton, Qt.MouseButton.LeftButton)
    assert cases.get_case(vault, case_id).case.supporter_id == far.id
    assert view.supporter.currentData() == far.id  # the case view shows it at once
    again = view.find_best_fit()
    again.ui.preferenceCombo.setCurrentIndex(1 + list(DepartmentRule).index(DepartmentRule.WITHIN))
    assert cases.get_case(vault, case_id).case.department_preference is DepartmentRule.WITHIN
    assert near.id in [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    view.close()


def test_the_calendar_shows_who_is_free_and_moves_by_keyboard(qtbot: QtBot, vault: Vault) -> None:
    ana = supporters.add_supporter(vault, TRAINED)
    today = dt.date.today()
    availability.add_slot(vault, ana.id, today.weekday(), dt.time(12), dt.time(14))
    monday = today - dt.timedelta(days=today.weekday())
    availability.set_on_call(vault, monday, ana.id)
    window = window_on(qtbot, vault, 3)
    page = window.calendar
    view = page.view
    assert page.ui.titleLabel.text() == f"{today:%B %Y}"
    assert [page.ui.freeList.item(i).text() for i in range(page.ui.freeList.count())] == [
        "12:00-14:00  Ana Soon"
    ]
    assert page.ui.onCallLabel.text() == "First call this week: Ana Soon"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_day == today + dt.timedelta(days=1)
    assert page.ui.freeList.item(0).text() == "Nobody is free then."
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected_day.month != today.month and view.selected_day.day == 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected_day == today
    page.ui.weekRadio.setChecked(True)
    assert view.mode is Mode.WEEK and page.ui.titleLabel.text().startswith("Week of")
    qtbot.keyClick(view, Qt.Key.Key_Up)  # an hour earlier: 11:00, nobody
    assert page.ui.freeList.item(0).text() == "Nobody is free then."
    view.select(today, 12)
    assert page.ui.freeList.item(0).text() == "12:00-14:00  Ana Soon"
    # A click on a cell selects it: the top-left cell of the week is Monday 07:00.
    grid = view._grid()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=grid.topLeft() + QPoint(5, 5))
    assert (view.selected_day, view.selected_hour) == (monday, 7)
    window.close()


def test_first_call_and_the_rotation_file_from_the_calendar(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    ana = supporters.add_supporter(vault, TRAINED)
    window = window_on(qtbot, vault, 3)
    page = window.calendar
    page.ui.supporterCombo.setCurrentIndex(page.ui.supporterCombo.findData(ana.id))
    qtbot.mouseClick(page.ui.onCallButton, Qt.MouseButton.LeftButton)
    assert page.ui.onCallLabel.text() == "First call this week: Ana Soon"
    written = page.export_rotation(tmp_path / "rotation.ics")
    assert written is not None
    weeks = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert [str(w["summary"]) for w in weeks] == ["First call: Ana Soon"]
    window.lock()
    assert page.ui.supporterCombo.count() == 0 and page.view.plan.free == {}
    assert window.roster.model.rowCount() == 0
    window.close()


def test_a_supporter_is_linked_to_their_own_clinician_record(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Lena Park", hours_ago=30)
    clinician_id = cases.get_case(vault, case_id).case.clinician_id
    window = window_on(qtbot, vault, 2)
    dialog = window.roster.add()
    qtbot.keyClicks(dialog.ui.nameEdit, "lena park")
    dialog.offer_clinicians()  # as when the name field is left
    combo = dialog.ui.clinicianCombo
    assert combo.itemText(1) == "Lena Park · Nurse"
    combo.setCurrentIndex(1)
    dialog.save()
    (saved,) = supporters.list_supporters(vault)
    assert saved.clinician_id == clinician_id
    window.roster.select(saved.id)
    again = window.roster.edit()
    assert again is not None and again.ui.clinicianCombo.currentData() == clinician_id
    window.close()


def test_pages_show_what_changed_elsewhere_when_shown_again(qtbot: QtBot, vault: Vault) -> None:
    person = supporters.add_supporter(vault, TRAINED)
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    window = window_on(qtbot, vault, 2)
    assert cells(window.roster.proxy, 4) == ["0 of 3 (program default)"]
    window.navigation.setCurrentRow(1)
    cases.assign_supporter(vault, case_id, person.id)  # as from a case view
    cases.set_next_follow_up(vault, case_id, dt.date.today())
    window.navigation.setCurrentRow(2)
    assert cells(window.roster.proxy, 4) == ["1 of 3 (program default)"]
    window.navigation.setCurrentRow(3)
    reference = cases.get_case(vault, case_id).case.reference
    assert window.calendar.view.plan.follow_ups == {dt.date.today(): (reference,)}
    window.close()


def test_the_program_rule_and_availability_from_the_calendar(qtbot: QtBot, vault: Vault) -> None:
    ana = supporters.add_supporter(vault, TRAINED)
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    window = window_on(qtbot, vault, 2)
    combo = window.roster.ui.ruleCombo
    assert combo.currentData() == DepartmentRule.OUTSIDE
    combo.setCurrentIndex(list(DepartmentRule).index(DepartmentRule.EITHER))
    assert settings.get_settings(vault).department_rule is DepartmentRule.EITHER
    window.navigation.setCurrentRow(3)
    page = window.calendar
    page.ui.supporterCombo.setCurrentIndex(page.ui.supporterCombo.findData(ana.id))
    dialog = page.edit_availability()
    assert dialog is not None
    dialog.ui.weekdayCombo.setCurrentIndex(page.view.selected_day.weekday())
    qtbot.mouseClick(dialog.ui.addSlotButton, Qt.MouseButton.LeftButton)  # 12:00-14:00
    dialog.close()
    assert page.ui.freeList.item(0).text() == "12:00-14:00  Ana Soon"
    # Locking closes every window that shows the program, the open dialogs too.
    page.edit_availability()
    window.open_case(case_id)
    finder = window.case_views[case_id].find_best_fit()
    window.lock()
    assert page.dialog is None
    assert not finder.isVisible()
    window.close()


def test_typing_in_the_supporter_dialog_is_not_dropped_without_asking(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, no))
    window = window_on(qtbot, vault, 2)
    dialog = window.roster.add()
    qtbot.keyClicks(dialog.ui.nameEdit, "Lena")
    dialog.reject()
    assert asked == ["Discard this supporter?"] and dialog.isVisible()
    window.close()


def test_the_languages_ticked_are_said_in_one_line(qtbot: QtBot, vault: Vault) -> None:
    dialog = SupporterDialog(vault)
    qtbot.addWidget(dialog)
    picker = dialog.languages
    assert picker.chosen.text() == "No language ticked yet."
    picker.set_codes(("vi", "en", "xx"))  # "xx": from an older version, kept as it is
    assert picker.chosen.text() == "Speaks: English, Vietnamese, xx"
    qtbot.keyClicks(picker.search, "viet")
    assert [picker.list.item(r).text() for r in range(picker.list.count())
            if not picker.list.item(r).isHidden()] == ["Vietnamese"]  # fmt: skip
