"""A dialog the window shows once at a time: made when first wanted, raised when wanted
again, forgotten (and deleted) once it closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class OneAtATime(Generic[D]):
    def __init__(self, make: Callable[[], D]) -> None:
        self._make = make
        self.current: D | None = None

    def show(self) -> D:
        if self.current is None:
            dialog = self._make()
            dialog.finished.connect(self._closed)
            self.current = dialog
        self.current.show()
        self.current.raise_()
        self.current.activateWindow()
        return self.current

    def reject(self) -> None:
        """Close it, if open (each dialog's reject waits for its own work)."""
        if self.current is not None:
            self.current.reject()

    def _closed(self) -> None:
        if self.current is not None:
            self.current.deleteLater()
            self.current = None
