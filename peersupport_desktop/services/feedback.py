"""Feedback from the people supported: an invitation after a case closes, under a
fresh pseudonymous code, and the answers that come back under it.

The code is all that links an answer to a case, and it is kept only here: the
invitation never carries the case reference, the answers' file never names anyone,
and the reports count answers without a code, a case or a comment (comments are the
program's own reading, shown in the window and the internal listing only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import FeedbackAnswer
from peersupport_desktop.core.feedback_codes import fresh_code
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.settings import program_row
from peersupport_desktop.store.models import Case, FeedbackInvitation, FeedbackResponse
from peersupport_desktop.store.vault import Vault

LISTING_COLUMNS = (
    "code", "invited_at", "answered_on", "helpful", "wellbeing_better", "back_at_work",
    "would_recommend", "comment",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Invitation:
    id: int
    case_id: int
    code: str  # "K7QM-3XPD"
    invited_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Answers:
    answered_on: dt.date
    helpful: int | None
    wellbeing_better: FeedbackAnswer | None
    back_at_work: FeedbackAnswer | None
    would_recommend: FeedbackAnswer | None
    comment: str | None  # internal: never in a report, an export or a log


@dataclass(frozen=True, slots=True)
class InvitationLine:
    """An invitation as the feedback window and the listing show it: no case."""

    code: str
    invited_at: dt.datetime
    answers: Answers | None


def invite(vault: Vault, case_id: int, at: dt.datetime | None = None) -> Invitation:
    """The case's invitation, made now under a fresh code if it has none yet: once per
    case, so a second print or e-mail carries the same code."""
    moment = (at or now()).replace(microsecond=0)
    with vault.transaction() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound("case", case_id)
        existing = session.scalar(
            select(FeedbackInvitation).where(FeedbackInvitation.case_id == case_id)
        )
        if existing is not None:
            # Shown again, the code ties the case to its answers: that too is on record.
            audit.record(session, "feedback.code_shown", "feedback_invitation", existing.id)
            return _record(existing)
        if case.closed_at is None:
            raise InvalidInput(
                "case", "Only a closed case's person is invited to give feedback: close it first."
            )
        if moment < case.closed_at:
            raise InvalidInput("invited_at", "An invitation cannot be sent before the case closed.")
        row = FeedbackInvitation(case_id=case_id, code=_unused_code(session), invited_at=moment)
        session.add(row)
        session.flush()
        audit.record(session, "feedback.invite", "feedback_invitation", row.id)
        return _record(row)


def invitation_of(vault: Vault, case_id: int) -> Invitation | None:
    with vault.reading() as session:
        row = session.scalar(
            select(FeedbackInvitation).where(FeedbackInvitation.case_id == case_id)
        )
        return None if row is None else _record(row)


def invitation_text(vault: Vault, invitation: Invitation) -> str:
    """What the coordinator prints or pastes into an e-mail, after their own greeting:
    the code and where the form is, nothing about the case."""
    return invitation_words(invitation.code, form_address(vault))


def form_address(vault: Vault) -> str | None:
    with vault.reading() as session:
        return program_row(session).feedback_form_address


def invitation_words(code: str, address: str | None) -> str:
    where = (
        f"The form is at {address}."
        if address
        else "Ask the peer support coordinator for the form, on paper or by e-mail."
    )
    return (
        "Thank you for letting our peer support team be there for you. We would like to "
        "hear how it went for you, so that we can do better for the next person.\n\n"
        "There are five short questions, and it takes about two minutes. You do not have "
        "to answer, and saying no changes nothing for you.\n\n"
        f"{where}\n"
        f"Your code for the form: {code}\n\n"
        "Your answers come back under this code, not your name. Only the peer support "
        "coordinator can tell whose code it is, and our reports count answers together, "
        "never anyone's own.\n\n"
        "With thanks,\nThe peer support team"
    )


def invitation_lines(vault: Vault) -> list[InvitationLine]:
    """Every invitation, newest first, with its answers if they came (comments among
    them: the reading is audited)."""
    with vault.transaction() as session:
        audit.record(session, "feedback.list", "feedback_response", None)
        rows = session.execute(
            select(FeedbackInvitation, FeedbackResponse)
            .outerjoin(FeedbackResponse, FeedbackResponse.invitation_id == FeedbackInvitation.id)
            .order_by(FeedbackInvitation.invited_at.desc(), FeedbackInvitation.id.desc())
        ).all()
        return [
            InvitationLine(invitation.code, invitation.invited_at, _answers(response))
            for invitation, response in rows
        ]


def feedback_listing(vault: Vault, *, comments: bool = False) -> Listing:
    """The invitations and answers, by code, never by case; the comments only when
    asked for: a listing may be written to a file outside the vault, and the issue's
    promise is that free comments stay inside."""
    rows = []
    for line in invitation_lines(vault):
        a = line.answers
        rows.append(
            (
                line.code,
                line.invited_at.date(),
                a.answered_on if a else None,
                a.helpful if a else None,
                _value(a.wellbeing_better) if a else None,
                _value(a.back_at_work) if a else None,
                _value(a.would_recommend) if a else None,
                *((a.comment if a else None,) if comments else ()),
            )
        )
    columns = LISTING_COLUMNS if comments else LISTING_COLUMNS[:-1]
    return Listing("Feedback", columns, rows)


def _answers(row: FeedbackResponse | None) -> Answers | None:
    if row is None:
        return None
    return Answers(
        row.answered_on,
        row.helpful,
        row.wellbeing_better,
        row.back_at_work,
        row.would_recommend,
        row.comment,
    )


def _value(answer: FeedbackAnswer | None) -> str | None:
    return None if answer is None else answer.value


def _unused_code(session: Session) -> str:
    """A fresh code; drawn again in the (vanishingly rare) case it is taken."""
    while True:
        code = fresh_code()
        if (
            session.scalar(select(FeedbackInvitation.id).where(FeedbackInvitation.code == code))
            is None
        ):
            return code


def _record(row: FeedbackInvitation) -> Invitation:
    return Invitation(row.id, row.case_id, row.code, row.invited_at)
