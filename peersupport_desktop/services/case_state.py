"""Applying the lifecycle to a stored case: the one place statuses and stamps change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import CaseStatus, ContactKind, Outcome
from peersupport_desktop.core.lifecycle import (
    Action,
    CaseFacts,
    Stamp,
    TransitionError,
    apply,
    open_status,
)
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.store.models import Case, CaseClosing, Contact, ResourceOffer


def load_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("case", case_id)
    return case


def facts(session: Session, case: Case) -> CaseFacts:
    kinds = set(session.scalars(select(Contact.kind).where(Contact.case_id == case.id).distinct()))
    offered = session.scalar(select(exists().where(ResourceOffer.case_id == case.id)))
    return CaseFacts(
        status=case.status,
        has_first_outreach=case.first_outreach_at is not None,
        has_conversation=any(kind.reaches_person for kind in kinds),
        has_attempt=ContactKind.OUTREACH_ATTEMPT in kinds,
        has_resource_offered=bool(offered),
    )


def act(
    session: Session,
    case: Case,
    action: Action,
    at: dt.datetime,
    outcome: Outcome | None = None,
    *,
    field: str = "status",
) -> None:
    """Apply one action; a refusal by the lifecycle is InvalidInput on ``field``."""
    try:
        transition = apply(facts(session, case), action, outcome)
    except TransitionError as exc:
        raise InvalidInput(field, str(exc)) from None
    case.status = transition.status
    if Stamp.FIRST_OUTREACH in transition.sets:
        case.first_outreach_at = at
    if Stamp.CLOSED in transition.sets:
        assert transition.outcome is not None
        case.closed_at = at
        case.outcome = transition.outcome
        session.add(CaseClosing(case_id=case.id, closed_at=at, outcome=transition.outcome))
    if Stamp.CLOSED in transition.clears:
        case.closed_at = None
        latest = session.scalar(
            select(CaseClosing)
            .where(CaseClosing.case_id == case.id, CaseClosing.reopened_at.is_(None))
            .order_by(CaseClosing.closed_at.desc())
        )
        if latest is not None:
            latest.reopened_at = at
    if transition.clears_outcome:
        case.outcome = None


def resettle(session: Session, case: Case) -> None:
    """After a contact was edited or removed: re-derive the stamps and, if open, the status."""
    session.flush()
    case.first_outreach_at = session.scalar(
        select(func.min(Contact.occurred_at)).where(Contact.case_id == case.id)
    )
    if case.status is not CaseStatus.CLOSED:
        case.status = open_status(facts(session, case))
