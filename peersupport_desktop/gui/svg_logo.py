"""An SVG logo drawn once into a PNG, which is what the vault keeps and the report draws:
Qt's own SVG renderer does it, so no other library is needed, and QtSvg fetches
nothing an SVG file points at (it follows no external reference)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

WIDTH = 800  # pixels: sharp at the cover's 5 cm, small in the vault


def is_svg(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head)


def svg_as_png(data: bytes) -> bytes | None:
    """The picture as a PNG WIDTH pixels wide, its shape kept; None when it is no SVG
    Qt can draw."""
    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.width() <= 0 or size.height() <= 0:
        return None
    image = QImage(
        QSize(WIDTH, max(1, round(WIDTH * size.height() / size.width()))),
        QImage.Format.Format_ARGB32,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    return bytes(buffer.data().data())
