"""Passphrase rules after NIST SP 800-63B: length, not composition; refuse guessable ones."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_LENGTH = 15
MAX_LENGTH = 256
MIN_ZXCVBN_SCORE = 3

RULES_SENTENCE = (
    f"Use at least {MIN_LENGTH} characters: a few unrelated words work well; "
    "any letters, spaces and symbols are allowed, and common or guessable phrases are refused."
)


@dataclass(frozen=True, slots=True)
class PassphraseVerdict:
    acceptable: bool
    score: int  # 0..4, for a strength indication
    problem: str  # one sentence; empty when acceptable


def normalize(passphrase: str) -> str:
    """NFKC, as SP 800-63B advises, so the same phrase typed on any system opens the vault."""
    return unicodedata.normalize("NFKC", passphrase)


def evaluate(passphrase: str, *, context: tuple[str, ...] = ()) -> PassphraseVerdict:
    """Judge a new passphrase; ``context`` holds words a guesser would try (program name...)."""
    phrase = normalize(passphrase)
    if any(unicodedata.category(ch) == "Cc" for ch in phrase):
        return PassphraseVerdict(False, 0, "The passphrase cannot contain control characters.")
    if _RAW_KEY.match(phrase):
        # A standard SQLCipher client reads x'…' as the key itself, not a passphrase:
        # the vault could then never be opened outside this application.
        return PassphraseVerdict(
            False, 0, "A passphrase cannot have the form x'…': SQLCipher reads that as a raw key."
        )
    length = len(phrase)
    if length < MIN_LENGTH:
        return PassphraseVerdict(
            False, 0, f"The passphrase needs at least {MIN_LENGTH} characters (it has {length})."
        )
    if length > MAX_LENGTH:
        return PassphraseVerdict(
            False, 0, f"The passphrase can have at most {MAX_LENGTH} characters."
        )
    score = 0 if _is_repetition(phrase) else _score(phrase, context)
    if score < MIN_ZXCVBN_SCORE:
        return PassphraseVerdict(
            False,
            score,
            "This passphrase is too common or easy to guess: add unrelated words.",
        )
    return PassphraseVerdict(True, score, "")


_RAW_KEY = re.compile(r"^\s*[xX]'.*'\s*$", re.DOTALL)


def _is_repetition(phrase: str) -> bool:
    """A short unit said over and over ("plum plum plum ..."), which SP 800-63B refuses."""
    folded = phrase.casefold().strip()
    for unit in range(1, len(folded) // 3 + 1):
        if (folded[:unit] * (len(folded) // unit + 1))[: len(folded)] == folded:
            return True
    return False


def _score(phrase: str, context: tuple[str, ...]) -> int:
    from zxcvbn import zxcvbn  # imported late: its dictionaries take a moment to load

    # zxcvbn refuses more than 72 characters; past that, length is strength enough.
    result = zxcvbn(phrase[:72], user_inputs=list(context))
    return int(result["score"])
