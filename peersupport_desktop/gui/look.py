"""Icons, the stylesheet, and the warning colour that reads on light and dark palettes."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from peersupport_desktop.resource_files import resource


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def stylesheet() -> str:
    return resource("style.qss").read_text(encoding="utf-8")


def is_dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def alert_colour() -> QColor:
    """Overdue and problem text: a red with enough contrast on either palette."""
    return QColor("#ff8a80") if is_dark() else QColor("#b00020")
