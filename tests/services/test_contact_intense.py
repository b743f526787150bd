"""A contact may be marked intense (a hard encounter for the supporter): kept, read back,
and changed only when an edit says so."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from peersupport_desktop.core.codes import ContactKind
from peersupport_desktop.services import contacts
from peersupport_desktop.store.models import Contact
from peersupport_desktop.store.vault import Vault
from tests.services.test_services import contact, referral


def test_an_intense_contact_is_kept_and_read_back(vault: Vault) -> None:
    case = referral(vault)
    logged = contacts.log_contact(
        vault, case.id, contact(ContactKind.CONVERSATION, 2, duration_minutes=50, intense=True)
    )
    plain = contacts.log_contact(vault, case.id, contact(ContactKind.FOLLOW_UP, 30))
    assert (logged.intense, plain.intense) == (True, False)
    with vault.reading() as session:
        stored = {row.id: row.intense for row in session.scalars(select(Contact))}
    assert stored == {logged.id: True, plain.id: False}
    edited = contacts.edit_contact(
        vault,
        logged.id,
        dataclasses.replace(
            contact(ContactKind.CONVERSATION, 2, duration_minutes=50), intense=False
        ),
    )
    assert edited.intense is False
