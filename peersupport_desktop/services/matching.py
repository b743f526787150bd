"""Suggest supporters for a case: the vault's facts gathered in a few grouped queries,
then ranked by core.matching."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.core.free_time import Availability
from peersupport_desktop.core.languages import language_code
from peersupport_desktop.core.lifecycle import OPEN_STATUSES
from peersupport_desktop.core.matching import HORIZON, RECENT, Candidate, CaseNeeds, Ranking, rank
from peersupport_desktop.services.availability import patterns
from peersupport_desktop.services.case_state import load_case
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.settings import program_department_rule
from peersupport_desktop.services.supporters import effective_capacity_sql
from peersupport_desktop.store.models import (
    Case,
    Clinician,
    Event,
    EventTypeRow,
    Supporter,
)
from peersupport_desktop.store.vault import Vault


def suggest_supporters(vault: Vault, case_id: int, *, at: dt.datetime | None = None) -> Ranking:
    """The ranked, reasoned suggestions for a case, and who is excluded and why."""
    moment = (at or now()).replace(second=0, microsecond=0)
    # Read-only, so not audited: it shows supporters, and opening the case was audited.
    with vault.reading() as session:
        needs = case_needs(session, case_id, moment)
        return rank(needs, candidates(session, needs))


def case_needs(session: Session, case_id: int, moment: dt.datetime) -> CaseNeeds:
    case = load_case(session, case_id)
    clinician = session.get(Clinician, case.clinician_id)
    event = session.get(Event, case.event_id)
    assert clinician is not None and event is not None  # foreign keys
    event_type = session.get(EventTypeRow, event.event_type)
    involved = session.scalars(select(Case.clinician_id).where(Case.event_id == event.id))
    return CaseNeeds(
        clinician_id=clinician.id,
        role=clinician.role,
        department_id=clinician.department_id,
        event_type=event.event_type,
        event_label=event_type.label if event_type else event.event_type,
        event_clinician_ids=frozenset(involved),
        # One the list does not know (stored by an older version) matches as spelled.
        language=language_code(clinician.preferred_language or "")
        or (clinician.preferred_language or "").strip().lower()
        or None,
        department_rule=case.department_preference or program_department_rule(session),
        now=moment,
    )


def candidates(session: Session, needs: CaseNeeds) -> list[Candidate]:
    """Every supporter not retired, with their load, experience and availability."""
    assigned = select(Case.supporter_id, func.count()).where(Case.supporter_id.is_not(None))
    open_cases = dict(
        session.execute(
            assigned.where(Case.status.in_(OPEN_STATUSES)).group_by(Case.supporter_id)
        ).all()
    )
    recent = dict(
        session.execute(
            assigned.where(Case.referred_at >= needs.now - RECENT).group_by(Case.supporter_id)
        ).all()
    )
    experience = dict(
        session.execute(
            assigned.join(Event, Event.id == Case.event_id)
            .where(Event.event_type == needs.event_type)
            .group_by(Case.supporter_id)
        ).all()
    )
    free_time = patterns(session, needs.now, needs.now + HORIZON)
    rows = session.execute(
        select(
            Supporter.id,
            Supporter.name,
            Supporter.role,
            Supporter.department_id,
            Supporter.status,
            Supporter.training_date,
            Supporter.refresher_due,
            effective_capacity_sql(session),
            Supporter.languages,
            Supporter.clinician_id,
            Supporter.capacity.is_(None),
        ).where(Supporter.status != SupporterStatus.RETIRED)
    )
    return [
        Candidate(
            id=sid,
            name=name,
            role=role,
            department_id=department_id,
            status=status,
            trained_on=trained_on,
            refresher_due=refresher_due,
            capacity=capacity,
            open_cases=open_cases.get(sid, 0),
            recent_cases=recent.get(sid, 0),
            event_type_cases=experience.get(sid, 0),
            languages=tuple(lang for lang in languages.split(",") if lang),
            clinician_id=clinician_id,
            availability=free_time.get(sid, Availability()),
            capacity_is_default=takes_default,
        )
        for (
            sid,
            name,
            role,
            department_id,
            status,
            trained_on,
            refresher_due,
            capacity,
            languages,
            clinician_id,
            takes_default,
        ) in rows
    ]
