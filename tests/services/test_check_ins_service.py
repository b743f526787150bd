"""A check-in chosen as a contact is logged becomes the case's next follow-up."""

from __future__ import annotations

import datetime as dt

import pytest

from peersupport_desktop.core.check_ins import CheckIn
from peersupport_desktop.core.codes import ContactKind, ContactMode
from peersupport_desktop.services import cases, contacts
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault

REFERRED = dt.datetime(2026, 1, 20, 8, 30)


def referral(vault: Vault) -> int:
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self",
            referred_at=REFERRED,
            clinician=ClinicianInput(name="Ingrid Solberg", role="nurse"),
            event=EventInput(event_type="adverse_event", occurred_on=REFERRED.date()),
        ),
    ).id


def contact(kind: ContactKind, day: int) -> contacts.ContactInput:
    """A phone contact on ``day`` January 2026, in the afternoon."""
    return contacts.ContactInput(kind, ContactMode.PHONE, dt.datetime(2026, 1, day, 15, 0))


def follow_up(vault: Vault, case_id: int) -> dt.date | None:
    return cases.get_case(vault, case_id).case.next_follow_up


def test_a_conversation_sets_the_check_in_from_when_it_happened(vault: Vault) -> None:
    case_id = referral(vault)
    contacts.log_contact(
        vault, case_id, contact(ContactKind.CONVERSATION, 21), check_in=CheckIn.WEEK
    )
    assert follow_up(vault, case_id) == dt.date(2026, 1, 28)
    contacts.log_contact(vault, case_id, contact(ContactKind.FOLLOW_UP, 31), check_in=CheckIn.MONTH)
    assert follow_up(vault, case_id) == dt.date(2026, 2, 28)


def test_the_choice_replaces_an_earlier_follow_up_and_none_keeps_it(vault: Vault) -> None:
    case_id = referral(vault)
    cases.set_next_follow_up(vault, case_id, dt.date(2026, 1, 23))
    contacts.log_contact(
        vault, case_id, contact(ContactKind.CONVERSATION, 22), check_in=CheckIn.MONTH
    )
    assert follow_up(vault, case_id) == dt.date(2026, 2, 22)
    contacts.log_contact(vault, case_id, contact(ContactKind.GROUP_SESSION, 24))
    assert follow_up(vault, case_id) == dt.date(2026, 2, 22)


def test_an_outreach_attempt_sets_nothing(vault: Vault) -> None:
    case_id = referral(vault)
    contacts.log_contact(
        vault, case_id, contact(ContactKind.OUTREACH_ATTEMPT, 21), check_in=CheckIn.WEEK
    )
    assert follow_up(vault, case_id) is None


def test_a_closed_case_gets_nothing(vault: Vault) -> None:
    case_id = referral(vault)
    contacts.log_contact(vault, case_id, contact(ContactKind.CONVERSATION, 21))
    cases.close_case(vault, case_id, "supported", dt.datetime(2026, 1, 22, 9, 0))
    with pytest.raises(InvalidInput):
        contacts.log_contact(
            vault, case_id, contact(ContactKind.FOLLOW_UP, 23), check_in=CheckIn.WEEK
        )
    closed = cases.get_case(vault, case_id)
    assert closed.case.next_follow_up is None and len(closed.contacts) == 1
