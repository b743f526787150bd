"""A count said with its noun in the right form: "1 supporter", "2 supporters"."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``plural`` for nouns that do not just take an "s" ("1 person", "2 people")."""
    noun = singular if number == 1 else (plural or f"{singular}s")
    return f"{number:,} {noun}"
