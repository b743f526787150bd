"""Auto-lock: idleness, sleep, the screen; half-typed work survives the lock in memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import ContactKind
from peersupport_desktop.gui.idle_lock import IdleLock
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.session_events import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    means_lock,
)
from peersupport_desktop.services import case_list, cases, settings
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active, unlock


class Clocks:
    """A wall clock and a monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.wall_s = 1_000_000.0
        self.monotonic_s = 50.0

    def wall(self) -> float:
        return self.wall_s

    def monotonic(self) -> float:
        return self.monotonic_s

    def awake(self, seconds: float) -> None:
        self.wall_s += seconds
        self.monotonic_s += seconds

    def asleep(self, seconds: float) -> None:
        self.wall_s += seconds  # the monotonic clock stands still while the machine sleeps


def test_the_window_locks_after_the_idle_time_and_input_puts_it_off(
    qtbot: QtBot, vault: Vault
) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    assert window.idle.active and window.idle.timeout_s == 10 * 60  # the default
    window.idle.look_every_s = 0.05
    window.idle.start(0.6 / 60)  # 0.6 s, for the test
    for _ in range(6):  # input every 0.2 s for 1.2 s: never 0.6 s idle
        qtbot.wait(200)
        qtbot.mouseMove(window.navigation, QPoint(5 + _, 5))
        qtbot.keyClick(window.navigation, Qt.Key.Key_Shift)
    assert window.unlock_dialog is None and vault.is_open
    qtbot.waitUntil(lambda: window.unlock_dialog is not None, timeout=3000)
    assert not vault.is_open and not window.splitter.isVisible()
    assert not window.idle.active  # nothing more to watch while locked
    assert "without input" in window.unlock_dialog.ui.hintLabel.text()
    unlock(qtbot, window)
    assert window.idle.active and window.idle.timeout_s == 10 * 60
    window.close()


def test_the_idle_time_is_a_setting_of_1_to_30_minutes(qtbot: QtBot, vault: Vault) -> None:
    settings.change_settings(vault, auto_lock_minutes=3)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    assert window.idle.timeout_s == 3 * 60
    for wrong in (0, 31):
        with pytest.raises(InvalidInput):
            settings.change_settings(vault, auto_lock_minutes=wrong)
    window.settings_page.load()
    window.settings_page.ui.autoLockSpin.setValue(7)
    window.settings_page.save()
    assert window.idle.timeout_s == 7 * 60
    assert window.settings_page.ui.autoLockSpin.maximum() == 30
    window.close()


def test_idleness_counts_the_time_asleep_and_a_sleep_locks_at_once(qtbot: QtBot) -> None:
    clocks = Clocks()
    idle = IdleLock(wall=clocks.wall, monotonic=clocks.monotonic)
    fired: list[str] = []
    idle.idle.connect(fired.append)
    idle.start(10)
    clocks.awake(5)
    idle.look()
    clocks.asleep(20)  # too short to call a sleep, but idleness counts it
    idle.look()
    assert fired == []
    clocks.asleep(3600)
    idle.look()
    assert fired == ["sleep"] and not idle.active
    idle.start(10)
    clocks.awake(599)
    idle.look()
    assert fired == ["sleep"]
    clocks.awake(1)
    idle.look()
    assert fired == ["sleep", "idle"]


def test_a_clock_set_back_does_not_keep_the_window_unlocked(qtbot: QtBot) -> None:
    clocks = Clocks()
    idle = IdleLock(wall=clocks.wall, monotonic=clocks.monotonic)
    fired: list[str] = []
    idle.idle.connect(fired.append)
    idle.start(1)
    clocks.wall_s -= 3600  # the clock set back an hour
    idle.look()
    clocks.awake(60)
    idle.look()
    assert fired == ["idle"]


def test_windows_screen_lock_and_sleep_messages() -> None:
    assert means_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == "screen"
    assert means_lock(WM_POWERBROADCAST, PBT_APMSUSPEND) == "sleep"
    assert means_lock(WM_WTSSESSION_CHANGE, 0x8) is None  # unlock
    assert means_lock(WM_POWERBROADCAST, 0x7) is None  # resume
    assert means_lock(0x0100, WTS_SESSION_LOCK) is None  # a key press


def test_a_half_written_contact_survives_the_lock_in_memory_and_is_saved_after(
    qtbot: QtBot, vault: Vault
) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    window.open_case(case_id)
    view = window.case_views[case_id]
    contact = view.log_contact(ContactKind.OUTREACH_ATTEMPT)
    qtbot.keyClicks(contact.ui.noteEdit, "left a voicemail")
    window.lock("Locked with the screen.")
    assert not view.isVisible()
    assert not contact.isVisible()
    assert not vault.is_open
    unlock(qtbot, window)
    assert view.isVisible()
    assert contact.isVisible()
    assert contact.ui.noteEdit.text() == "left a voicemail"
    contact.save()  # saved through the same vault object, unlocked again
    detail = cases.get_case(vault, case_id)
    assert [c.note for c in detail.contacts] == ["left a voicemail"]
    window.close()


def test_a_question_waiting_at_the_lock_is_answered_no(qtbot: QtBot, vault: Vault) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    answers: list[QMessageBox.StandardButton] = []
    QTimer.singleShot(100, lambda: window.lock())
    answers.append(QMessageBox.question(window, "Retire?", "Retire this supporter?"))
    assert answers == [QMessageBox.StandardButton.NoButton]
    assert window.unlock_dialog is not None
    unlock(qtbot, window)
    window.close()


def test_the_retention_question_left_open_at_the_lock_does_nothing(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.gui.test_vault_keeping_gui import closed_long_ago

    old = closed_long_ago(vault, "Ines Okafor", months=14)
    settings.change_settings(vault, retention_months=12)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    QTimer.singleShot(500, lambda: window.lock())  # while the real question waits
    window.show()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None, timeout=5000)
    qtbot.wait(100)  # the question has returned "no" to a locked window: nothing happens
    assert not vault.is_open and not window.splitter.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No,
    )
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(asked))  # asked again after the unlock
    assert asked[0].startswith("1 closed case")
    row = case_list.case_row(vault, old)
    assert row is not None and row.clinician == "Ines Okafor"
    window.close()
