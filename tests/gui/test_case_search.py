"""Searching as a coordinator types it: accents, dotless i and ß set aside, a sentence
when nothing matches, arrow keys into the list, and nothing typed left readable in
initials mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.search_folding import fold
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active

NAMES = ["Ana Núñez", "Emre Yılmaz", "Jonas Straße", "İpek Demir", "Søren Kjær", "Zoë Brandt"]


@pytest.mark.parametrize(
    ("written", "typed"),
    [("Núñez", "nunez"), ("Yılmaz", "YILMAZ"), ("Straße", "strasse"), ("İpek", "ipek"),
     ("Søren", "soren"), ("Łukasz", "lukasz"), ("Nguyễn", "nguyen"), ("ＡＢＣ", "abc")],
)  # fmt: skip
def test_folding_sets_case_and_accents_aside(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


@pytest.fixture
def window(qtbot: QtBot, vault: Vault) -> MainWindow:
    for hours, name in enumerate(NAMES, start=1):
        referral(vault, name, hours_ago=hours)
    opened = MainWindow(vault)
    qtbot.addWidget(opened)
    show_active(opened, qtbot)
    qtbot.keyClick(opened, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    return opened


@pytest.mark.parametrize(
    ("typed", "found"),
    [("nunez", "Ana Núñez"), ("yilmaz", "Emre Yılmaz"), ("strasse", "Jonas Straße"),
     ("ipek", "İpek Demir"), ("kjaer", "Søren Kjær"), ("zoe", "Zoë Brandt")],
)  # fmt: skip
def test_a_name_is_found_as_typed_on_any_keyboard(
    qtbot: QtBot, window: MainWindow, typed: str, found: str
) -> None:
    qtbot.keyClicks(window.cases.search, typed)
    assert window.model.rowCount() == 1
    assert window.model.rows()[0].clinician in NAMES
    shown = window.model.index(0, 1).data()
    assert shown == found


def test_no_match_is_said_and_down_moves_into_the_list(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.cases.search, "nobody here")
    assert window.cases.count.text() == "No cases match “nobody here”."
    window.cases.search.clear()
    qtbot.keyClicks(window.cases.search, "an")
    qtbot.keyClick(window.cases.search, Qt.Key.Key_Down)
    assert window.cases.table.hasFocus()
    assert window.cases.table.currentIndex().row() == 0


def test_initials_mode_masks_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.cases.search, "nobody")
    window.app_actions["privacy"].trigger()
    assert window.cases.search.echoMode() is QLineEdit.EchoMode.Password
    assert "nobody" not in window.cases.count.text()
    window.app_actions["privacy"].trigger()
    assert window.cases.search.echoMode() is QLineEdit.EchoMode.Normal
