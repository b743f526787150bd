"""A supporter named on the command line: by their name as on the roster, or their email.

A script more often holds an email address (from the hospital's directory) than the
name exactly as the roster spells it; either finds the one supporter, retired ones too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peersupport_desktop.core.supporter_lookup import Missing, SupporterLookup
from peersupport_desktop.services.errors import InvalidInput

if TYPE_CHECKING:
    from peersupport_desktop.store.vault import Vault

NOBODY = ("none", "nobody", "")


def supporter_id_of(vault: Vault, given: str) -> int:
    """The one supporter whose name or email is ``given`` (any letter case)."""
    from peersupport_desktop.services.supporters import list_supporters

    roster = list_supporters(vault, include_retired=True)
    # The email first, which is theirs alone; then the name (as the roster import does).
    found = SupporterLookup((s.email, s.name, s.id) for s in roster).find(given)
    if found is Missing.NOBODY:
        raise InvalidInput("supporter", "No supporter has that name or email on the roster.")
    if found is Missing.SHARED:
        raise InvalidInput(
            "supporter", "Two or more supporters share that name: give their email instead."
        )
    return found


def optional_supporter_id(vault: Vault, given: str) -> int | None:
    """As supporter_id_of, where ``none`` means nobody."""
    return None if given.strip().casefold() in NOBODY else supporter_id_of(vault, given)
