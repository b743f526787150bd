"""Folding text for search: what a coordinator types on any keyboard finds the name as
it is written ("nunez" finds Núñez, "yilmaz" Yılmaz, "strasse" Straße, "ipek" İpek).

Case is folded (Unicode casefold: ß becomes ss), accents and other combining marks are
dropped after compatibility decomposition (NFKD), and the few Latin letters that carry
their difference in the letter itself rather than in a mark are spelled plainly.
"""

from __future__ import annotations

import unicodedata

# Letters with no decomposition: the plain spelling people type for them.
_PLAIN = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"}
)


def fold(text: str) -> str:
    """``text`` as search compares it: case, accents and marks set aside."""
    folded = text.casefold()
    if folded.isascii():  # most names, and every reference: nothing more to do
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.translate(_PLAIN))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold()
