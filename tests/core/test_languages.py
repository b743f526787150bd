"""Languages are kept as codes, whatever the person typed, and said by name."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.languages import LANGUAGES, by_name, language_code, language_name


@pytest.mark.parametrize(
    ("typed", "code"),
    [("en", "en"), ("EN", "en"), ("English", "en"), (" english ", "en"), ("Vietnamese", "vi"),
     ("farsi", "fa"), ("Persian (Farsi)", "fa"), ("Tagalog", "tl"), ("Filipino", "tl"),
     ("Kreyòl", "ht"), ("Mandarin", "zh"), ("Klingon", None), ("", None)],
)  # fmt: skip
def test_a_typed_language_becomes_its_code(typed: str, code: str | None) -> None:
    assert language_code(typed) == code


def test_every_code_round_trips_and_the_list_reads_in_name_order() -> None:
    for code, name in LANGUAGES.items():
        assert len(code) == 2 and language_code(name) == code and language_name(code) == name
    names = [name for _code, name in by_name()]
    assert names == sorted(names)
    assert language_name("xx") == "xx"  # a code from elsewhere is shown as it is
