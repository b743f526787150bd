"""Icons drawn in the colours of the palette in use, at the moment they are painted.

The SVG files are drawn in two colours: the program's blue (#3b6ea5) and a warning
red (#c62828). Painted as they are, the blue fades on a dark palette and both fight a
high-contrast theme, whose users chose their colours. So each icon is drawn anew from
its SVG with the colours the palette asks for: blue on a light palette, a lighter
blue on a dark one, and the theme's own text colour under high contrast (the warning
red becomes the alert colour, which follows the same rules). A palette change
repaints the widgets, and the icons with them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

BLUE = "#3b6ea5"
RED = "#c62828"
DARK_BLUE = "#8ab4e8"


def high_contrast() -> bool:
    """Whether the system asks for high contrast (Windows, macOS and GNOME say so)."""
    style_hints = QApplication.styleHints()  # kept: the accessibility hints are its child
    accessibility = getattr(style_hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def alert_colour() -> QColor:
    """Overdue and problem text: a red with enough contrast on either palette; under
    high contrast, the theme's text colour (the words and the sign say it)."""
    if high_contrast():
        return QApplication.palette().color(QPalette.ColorRole.WindowText)
    return QColor("#ff8a80") if is_dark() else QColor("#b00020")


def drawing_colour(mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    if high_contrast():
        return palette.color(QPalette.ColorRole.ButtonText)
    return QColor(DARK_BLUE if is_dark() else BLUE)


# QIcon keeps a C++ pointer to its engine but not the Python object: without a
# reference here the engine would be collected under a live icon. Icons are made once
# per name (look.icon caches them), so this holds a handful.
_LIVE: list[QIconEngine] = []


class PaletteIconEngine(QIconEngine):
    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        _LIVE.append(self)

    def coloured(self, mode: QIcon.Mode) -> bytes:
        # Hovered (Active) or not, a warning is drawn as one; disabled or selected, in
        # the colour the palette gives those states.
        ordinary = mode in (QIcon.Mode.Normal, QIcon.Mode.Active)
        warning = (alert_colour() if ordinary else drawing_colour(mode)).name()
        return (
            self.svg.replace(RED, warning)
            .replace(BLUE, drawing_colour(mode).name())
            .encode("utf-8")
        )

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        QSvgRenderer(QByteArray(self.coloured(mode))).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Drawn at the screen's own resolution, so it stays sharp at 150%."""
        image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            self.paint(painter, QRect(QPoint(0, 0), image.size()), mode, state)
        finally:
            painter.end()
        image.setDevicePixelRatio(scale)
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.svg)


def palette_icon(svg: str) -> QIcon:
    return QIcon(PaletteIconEngine(svg))
