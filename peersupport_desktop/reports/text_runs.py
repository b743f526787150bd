"""Setting any name in type: each character in the first bundled font that has it.

DejaVu Sans covers the Latin, Greek, Cyrillic, Hebrew and Arabic scripts; Droid
Sans Fallback adds Han and Kana, NanumGothic adds Hangul. All three are embedded
(subset), so the page prints the same on any viewer and any printer.
"""

from __future__ import annotations

from functools import cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from peersupport_desktop.reports import fonts


def runs(text: str, font: str = fonts.REGULAR) -> list[tuple[str, str]]:
    """(font name, text) pieces, in order, each set in a font that has its glyphs."""
    chain = (font, *fonts.FALLBACKS)
    pieces = groupby(text, key=lambda ch: _first_covering(ch, chain))
    return [(name, "".join(chars)) for name, chars in pieces]


def markup(text: str, font: str = fonts.REGULAR) -> str:
    """Paragraph markup for ``text``, escaped, with fallback fonts where needed."""
    return "".join(
        escape(piece) if name == font else f'<font name="{name}">{escape(piece)}</font>'
        for name, piece in runs(text, font)
    )


def _first_covering(ch: str, chain: tuple[str, ...]) -> str:
    if ch.isspace():
        return chain[0]
    for name in chain:
        if ord(ch) in _covered(name):
            return name
    return chain[0]  # nothing has it: the main font's missing-glyph box


@cache
def _covered(font: str) -> frozenset[int]:
    fonts.ensure(font)
    registered = pdfmetrics.getFont(font)
    assert isinstance(registered, TTFont)
    return frozenset(registered.face.charToGlyph)
