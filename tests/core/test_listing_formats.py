"""The endings a listing is written in, checked by the command line before the vault is
opened and by the service that writes the file, with the same sentence."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.listing_formats import SUFFIXES, WRONG_ENDING, listing_format
from peersupport_desktop.services.record_listing import Listing, UnknownFormat, listing_bytes

LISTING = Listing("Supporters", ("name",), [("Ana",)])


@pytest.mark.parametrize(
    ("suffix", "found"), [(".csv", ".csv"), (".JSON", ".json"), (".Xlsx", ".xlsx")]
)
def test_each_format_in_any_letter_case(suffix: str, found: str) -> None:
    assert listing_format(suffix) == found
    assert listing_bytes(LISTING, suffix)


@pytest.mark.parametrize("suffix", ["", ".txt", ".xls", ".csv.gz", "csv"])
def test_any_other_ending_is_refused_in_one_sentence(suffix: str) -> None:
    assert listing_format(suffix) is None
    with pytest.raises(UnknownFormat) as refused:
        listing_bytes(LISTING, suffix)
    assert str(refused.value) == WRONG_ENDING
    assert all(ending in WRONG_ENDING for ending in SUFFIXES)
