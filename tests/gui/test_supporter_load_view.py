"""The supporters' load view, driven as a coordinator would against a real vault with
figures worked out by hand: opened from the Supporters page by Alt+L, sorted by a
header and from the Sort by list with the keyboard, searched, over capacity and no
recent debrief said in words with an icon, the paused left out of the debrief figure
said so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.supporter_load_dialog import (
    ATTENTION,
    CONTACTS,
    DEBRIEF,
    HOURS,
    NAME,
    OPEN,
    SupporterLoadDialog,
)
from peersupport_desktop.services import settings, supporters
from peersupport_desktop.store.vault import Vault
from tests.gui.test_supporters_and_calendar import window_on
from tests.gui.window_helpers import show_active
from tests.services.test_supporter_load import case_of, contact, debrief, supporter

TODAY = dt.date.today()
NOW = dt.datetime.now().replace(second=0, microsecond=0)


def column(dialog: SupporterLoadDialog, number: int) -> list[str]:
    proxy = dialog.proxy
    return [str(proxy.index(row, number).data() or "") for row in range(proxy.rowCount())]


def program(vault: Vault) -> None:
    """Ana: own cap 1, two open cases (over), 45 + 30 minutes of talk this week (1.3
    hours), a debrief 10 days ago. Bo: the default cap of 3, one open case, one
    20-minute talk (0.3 hours), his last debrief 200 days ago (over the 120 days).
    Cy: no cases, no contacts, never debriefed, trained 30 days ago (not yet due)."""
    ana = supporter(vault, "Ana Owncap", capacity=1)
    bo = supporter(vault, "Bo Default")
    supporter(vault, "Cy Newcomer", trained=TODAY - dt.timedelta(days=30))
    first = case_of(vault, ana, "Kai Mercer")
    case_of(vault, ana, "Lena Park")
    contact(vault, first, ana, NOW - dt.timedelta(days=1), 45)
    contact(vault, first, ana, NOW - dt.timedelta(days=3), 30)
    bo_case = case_of(vault, bo, "Pia Lund")
    contact(vault, bo_case, bo, NOW - dt.timedelta(days=2), 20)
    debrief(vault, TODAY - dt.timedelta(days=10), ana)
    debrief(vault, TODAY - dt.timedelta(days=200), bo)


def test_the_load_view_from_the_page_with_the_keyboard(qtbot: QtBot, vault: Vault) -> None:
    program(vault)
    window = window_on(qtbot, vault, 2)
    show_active(window, qtbot)
    page = window.roster
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: isinstance(page.dialog, SupporterLoadDialog))
    dialog = page.dialog
    assert isinstance(dialog, SupporterLoadDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.summary.text() == (
        "3 supporters · 1 over capacity · 1 without a debrief for over 120 days"
    )
    # Those needing attention first (then by name): the order it opens in.
    assert dialog.shown_names() == ["Ana Owncap", "Bo Default", "Cy Newcomer"]
    assert column(dialog, OPEN) == ["2", "1", "0"]
    assert column(dialog, 3) == ["1", "3 (program default)", "3 (program default)"]
    assert column(dialog, CONTACTS) == ["2", "1", "0"]
    assert column(dialog, HOURS) == ["1.3", "0.3", "0.0"]  # 75 minutes: 1.25, said 1.3
    assert column(dialog, DEBRIEF)[2] == "never"
    assert column(dialog, ATTENTION) == ["Over capacity", "No debrief for 200 days", ""]
    # Said with an icon beside the figure concerned, and in the alert colour.
    ana_row, bo_row, cy_row = 0, 1, 2
    assert dialog.proxy.index(ana_row, OPEN).data(Qt.ItemDataRole.DecorationRole) is not None
    assert dialog.proxy.index(bo_row, OPEN).data(Qt.ItemDataRole.DecorationRole) is None
    assert dialog.proxy.index(bo_row, DEBRIEF).data(Qt.ItemDataRole.DecorationRole) is not None
    assert dialog.proxy.index(cy_row, NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert dialog.proxy.index(ana_row, NAME).data(Qt.ItemDataRole.ForegroundRole) is not None

    # Sort by, with the keyboard: Alt+B, then Home picks the first column (Name).
    show_active(dialog, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.sort_combo
    qtbot.keyClick(dialog.sort_combo, Qt.Key.Key_Home)
    assert dialog.shown_names() == ["Ana Owncap", "Bo Default", "Cy Newcomer"]
    qtbot.keyClick(dialog.sort_combo, Qt.Key.Key_Down)  # Status
    qtbot.keyClick(dialog.sort_combo, Qt.Key.Key_Down)  # Open cases: the most first
    assert column(dialog, OPEN) == ["2", "1", "0"]
    # Hours sort as numbers, by the minutes behind them.
    dialog.sort_combo.setCurrentIndex(HOURS)
    assert dialog.shown_names() == ["Ana Owncap", "Bo Default", "Cy Newcomer"]
    # A header's click sorts too, and the list follows it: the oldest debrief first.
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(DEBRIEF) + 5, 5),
    )
    assert dialog.sort_combo.currentIndex() == DEBRIEF
    assert column(dialog, DEBRIEF)[0] == "never"
    assert dialog.shown_names()[1] == "Bo Default"

    # A search keeps the figures, for the names that match.
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "ana")
    assert dialog.shown_names() == ["Ana Owncap"]
    dialog.close()
    window.close()


def test_settings_move_the_view(qtbot: QtBot, vault: Vault) -> None:
    program(vault)
    settings.change_settings(vault, default_capacity=1, debrief_every_days=None)
    dialog = SupporterLoadDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary.text() == "3 supporters · 1 over capacity · 1 at capacity"
    names = dialog.shown_names()
    attention = dict(zip(names, column(dialog, ATTENTION), strict=True))
    assert attention == {"Ana Owncap": "Over capacity", "Bo Default": "At capacity",
                         "Cy Newcomer": ""}  # fmt: skip
    assert "off in Settings" in dialog.note.text()
    assert "the program's default of 1 open case;" in dialog.note.text()


def test_a_paused_supporter_is_said_to_be_left_out_of_the_debrief_figure(
    qtbot: QtBot, vault: Vault
) -> None:
    """Listed with their load, never flagged for a debrief, and the note says so."""
    program(vault)
    before = SupporterLoadDialog(vault)
    qtbot.addWidget(before)
    assert "paused" not in before.note.text()  # nothing said while none is paused
    supporters.set_status(vault, supporter(vault, "Dee Paused"), "paused")  # trained long ago
    dialog = SupporterLoadDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    attention = dict(zip(dialog.shown_names(), column(dialog, ATTENTION), strict=True))
    assert attention["Dee Paused"] == ""
    assert dialog.summary.text().endswith("· 1 without a debrief for over 120 days")
    assert dialog.note.text().endswith(
        "Retired supporters are not listed. 1 paused supporter is not listed as due a debrief."
    )
    assert dialog.note.isVisible()
    dialog.close()
