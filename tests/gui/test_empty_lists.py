"""Every empty list says what it is for and what to do, and the sentence goes as soon
as a row comes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.gui.empty_state import EmptyState
from peersupport_desktop.gui.getting_started_panel import HIDDEN_KEY
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.pages import audit_page, cases_page, supporters_page, today_page
from peersupport_desktop.services import cases, supporters
from peersupport_desktop.services.supporters import SupporterInput
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active


def opened(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    return window


def says(empty: EmptyState) -> str:
    """The sentence on screen, or "" when none shows."""
    return empty.text() if empty.showing() else ""


def go_to(window: MainWindow, page: object) -> None:
    window.navigation.setCurrentRow(window.stack.indexOf(page))  # type: ignore[arg-type]


def test_today_says_nobody_waits_and_no_follow_up_is_due(qtbot: QtBot, vault: Vault) -> None:
    QSettings().setValue(HIDDEN_KEY, True)  # the getting-started list would stand in their place
    window = opened(qtbot, vault)
    today = window.today
    assert says(today.empty_queue) == today_page.NOBODY_WAITING
    assert says(today.empty_follow_ups) == today_page.NO_FOLLOW_UPS
    assert today.empty_queue.isVisible()  # drawn in the list's own area, on screen
    assert today.empty_queue.geometry().width() > 0
    assert today.empty_queue.parent() is today.queue_view.viewport()
    # A screen reader landing on the empty list hears the sentence.
    assert today.queue_view.accessibleDescription() == today_page.NOBODY_WAITING

    case_id = referral(vault, "Lin Okafor", hours_ago=1)
    window.case_changed(case_id)
    assert today.queue.rowCount() == 1
    assert says(today.empty_queue) == ""
    assert today.queue_view.accessibleDescription() != today_page.NOBODY_WAITING
    assert says(today.empty_follow_ups) == today_page.NO_FOLLOW_UPS

    cases.set_next_follow_up(vault, case_id, dt.date.today())
    window.case_changed(case_id)
    assert today.follow_ups.rowCount() == 1
    assert says(today.empty_follow_ups) == ""


def test_the_case_list_of_a_new_vault_says_how_cases_come(qtbot: QtBot, vault: Vault) -> None:
    window = opened(qtbot, vault)
    go_to(window, window.cases)
    assert says(window.cases.empty) == cases_page.NO_CASES
    assert window.cases.empty.isVisible()
    window.cases.search.setText("anyone")  # still no case at all: the same sentence
    assert says(window.cases.empty) == cases_page.NO_CASES
    window.cases.search.clear()

    referral(vault, "Lin Okafor", hours_ago=1)
    window.reload()
    assert says(window.cases.empty) == ""
    assert window.cases.count.text() == "1 of 1 case"
    # A search that finds nothing says so in its own words, beside the search box.
    window.cases.search.setText("nobody here")
    assert says(window.cases.empty) == ""
    assert window.cases.count.text() == "No cases match “nobody here”."


def test_the_roster_says_what_it_is_for_and_why_it_is_empty(qtbot: QtBot, vault: Vault) -> None:
    window = opened(qtbot, vault)
    roster = window.roster
    go_to(window, roster)
    assert says(roster.empty) == supporters_page.NO_SUPPORTERS
    assert roster.empty.isVisible()

    person = supporters.add_supporter(vault, SupporterInput("Ada Park", "nurse"))
    roster.refresh()
    assert roster.proxy.rowCount() == 1 and says(roster.empty) == ""
    roster.ui.searchEdit.setText("zzz")
    assert says(roster.empty) == supporters_page.NO_MATCH
    roster.ui.searchEdit.clear()
    assert says(roster.empty) == ""

    supporters.set_status(vault, person.id, SupporterStatus.RETIRED)
    roster.refresh()
    assert says(roster.empty) == supporters_page.ALL_RETIRED
    roster.ui.retiredCheck.setChecked(True)
    assert says(roster.empty) == ""


def test_an_audit_filter_that_finds_nothing_says_what_to_widen(qtbot: QtBot, vault: Vault) -> None:
    window = opened(qtbot, vault)
    page = window.audit_page
    go_to(window, page)
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() > 0)
    assert says(page.empty) == ""

    page.ui.periodCheck.setChecked(True)  # a month long before the vault was made
    page.ui.sinceEdit.setDate(QDate(2001, 1, 1))
    page.ui.untilEdit.setDate(QDate(2001, 1, 31))
    page.load()
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() == 0)
    assert says(page.empty) == audit_page.NO_MATCH
    assert page.ui.countLabel.text() == "No entries."

    page.ui.periodCheck.setChecked(False)
    page.load()
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() > 0)
    assert says(page.empty) == ""


def test_the_calendar_says_how_to_put_someone_on_call(qtbot: QtBot, vault: Vault) -> None:
    window = opened(qtbot, vault)
    go_to(window, window.calendar)
    assert window.calendar.ui.onCallLabel.text() == (
        "Nobody is first call this week: choose a supporter, then Make first call."
    )
