"""Cases: one clinician's episode of support after one event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import (
    CaseStatus,
    DepartmentRule,
    Outcome,
    ReferralSource,
    SupporterStatus,
)
from peersupport_desktop.core.lifecycle import Action, allowed_actions, allowed_outcomes
from peersupport_desktop.services import audit, clinicians, events
from peersupport_desktop.services.case_state import act, facts, load_case
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.contacts import ContactRecord, contacts_of
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.outreach_attempts import (
    OutreachFollowing,
    following,
    reschedule,
)
from peersupport_desktop.services.outreach_targets import case_due, retarget_event
from peersupport_desktop.services.resources import OfferRecord, offers_of
from peersupport_desktop.services.validation import code_value, optional_text
from peersupport_desktop.store.models import Case, Clinician, Event, Supporter
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class NewCase:
    """A referral. Give an existing clinician/event by id, or the data for a new one."""

    referral_source: ReferralSource | str
    clinician_id: int | None = None
    clinician: clinicians.ClinicianInput | None = None
    event_id: int | None = None
    event: events.EventInput | None = None
    referrer: str | None = None
    referred_at: dt.datetime | None = None  # defaults to now
    # The event is urgent: its cases get the urgent outreach target. Marks an existing
    # event urgent too (never unmarks one: that is the event's own decision).
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: int
    reference: str
    clinician_id: int
    event_id: int
    referral_source: ReferralSource
    referrer: str | None
    referred_at: dt.datetime
    status: CaseStatus
    supporter_id: int | None
    outreach_due_at: dt.datetime
    first_outreach_at: dt.datetime | None
    closed_at: dt.datetime | None
    outcome: Outcome | None
    next_follow_up: dt.date | None
    reopened_count: int
    department_preference: DepartmentRule | None = None  # None: the program's rule
    # When retention de-identified it (services/retention.py); None: it was not.
    deidentified_at: dt.datetime | None = None
    # The next outreach try after an unanswered one; None: none due.
    next_attempt_due_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseDetail:
    case: CaseRecord
    clinician: clinicians.ClinicianRecord
    event: events.EventRecord
    supporter_name: str | None
    contacts: list[ContactRecord] = field(default_factory=list)
    offers: list[OfferRecord] = field(default_factory=list)
    actions: frozenset[Action] = frozenset()
    outcomes: tuple[Outcome, ...] = ()
    outreach: OutreachFollowing | None = None  # tries, the next one due, a closing proposed


def reference_for(case_id: int) -> str:
    return f"PS-{case_id:06d}"


def open_case(vault: Vault, data: NewCase) -> CaseRecord:
    """Take in a referral: the clinician and event (new or existing) and the case, at once."""
    with vault.transaction() as session:
        source = code_value("referral_source", ReferralSource, data.referral_source)
        clinician_id = _clinician_for(session, data)
        event_id = _event_for(session, data)
        if _has_open_case(session, clinician_id, event_id):
            raise InvalidInput(
                "clinician", "This clinician already has an open case for this event."
            )
        referred_at = (data.referred_at or now()).replace(microsecond=0)
        if referred_at > now() + dt.timedelta(minutes=5):
            raise InvalidInput("referred_at", "The referral time cannot be in the future.")
        event = session.get(Event, event_id)
        assert event is not None  # just found or made
        if data.urgent and not event.urgent:
            event.urgent = True
            retarget_event(session, event)  # its other cases still waiting, too
            audit.record(session, "event.urgent", "event", event.id)
        case = Case(
            reference="",
            clinician_id=clinician_id,
            event_id=event_id,
            referral_source=source,
            referrer=optional_text("referrer", data.referrer, max_length=200, what="The referrer"),
            referred_at=referred_at,
            status=CaseStatus.NEW,
            outreach_due_at=case_due(session, event, referred_at),
            reopened_count=0,
        )
        session.add(case)
        session.flush()
        case.reference = reference_for(case.id)
        audit.record(session, "case.open", "case", case.id)
        return to_record(case)


def get_case(vault: Vault, case_id: int, *, opening: bool = True) -> CaseDetail:
    """Everything the case view shows; opening a case is audited like a change.

    ``opening=False``: the open case window reading the case again after a change made
    in it (already audited by its own entry), which is not a second opening.
    """
    with vault.transaction() if opening else vault.reading() as session:
        case = load_case(session, case_id)
        if opening:
            audit.record(session, "case.view", "case", case.id)
        supporter = session.get(Supporter, case.supporter_id) if case.supporter_id else None
        return CaseDetail(
            case=to_record(case),
            clinician=clinicians.to_record(session, session_get_clinician(session, case)),
            event=events.to_record(session, session_get_event(session, case)),
            supporter_name=supporter.name if supporter else None,
            contacts=contacts_of(session, case.id),
            offers=offers_of(session, case.id),
            actions=_actions(session, case),
            outcomes=allowed_outcomes(case.status),
            outreach=following(session, case),
        )


def assign_supporter(vault: Vault, case_id: int, supporter_id: int | None) -> CaseRecord:
    with vault.transaction() as session:
        case = load_case(session, case_id)
        if supporter_id is not None:
            supporter = session.get(Supporter, supporter_id)
            if supporter is None:
                raise NotFound("supporter", supporter_id)
            if supporter.status is not SupporterStatus.ACTIVE:
                raise InvalidInput("supporter", f"{supporter.name} is not active at the moment.")
            if supporter.clinician_id is not None and supporter.clinician_id in session.scalars(
                select(Case.clinician_id).where(Case.event_id == case.event_id)
            ):
                # A coordinator may overrule a full diary, never this.
                raise InvalidInput("supporter", f"{supporter.name} was involved in the same event.")
        case.supporter_id = supporter_id
        audit.record(session, "case.assign", "case", case.id)
        return to_record(case)


def set_department_preference(
    vault: Vault, case_id: int, preference: DepartmentRule | str | None
) -> CaseRecord:
    """The person's own wish about their supporter's department; None follows the program."""
    with vault.transaction() as session:
        case = load_case(session, case_id)
        case.department_preference = (
            None
            if preference is None
            else code_value("department_preference", DepartmentRule, preference)
        )
        audit.record(session, "case.preference", "case", case.id)
        return to_record(case)


def set_next_follow_up(vault: Vault, case_id: int, when: dt.date | None) -> CaseRecord:
    with vault.transaction() as session:
        case = load_case(session, case_id)
        if when is not None and when < case.referred_at.date():
            raise InvalidInput("next_follow_up", "A follow-up cannot come before the referral.")
        case.next_follow_up = when
        audit.record(session, "case.follow_up", "case", case.id)
        return to_record(case)


def close_case(
    vault: Vault, case_id: int, outcome: Outcome | str, at: dt.datetime | None = None
) -> CaseRecord:
    with vault.transaction() as session:
        case = load_case(session, case_id)
        closing = (at or now()).replace(microsecond=0)
        if closing < case.referred_at:
            raise InvalidInput("closed_at", "A case cannot close before it was referred.")
        act(session, case, Action.CLOSE, closing, code_value("outcome", Outcome, outcome))
        case.next_follow_up = None
        case.next_attempt_due_at = None  # nobody tries again on a closed case
        audit.record(session, "case.close", "case", case.id)
        return to_record(case)


def reopen_case(vault: Vault, case_id: int, at: dt.datetime | None = None) -> CaseRecord:
    """Only an explicit reopen brings a closed case back."""
    with vault.transaction() as session:
        case = load_case(session, case_id)
        if case.deidentified_at is not None:
            # Nobody could say whom it would be about, and new notes would undo retention.
            raise InvalidInput("status", "A de-identified case cannot be reopened.")
        reopening = (at or now()).replace(microsecond=0)
        if case.closed_at is not None and reopening < case.closed_at:
            raise InvalidInput("reopened_at", "A case cannot reopen before it closed.")
        act(session, case, Action.REOPEN, reopening)
        case.reopened_count += 1
        reschedule(session, case)  # tries left when it closed are due again
        audit.record(session, "case.reopen", "case", case.id)
        return to_record(case)


def _actions(session: Session, case: Case) -> frozenset[Action]:
    actions = allowed_actions(facts(session, case))
    return actions - {Action.REOPEN} if case.deidentified_at is not None else actions


def _clinician_for(session: Session, data: NewCase) -> int:
    if (data.clinician_id is None) == (data.clinician is None):
        raise InvalidInput("clinician", "Choose an existing clinician or enter a new one.")
    if data.clinician is not None:
        return clinicians.insert_clinician(session, data.clinician).id
    assert data.clinician_id is not None
    if session.get(Clinician, data.clinician_id) is None:
        raise NotFound("clinician", data.clinician_id)
    return data.clinician_id


def _event_for(session: Session, data: NewCase) -> int:
    if (data.event_id is None) == (data.event is None):
        raise InvalidInput("event", "Choose an existing event or describe a new one.")
    if data.event is not None:
        return events.insert_event(session, data.event).id
    assert data.event_id is not None
    if session.get(Event, data.event_id) is None:
        raise NotFound("event", data.event_id)
    return data.event_id


def _has_open_case(session: Session, clinician_id: int, event_id: int) -> bool:
    query = select(Case.id).where(
        Case.clinician_id == clinician_id,
        Case.event_id == event_id,
        Case.status != CaseStatus.CLOSED,
    )
    return session.scalar(query) is not None


def session_get_clinician(session: Session, case: Case) -> Clinician:
    row = session.get(Clinician, case.clinician_id)
    assert row is not None  # guaranteed by the foreign key
    return row


def session_get_event(session: Session, case: Case) -> Event:
    row = session.get(Event, case.event_id)
    assert row is not None  # guaranteed by the foreign key
    return row


def to_record(case: Case) -> CaseRecord:
    return CaseRecord(
        id=case.id,
        reference=case.reference,
        clinician_id=case.clinician_id,
        event_id=case.event_id,
        referral_source=case.referral_source,
        referrer=case.referrer,
        referred_at=case.referred_at,
        status=case.status,
        supporter_id=case.supporter_id,
        outreach_due_at=case.outreach_due_at,
        first_outreach_at=case.first_outreach_at,
        closed_at=case.closed_at,
        outcome=case.outcome,
        next_follow_up=case.next_follow_up,
        reopened_count=case.reopened_count,
        department_preference=case.department_preference,
        deidentified_at=case.deidentified_at,
        next_attempt_due_at=case.next_attempt_due_at,
    )
