"""Auto-lock: after a while without input, or when the machine has slept.

An application-wide event filter notes every key, click, wheel turn and touch in
any of the application's windows (as KeePassXC's inactivity timer does). A timer
looks every few seconds; idleness is measured on the wall clock, which runs on
while the machine sleeps. A look that comes much later than it was due, by the
wall clock against the monotonic one (which stops during sleep on Linux and
macOS), means the machine slept: the window locks at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
LOOK_EVERY_S = 5.0
SLEPT_AFTER_S = 30.0  # a look this much later than due, by the wall clock: the machine slept


class IdleLock(QObject):
    """Emits ``idle`` once after ``timeout_s`` without input, or after a sleep; then waits
    for ``start`` again (the window is locked meanwhile)."""

    idle = Signal(str)  # why: "idle" or "sleep"

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.wall, self.monotonic = wall, monotonic
        self.timeout_s = 600.0
        self.look_every_s = LOOK_EVERY_S
        self.slept_after_s = SLEPT_AFTER_S
        self._last_input = 0.0
        self._last_look = (0.0, 0.0)  # wall, monotonic
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.look)
        self._filtering = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self, minutes: float) -> None:
        """Watch for ``minutes`` without input (from now)."""
        self.timeout_s = minutes * 60
        self._last_input = self.wall()
        self._last_look = (self._last_input, self.monotonic())
        if not self._filtering:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._filtering = True
        self._timer.start(int(min(self.look_every_s, self.timeout_s) * 1000))

    def stop(self) -> None:
        """Nothing to watch (locked, or the window closed): every event goes by untouched."""
        self._timer.stop()
        app = QApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self.wall()
        return False  # only looking: every event goes on as usual

    def look(self) -> None:
        wall, monotonic = self.wall(), self.monotonic()
        last_wall, last_monotonic = self._last_look
        self._last_look = (wall, monotonic)
        if (wall - last_wall) - (monotonic - last_monotonic) > self.slept_after_s:
            self._fire("sleep")
        elif wall < self._last_input:  # the clock was set back: count from now
            self._last_input = wall
        elif wall - self._last_input >= self.timeout_s:
            self._fire("idle")

    def _fire(self, why: str) -> None:
        self.stop()
        self.idle.emit(why)
