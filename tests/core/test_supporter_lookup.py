"""One supporter lookup for every import and the command line: the e-mail address
first, then the name folded as the roster import folds it."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.supporter_lookup import Missing, SupporterLookup, folded_name

ROSTER = SupporterLookup(
    [
        ("zoe.dupont@example.org", "Zoë  Dupont", 1),
        (None, "Núñez García", 2),
        ("a.kim@example.org", "Alex Kim", 3),
        ("alex.kim@example.org", "alex kim", 4),
    ]
)


@pytest.mark.parametrize(
    ("given", "found"),
    [
        ("Zoe Dupont", 1),
        ("  zoë dupont ", 1),
        ("ZOE.DUPONT@EXAMPLE.ORG ", 1),
        ("nunez garcia", 2),
        ("A.Kim@example.org", 3),  # the address tells the two Alex Kims apart
    ],
)
def test_found_by_address_or_folded_name(given: str, found: int) -> None:
    assert ROSTER.find(given) == found


def test_a_shared_name_and_nobody_are_told_apart() -> None:
    assert ROSTER.find("Alex  KIM") is Missing.SHARED
    assert ROSTER.by_name("alex kim") == [3, 4]
    assert ROSTER.find("Sam Lee") is Missing.NOBODY
    assert ROSTER.find("nobody@example.org") is Missing.NOBODY


def test_addresses_are_not_found_by_name() -> None:
    assert ROSTER.by_email("Zoe Dupont") is None
    assert folded_name(" Zoë\tDUPONT ") == "zoe dupont"
