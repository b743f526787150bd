"""Refusing case content in text that must keep none (a debrief's minutes): a case's
reference, or the name of a clinician the vault holds.

Names are matched whole-word, ignoring letter case and accents ("Dr Žofia Nováková"
is found as "zofia novakova"), so a mention is caught however it was typed.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.store.models import Clinician

# PS-000012 as cases.reference writes it, and the ways it is typed (ps 12, PS12).
_REFERENCE = re.compile(r"\bps\s*-?\s*\d+\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def folded_words(text: str) -> tuple[str, ...]:
    """The text's words, lower case, accents dropped."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return tuple(_WORD.findall(plain.casefold()))


class CaseWords:
    """The clinicians' names, read once (an import checks many rows against them)."""

    def __init__(self, session: Session) -> None:
        self.names = {folded_words(name) for name in session.scalars(select(Clinician.name))}
        self.names.discard(())
        self.lengths = sorted({len(name) for name in self.names})

    def found_in(self, text: str) -> bool:
        """Whether the text holds a case reference or a clinician's name."""
        if _REFERENCE.search(text):
            return True
        words = folded_words(text)
        return any(
            words[start : start + length] in self.names
            for length in self.lengths
            for start in range(len(words) - length + 1)
        )
