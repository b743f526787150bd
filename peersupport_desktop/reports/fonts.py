"""The report's fonts, all embedded: DejaVu Sans, with fallbacks for Han, Kana and Hangul."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from peersupport_desktop.resource_files import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
HAN_KANA = "DroidSansFallback"
HANGUL = "NanumGothic"
FALLBACKS = (HAN_KANA, HANGUL)

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    HAN_KANA: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
}


@cache
def register() -> None:
    """The main family; the large fallbacks load only when a name needs them."""
    for name in (REGULAR, BOLD):
        ensure(name)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def ensure(name: str) -> None:
    pdfmetrics.registerFont(TTFont(name, str(resource("fonts", _FILES[name]))))
