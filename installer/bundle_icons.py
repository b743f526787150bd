"""The application icon in every platform's format, drawn from resources/icons/app.svg.

Generated at build time rather than committed, so the SVG stays the only source.
Qt draws the sizes (it reads SVG); Pillow, which reportlab already brings, writes the
Windows .ico and the macOS .icns.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from bundle_identity import ROOT

SOURCE = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
PNG_SIZE = 256  # the Linux desktop entry's and AppStream's


@dataclass(frozen=True, slots=True)
class Icons:
    ico: Path
    icns: Path
    png: Path
    svg: Path


def make_icons(folder: Path) -> Icons:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    drawn = {size: Image.open(io.BytesIO(_png(size))) for size in {*ICO_SIZES, *ICNS_SIZES}}
    icons = Icons(
        ico=folder / "app.ico",
        icns=folder / "app.icns",
        png=folder / f"app-{PNG_SIZE}.png",
        svg=SOURCE,
    )
    largest_ico = drawn[max(ICO_SIZES)]
    largest_ico.save(
        icons.ico,
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[drawn[size] for size in ICO_SIZES],
    )
    drawn[max(ICNS_SIZES)].save(icons.icns, append_images=[drawn[size] for size in ICNS_SIZES[:-1]])
    icons.png.write_bytes(_png(PNG_SIZE))
    return icons


def _png(size: int) -> bytes:
    """app.svg drawn at size x size, as PNG bytes, anti-aliased on a transparent ground."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _keep.append(QGuiApplication([]))
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise ValueError(f"{SOURCE} is not a valid SVG image.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The binding takes the format as str; PySide 6.11's stubs say bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


_keep: list[object] = []  # the application object Qt needs for drawing, kept alive
