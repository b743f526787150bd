"""Passphrase rules after NIST SP 800-63B: length, not composition; refuse guessable ones."""

from __future__ import annotations

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
    length = len(phrase)
    if length < MIN_LENGTH:
        return PassphraseVerdict(
            False, 0, f"The passphrase needs at least {MIN_LENGTH} characters (it has {length})."
        )
    if length > MAX_LENGTH:
        return PassphraseVerdict(
            False, 0, f"The passphrase can have at most {MAX_LENGTH} characters."
        )
    score = _score(phrase, context)
    if score < MIN_ZXCVBN_SCORE:
        return PassphraseVerdict(
            False,
            score,
            "This passphrase is too common or easy to guess: add unrelated words.",
        )
    return PassphraseVerdict(True, score, "")


def _score(phrase: str, context: tuple[str, ...]) -> int:
    from zxcvbn import zxcvbn  # imported late: its dictionaries take a moment to load

    # zxcvbn only looks at the first 100 characters; beyond that length is strength enough.
    result = zxcvbn(phrase[:100], user_inputs=list(context))
    return int(result["score"])
