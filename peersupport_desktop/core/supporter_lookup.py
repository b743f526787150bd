"""A supporter as a file or the command line names them: by e-mail address (theirs
alone) or else by name, the name folded as the roster import folds it (letter case,
accents and spacing set aside, so "zoe  dupont" finds "Zoë Dupont").

Nothing here reads the vault: each caller builds a lookup from the roster it holds,
keeping what it needs of each person (the row, or only the id), and says in its own
sentence why nobody was found.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Generic, TypeVar

from peersupport_desktop.core.search_folding import fold

T = TypeVar("T")


class Missing(enum.Enum):
    """Why a lookup found nobody."""

    NOBODY = "nobody"  # no e-mail address or name matches
    SHARED = "shared"  # two or more supporters have the name: only the address tells


def folded_name(name: str) -> str:
    """A name as lookups compare it."""
    return fold(" ".join(name.split()))


def folded_email(email: str) -> str:
    """An e-mail address as lookups compare it (addresses are not accent-folded)."""
    return email.strip().casefold()


class SupporterLookup(Generic[T]):
    """The roster's people by e-mail address and by folded name."""

    def __init__(self, people: Iterable[tuple[str | None, str, T]]) -> None:
        """``people``: each supporter's e-mail address (or None), name, and what the
        lookup gives back for them."""
        self._by_email: dict[str, T] = {}
        self._by_name: dict[str, list[T]] = {}
        for email, name, person in people:
            if email:
                self._by_email[folded_email(email)] = person
            self._by_name.setdefault(folded_name(name), []).append(person)

    def by_email(self, given: str) -> T | None:
        return self._by_email.get(folded_email(given))

    def by_name(self, given: str) -> list[T]:
        return self._by_name.get(folded_name(given), [])

    def find(self, given: str) -> T | Missing:
        """The one supporter ``given`` names: the e-mail address first, then the name."""
        person = self.by_email(given)
        if person is not None:
            return person
        named = self.by_name(given)
        if len(named) > 1:
            return Missing.SHARED
        return named[0] if named else Missing.NOBODY
