"""The file endings a listing is written in, and the sentence refusing any other: said
here once for the command line, which checks before opening the vault, and for the
service that writes the file. Nothing here imports the database."""

from __future__ import annotations

SUFFIXES = (".csv", ".json", ".xlsx")
WRONG_ENDING = f"Give the file a {', '.join(SUFFIXES)} ending to choose its format."


def listing_format(suffix: str) -> str | None:
    """The format a file's ending names (".csv", ".json" or ".xlsx", in any letter
    case), in lower case; None for any other ending."""
    folded = suffix.lower()
    return folded if folded in SUFFIXES else None
