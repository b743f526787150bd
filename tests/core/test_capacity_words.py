"""One wording of a load against its cap, for the roster, its page and the load view."""

from __future__ import annotations

from peersupport_desktop.core.capacity_words import capacity_words, load_words


def test_the_cap_says_when_it_is_the_program_default() -> None:
    assert capacity_words(3, True) == "3 (program default)"
    assert capacity_words(5, False) == "5"


def test_the_load() -> None:
    assert load_words(2, 3, True) == "2 of 3 (program default)"
    assert load_words(2, 5, False) == "2 of 5"
    assert load_words(4, 3, True) == "4 of 3 (program default)"  # not flagged: figures only


def test_flagged_says_over_or_at_the_cap_first() -> None:
    assert load_words(4, 3, True, flagged=True) == "Over capacity: 4 of 3 (program default)"
    assert load_words(3, 3, False, flagged=True) == "At capacity: 3 of 3"
    assert load_words(0, 3, False, flagged=True) == "0 of 3"
