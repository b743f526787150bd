"""The resource directory, and resources offered to a case.

The directory is the program's own list of services outside it (the EAP line, the
chaplains): what the case window offers. An entry once offered is never deleted, as
offers point at it; it is deactivated, and drops out of the offer list. An offer is
then followed step by step until the person is connected (services/referral_steps.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import ReferralStep, ResourceKind
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.services import audit, referral_steps
from peersupport_desktop.services.case_state import act, load_case
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.validation import code_value, optional_text, required_text
from peersupport_desktop.store.models import Resource, ResourceOffer
from peersupport_desktop.store.vault import Vault

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class ResourceInput:
    kind: ResourceKind | str
    name: str
    phone: str | None = None
    hours: str | None = None  # when it answers, in the coordinator's words
    notes: str | None = None
    contact: str | None = None  # any other way to reach it: an email, a pager, a web page
    active: bool = True


@dataclass(frozen=True, slots=True)
class ResourceRecord:
    id: int
    kind: ResourceKind
    name: str
    phone: str | None
    hours: str | None
    notes: str | None
    contact: str | None
    active: bool


@dataclass(frozen=True, slots=True)
class OfferRecord:
    id: int
    case_id: int
    resource_id: int
    resource_name: str
    resource_kind: ResourceKind
    offered_at: dt.datetime
    accepted: bool | None
    step: ReferralStep = ReferralStep.OFFERED
    step_at: dt.datetime | None = None  # when it reached its step; None: an old answer
    appointment_on: dt.date | None = None
    step_due_on: dt.date | None = None  # the next step's due date while one is awaited


def add_resource(vault: Vault, data: ResourceInput) -> ResourceRecord:
    with vault.transaction() as session:
        row = Resource()
        _fill(session, row, data)
        session.add(row)
        session.flush()
        audit.record(session, "resource.add", "resource", row.id)
        return _record(row)


def edit_resource(vault: Vault, resource_id: int, data: ResourceInput) -> ResourceRecord:
    with vault.transaction() as session:
        row = _get(session, resource_id)
        _fill(session, row, data)
        audit.record(session, "resource.edit", "resource", row.id)
        return _record(row)


def set_resource_active(vault: Vault, resource_id: int, active: bool) -> ResourceRecord:
    """Take an entry out of the offer list, or put it back; its past offers stay."""
    with vault.transaction() as session:
        row = _get(session, resource_id)
        if row.active == active:
            return _record(row)  # nothing changed: nothing to record
        if active:
            _check_unique(session, row)
        row.active = active
        if active:
            audit.record(session, "resource.reactivate", "resource", row.id)
        else:
            audit.record(session, "resource.deactivate", "resource", row.id)
        return _record(row)


def get_resource(vault: Vault, resource_id: int) -> ResourceRecord:
    with vault.reading() as session:
        return _record(_get(session, resource_id))


def list_resources(vault: Vault, *, include_inactive: bool = False) -> list[ResourceRecord]:
    """Active entries (the offer list), or every entry; by kind, then name."""
    query = select(Resource).order_by(Resource.kind, Resource.name, Resource.id)
    if not include_inactive:
        query = query.where(Resource.active.is_(True))
    with vault.reading() as session:
        return [_record(row) for row in session.scalars(query)]


def offer_resource(
    vault: Vault, case_id: int, resource_id: int, at: dt.datetime | None = None
) -> OfferRecord:
    """Offer a resource to a reached case; the case is then referred to resources."""
    with vault.transaction() as session:
        case = load_case(session, case_id)
        resource = _get(session, resource_id)
        if not resource.active:
            raise InvalidInput(
                "resource",
                "That resource is no longer offered; put it back on the Resources page first.",
            )
        offered_at = (at or now()).replace(microsecond=0)
        if offered_at < case.referred_at:
            raise InvalidInput("offered_at", "A resource cannot be offered before the referral.")
        act(session, case, Action.REFER, offered_at, field="resource")
        offer = ResourceOffer(
            case_id=case.id, resource_id=resource.id, offered_at=offered_at,
            step=ReferralStep.OFFERED, step_due_on=referral_steps.due_rule(session)(offered_at),
        )  # fmt: skip
        session.add(offer)
        session.flush()
        audit.record(session, "resource.offer", "resource_offer", offer.id)
        return _offer_record(session, offer)


def record_response(
    vault: Vault, offer_id: int, accepted: bool | None, at: dt.datetime | None = None
) -> OfferRecord:
    """Whether the person took up the resource: the offer's step accepted or declined
    (None: not known yet, which only an offer still awaiting its answer can say)."""
    with vault.transaction() as session:
        offer = session.get(ResourceOffer, offer_id)
        if offer is None:
            raise NotFound("resource offer", offer_id)
        if accepted is None:
            if offer.step is not ReferralStep.OFFERED:
                raise InvalidInput("step", "The answer is recorded: a step cannot be taken back.")
            return _offer_record(session, offer)
        wanted = ReferralStep.ACCEPTED if accepted else ReferralStep.DECLINED
        referral_steps.advance(session, offer, wanted, at or now())
        audit.record(session, "resource.response", "resource_offer", offer.id)
        return _offer_record(session, offer)


def offers_of(session: Session, case_id: int) -> list[OfferRecord]:
    query = (
        select(ResourceOffer)
        .where(ResourceOffer.case_id == case_id)
        .order_by(ResourceOffer.offered_at, ResourceOffer.id)
    )
    return [_offer_record(session, row) for row in session.scalars(query)]


def _fill(session: Session, row: Resource, data: ResourceInput) -> None:
    row.kind = code_value("kind", ResourceKind, data.kind)
    row.name = required_text("name", data.name, max_length=200, what="The name")
    row.phone = optional_text("phone", data.phone, max_length=40, what="A phone number")
    if row.phone is not None and not _DIGIT.search(row.phone):
        raise InvalidInput(
            "phone",
            "A phone number needs at least one digit; put other ways to reach the service "
            "under Other contact.",
        )
    row.hours = optional_text("hours", data.hours, max_length=100, what="The hours")
    row.contact = optional_text("contact", data.contact, max_length=200, what="Other contact")
    row.notes = optional_text("notes", data.notes, max_length=500, what="A note")
    row.active = data.active
    if row.active:
        _check_unique(session, row)


def _check_unique(session: Session, row: Resource) -> None:
    """Two active entries alike could not be told apart in the offer list."""
    query = select(Resource.id).where(
        Resource.active.is_(True),
        Resource.kind == row.kind,
        Resource.name == row.name,
    )
    if row.id is not None:
        query = query.where(Resource.id != row.id)
    with session.no_autoflush:
        if session.scalars(query).first() is not None:
            raise InvalidInput(
                "name",
                "The directory already offers a resource of this kind under this name; "
                "give this one a name that tells them apart.",
            )


def _get(session: Session, resource_id: int) -> Resource:
    row = session.get(Resource, resource_id)
    if row is None:
        raise NotFound("resource", resource_id)
    return row


def _record(row: Resource) -> ResourceRecord:
    return ResourceRecord(
        id=row.id,
        kind=row.kind,
        name=row.name,
        phone=row.phone,
        hours=row.hours,
        notes=row.notes,
        contact=row.contact,
        active=row.active,
    )


def _offer_record(session: Session, offer: ResourceOffer) -> OfferRecord:
    resource = _get(session, offer.resource_id)
    return OfferRecord(
        id=offer.id,
        case_id=offer.case_id,
        resource_id=resource.id,
        resource_name=resource.name,
        resource_kind=resource.kind,
        offered_at=offer.offered_at,
        accepted=offer.accepted,
        step=offer.step,
        step_at=referral_steps.step_at(offer),
        appointment_on=offer.appointment_on,
        step_due_on=offer.step_due_on,
    )
