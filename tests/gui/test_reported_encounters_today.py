"""Encounters supporters report, on Today: a survey tool's file dropped in the watch
folder lists them; Confirm (the button or Ctrl+Enter) logs a contact and the row goes,
Dismiss (the button or Delete, once asked) puts one aside, and Enter opens the case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import CaseStatus, ContactKind, EncounterState
from peersupport_desktop.gui import reported_encounters_list
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.services import cases, contacts, settings, supporters
from peersupport_desktop.services.reported_encounters import encounters
from peersupport_desktop.services.watch_folder import IMPORTED
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active


@pytest.fixture
def dropped(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Two cases and the survey tool's nightly file in the watch folder."""
    first = referral(vault, "Omar Haddad", hours_ago=72)
    second = referral(vault, "Sara Lind", hours_ago=72)
    mentor = supporters.add_supporter(
        vault, supporters.SupporterInput(name="Ana Ruiz", role="nurse", email="ana@h.org")
    ).id
    cases.assign_supporter(vault, first, mentor)
    drop = tmp_path / "drop"
    drop.mkdir()
    settings.change_settings(vault, watch_folder=str(drop))
    yesterday = dt.date.today() - dt.timedelta(days=1)
    (drop / "encounters.csv").write_text(
        "case_code,occurred_on,minutes,mode,tier,follow_up_needed,intense,supporter\n"
        f"PS-{first:06d},{yesterday},40,Phone call,3,yes,yes,\n"
        f"ps {second},{yesterday},15,face to face,2,no,no,ana@h.org\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("peersupport_desktop.gui.notice_watcher.SETTLE_SECONDS", 0)
    return {"first": first, "second": second, "mentor": mentor}


def test_a_dropped_file_waits_on_today_and_confirm_logs_the_contact(
    qtbot: QtBot,
    vault: Vault,
    tmp_path: Path,
    dropped: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    listed = window.today.encounters
    qtbot.waitUntil(lambda: listed.model.rowCount() == 2, timeout=20_000)
    assert (tmp_path / "drop" / IMPORTED / "encounters.csv").exists()
    assert listed.isVisible()
    assert listed.title.text() == "Encounters awaiting confirmation: 2"
    first, second = listed.model.listed()
    yesterday = day(dt.date.today() - dt.timedelta(days=1))
    assert first.key == dropped["first"]
    assert first.cells == (
        f"PS-{dropped['first']:06d}", yesterday, "40", "Phone", "Ana Ruiz",
        "⚠ Tier 3 (case at 2: move it), follow-up needed, intense for the supporter",
    )  # fmt: skip
    assert first.alert  # the tier to move, in the alert colour with the reason in words
    assert second.cells[1:] == (yesterday, "15", "In person", "Ana Ruiz", "Tier 2, no follow-up")
    assert not second.alert
    for button in (listed.confirm_button, listed.dismiss_button):
        assert button.accessibleName() and button.toolTip()

    # Confirmed with the keyboard: a contact in the vault, the case reached, the row gone.
    listed.view.setFocus()
    listed.view.selectRow(0)
    qtbot.keyClick(listed.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: listed.model.rowCount() == 1)
    with vault.reading() as session:
        (logged,) = contacts.contacts_of(session, dropped["first"])
    assert (logged.kind, logged.duration_minutes, logged.supporter_id, logged.intense) == (
        ContactKind.CONVERSATION, 40, dropped["mentor"], True,
    )  # fmt: skip
    row = next(r for r in window.model.rows() if r.case_id == dropped["first"])
    assert row.status is CaseStatus.IN_SUPPORT  # the case list knows at once
    assert listed.model.listed()[0].key == dropped["second"]

    # Enter opens the remaining one's case; Dismiss (the button) puts it aside.
    listed.view.selectRow(0)
    qtbot.keyClick(listed.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dropped["second"] in window.case_views)
    window.case_views[dropped["second"]].close()
    show_active(window, qtbot)
    asked: list[bool] = []

    def answer(_parent: object) -> bool:
        """Kept the first time it is asked, dismissed the second."""
        asked.append(len(asked) == 1)
        return asked[-1]

    monkeypatch.setattr(reported_encounters_list, "may_dismiss", answer)
    listed.view.selectRow(0)
    qtbot.keyClick(listed.view, Qt.Key.Key_Delete)
    assert asked == [False] and listed.model.rowCount() == 1
    qtbot.mouseClick(listed.dismiss_button, Qt.MouseButton.LeftButton)
    assert asked == [False, True]
    assert listed.model.rowCount() == 0 and not listed.isVisible()
    assert [e.state for e in encounters(vault)] == [
        EncounterState.CONFIRMED,
        EncounterState.DISMISSED,
    ]
    with vault.reading() as session:
        assert contacts.contacts_of(session, dropped["second"]) == []
    window.close()


def test_a_case_closed_meanwhile_is_refused_in_one_sentence(
    qtbot: QtBot, vault: Vault, dropped: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    listed = window.today.encounters
    qtbot.waitUntil(lambda: listed.model.rowCount() == 2, timeout=20_000)
    cases.close_case(vault, dropped["first"], "declined")
    said: list[str] = []
    monkeypatch.setattr(
        "peersupport_desktop.gui.reported_encounters_list.QMessageBox.warning",
        lambda _parent, _title, text: said.append(text),
    )
    listed.view.selectRow(0)
    qtbot.mouseClick(listed.confirm_button, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and "closed" in said[0] and "Omar" not in said[0]
    assert listed.model.rowCount() == 2  # still waiting: dismiss it, or reopen the case
    window.close()
