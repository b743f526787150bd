"""The screen locking or the machine going to sleep, where the platform says so.

Windows tells a window both: WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK once the
window registers for session notifications, and WM_POWERBROADCAST with
PBT_APMSUSPEND before sleeping. Elsewhere the idle timer's sleep detection
(gui/idle_lock.py) covers the machine sleeping, and a locked screen follows
idleness; listening to the desktop's D-Bus would mean a socket, which this
application does not open.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


def means_lock(message: int, wparam: int) -> str | None:
    """Why a Windows message means locking now ("screen" or "sleep"), or None."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    return None


class SessionEvents(QObject):
    """Emits ``locking`` when Windows says the screen locks or the machine sleeps."""

    locking = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: _WindowsMessages | None = None

    def watch(self, window: QWidget) -> bool:
        """Listen through ``window``; False where the platform tells nothing."""
        if sys.platform != "win32" or self._filter is not None:
            return self._filter is not None
        wts = ctypes.WinDLL("wtsapi32")
        if not wts.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION):
            return False
        self._filter = _WindowsMessages(self.locking.emit)
        app = QApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        return True


class _WindowsMessages(QAbstractNativeEventFilter):
    def __init__(self, say: Any) -> None:
        super().__init__()
        self._say = say

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: Any
    ) -> tuple[bool, int]:
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if kind == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            why = means_lock(msg.message, msg.wParam or 0)
            if why is not None:
                self._say(why)
        return False, 0
