"""Putting every open window out of sight on lock, and bringing it back on unlock.

A window with typed-in work (a half-written contact, a new case) is hidden, not
closed, so what was typed stays in its widgets, in memory only, until the vault is
unlocked again. A question that was waiting (a message box, a file or item chooser)
(any modal dialog: a message box, a file, item or print chooser) is answered "no" or
cancelled, and asked again by doing the thing again; menus and tooltips close.
Native dialogs of Windows and macOS are not Qt windows and stay open.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

QUESTIONS = (QMessageBox, QInputDialog, QFileDialog, QProgressDialog)
FLEETING = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def put_away_windows(main: QWidget) -> list[QWidget]:
    """Hide every visible window but ``main``; returns those to show again, in order."""
    hidden: list[QWidget] = []
    for window in QApplication.topLevelWidgets():
        if window is main or not window.isVisible():
            continue
        modal = window.windowModality() is not Qt.WindowModality.NonModal
        if isinstance(window, QDialog) and (modal or isinstance(window, QUESTIONS)):
            # A modal dialog waits in exec() or open(): hiding it would end exec() and
            # bring it back modeless. It is answered "no" (cancel) instead.
            window.done(QDialog.DialogCode.Rejected)
        elif window.windowType() in FLEETING:
            window.hide()
        else:
            window.hide()
            hidden.append(window)
    return hidden


def bring_back(windows: list[QWidget]) -> None:
    for window in windows:
        if shiboken6.isValid(window):  # a window may have been deleted meanwhile
            window.show()
