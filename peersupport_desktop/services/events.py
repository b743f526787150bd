"""Events: what happened. One event can involve several clinicians (a group event)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.departments import department_id, department_name
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.outreach_targets import retarget_event
from peersupport_desktop.services.validation import optional_text
from peersupport_desktop.store.models import Case, Clinician, Event, EventTypeRow
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class EventInput:
    event_type: str
    occurred_on: dt.date
    department: str | None = None
    description: str | None = None
    external_source: str | None = None
    external_ref: str | None = None
    urgent: bool = False  # its cases are reached out to within the urgent target


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: int
    event_type: str
    event_type_label: str
    occurred_on: dt.date
    department: str | None
    description: str | None
    case_count: int
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class InvolvedClinician:
    case_id: int
    case_reference: str
    clinician_id: int
    clinician_name: str


def event_types(vault: Vault) -> list[tuple[str, str]]:
    """(code, label) of every event type, the glossary's first."""
    with vault.reading() as session:
        rows = session.execute(
            select(EventTypeRow.code, EventTypeRow.label).order_by(
                EventTypeRow.builtin.desc(), EventTypeRow.label
            )
        )
        return [(code, label) for code, label in rows]


def add_event_type(vault: Vault, code: str, label: str) -> None:
    """A program's own event type, beside the glossary's."""
    clean_code = code.strip().lower().replace(" ", "_")
    if not clean_code.isidentifier() or len(clean_code) > 40:
        raise InvalidInput("event_type", "A code uses letters, digits and underscores only.")
    clean_label = optional_text("event_type_label", label, max_length=120, what="A label")
    if clean_label is None:
        raise InvalidInput("event_type_label", "An event type needs a label.")
    with vault.transaction() as session:
        if session.get(EventTypeRow, clean_code) is not None:
            raise InvalidInput("event_type", f"The event type '{clean_code}' exists already.")
        session.add(EventTypeRow(code=clean_code, label=clean_label, builtin=False))
        audit.record(session, "event_type.add", "event_type", None)


def add_event(vault: Vault, data: EventInput) -> EventRecord:
    with vault.transaction() as session:
        row = insert_event(session, data)
        audit.record(session, "event.add", "event", row.id)
        return to_record(session, row)


def set_urgent(vault: Vault, event_id: int, urgent: bool) -> EventRecord:
    """Mark an event urgent (or not): its open cases not yet reached out to are due by
    the target that now applies; those already reached out to keep theirs."""
    with vault.transaction() as session:
        row = _get(session, event_id)
        if row.urgent == bool(urgent):
            return to_record(session, row)  # nothing changes, so nothing is audited
        row.urgent = bool(urgent)
        session.flush()
        retarget_event(session, row)
        audit.record(session, "event.urgent", "event", row.id)
        return to_record(session, row)


def get_event(vault: Vault, event_id: int) -> EventRecord:
    with vault.reading() as session:
        return to_record(session, _get(session, event_id))


def involved(vault: Vault, event_id: int) -> list[InvolvedClinician]:
    """Everyone with a case after this event."""
    query = (
        select(Case.id, Case.reference, Clinician.id, Clinician.name)
        .join(Clinician, Clinician.id == Case.clinician_id)
        .where(Case.event_id == event_id)
        .order_by(Case.referred_at, Case.id)
    )
    with vault.transaction() as session:
        _get(session, event_id)
        audit.record(session, "event.view", "event", event_id)
        return [InvolvedClinician(*row) for row in session.execute(query)]


def insert_event(session: Session, data: EventInput) -> Event:
    if session.get(EventTypeRow, data.event_type) is None:
        raise InvalidInput("event_type", f"'{data.event_type}' is not a known event type.")
    if data.occurred_on > now().date():
        raise InvalidInput("event_date", "The event date cannot be in the future.")
    row = Event(
        event_type=data.event_type,
        occurred_on=data.occurred_on,
        department_id=department_id(session, data.department, field="event_department"),
        description=optional_text(
            "event_description", data.description, max_length=500, what="A description"
        ),
        external_source=data.external_source,
        external_ref=data.external_ref,
        created_at=now(),
        urgent=bool(data.urgent),
    )
    session.add(row)
    session.flush()
    return row


def _get(session: Session, event_id: int) -> Event:
    row = session.get(Event, event_id)
    if row is None:
        raise NotFound("event", event_id)
    return row


def to_record(session: Session, row: Event) -> EventRecord:
    label = session.get(EventTypeRow, row.event_type)
    count = len(session.scalars(select(Case.id).where(Case.event_id == row.id)).all())
    return EventRecord(
        id=row.id,
        event_type=row.event_type,
        event_type_label=label.label if label else row.event_type,
        occurred_on=row.occurred_on,
        department=department_name(session, row.department_id),
        description=row.description,
        case_count=count,
        urgent=bool(row.urgent),
    )


def recent_events(vault: Vault, *, limit: int = 200) -> list[EventRecord]:
    """The latest events, newest first: a second clinician after one of them shares it."""
    query = select(Event).order_by(Event.occurred_on.desc(), Event.id.desc()).limit(limit)
    with vault.reading() as session:
        return [to_record(session, row) for row in session.scalars(query)]
