"""Screen capture: on Windows each top-level window is kept out of captures; elsewhere nothing.

Linux cannot call user32, so a fake stands in for the one function used. It records
what it receives and answers as Windows does (non-zero: done, zero: refused); it does
not pretend to hide anything.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui import capture_guard
from peersupport_desktop.gui.capture_guard import (
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    CaptureGuard,
)
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.unlock_dialog import UnlockDialog
from peersupport_desktop.store.vault import Vault

WINDOWS_11 = 22631
WINDOWS_10_1909 = 18363


class FakeUser32:
    def __init__(self, refused: frozenset[int] = frozenset()) -> None:
        self.calls: list[tuple[int, int]] = []
        self.refused = refused

    def SetWindowDisplayAffinity(self, hwnd: int, affinity: int) -> int:
        self.calls.append((hwnd, affinity))
        return 0 if affinity in self.refused else 1


MakeGuard = Callable[[FakeUser32, int], CaptureGuard]


@pytest.fixture
def make_guard(configured_app: QApplication) -> Iterator[MakeGuard]:
    """A guard over the fake, taken off the application after the test."""
    made: list[CaptureGuard] = []

    def make(user32: FakeUser32, build: int) -> CaptureGuard:
        made.append(CaptureGuard(configured_app, user32, build=build))
        return made[-1]

    yield make
    for guard in made:
        configured_app.removeEventFilter(guard)
        guard.setParent(None)
        guard.deleteLater()


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows only")
def test_off_windows_nothing_is_installed(configured_app: QApplication) -> None:
    assert capture_guard.install(configured_app) is None
    assert configured_app.findChildren(CaptureGuard) == []


def test_every_top_level_window_shown_is_excluded_from_capture(
    qtbot: QtBot, make_guard: MakeGuard, vault: Vault, tmp_path: Path
) -> None:
    user32 = FakeUser32()
    make_guard(user32, WINDOWS_11)

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    dialog = UnlockDialog(tmp_path / "program.vault", window)
    qtbot.addWidget(dialog)
    dialog.show()
    box = QMessageBox(QMessageBox.Icon.Information, "t", "a message", parent=window)
    qtbot.addWidget(box)
    box.show()

    for shown in (window, dialog, box):
        assert (int(shown.winId()), WDA_EXCLUDEFROMCAPTURE) in user32.calls
    assert {affinity for _, affinity in user32.calls} == {WDA_EXCLUDEFROMCAPTURE}
    window.close()


def test_child_widgets_are_not_windows(qtbot: QtBot, make_guard: MakeGuard) -> None:
    user32 = FakeUser32()
    make_guard(user32, WINDOWS_11)
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    for _ in range(3):
        layout.addWidget(QLineEdit())
    top.show()  # the children get Show events too
    assert user32.calls == [(int(top.winId()), WDA_EXCLUDEFROMCAPTURE)]
    top.hide()
    top.show()  # each showing again: its native window may have been made anew
    assert len(user32.calls) == 2


def test_windows_before_10_2004_get_the_monitor_affinity(
    qtbot: QtBot, make_guard: MakeGuard
) -> None:
    user32 = FakeUser32()
    make_guard(user32, WINDOWS_10_1909)
    top = QWidget()
    qtbot.addWidget(top)
    top.show()
    assert user32.calls == [(int(top.winId()), WDA_MONITOR)]


def test_a_refused_exclusion_falls_back_to_the_monitor_affinity(
    qtbot: QtBot, make_guard: MakeGuard
) -> None:
    user32 = FakeUser32(refused=frozenset({WDA_EXCLUDEFROMCAPTURE}))
    guard = make_guard(user32, WINDOWS_11)
    top = QWidget()
    qtbot.addWidget(top)
    top.show()
    hwnd = int(top.winId())
    assert user32.calls == [(hwnd, WDA_EXCLUDEFROMCAPTURE), (hwnd, WDA_MONITOR)]
    # Both refused (a remote session can): said, and nothing raised.
    user32.refused = frozenset({WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR})
    assert guard.protect(top) is False
