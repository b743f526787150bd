"""Referrals on to professional help, followed until the person is connected.

An offer moves offered -> accepted or declined -> appointment made -> connected, or
is lost from any open step. Each step is dated, never before the one it follows, and
never skipped or taken back; while a step is open, the next is due a set number of
days on (Settings: referral_step_days), in working days when outreach is counted in
working hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import ReferralStep
from peersupport_desktop.core.working_days import add_working_days
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.settings import program_row, working_week
from peersupport_desktop.services.validation import code_value
from peersupport_desktop.store.models import (
    Case,
    Resource,
    ResourceOffer,
)
from peersupport_desktop.store.vault import Vault

# The steps that may follow each step; the others are ends.
NEXT: dict[ReferralStep, tuple[ReferralStep, ...]] = {
    ReferralStep.OFFERED: (ReferralStep.ACCEPTED, ReferralStep.DECLINED, ReferralStep.LOST),
    ReferralStep.ACCEPTED: (ReferralStep.APPOINTMENT_MADE, ReferralStep.LOST),
    ReferralStep.APPOINTMENT_MADE: (ReferralStep.CONNECTED, ReferralStep.LOST),
    ReferralStep.DECLINED: (),
    ReferralStep.CONNECTED: (),
    ReferralStep.LOST: (),
}
# What is awaited while a step is open (Today's list, the due column's tooltip).
AWAITED = {
    ReferralStep.OFFERED: "an answer",
    ReferralStep.ACCEPTED: "an appointment",
    ReferralStep.APPOINTMENT_MADE: "the first session",
}
_LEEWAY = dt.timedelta(minutes=5)  # a clock a little fast is no step in the future


@dataclass(frozen=True, slots=True)
class ReferralLine:
    """One offer and where it stands, for a list of them."""

    offer_id: int
    case_id: int
    case_reference: str
    resource_name: str
    offered_at: dt.datetime
    step: ReferralStep
    step_at: dt.datetime | None  # None: an answer recorded before steps were dated
    appointment_on: dt.date | None
    due_on: dt.date | None  # the next step's, while one is awaited

    def overdue(self, today: dt.date) -> bool:
        return self.due_on is not None and self.due_on < today


def why_not(step: ReferralStep, wanted: ReferralStep) -> str | None:
    """Why ``wanted`` cannot follow ``step``, in one sentence; None when it can."""
    if wanted in NEXT[step]:
        return None
    if not step.open:
        return f"The referral is {step.label.lower()}: it has no next step."
    if wanted is ReferralStep.OFFERED or _order(wanted) <= _order(step):
        return f"The referral is {step.label.lower()} already: a step cannot be taken back."
    needed = NEXT[step][0]
    return f"Record '{needed.label}' first: a step cannot be skipped."


def step_at(offer: ResourceOffer) -> dt.datetime | None:
    """When the offer reached the step it stands at (None: an old answer, undated)."""
    return {
        ReferralStep.OFFERED: offer.offered_at,
        ReferralStep.ACCEPTED: offer.decided_at,
        ReferralStep.DECLINED: offer.decided_at,
        ReferralStep.APPOINTMENT_MADE: offer.appointment_made_at,
        ReferralStep.CONNECTED: offer.connected_at,
        ReferralStep.LOST: offer.lost_at,
    }[offer.step]


def advance(
    session: Session,
    offer: ResourceOffer,
    wanted: ReferralStep,
    at: dt.datetime,
    appointment_on: dt.date | None = None,
) -> None:
    """Move ``offer`` to ``wanted`` at ``at``; InvalidInput, in one sentence, if it may not."""
    case = session.get(Case, offer.case_id)
    assert case is not None  # the foreign key
    if case.deidentified_at is not None:
        raise InvalidInput("step", "A de-identified case's referrals stay as they were.")
    problem = why_not(offer.step, wanted)
    if problem:
        raise InvalidInput("step", problem)
    at = at.replace(microsecond=0)
    if at > now() + _LEEWAY:
        raise InvalidInput("at", "A referral step cannot be dated in the future.")
    before = _latest_date(offer)
    if at < before:
        raise InvalidInput("at", "A referral step cannot come before the step it follows.")
    if appointment_on is not None:
        if wanted is not ReferralStep.APPOINTMENT_MADE:
            raise InvalidInput(
                "appointment_on", "Only an appointment made has an appointment date."
            )
        if appointment_on < at.date():
            raise InvalidInput("appointment_on", "An appointment cannot come before it was made.")
    if wanted is ReferralStep.ACCEPTED or wanted is ReferralStep.DECLINED:
        offer.decided_at = at
        offer.accepted = wanted is ReferralStep.ACCEPTED
    elif wanted is ReferralStep.APPOINTMENT_MADE:
        offer.appointment_made_at, offer.appointment_on = at, appointment_on
    elif wanted is ReferralStep.CONNECTED:
        offer.connected_at = at
    else:  # lost: whatever the answer was stays
        offer.lost_at = at
    offer.step = wanted
    offer.step_due_on = due_rule(session)(at) if wanted.open else None


def record_step(
    vault: Vault,
    offer_id: int,
    step: ReferralStep | str,
    at: dt.datetime | None = None,
    appointment_on: dt.date | None = None,
) -> ReferralLine:
    """Record an offer's next step (a code or a label); its date defaults to now."""
    wanted = code_value("step", ReferralStep, step)
    with vault.transaction() as session:
        offer = session.get(ResourceOffer, offer_id)
        if offer is None:
            raise NotFound("resource offer", offer_id)
        advance(session, offer, wanted, at or now(), appointment_on)
        audit.record(session, f"resource.{wanted.value}", "resource_offer", offer.id)
        case, resource = session.get(Case, offer.case_id), session.get(Resource, offer.resource_id)
        assert case is not None and resource is not None  # the foreign keys
        return _line(offer, case.reference, resource.name)


def due_rule(session: Session) -> Callable[[dt.datetime], dt.date]:
    """The program's step clock, read once: a step's date -> the next step's due date."""
    row = program_row(session)
    days = row.referral_step_days
    if row.outreach_clock is not OutreachClock.WORKING_HOURS:
        return lambda at: at.date() + dt.timedelta(days=days)
    week = working_week(session)
    return lambda at: add_working_days(at.date(), days, week)


def overdue_steps(vault: Vault, today: dt.date) -> list[ReferralLine]:
    """Open steps whose next step was due before ``today``, the longest overdue first.

    A de-identified case's are left out: nobody could follow them up."""
    return _lines(
        vault,
        (ResourceOffer.step_due_on < today, Case.deidentified_at.is_(None)),
        (ResourceOffer.step_due_on, ResourceOffer.id),
    )


def referrals(vault: Vault, case_id: int | None = None) -> list[ReferralLine]:
    """Every offer (or one case's), by case, then as offered."""
    where = () if case_id is None else (ResourceOffer.case_id == case_id,)
    return _lines(vault, where, (ResourceOffer.case_id, ResourceOffer.offered_at, ResourceOffer.id))


def _lines(
    vault: Vault, where: tuple[ColumnElement[bool], ...], order: tuple[object, ...]
) -> list[ReferralLine]:
    query = (
        select(ResourceOffer, Case.reference, Resource.name)
        .join(Case, Case.id == ResourceOffer.case_id)
        .join(Resource, Resource.id == ResourceOffer.resource_id)
        .where(*where)
        .order_by(*order)  # type: ignore[arg-type]
    )
    with vault.reading() as session:
        return [_line(offer, reference, name) for offer, reference, name in session.execute(query)]


def _line(offer: ResourceOffer, reference: str, name: str) -> ReferralLine:
    return ReferralLine(
        offer.id, offer.case_id, reference, name, offer.offered_at, offer.step,
        step_at(offer), offer.appointment_on, offer.step_due_on,
    )  # fmt: skip


def _latest_date(offer: ResourceOffer) -> dt.datetime:
    """The date of the latest step taken: a next step never comes before it."""
    dated = (offer.offered_at, offer.decided_at, offer.appointment_made_at, offer.connected_at)
    return max(d for d in dated if d is not None)


def _order(step: ReferralStep) -> int:
    return {
        ReferralStep.OFFERED: 0,
        ReferralStep.ACCEPTED: 1,
        ReferralStep.DECLINED: 1,
        ReferralStep.APPOINTMENT_MADE: 2,
        ReferralStep.CONNECTED: 3,
        ReferralStep.LOST: 3,
    }[step]
