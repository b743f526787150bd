"""The clipboard: our copies are marked secret and cleared after a while; others' are left alone."""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QMimeData
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui import clipboard_guard
from peersupport_desktop.gui.clipboard_guard import (
    KDE_HINT,
    ClipboardGuard,
    is_ours,
    markers_for,
)


@pytest.fixture
def guard(configured_app: QApplication) -> Iterator[ClipboardGuard]:
    """The application's own guard (launch.application() installs it), made quick."""
    installed = clipboard_guard.install(configured_app)
    saved = (installed.clear_after_ms, installed.ownership_reported)
    installed.clear_after_ms = 200
    QApplication.clipboard().clear()
    yield installed
    installed.clear_after_ms, installed.ownership_reported = saved
    installed.clear_if_still_ours()
    QApplication.clipboard().clear()


def copy_from_a_field(qtbot: QtBot, text: str) -> QLineEdit:
    field = QLineEdit(text)
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    return field


def test_the_application_has_one_guard(configured_app: QApplication) -> None:
    assert clipboard_guard.install(configured_app) is clipboard_guard.install(configured_app)
    assert len(configured_app.findChildren(ClipboardGuard)) == 1


def test_a_copied_name_is_marked_secret_then_cleared(qtbot: QtBot, guard: ClipboardGuard) -> None:
    copy_from_a_field(qtbot, "Dr. Amara Okafor")
    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData()
    assert mime is not None
    assert mime.text() == "Dr. Amara Okafor"
    assert bytes(mime.data(KDE_HINT).data()) == b"secret"
    assert guard.pending
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    emptied = clipboard.mimeData()
    assert emptied is None or not emptied.formats()
    assert not guard.pending


def test_copying_again_restarts_the_wait(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.clear_after_ms = 1500
    copy_from_a_field(qtbot, "first")
    qtbot.wait(900)
    copy_from_a_field(qtbot, "second")
    qtbot.wait(900)  # past the first copy's time, not the second's
    assert QApplication.clipboard().text() == "second"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)


def test_text_another_program_copied_is_not_touched(qtbot: QtBot, guard: ClipboardGuard) -> None:
    # Where the platform reports ownership (X11, Wayland, Windows), it decides. Offscreen
    # never reports owning the clipboard, so every change here is "another program's".
    guard.ownership_reported = True
    QApplication.clipboard().setText("copied in the mail program")
    mime = QApplication.clipboard().mimeData()
    assert not mime.hasFormat(KDE_HINT)
    assert not guard.pending
    qtbot.wait(400)
    assert QApplication.clipboard().text() == "copied in the mail program"


def test_what_others_copied_over_ours_is_not_cleared(qtbot: QtBot, guard: ClipboardGuard) -> None:
    copy_from_a_field(qtbot, "Dr. Amara Okafor")
    assert guard.pending
    guard.ownership_reported = True  # from now on the platform says: not ours
    QApplication.clipboard().setText("someone else's")
    assert not guard.pending
    qtbot.wait(400)
    assert QApplication.clipboard().text() == "someone else's"


def test_on_macos_what_arrives_while_activating_is_another_programs(
    qtbot: QtBot, guard: ClipboardGuard, configured_app: QApplication
) -> None:
    # macOS re-reads the pasteboard when the application is activated and announces
    # other programs' copies then, from inside the activation; the offscreen platform
    # reports no ownership either, so the same rule applies here.
    assert not guard.ownership_reported
    QApplication.sendEvent(configured_app, QEvent(QEvent.Type.ApplicationActivate))
    QApplication.clipboard().setText("copied in the browser")
    assert not QApplication.clipboard().mimeData().hasFormat(KDE_HINT)
    assert not guard.pending
    qtbot.wait(400)
    assert QApplication.clipboard().text() == "copied in the browser"
    # Once the event loop has turned, a copy is ours again.
    copy_from_a_field(qtbot, "ours")
    assert QApplication.clipboard().mimeData().hasFormat(KDE_HINT)


def test_quitting_clears_what_is_still_ours(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.clear_after_ms = 60_000
    copy_from_a_field(qtbot, "Dr. Amara Okafor")
    guard._quitting()  # what aboutToQuit calls
    assert QApplication.clipboard().text() == ""


def test_the_decision() -> None:
    assert is_ours(ownership_reported=True, owns=True, activating=False)
    assert is_ours(ownership_reported=True, owns=True, activating=True)
    assert not is_ours(ownership_reported=True, owns=False, activating=False)
    assert is_ours(ownership_reported=False, owns=False, activating=False)
    assert not is_ours(ownership_reported=False, owns=False, activating=True)


def test_the_markers_of_each_system() -> None:
    zero = struct.pack("<I", 0)
    assert markers_for("linux") == {"x-kde-passwordManagerHint": b"secret"}
    assert markers_for("win32") == {
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': zero,
        'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': zero,
        'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': zero,
    }
    assert markers_for("darwin") == {"application/x-nspasteboard-concealed-type": b"secret"}


def test_a_marked_copy_keeps_every_format() -> None:
    original = QMimeData()
    original.setText("plain")
    original.setHtml("<b>plain</b>")
    marked = clipboard_guard.marked_copy(original, markers_for("win32"))
    assert marked.text() == "plain" and marked.html() == "<b>plain</b>"
    assert clipboard_guard.is_marked(marked, markers_for("win32"))
    assert not clipboard_guard.is_marked(original, markers_for("win32"))
