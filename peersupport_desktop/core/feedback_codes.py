"""The feedback form's pseudonymous codes, and the answers survey tools send back.

A code is eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown
as two groups of four ("K7QM-3XPD") so it can be read over the phone or typed from
paper; it comes back with or without the dash, in any letter case. 31 ** 8 codes
(about 850 thousand million): nobody finds another person's by guessing.
"""

from __future__ import annotations

import re
import secrets

from peersupport_desktop.core.codes import FeedbackAnswer
from peersupport_desktop.core.yes_no import NO_WORDS, YES_WORDS, folded

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 8
_SPACING = re.compile(r"[\s\-_.]")


def fresh_code() -> str:
    drawn = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return shown(drawn)


def shown(plain: str) -> str:
    return f"{plain[:4]}-{plain[4:]}"


def normal_code(text: str) -> str | None:
    """The code as stored ("K7QM-3XPD"), from what a person or a survey tool typed;
    None when it cannot be a code."""
    plain = _SPACING.sub("", text).upper()
    if len(plain) != LENGTH or any(char not in ALPHABET for char in plain):
        return None
    return shown(plain)


# Survey tools' words for the yes / partly / no questions: every import's yes and no
# (core/yes_no), and more. "Not sure" and "don't know" are no answer: they say neither
# yes nor no, so they count neither way (blank).
_YES = YES_WORDS | {"ja", "oui", "definitely", "yes definitely"}
_PARTLY = {
    "partly", "partially", "in part", "somewhat", "a little", "a bit", "sort of", "to some extent",
    "some", "a little better", "yes partly", "yes, partly", "kind of",
}  # fmt: skip
_NO = NO_WORDS | {"not really", "not at all"}
_NO_ANSWER = {"", "not sure", "unsure", "don't know", "dont know", "do not know", "n/a", "na"}


class UnknownAnswer(ValueError):
    """The cell is no answer the form's question allows."""


def yes_partly_no(text: str) -> FeedbackAnswer | None:
    word = folded(text)
    if word in _NO_ANSWER:
        return None
    if word in _YES:
        return FeedbackAnswer.YES
    if word in _PARTLY:
        return FeedbackAnswer.PARTLY
    if word in _NO:
        return FeedbackAnswer.NO
    raise UnknownAnswer


# 1 (not at all helpful) to 5 (very helpful), or the words survey tools label them with.
_HELPFUL_WORDS = {
    "not at all helpful": 1, "not at all": 1, "not helpful": 1, "unhelpful": 1,
    "slightly helpful": 2, "a little helpful": 2, "a little": 2, "slightly": 2,
    "somewhat helpful": 3, "moderately helpful": 3, "somewhat": 3, "moderately": 3,
    "quite helpful": 4, "helpful": 4, "mostly helpful": 4, "quite": 4,
    "very helpful": 5, "extremely helpful": 5, "very": 5, "extremely": 5,
}  # fmt: skip
_LEADING_DIGIT = re.compile(r"^([1-5])(?:\.0*)?(?:\s*[-–:=)]\s*.*|\s*)$")


def helpful_score(text: str) -> int | None:
    """1 to 5 from "4", "4.0", "4 - Quite helpful" (REDCap's labels) or the words alone."""
    word = " ".join(text.casefold().split())
    if word in _NO_ANSWER:
        return None
    found = _LEADING_DIGIT.match(word)
    if found:
        return int(found.group(1))
    if word in _HELPFUL_WORDS:
        return _HELPFUL_WORDS[word]
    raise UnknownAnswer
