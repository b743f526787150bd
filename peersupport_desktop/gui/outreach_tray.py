"""The tray icon: how many cases wait for outreach, never who or why.

A notification comes when the number waiting or overdue grows, not on every
refresh, so it is news rather than noise.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from peersupport_desktop.gui.look import icon

TITLE = "Peer Support Desktop"


def waiting_message(waiting: int, overdue: int) -> str | None:
    """The notification's text: counts only. None when nobody waits."""
    if waiting == 0:
        return None
    cases = "1 case is" if waiting == 1 else f"{waiting} cases are"
    text = f"{cases} waiting for outreach"
    if overdue:
        text += f" ({overdue} past the target)"
    return text + "."


class OutreachTray(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon("app"), self)
        self.icon.setToolTip(TITLE)
        self.last: tuple[int, int] = (0, 0)
        self.notified: list[str] = []  # what was said, oldest first
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def update(self, waiting: int, overdue: int) -> None:
        text = waiting_message(waiting, overdue)
        self.icon.setToolTip(f"{TITLE}: {text}" if text else TITLE)
        grew = waiting > self.last[0] or overdue > self.last[1]
        self.last = (waiting, overdue)
        if text is not None and grew:
            self.notified.append(text)
            if self.icon.isVisible():
                self.icon.showMessage(TITLE, text, QSystemTrayIcon.MessageIcon.Information)

    def locked(self) -> None:
        """Locked: the counts come back with the next unlock."""
        self.icon.setToolTip(f"{TITLE} (locked)")
        self.last = (0, 0)
