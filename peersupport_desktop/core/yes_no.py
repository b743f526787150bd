"""Yes or no as a file's cell says it, in the words spreadsheets, forms and survey tools
export: REDCap's checkboxes say Checked / Unchecked, and a tick column may hold an x.
A blank cell is neither here; each import says what blank means for its question."""

from __future__ import annotations

YES_WORDS = frozenset({"yes", "y", "true", "1", "checked", "x"})
NO_WORDS = frozenset({"no", "n", "false", "0", "unchecked"})


class NotYesOrNo(ValueError):
    """The cell is neither yes nor no (the caller's sentence names the question)."""


def folded(text: str) -> str:
    """The cell as the words above are written: lower case, single spaces, straight
    apostrophes (a form's "don’t" is "don't")."""
    return " ".join(text.replace("\u2019", "'").casefold().split())


def yes_or_no(text: str) -> bool | None:
    """True or False; None for a blank cell; NotYesOrNo for anything else."""
    word = folded(text)
    if not word:
        return None
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise NotYesOrNo
