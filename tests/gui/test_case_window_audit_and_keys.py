"""The case window: opening it is audited once, not again by each action taken in it;
Ctrl+W closes it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services import audit, supporters
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active


def views_of(vault: Vault, case_id: int) -> int:
    return sum(1 for e in audit.entries(vault, action="case.view") if e.record_id == case_id)


def test_opening_a_case_is_audited_once_whatever_is_done_in_it(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    helper = supporters.add_supporter(
        vault, supporters.SupporterInput(name="Ana Ruiz", role="nurse")
    )
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.open_case(case_id)
    view = window.case_views[case_id]
    assert views_of(vault, case_id) == 1
    view.assign(helper.id)
    view.set_follow_up(dt.date.today() + dt.timedelta(days=3))
    assert {"case.assign", "case.follow_up"} <= {e.action for e in audit.entries(vault)}
    assert views_of(vault, case_id) == 1  # the window re-read the case twice, unaudited
    assert view.detail is not None and view.detail.case.supporter_id == helper.id
    view.close()
    window.open_case(case_id)  # opened again: a second opening
    assert views_of(vault, case_id) == 2
    window.close()


def test_ctrl_w_closes_the_case_window(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    window.open_case(case_id)
    view = window.case_views[case_id]
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not view.isVisible()
    assert case_id not in window.case_views  # forgotten, as when closed by its button
    assert window.isVisible()
    window.close()
