"""When outreach to a case is due: the program's target by its clock, or for an urgent
event (a death on the unit, say) the urgent target in clock minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.services.settings import due_rule, program_row
from peersupport_desktop.store.models import Case, Event


def target_rule(session: Session) -> Callable[[dt.datetime, bool], dt.datetime]:
    """The program's targets, read once: (referral time, urgent event) -> due time.

    The urgent target counts clock minutes whatever the outreach clock: answering
    within half an hour means half an hour, at night too."""
    ordinary = due_rule(session)
    urgent = dt.timedelta(minutes=program_row(session).urgent_target_minutes)
    return lambda referred_at, is_urgent: (
        referred_at + urgent if is_urgent else ordinary(referred_at)
    )


def case_due(session: Session, event: Event, referred_at: dt.datetime) -> dt.datetime:
    return target_rule(session)(referred_at, bool(event.urgent))


def retarget_event(session: Session, event: Event) -> int:
    """Each open case of the event not yet reached out to gets the due time its event's
    urgency gives; a case already reached out to keeps the target it was measured on.
    How many changed."""
    rule = target_rule(session)
    waiting = session.scalars(
        select(Case).where(
            Case.event_id == event.id,
            Case.first_outreach_at.is_(None),
            Case.closed_at.is_(None),
        )
    )
    changed = 0
    for case in waiting:
        due = rule(case.referred_at, bool(event.urgent))
        if due != case.outreach_due_at:
            case.outreach_due_at = due
            changed += 1
    return changed
