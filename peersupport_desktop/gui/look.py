"""Icons, the stylesheet, and the warning colour that reads on light and dark palettes
and under a high-contrast theme (the rules are in palette_icons)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from peersupport_desktop.gui.palette_icons import alert_colour, high_contrast, is_dark, palette_icon
from peersupport_desktop.resource_files import resource

__all__ = ["alert_colour", "high_contrast", "icon", "is_dark", "stylesheet"]

OWN_COLOURS = frozenset({"app"})  # the application's own mark keeps its colours


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if name in OWN_COLOURS:
        return QIcon(str(path))
    return palette_icon(path.read_text(encoding="utf-8"))


def stylesheet() -> str:
    return resource("style.qss").read_text(encoding="utf-8")
