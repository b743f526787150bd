"""Contacts: outreach attempts, conversations, follow-ups and group sessions of a case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.check_ins import CheckIn, check_in_date
from peersupport_desktop.core.codes import (
    AttemptResult,
    ContactKind,
    ContactMode,
    ConversationPart,
)
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.services import audit
from peersupport_desktop.services.case_state import act, load_case, resettle
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.outreach_attempts import reschedule
from peersupport_desktop.services.validation import code_value, non_negative, optional_text
from peersupport_desktop.store.models import Contact, Supporter
from peersupport_desktop.store.vault import Vault

NOTE_REMINDER = (
    "Notes are for logistics only: no clinical detail of the event and nothing of what was said."
)
MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class ContactInput:
    kind: ContactKind | str
    mode: ContactMode | str
    occurred_at: dt.datetime | None = None  # defaults to now
    duration_minutes: int = 0
    supporter_id: int | None = None
    parts: tuple[ConversationPart | str, ...] = ()
    note: str | None = None
    # An outreach attempt's result; None for a conversation (or an attempt whose
    # result is not known).
    result: AttemptResult | str | None = None
    # A hard encounter for the supporter: the program proposes checking in with them.
    intense: bool = False


@dataclass(frozen=True, slots=True)
class ContactRecord:
    id: int
    case_id: int
    kind: ContactKind
    mode: ContactMode
    occurred_at: dt.datetime
    duration_minutes: int
    supporter_id: int | None
    supporter_name: str | None
    parts: tuple[ConversationPart, ...]
    note: str | None
    result: AttemptResult | None = None
    intense: bool = False


def log_contact(
    vault: Vault, case_id: int, data: ContactInput, *, check_in: CheckIn = CheckIn.NONE
) -> ContactRecord:
    """Record a contact; the first one stamps the first outreach, a conversation reaches.

    A contact that reached the person may set the case's next check-in, counted from
    when the contact happened; an outreach attempt never does. An unanswered attempt
    schedules the next try; a conversation ends the tries (services.outreach_attempts).
    """
    with vault.transaction() as session:
        return log_contact_in(session, case_id, data, check_in=check_in)


def log_contact_in(
    session: Session, case_id: int, data: ContactInput, *, check_in: CheckIn = CheckIn.NONE
) -> ContactRecord:
    """log_contact within the caller's transaction (a reported encounter confirmed is
    logged and marked confirmed together, or neither)."""
    case = load_case(session, case_id)
    row = Contact(case_id=case.id)
    _fill(session, row, data)
    if row.occurred_at < case.referred_at:
        raise InvalidInput("occurred_at", "A contact cannot come before the referral.")
    action = Action.CONVERSE if row.kind.reaches_person else Action.ATTEMPT_OUTREACH
    # The lifecycle refuses any contact on a closed case, so past this a case is open.
    act(session, case, action, row.occurred_at, field="kind")
    if row.kind.reaches_person and check_in is not CheckIn.NONE:
        # Replaces any earlier follow-up: the coordinator chose this one just now,
        # having just talked with the person (likely the check-in that was due).
        case.next_follow_up = check_in_date(row.occurred_at.date(), check_in)
    session.add(row)
    resettle(session, case)  # a back-dated contact may come before the first one logged
    reschedule(session, case)
    audit.record(session, "contact.log", "contact", row.id)
    return _record(session, row)


def edit_contact(vault: Vault, contact_id: int, data: ContactInput) -> ContactRecord:
    with vault.transaction() as session:
        row = session.get(Contact, contact_id)
        if row is None:
            raise NotFound("contact", contact_id)
        case = load_case(session, row.case_id)
        _fill(session, row, data)
        if row.occurred_at < case.referred_at:
            raise InvalidInput("occurred_at", "A contact cannot come before the referral.")
        resettle(session, case)
        reschedule(session, case)
        audit.record(session, "contact.edit", "contact", row.id)
        return _record(session, row)


def contacts_of(session: Session, case_id: int) -> list[ContactRecord]:
    query = (
        select(Contact).where(Contact.case_id == case_id).order_by(Contact.occurred_at, Contact.id)
    )
    return [_record(session, row) for row in session.scalars(query)]


INTENSE_NEEDS = (
    "Only a supporter's conversation, follow-up or group session is marked intense: "
    "name the supporter who had it."
)


def _fill(session: Session, row: Contact, data: ContactInput) -> None:
    row.kind = code_value("kind", ContactKind, data.kind)
    row.mode = code_value("mode", ContactMode, data.mode)
    row.occurred_at = (data.occurred_at or now()).replace(microsecond=0)
    if row.occurred_at > now() + dt.timedelta(minutes=5):
        raise InvalidInput("occurred_at", "A contact cannot be logged in the future.")
    row.duration_minutes = non_negative(
        "duration_minutes", data.duration_minutes, what="The duration in minutes", maximum=24 * 60
    )
    if data.supporter_id is not None and session.get(Supporter, data.supporter_id) is None:
        raise NotFound("supporter", data.supporter_id)
    row.supporter_id = data.supporter_id
    parts = [code_value("parts", ConversationPart, part) for part in data.parts]
    row.parts = ",".join(p.value for p in ConversationPart if p in parts)
    row.note = optional_text("note", data.note, max_length=MAX_NOTE, what="A note")
    row.result = _result(row.kind, data.result)
    row.intense = bool(data.intense)
    if row.intense and (row.supporter_id is None or not row.kind.reaches_person):
        # The check-in it proposes is with the supporter who had the conversation.
        raise InvalidInput("intense", INTENSE_NEEDS)


def _result(kind: ContactKind, given: AttemptResult | str | None) -> AttemptResult | None:
    """Only an attempt has a result; and one that reached the person is a conversation
    (so the figures, which count conversations as reaching, count it)."""
    if given is None or given == "":
        return None
    result = code_value("result", AttemptResult, given)
    if kind is not ContactKind.OUTREACH_ATTEMPT:
        raise InvalidInput("result", "Only an outreach attempt has a result.")
    if result is AttemptResult.REACHED:
        raise InvalidInput(
            "result", "Someone reached is a conversation: log it as a conversation instead."
        )
    return result


def _record(session: Session, row: Contact) -> ContactRecord:
    supporter = session.get(Supporter, row.supporter_id) if row.supporter_id else None
    return ContactRecord(
        id=row.id,
        case_id=row.case_id,
        kind=row.kind,
        mode=row.mode,
        occurred_at=row.occurred_at,
        duration_minutes=row.duration_minutes,
        supporter_id=row.supporter_id,
        supporter_name=supporter.name if supporter else None,
        parts=tuple(ConversationPart(p) for p in row.parts.split(",") if p),
        note=row.note,
        result=row.result,
        intense=row.intense,
    )
