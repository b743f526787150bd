"""Closed cases to invite to the feedback form, made through the services."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.codes import ContactKind, ContactMode, Outcome
from peersupport_desktop.services import cases, contacts
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault


def open_case(vault: Vault, number: int, referred_at: dt.datetime) -> int:
    """A case of its own clinician and event (the names say nothing real)."""
    record = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self",
            referred_at=referred_at,
            clinician=ClinicianInput(
                name=f"Clinician {number:04d}", role="nurse", department="Surgery"
            ),
            event=EventInput(
                event_type="unexpected_death",
                occurred_on=referred_at.date(),
                department="Surgery",
            ),
        ),
    )
    return record.id


def closed_case(
    vault: Vault, number: int, referred_at: dt.datetime, closed_at: dt.datetime | None = None
) -> int:
    case_id = open_case(vault, number, referred_at)
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            kind=ContactKind.CONVERSATION,
            mode=ContactMode.PHONE,
            occurred_at=referred_at + dt.timedelta(hours=4),
            duration_minutes=30,
        ),
    )
    cases.close_case(
        vault,
        case_id,
        Outcome.SUPPORTED,
        closed_at or referred_at + dt.timedelta(days=10),
    )
    return case_id
