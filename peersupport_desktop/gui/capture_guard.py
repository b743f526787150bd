"""Screen capture on Windows: the application's windows are left out of screenshots,
screen recordings and shared screens.

Every top-level window (the main window, each dialog, menus and completer pop-ups,
which can list names too) gets ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)``
when it is shown: captures see nothing where it is, while the coordinator sees it as
usual. Windows older than 10 version 2004 know only ``WDA_MONITOR``, which blacks the
window out in captures instead; it is the fallback there, and wherever the first call
is refused. Applying it at every show, not once, covers a window whose native handle
Qt re-created. Elsewhere this module does nothing: other systems offer no such switch
to an application.
"""

from __future__ import annotations

import sys
from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
EXCLUDE_FROM_CAPTURE_BUILD = 19041  # Windows 10 version 2004


class DisplayAffinity(Protocol):
    """The one user32 function used; a fake stands in for it in tests."""

    def SetWindowDisplayAffinity(self, hwnd: int, affinity: int) -> int: ...


class CaptureGuard(QObject):
    """An application-wide filter that sets the display affinity of each window shown."""

    def __init__(self, app: QApplication, user32: DisplayAffinity, *, build: int) -> None:
        super().__init__(app)
        self._user32 = user32
        self.preferred = (
            WDA_EXCLUDEFROMCAPTURE if build >= EXCLUDE_FROM_CAPTURE_BUILD else WDA_MONITOR
        )
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.protect(watched)
        return False

    def protect(self, window: QWidget) -> bool:
        """Keep ``window`` out of captures; False if Windows refused both ways."""
        hwnd = int(window.winId())
        if self._user32.SetWindowDisplayAffinity(hwnd, self.preferred):
            return True
        if self.preferred == WDA_MONITOR:
            return False
        return bool(self._user32.SetWindowDisplayAffinity(hwnd, WDA_MONITOR))


def install(
    app: QApplication,
    *,
    user32: DisplayAffinity | None = None,
    build: int | None = None,
) -> CaptureGuard | None:
    """The guard on Windows (or with ``user32`` given); None elsewhere, with no filter.

    Made once per application: later calls return the first guard.
    """
    existing = app.findChild(CaptureGuard)
    if isinstance(existing, CaptureGuard):
        return existing
    if user32 is None:
        user32 = _windows_user32()
        if user32 is None:
            return None
    if build is None:
        build = _windows_build()
    return CaptureGuard(app, user32, build=build)


def _windows_build() -> int:
    if sys.platform == "win32":
        return sys.getwindowsversion().build
    return 0


def _windows_user32() -> DisplayAffinity | None:
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    set_affinity = user32.SetWindowDisplayAffinity
    set_affinity.argtypes = [wintypes.HWND, wintypes.DWORD]
    set_affinity.restype = wintypes.BOOL
    return cast(DisplayAffinity, user32)
