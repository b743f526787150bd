"""The report's page geometry, paragraph styles and table grid, shared by every edition."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from peersupport_desktop.reports import fonts

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#cbd2d9")
HEAD = colors.HexColor("#e4e7eb")

Styles = dict[str, ParagraphStyle]


def paragraph_styles() -> Styles:
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=13)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=22, leading=27),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17, spaceBefore=10,
            spaceAfter=6,
        ),
        # Its bullet in an embedded font, not reportlab's Helvetica; at 8 pt the text
        # after it starts where it did.
        "sentence": ParagraphStyle(
            "sentence", parent=base, fontSize=9.5, leading=13, leftIndent=9, bulletIndent=0,
            spaceAfter=2, bulletFontName=fonts.REGULAR, bulletFontSize=8,
        ),
        "stamp": ParagraphStyle(
            "stamp", parent=base, fontName=fonts.BOLD, fontSize=11,
            textColor=colors.HexColor("#ab091e"),
        ),
    }  # fmt: skip


def grid_style(*, header: bool, numeric_from: int) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ]
    return TableStyle(commands)
