"""A contact may be marked intense (a hard encounter for the supporter): kept, read back,
and changed only when an edit says so."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from peersupport_desktop.core.codes import ContactKind
from peersupport_desktop.services import contacts, supporters
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import Contact
from peersupport_desktop.store.vault import Vault
from tests.services.test_services import contact, referral


def supporter_of(vault: Vault) -> int:
    return supporters.add_supporter(
        vault, supporters.SupporterInput(name="Ada Mentor", role="nurse")
    ).id


def test_an_intense_contact_is_kept_and_read_back(vault: Vault) -> None:
    case = referral(vault)
    ada = supporter_of(vault)
    logged = contacts.log_contact(
        vault,
        case.id,
        contact(ContactKind.CONVERSATION, 2, duration_minutes=50, intense=True, supporter_id=ada),
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
            contact(ContactKind.CONVERSATION, 2, duration_minutes=50, supporter_id=ada),
            intense=False,
        ),
    )
    assert edited.intense is False


def test_intense_is_a_supporters_conversation(vault: Vault) -> None:
    """The check-in it proposes is with a supporter, after a talk: without either, no."""
    case = referral(vault)
    ada = supporter_of(vault)
    for refused in (
        contact(ContactKind.CONVERSATION, 2, intense=True),  # nobody named
        contact(ContactKind.OUTREACH_ATTEMPT, 1, intense=True, supporter_id=ada),
    ):
        with pytest.raises(InvalidInput, match="name the supporter who had it") as said:
            contacts.log_contact(vault, case.id, refused)
        assert said.value.field == "intense"
    with vault.reading() as session:
        assert session.scalars(select(Contact)).all() == []
