"""The icon in each platform's format, drawn from the one SVG."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from bundle_icons import ICNS_SIZES, ICO_SIZES, PNG_SIZE, make_icons


def test_every_format_holds_every_size_and_a_drawn_picture(tmp_path: Path, qapp: object) -> None:
    # qapp: pytest-qt's application exists first, so drawing does not make a bare one.
    icons = make_icons(tmp_path / "icons")

    with Image.open(icons.ico) as ico:
        assert ico.format == "ICO"
        assert set(ico.info["sizes"]) == {(size, size) for size in ICO_SIZES}
    with Image.open(icons.icns) as icns:
        assert icns.format == "ICNS"
        assert max(ICNS_SIZES) in {max(size[:2]) * size[2] for size in icns.info["sizes"]}
    with Image.open(icons.png) as png:
        assert png.size == (PNG_SIZE, PNG_SIZE)
        rgba = png.convert("RGBA")
        centre = rgba.getpixel((PNG_SIZE // 2, PNG_SIZE // 4))
        corner = rgba.getpixel((0, 0))
    assert isinstance(centre, tuple) and isinstance(corner, tuple)
    assert centre[3] == 255  # the drawing, opaque
    assert corner[3] == 0  # the rounded corner, transparent
    assert icons.svg.suffix == ".svg" and icons.svg.is_file()
