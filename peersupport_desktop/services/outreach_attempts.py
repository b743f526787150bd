"""Outreach that follows the person: after an unanswered attempt the next try is due,
until someone is reached or the tries run out; then a closing is proposed.

The next try is kept on the case (``Case.next_attempt_due_at``) so Today's queue reads
it without counting contacts; it is derived afresh from the contacts whenever they
change, so it never drifts from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import AttemptResult, CaseStatus, ContactKind, Outcome
from peersupport_desktop.services.settings import clock_rule, program_row
from peersupport_desktop.store.models import Case, Contact
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class OutreachFollowing:
    """Where outreach to the person stands, as the case window says it."""

    tries: int  # outreach attempts made, with a result or not
    max_tries: int
    next_try_due_at: dt.datetime | None
    # UNREACHABLE: every try went unanswered; DECLINED: the last attempt was declined.
    # Only proposed: the coordinator confirms the closing.
    proposed_closing: Outcome | None

    @property
    def sentence(self) -> str | None:
        """The line for the case window; None when there is nothing to follow."""
        if self.proposed_closing is Outcome.UNREACHABLE:
            return (
                f"No answer after {self.tries} tries (at most {self.max_tries}): "
                "close the case as unreachable?"
            )
        if self.proposed_closing is Outcome.DECLINED:
            return "The person declined when reached out to: close the case as declined?"
        return None


@dataclass(frozen=True, slots=True)
class _Attempt:
    kind: ContactKind
    result: AttemptResult | None
    occurred_at: dt.datetime


def reschedule(session: Session, case: Case) -> None:
    """Set the case's next try from its contacts: due ``retry_after_hours`` after the
    latest attempt when it went unanswered, nobody has been reached and tries remain;
    None otherwise (reached, declined, tries run out, closed, or an old attempt whose
    result was never recorded, which gives no reason to try again)."""
    session.flush()  # the contact just added or changed counts
    case.next_attempt_due_at = _next_try(session, case, _contacts(session, case.id))


def following(session: Session, case: Case) -> OutreachFollowing:
    contacts = _contacts(session, case.id)
    attempts = [c for c in contacts if c.kind is ContactKind.OUTREACH_ATTEMPT]
    row = program_row(session)
    proposed = None
    reached = any(c.kind.reaches_person for c in contacts)
    if case.status is not CaseStatus.CLOSED and attempts and not reached:
        last = attempts[-1].result
        if last is AttemptResult.DECLINED:
            proposed = Outcome.DECLINED
        elif last is not None and last.unanswered and case.next_attempt_due_at is None:
            proposed = Outcome.UNREACHABLE
    return OutreachFollowing(
        tries=len(attempts),
        max_tries=row.max_attempts,
        next_try_due_at=case.next_attempt_due_at,
        proposed_closing=proposed,
    )


def retry_rule(session: Session) -> Callable[[dt.datetime], dt.datetime]:
    """Attempt time -> next try due, counted like the outreach target: clock hours, or
    working hours (working days and hours, holidays left out) when the program's
    outreach clock counts those."""
    return clock_rule(session, dt.timedelta(hours=program_row(session).retry_after_hours))


def _next_try(session: Session, case: Case, contacts: list[_Attempt]) -> dt.datetime | None:
    if case.status is CaseStatus.CLOSED or any(c.kind.reaches_person for c in contacts):
        return None
    attempts = [c for c in contacts if c.kind is ContactKind.OUTREACH_ATTEMPT]
    if not attempts:
        return None
    last = attempts[-1]
    if last.result is None or not last.result.unanswered:
        return None
    if len(attempts) >= program_row(session).max_attempts:
        return None
    return retry_rule(session)(last.occurred_at)


def _contacts(session: Session, case_id: int) -> list[_Attempt]:
    query = (
        select(Contact.kind, Contact.result, Contact.occurred_at)
        .where(Contact.case_id == case_id)
        .order_by(Contact.occurred_at, Contact.id)
    )
    return [_Attempt(kind, result, at) for kind, result, at in session.execute(query)]


_UNANSWERED = tuple(result.value for result in AttemptResult if result.unanswered)
# Open cases with attempts and no try due whose latest attempt went unanswered: the
# tries ran out. The few candidates are found by the status index, each latest attempt
# by the contacts' index, apart from the case list's read of every case.
_OUT_OF_TRIES = text(
    f"""
    SELECT c.id FROM cases c
    WHERE c.status = 'outreach_attempted' AND c.next_attempt_due_at IS NULL
      AND (SELECT ct.result FROM contacts ct
           WHERE ct.case_id = c.id AND ct.kind = 'outreach_attempt'
           ORDER BY ct.occurred_at DESC, ct.id DESC LIMIT 1)
          IN ({", ".join(f"'{r}'" for r in _UNANSWERED)})
    """  # noqa: S608  (the codes are our own)
)


def cases_out_of_tries(vault: Vault) -> frozenset[int]:
    """The cases whose tries ran out, for which closing as unreachable is proposed."""
    with vault.reading() as session:
        return frozenset(int(case_id) for case_id in session.execute(_OUT_OF_TRIES).scalars())
