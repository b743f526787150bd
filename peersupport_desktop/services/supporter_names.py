"""Supporters as an imported file names them (by e-mail address or by name) and as a
listing names them back, so that a listing re-imports unchanged."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.supporter_lookup import Missing, SupporterLookup
from peersupport_desktop.store.models import Supporter

UNKNOWN = "A supporter is not on the roster (give their e-mail address or their name)."
SHARED = "Two or more supporters share a name given: give their e-mail address instead."


class SupporterNames:
    """The roster read once, for the rows of one file."""

    def __init__(self, session: Session) -> None:
        people = session.scalars(select(Supporter).order_by(Supporter.id))
        self.lookup = SupporterLookup((p.email, p.name, p) for p in people)

    def find(self, given: str) -> Supporter | str:
        """The supporter the text names, or the sentence saying why none is."""
        found = self.lookup.find(given)
        if found is Missing.SHARED:
            return SHARED
        if found is Missing.NOBODY:
            return UNKNOWN
        return found

    def find_all(self, given: str) -> list[Supporter] | str:
        """Several supporters separated by ";"; the first sentence saying why not."""
        people: list[Supporter] = []
        for part in given.split(";"):
            if not part.strip():
                continue
            found = self.find(part)
            if isinstance(found, str):
                return found
            if found not in people:
                people.append(found)
        return people if people else "The row names no supporter."


def named(person: Supporter) -> str:
    """How a listing names a supporter: the e-mail address, which is theirs alone, else
    the name."""
    return person.email or person.name
