"""Supporters as an imported file names them (by e-mail address or by name) and as a
listing names them back, so that a listing re-imports unchanged."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.store.models import Supporter

UNKNOWN = "A supporter is not on the roster (give their e-mail address or their name)."
SHARED = "Two or more supporters share a name given: give their e-mail address instead."


class SupporterNames:
    """The roster read once, for the rows of one file."""

    def __init__(self, session: Session) -> None:
        self.by_email: dict[str, Supporter] = {}
        self.by_name: dict[str, list[Supporter]] = {}
        for person in session.scalars(select(Supporter).order_by(Supporter.id)):
            if person.email:
                self.by_email[person.email.casefold()] = person
            self.by_name.setdefault(person.name.strip().casefold(), []).append(person)

    def find(self, given: str) -> Supporter | str:
        """The supporter the text names, or the sentence saying why none is."""
        wanted = given.strip().casefold()
        if wanted in self.by_email:
            return self.by_email[wanted]
        found = self.by_name.get(wanted, [])
        if len(found) == 1:
            return found[0]
        return SHARED if found else UNKNOWN

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
