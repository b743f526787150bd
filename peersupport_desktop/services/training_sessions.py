"""Training sessions: held for several supporters, their attendance, and the anonymous
evaluations attendees leave.

Each attendee's attendance is their Training row (services/supporters.credit_training),
so a refresher session puts each attendee's next refresher off as a refresher logged
alone does. Evaluations are never tied to a supporter; their summary (attendees,
evaluations, mean scores, comments) is for the program's own use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.supporters import credit_training, supporter_row
from peersupport_desktop.services.validation import optional_text, required_text
from peersupport_desktop.store.models import Supporter, Training, TrainingEvaluation
from peersupport_desktop.store.models import TrainingSession as SessionRow
from peersupport_desktop.store.vault import Vault

MAX_MINUTES = 2880
MAX_COMMENT = 1000


@dataclass(frozen=True, slots=True)
class TrainingSessionInput:
    title: str
    held_on: dt.date
    attendees: tuple[int, ...]  # supporter ids
    refresher: bool = False
    minutes: int | None = None  # how long it lasted


@dataclass(frozen=True, slots=True)
class EvaluationInput:
    useful: int | None = None  # 1 (not at all) to 5 (very)
    ready: int | None = None  # 1 to 5: ready to support a colleague
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: int
    title: str
    held_on: dt.date
    refresher: bool
    minutes: int | None
    attendees: tuple[str, ...]  # their names
    evaluations: int
    mean_useful: float | None  # one decimal; None without a score
    mean_ready: float | None
    comments: tuple[str, ...]  # internal only: never in a report or an export


def add_session(vault: Vault, data: TrainingSessionInput) -> SessionSummary:
    with vault.transaction() as session:
        row = store_session(
            session, data.title, data.held_on, refresher=data.refresher, minutes=data.minutes
        )
        if not data.attendees:
            raise InvalidInput("attendees", "Choose at least one supporter who attended.")
        for supporter_id in sorted(set(data.attendees)):
            attend(session, row, supporter_row(session, supporter_id))
        audit.record(session, "training.session_add", "training_session", row.id)
        return _summary(session, row)


def add_evaluation(vault: Vault, session_id: int, data: EvaluationInput) -> SessionSummary:
    with vault.transaction() as session:
        row = _row(session, session_id)
        store_evaluation(session, row.id, data)
        audit.record(session, "training.evaluation", "training_session", row.id)
        return _summary(session, row)


def list_sessions(vault: Vault) -> list[SessionSummary]:
    """Every session, newest first, with its summary."""
    with vault.reading() as session:
        rows = session.scalars(
            select(SessionRow).order_by(SessionRow.held_on.desc(), SessionRow.id.desc())
        )
        return [_summary(session, row) for row in rows]


def session_summary(vault: Vault, session_id: int) -> SessionSummary:
    with vault.reading() as session:
        return _summary(session, _row(session, session_id))


def store_session(
    session: Session, title: str, held_on: dt.date, *, refresher: bool, minutes: int | None
) -> SessionRow:
    """A new session, checked, within the caller's transaction (no attendee yet)."""
    clean = required_text("title", title, max_length=200, what="The training's title")
    if held_on > now().date():
        raise InvalidInput("held_on", "A training cannot be recorded before it is held.")
    if minutes is not None and not 1 <= minutes <= MAX_MINUTES:
        raise InvalidInput("minutes", f"The duration must be between 1 and {MAX_MINUTES} minutes.")
    row = SessionRow(
        title=clean, held_on=held_on, refresher=refresher, minutes=minutes, created_at=now()
    )
    session.add(row)
    session.flush()
    return row


def attend(session: Session, row: SessionRow, supporter: Supporter) -> Training | None:
    """The supporter's attendance of the session; None when already recorded."""
    known = session.scalar(
        select(Training.id).where(
            Training.session_id == row.id, Training.supporter_id == supporter.id
        )
    )
    if known is not None:
        return None
    return credit_training(
        session, supporter, row.title, row.held_on, refresher=row.refresher, session_id=row.id
    )


def store_evaluation(session: Session, session_id: int, data: EvaluationInput) -> int:
    useful = _score("useful", data.useful, "How useful it was")
    ready = _score("ready", data.ready, "How ready they feel")
    comment = optional_text("comment", data.comment, max_length=MAX_COMMENT, what="A comment")
    if useful is None and ready is None and comment is None:
        raise InvalidInput("useful", "An evaluation needs a score or a comment.")
    row = TrainingEvaluation(session_id=session_id, useful=useful, ready=ready, comment=comment)
    session.add(row)
    session.flush()
    return row.id


def find_session(session: Session, held_on: dt.date, title: str) -> SessionRow | None:
    """The session held that day under that title (any letter case)."""
    return session.scalar(
        select(SessionRow)
        .where(SessionRow.held_on == held_on, func.lower(SessionRow.title) == title.strip().lower())
        .order_by(SessionRow.id)
        .limit(1)
    )


def _score(field: str, value: int | None, what: str) -> int | None:
    if value is not None and not 1 <= value <= 5:
        raise InvalidInput(field, f"{what} is a score from 1 to 5.")
    return value


def _mean(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _row(session: Session, session_id: int) -> SessionRow:
    row = session.get(SessionRow, session_id)
    if row is None:
        raise NotFound("training session", session_id)
    return row


def _summary(session: Session, row: SessionRow) -> SessionSummary:
    names = session.scalars(
        select(Supporter.name)
        .join(Training, Training.supporter_id == Supporter.id)
        .where(Training.session_id == row.id)
        .order_by(Supporter.name)
    )
    evaluations = list(
        session.scalars(
            select(TrainingEvaluation)
            .where(TrainingEvaluation.session_id == row.id)
            .order_by(TrainingEvaluation.id)
        )
    )
    return SessionSummary(
        id=row.id,
        title=row.title,
        held_on=row.held_on,
        refresher=row.refresher,
        minutes=row.minutes,
        attendees=tuple(names),
        evaluations=len(evaluations),
        mean_useful=_mean([e.useful for e in evaluations if e.useful is not None]),
        mean_ready=_mean([e.ready for e in evaluations if e.ready is not None]),
        comments=tuple(e.comment for e in evaluations if e.comment),
    )
