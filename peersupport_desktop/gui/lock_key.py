"""Ctrl+L locks from any window of the application, a modal dialog's included.

An application-wide shortcut is still offered only to windows no modal dialog
blocks, and a question (Discard?, a chooser, the department list) blocks the main
window the lock action lives in. So the action also joins each window of ours as it
gains focus: the dialog in front then answers the key itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QWindow
from PySide6.QtWidgets import QApplication


class LockKey(QObject):
    """Owned by the action, so the watch on focus ends with it."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.action = action
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self.join)

    def join(self, _window: QWindow | None = None) -> None:
        active = QApplication.activeWindow()
        if active is not None and self.action not in active.actions():
            active.addAction(self.action)
