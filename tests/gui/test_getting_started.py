"""A new vault opens on the getting-started list, which ticks each step as it is done,
goes where each step is done, and can be hidden for good."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.gui.getting_started_panel import HIDDEN_KEY, GettingStartedPanel
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.new_case_dialog import NewCaseDialog
from peersupport_desktop.gui.resource_dialog import ResourceDialog
from peersupport_desktop.gui.supporter_dialog import SupporterDialog
from peersupport_desktop.services import cases, resources, settings, supporters
from peersupport_desktop.services.resources import ResourceInput
from peersupport_desktop.services.supporters import SupporterInput
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.gui.window_helpers import referral, show_active

LEFT = Qt.MouseButton.LeftButton
ROOM = (1280, 640)  # a laptop at 100% or 150%, less a task bar (test_window_fits)


def opened(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    return window


def marks(panel: GettingStartedPanel) -> list[str]:
    return [mark.text() for mark in panel.marks]


def buttons_shown(panel: GettingStartedPanel) -> list[bool]:
    return [not button.isHidden() for button in panel.buttons]


def test_a_new_vault_opens_on_the_list_in_place_of_empty_case_lists(
    qtbot: QtBot, vault: Vault
) -> None:
    window = opened(qtbot, vault)
    panel, today = window.today.getting_started, window.today
    assert window.stack.currentWidget() is today
    assert panel.isVisible()
    assert panel.count_label.text() == "0 of 5 done"
    assert marks(panel) == ["To do"] * 5
    assert buttons_shown(panel) == [True] * 5
    assert "24 hours now" in panel.texts[2].text()
    assert [b.text() for b in panel.buttons] == [
        "Name it in Settings", "Add a supporter…", "Set it in Settings", "Add a resource…",
        "New case…",
    ]  # fmt: skip
    for button in (*panel.buttons, panel.hide_button):
        assert button.accessibleName() and button.toolTip()
    # Nothing to list yet: the list stands where the empty queue and follow-ups would.
    assert not today.queue_view.isVisible() and not today.follow_up_view.isVisible()
    # A window with the list and both case lists still fits a laptop.
    referral(vault, "Lin Okafor", hours_ago=1)
    window.reload()
    assert panel.isVisible() and today.queue_view.isVisible()
    least = window.minimumSizeHint()
    assert least.width() <= ROOM[0] and least.height() <= ROOM[1]


def test_each_step_done_is_ticked_and_the_list_goes_once_all_are(
    qtbot: QtBot, vault: Vault
) -> None:
    window = opened(qtbot, vault)
    panel = window.today.getting_started
    # The program named and the settings saved, on the Settings page.
    window.navigation.setCurrentRow(window.stack.indexOf(window.settings_page))
    window.settings_page.ui.programNameEdit.setText("  St. Elsewhere Peer Support ")
    assert window.settings_page.save()
    assert settings.get_settings(vault).program_name == "St. Elsewhere Peer Support"
    assert panel.count_label.text() == "2 of 5 done"
    assert marks(panel) == ["✓ Done", "To do", "✓ Done", "To do", "To do"]
    assert buttons_shown(panel) == [False, True, False, True, True]
    assert panel.marks[0].accessibleName() == "Name the program: done"

    supporters.add_supporter(vault, SupporterInput("Ada Park", "nurse"))
    window.roster_changed()
    assert marks(panel)[1] == "✓ Done" and panel.count_label.text() == "3 of 5 done"

    resources.add_resource(vault, ResourceInput("eap", "Employee Assistance"))
    window.resources_page.changed.emit()  # as the page says after an Add
    assert marks(panel)[3] == "✓ Done" and panel.count_label.text() == "4 of 5 done"

    case_id = referral(vault, "Lin Okafor", hours_ago=1)
    window.case_changed(case_id)
    assert panel.isHidden()  # every step done: the list goes by itself
    assert window.today.queue.rowCount() == 1

    # Its rule, one step undone: the list comes back (the vault has closed no case).
    person = supporters.list_supporters(vault)[0]
    supporters.set_status(vault, person.id, SupporterStatus.RETIRED)
    window.roster_changed()
    assert not panel.isHidden() and panel.count_label.text() == "4 of 5 done"
    # A case closed: the program is past getting started, and the list never shows again.
    cases.close_case(vault, case_id, "declined")
    window.case_changed(case_id)
    assert panel.isHidden()


def test_each_button_goes_where_its_step_is_done(qtbot: QtBot, vault: Vault) -> None:
    window = opened(qtbot, vault)
    panel = window.today.getting_started

    def back_to_today() -> None:
        window.navigation.setCurrentRow(0)
        assert window.stack.currentWidget() is window.today

    qtbot.mouseClick(panel.buttons[0], LEFT)
    assert window.stack.currentWidget() is window.settings_page
    qtbot.waitUntil(lambda: window.settings_page.ui.programNameEdit.hasFocus())
    back_to_today()
    qtbot.mouseClick(panel.buttons[2], LEFT)
    assert window.stack.currentWidget() is window.settings_page
    qtbot.waitUntil(lambda: window.settings_page.ui.targetSpin.hasFocus())
    back_to_today()

    qtbot.mouseClick(panel.buttons[1], LEFT)
    assert window.stack.currentWidget() is window.roster
    assert isinstance(window.roster.dialog, SupporterDialog) and window.roster.dialog.isVisible()
    window.roster.dialog.reject()
    back_to_today()

    qtbot.mouseClick(panel.buttons[3], LEFT)
    assert window.stack.currentWidget() is window.resources_page
    assert isinstance(window.resources_page.dialog, ResourceDialog)
    assert window.resources_page.dialog.isVisible()
    window.resources_page.dialog.reject()
    back_to_today()

    qtbot.mouseClick(panel.buttons[4], LEFT)
    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewCaseDialog)]
    assert len(forms) == 1 and forms[0].isVisible()
    forms[0].reject()


def test_hidden_it_stays_hidden_when_the_window_opens_again(qtbot: QtBot, vault: Vault) -> None:
    window = opened(qtbot, vault)
    today = window.today
    qtbot.mouseClick(today.getting_started.hide_button, LEFT)
    assert today.getting_started.isHidden()
    assert today.queue_view.isVisible() and today.follow_up_view.isVisible()
    # One boolean in QSettings, and nothing else of the vault.
    assert QSettings().value(HIDDEN_KEY, type=bool) is True
    window.close()  # closes the vault too

    again = opened(qtbot, open_vault(vault.path, PASSPHRASE))
    assert again.today.getting_started.isHidden()
    assert again.today.getting_started.progress is None  # not even read
    assert again.today.queue_view.isVisible()

    # Help → Getting started list brings it back, with what is left.
    again.navigation.setCurrentRow(2)
    again.app_actions["getting_started"].trigger()
    assert again.stack.currentWidget() is again.today
    assert again.today.getting_started.isVisible()
    assert QSettings().value(HIDDEN_KEY, False, type=bool) is False


def test_a_vault_past_getting_started_opens_without_the_list(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Lin Okafor", hours_ago=30)
    cases.close_case(vault, case_id, "declined", dt.datetime.now())
    window = opened(qtbot, vault)
    assert window.today.getting_started.isHidden()
    assert window.today.queue_view.isVisible()
