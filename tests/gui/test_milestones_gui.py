"""Milestones in the window: the case window's dialog, Today's check-ins, the calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import MilestoneKind
from peersupport_desktop.gui.calendar_view import CalendarView, LineKind
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.milestones_dialog import FOR_CASE, FOR_EVENT, MilestonesDialog
from peersupport_desktop.gui.qt_dates import to_qdate
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.services import cases, milestones
from peersupport_desktop.services.calendar_plan import CalendarPlan, PlannedCheckIn, calendar_plan
from peersupport_desktop.store.vault import Vault
from tests.known_program import after_one_event

TODAY = dt.date.today()
EVENT_DAY = TODAY - dt.timedelta(days=20)


def two_involved(vault: Vault) -> tuple[cases.CaseRecord, cases.CaseRecord]:
    first, second = after_one_event(
        vault, "litigation", EVENT_DAY, [("Ines Varga", "nurse"), ("Omar Haddad", "attending")]
    )
    return first, second


def test_milestones_are_added_for_everyone_and_removed_from_the_case_window(
    qtbot: QtBot, vault: Vault
) -> None:
    ines, omar = two_involved(vault)
    window = CaseView(vault, ines.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.milestones_button, Qt.MouseButton.LeftButton)
    dialog = window.milestones_button.dialog
    assert isinstance(dialog, MilestonesDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Milestones of {ines.reference}"
    assert dialog.listed.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert not dialog.remove_button.isEnabled()
    # A deposition for everyone the event touched, its check-in 10 days before.
    deposition = TODAY + dt.timedelta(days=30)
    dialog.kind.setCurrentIndex(dialog.kind.findData(MilestoneKind.DEPOSITION))
    dialog.on_date.setDate(to_qdate(deposition))
    dialog.days.setValue(10)
    dialog.for_event.setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    (row,) = dialog.listed.listed()
    check_in = milestones.milestones_of(vault, ines.id)[0].check_in_on
    assert row.cells == (
        day(deposition),
        "Deposition",
        FOR_EVENT,
        f"{day(check_in)} (10 days before)",
    )
    assert dialog.message.text().startswith("Added: Deposition")
    # Omar's case has it too, and a peer review of Ines's own is hers alone.
    assert [m.kind for m in milestones.milestones_of(vault, omar.id)] == [MilestoneKind.DEPOSITION]
    dialog.kind.setCurrentIndex(dialog.kind.findData(MilestoneKind.PEER_REVIEW))
    dialog.on_date.setDate(to_qdate(TODAY + dt.timedelta(days=12)))
    dialog.for_case.setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [r.cells[1:3] for r in dialog.listed.listed()] == [
        ("Peer review", FOR_CASE), ("Deposition", FOR_EVENT),
    ]  # fmt: skip
    assert len(milestones.milestones_of(vault, omar.id)) == 1
    # A date before the event is refused in a sentence, by the field it is about.
    dialog.on_date.setDate(to_qdate(EVENT_DAY - dt.timedelta(days=1)))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "on or after the date of its event" in dialog.message.text()
    assert dialog.listed.rowCount() == 2
    # Removing the chosen one (the peer review, first).
    dialog.view.selectRow(0)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(window.changed):  # Today and the calendar are shown anew
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        dialog.accept()
    assert [m.kind for m in milestones.milestones_of(vault, ines.id)] == [MilestoneKind.DEPOSITION]
    window.close()


def test_today_lists_check_ins_before_milestones_and_opens_the_case(
    qtbot: QtBot, vault: Vault
) -> None:
    ines, omar = two_involved(vault)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    listed = window.today.milestone_check_ins
    assert listed.model.rowCount() == 0 and not listed.isVisibleTo(window.today)
    hearing = TODAY + dt.timedelta(days=3)
    milestones.add_milestone(
        vault, event_id=ines.event_id, kind="board_hearing", on_date=hearing, check_in_days=2
    )
    far = milestones.add_milestone(  # its check-in is weeks away: not yet on Today
        vault, case_id=omar.id, kind="trial", on_date=TODAY + dt.timedelta(days=60)
    )
    window.refresh_today()
    assert listed.isVisibleTo(window.today)
    rows = listed.model.listed()
    assert [r.cells[0] for r in rows] == [ines.reference, omar.reference]
    first = rows[0].cells
    assert first[1] == "Ines Varga"
    assert first[3] == f"Board hearing, {day(hearing)} (everyone involved)"
    assert listed.title.text() == "Check-ins before milestones: 2"
    assert far.id not in {c.milestone_id for c in milestones.check_ins_due(vault, TODAY, TODAY)}
    window.app_actions["privacy"].setChecked(True)
    window.refresh_today()
    assert listed.model.listed()[0].cells[1] == "I. V."
    # Enter on a row opens its case.
    listed.view.setFocus()
    listed.view.setCurrentIndex(listed.model.index(1, 0))
    qtbot.keyClick(listed.view, Qt.Key.Key_Return)
    assert omar.id in window.case_views
    window.close()


def test_the_calendar_shows_check_ins_on_their_day_beside_follow_ups(
    qtbot: QtBot, vault: Vault
) -> None:
    ines, _omar = two_involved(vault)
    deposition = TODAY + dt.timedelta(days=9)
    added = milestones.add_milestone(
        vault, event_id=ines.event_id, kind="deposition", on_date=deposition, check_in_days=0
    )
    cases.set_next_follow_up(vault, ines.id, added.check_in_on)
    plan = calendar_plan(vault, TODAY, TODAY + dt.timedelta(days=30))
    assert [c.reference for c in plan.check_ins[added.check_in_on]] == [
        ines.reference, _omar.reference,
    ]  # fmt: skip
    view = CalendarView(today=TODAY)
    qtbot.addWidget(view)
    view.set_plan(plan)
    lines = view.month_lines(added.check_in_on, 10)
    expected = f"Check-in: deposition {deposition:%d %b} · {ines.reference}"
    assert [(line.text, line.kind) for line in lines[:2]] == [
        (f"Follow-up: {ines.reference}", LineKind.FOLLOW_UP),
        (expected, LineKind.CHECK_IN),
    ]
    # The week view's line counts them; the page's list of the day says each in full.
    assert view.week_follow_ups(added.check_in_on).text == "1 follow-up, 2 check-ins"
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(3)
    page = window.calendar
    page.view.select(added.check_in_on)
    said = [page.ui.freeList.item(i).text() for i in range(page.ui.freeList.count())]
    assert f"Check-in before deposition on {deposition:%A %d %B}: {ines.reference}" in said
    window.close()


def test_a_lone_check_in_heads_its_week_day() -> None:
    on = dt.date(2026, 12, 7)
    planned = PlannedCheckIn("PS-000012", MilestoneKind.DEPOSITION, dt.date(2026, 12, 14))
    view = CalendarView(today=dt.date(2026, 12, 1))
    view.set_plan(CalendarPlan(on, on, check_ins={on: (planned,)}))
    line = view.week_follow_ups(on)
    assert line is not None and line.text == "Check-in: deposition 14 Dec · PS-000012"
    assert "Check-in before deposition on Monday 14 December: PS-000012" in view._follow_up_lines(
        on
    )
