"""A case named by its reference (PS-000012), as the command line names one."""

from __future__ import annotations

from sqlalchemy import select

from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import Case
from peersupport_desktop.store.vault import Vault


def case_id_of(vault: Vault, reference: str) -> int:
    """The case's number; its reference in any letter case, or the number alone."""
    wanted = reference.strip().upper()
    if wanted.isdigit():
        wanted = f"PS-{int(wanted):06d}"
    with vault.reading() as session:
        found = session.scalar(select(Case.id).where(Case.reference == wanted))
    if found is None:
        raise InvalidInput("case", "No case has that reference: it reads like PS-000012.")
    return found
