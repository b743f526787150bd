"""Reminders before the first anniversary of a serious event, for the people it touched."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from peersupport_desktop.core.codes import CaseStatus, EventType
from peersupport_desktop.store.models import Case, Clinician, Event, EventTypeRow
from peersupport_desktop.store.vault import Vault

# Events whose anniversary is known to bring them back. A lawsuit or a board
# complaint has dates of its own (hearings, rulings) rather than one day to mark.
SERIOUS_EVENTS = frozenset(
    {
        EventType.ADVERSE_EVENT,
        EventType.UNEXPECTED_DEATH,
        EventType.MEDICAL_ERROR,
        EventType.TRAUMA,
        EventType.WORKPLACE_VIOLENCE,
    }
)


@dataclass(frozen=True, slots=True)
class Anniversary:
    case_id: int
    reference: str
    clinician: str
    event_label: str
    occurred_on: dt.date
    on: dt.date  # the first anniversary
    status: CaseStatus


def first_anniversary(day: dt.date) -> dt.date:
    """A year on; an event on 29 February is remembered on the 28th."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def anniversaries_ahead(vault: Vault, today: dt.date, days: int) -> list[Anniversary]:
    """Cases whose serious event turns one year old from today to ``days`` ahead, soonest first."""
    # A year is 365 or 366 days: a day of slack either side, then the exact test below.
    earliest = today - dt.timedelta(days=367)
    latest = today + dt.timedelta(days=days - 364)
    query = (
        select(
            Case.id,
            Case.reference,
            Clinician.name,
            EventTypeRow.label,
            Event.occurred_on,
            Case.status,
        )
        .join(Event, Case.event_id == Event.id)
        .join(Clinician, Case.clinician_id == Clinician.id)
        .join(EventTypeRow, Event.event_type == EventTypeRow.code)
        .where(
            Event.event_type.in_([kind.value for kind in SERIOUS_EVENTS]),
            Event.occurred_on.between(earliest, latest),
            Case.deidentified_at.is_(None),  # retention took who it was about
        )
    )
    horizon = today + dt.timedelta(days=days)
    found = []
    with vault.reading() as session:
        for case_id, reference, name, label, occurred_on, status in session.execute(query):
            on = first_anniversary(occurred_on)
            if today <= on <= horizon:
                found.append(Anniversary(case_id, reference, name, label, occurred_on, on, status))
    return sorted(found, key=lambda a: (a.on, a.reference))
