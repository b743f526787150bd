"""Anonymous training evaluations brought in from a file (a form's answers): each row
names its session by day and title, never who answered. As the answers carry no one's
identity, a row is recognised as already imported when its session already holds as
many evaluations alike as the file does: the same file imported twice adds nothing,
and a file that grew adds only its new rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.record_layout import Column, Layout, MappedRow, RowProblem
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.training_import import held_on_of
from peersupport_desktop.services.training_sessions import (
    EvaluationInput,
    find_session,
    store_evaluation,
)
from peersupport_desktop.store.models import TrainingEvaluation, TrainingSession
from peersupport_desktop.store.vault import Vault

LAYOUT = Layout(
    "training_evaluations",
    "Training evaluations",
    (
        Column("held_on", "Held on", required=True, spellings=("date", "day")),
        Column("title", "Title", required=True, spellings=("training", "session", "course")),
        Column("useful", "Useful (1-5)", spellings=("how useful",)),
        Column("ready", "Ready (1-5)", spellings=("how ready",)),
        Column("comment", "Comment", spellings=("comments",)),
    ),
)
NO_SESSION = "No training session of that day and title is recorded: import its attendance first."

Alike = tuple[int | None, int | None, str | None]


class EvaluationKind:
    layout = LAYOUT
    record_name = "training_session"

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        stored: dict[int, Counter[Alike]] = {}
        seen: dict[int, Counter[Alike]] = {}
        for row in rows:
            held_on = held_on_of(row)
            if isinstance(held_on, str):
                result.problems.append(RowProblem(row.line, held_on))
                continue
            held = find_session(session, held_on, row.get("title"))
            if held is None:
                result.problems.append(RowProblem(row.line, NO_SESSION))
                continue
            scores = [row.get("useful"), row.get("ready")]
            if any(score and not score.isdigit() for score in scores):
                result.problems.append(RowProblem(row.line, "A score is not a whole number."))
                continue
            useful, ready = (int(score) if score else None for score in scores)
            data = EvaluationInput(useful, ready, row.get("comment") or None)
            alike: Alike = (useful, ready, data.comment)
            if held.id not in stored:
                stored[held.id] = _stored(session, held.id)
                seen[held.id] = Counter()
            seen[held.id][alike] += 1
            if seen[held.id][alike] <= stored[held.id][alike]:
                result.unchanged += 1
                continue
            try:
                store_evaluation(session, held.id, data)
            except InvalidInput as problem:
                result.problems.append(RowProblem(row.line, str(problem)))
                continue
            result.added += 1
            if held.id not in result.ids:
                result.ids.append(held.id)
        return result


def _stored(session: Session, session_id: int) -> Counter[Alike]:
    found = session.execute(
        select(
            TrainingEvaluation.useful, TrainingEvaluation.ready, TrainingEvaluation.comment
        ).where(TrainingEvaluation.session_id == session_id)
    )
    return Counter((useful, ready, comment) for useful, ready, comment in found)


KIND = EvaluationKind()


def evaluation_listing(vault: Vault, *, comments: bool = False) -> Listing:
    """Every evaluation, newest session first, in the import's columns; the comments
    only when asked for (they are free text, for the program alone)."""
    query = (
        select(TrainingSession.held_on, TrainingSession.title, TrainingEvaluation)
        .join(TrainingEvaluation, TrainingEvaluation.session_id == TrainingSession.id)
        .order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc(), TrainingEvaluation.id)
    )
    with vault.reading() as session:
        rows = [
            (held_on, title, row.useful, row.ready, *((row.comment,) if comments else ()))
            for held_on, title, row in session.execute(query)
        ]
    keys = LAYOUT.keys if comments else tuple(k for k in LAYOUT.keys if k != "comment")
    return Listing(LAYOUT.title, keys, rows)
