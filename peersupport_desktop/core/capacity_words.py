"""A supporter's load against their cap in the words every view uses (the roster,
the load view, the listings): "2 of 3 (program default)" when the cap is the
program's, "2 of 5" when it is their own."""

from __future__ import annotations

DEFAULT = "program default"


def capacity_words(capacity: int, is_default: bool) -> str:
    """ "3 (program default)" or "5" (their own)."""
    return f"{capacity} ({DEFAULT})" if is_default else str(capacity)


def load_words(open_cases: int, capacity: int, is_default: bool, *, flagged: bool = False) -> str:
    """ "2 of 3 (program default)"; ``flagged``: said first when over or at the cap
    ("Over capacity: 4 of 3", "At capacity: 3 of 3 (program default)")."""
    words = f"{open_cases} of {capacity_words(capacity, is_default)}"
    if flagged and open_cases > capacity:
        return f"Over capacity: {words}"
    if flagged and open_cases == capacity:
        return f"At capacity: {words}"
    return words
