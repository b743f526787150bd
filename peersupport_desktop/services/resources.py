"""The resource directory, and resources offered to a case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import ResourceKind
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.services import audit
from peersupport_desktop.services.case_state import act, load_case
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.validation import code_value, optional_text, required_text
from peersupport_desktop.store.models import Resource, ResourceOffer
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class ResourceInput:
    kind: ResourceKind | str
    name: str
    contact: str | None = None
    notes: str | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class ResourceRecord:
    id: int
    kind: ResourceKind
    name: str
    contact: str | None
    notes: str | None
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


def add_resource(vault: Vault, data: ResourceInput) -> ResourceRecord:
    with vault.transaction() as session:
        row = Resource()
        _fill(row, data)
        session.add(row)
        session.flush()
        audit.record(session, "resource.add", "resource", row.id)
        return _record(row)


def edit_resource(vault: Vault, resource_id: int, data: ResourceInput) -> ResourceRecord:
    with vault.transaction() as session:
        row = _get(session, resource_id)
        _fill(row, data)
        audit.record(session, "resource.edit", "resource", row.id)
        return _record(row)


def list_resources(vault: Vault, *, include_inactive: bool = False) -> list[ResourceRecord]:
    query = select(Resource).order_by(Resource.kind, Resource.name)
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
            raise InvalidInput("resource", f"{resource.name} is no longer offered.")
        offered_at = (at or now()).replace(microsecond=0)
        if offered_at < case.referred_at:
            raise InvalidInput("offered_at", "A resource cannot be offered before the referral.")
        act(session, case, Action.REFER, offered_at, field="resource")
        offer = ResourceOffer(case_id=case.id, resource_id=resource.id, offered_at=offered_at)
        session.add(offer)
        session.flush()
        audit.record(session, "resource.offer", "resource_offer", offer.id)
        return _offer_record(session, offer)


def record_response(vault: Vault, offer_id: int, accepted: bool | None) -> OfferRecord:
    """Whether the person took up the resource (None: not known yet)."""
    with vault.transaction() as session:
        offer = session.get(ResourceOffer, offer_id)
        if offer is None:
            raise NotFound("resource offer", offer_id)
        offer.accepted = accepted
        audit.record(session, "resource.response", "resource_offer", offer.id)
        return _offer_record(session, offer)


def offers_of(session: Session, case_id: int) -> list[OfferRecord]:
    query = (
        select(ResourceOffer)
        .where(ResourceOffer.case_id == case_id)
        .order_by(ResourceOffer.offered_at, ResourceOffer.id)
    )
    return [_offer_record(session, row) for row in session.scalars(query)]


def _fill(row: Resource, data: ResourceInput) -> None:
    row.kind = code_value("kind", ResourceKind, data.kind)
    row.name = required_text("name", data.name, max_length=200, what="The name")
    row.contact = optional_text("contact", data.contact, max_length=200, what="The contact")
    row.notes = optional_text("notes", data.notes, max_length=500, what="A note")
    row.active = data.active


def _get(session: Session, resource_id: int) -> Resource:
    row = session.get(Resource, resource_id)
    if row is None:
        raise NotFound("resource", resource_id)
    return row


def _record(row: Resource) -> ResourceRecord:
    return ResourceRecord(row.id, row.kind, row.name, row.contact, row.notes, row.active)


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
    )
