"""The feedback form's answers as a survey tool exports them (REDCap, Microsoft Forms,
Qualtrics), matched to their invitations by code.

Survey tools export every answer so far, night after night, so a file usually repeats
answers already imported: those are unchanged. An answer that comes back different
under a code already answered (the person sent the form twice, or edited it) keeps
the first answers and is counted unchanged, with a note: rejecting it would stop
every later nightly file at that one row, and the first answers are the ones the
reports may already have counted. Within one file, a code twice with different
answers is a problem to mend, since the file itself disagrees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import FeedbackAnswer
from peersupport_desktop.core.feedback_codes import UnknownAnswer, helpful_score, normal_code
from peersupport_desktop.core.feedback_codes import yes_partly_no as _yes_partly_no
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.record_layout import Column, Layout, MappedRow, RowProblem
from peersupport_desktop.core.spreadsheet_dates import UnreadableDate, spreadsheet_date
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.store.models import FeedbackInvitation, FeedbackResponse

MAX_COMMENT = 2000

LAYOUT = Layout(
    "feedback",
    "Feedback answers",
    (
        Column(
            "code", "Code", required=True,
            spellings=("invitation code", "feedback code", "your code", "code from the invitation"),
        ),
        Column(
            "answered_on", "Answered on",
            spellings=(
                "date", "answered", "completed", "completion time", "end time", "end date",
                "submitted", "submitted at", "recorded date", "survey timestamp", "timestamp",
                "feedback_timestamp",
            ),
        ),
        Column(
            "helpful", "Helpful (1-5)",
            spellings=("was it helpful", "how helpful", "helpfulness", "how helpful was it"),
        ),
        Column(
            "wellbeing_better", "Wellbeing better",
            spellings=("wellbeing", "wellbeing improved", "did your wellbeing improve"),
        ),
        Column(
            "back_at_work", "Back at work",
            spellings=("returned to work", "back to work", "are you back at work"),
        ),
        Column(
            "would_recommend", "Would recommend",
            spellings=("recommend", "would you recommend", "would you recommend it"),
        ),
        Column("comment", "Comment", spellings=("comments", "free comment", "anything else")),
    ),
)  # fmt: skip

_QUESTIONS = (
    ("wellbeing_better", "The wellbeing answer"),
    ("back_at_work", "The back-at-work answer"),
    ("would_recommend", "The would-recommend answer"),
)

Parsed = tuple[
    dt.date,
    int | None,
    FeedbackAnswer | None,
    FeedbackAnswer | None,
    FeedbackAnswer | None,
    str | None,
]


class _Problem(ValueError):
    pass


class FeedbackKind:
    layout = LAYOUT
    record_name = "feedback_response"

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        moment = now().replace(microsecond=0)
        invitations = {
            code: (invitation_id, invited_at)
            for invitation_id, code, invited_at in session.execute(
                select(
                    FeedbackInvitation.id, FeedbackInvitation.code, FeedbackInvitation.invited_at
                )
            )
        }
        stored = {
            response.invitation_id: _as_parsed(response)
            for response in session.scalars(select(FeedbackResponse))
        }
        in_file: dict[str, Parsed] = {}
        kept_first = 0
        for row in rows:
            code = normal_code(row.get("code"))
            if code is None:
                result.problems.append(
                    RowProblem(row.line, "The code is not a feedback code (like K7QM-3XPD).")
                )
                continue
            found = invitations.get(code)
            if found is None:
                result.problems.append(
                    RowProblem(row.line, "No invitation was sent under this code.")
                )
                continue
            invitation_id, invited_at = found
            try:
                answers = _parsed(row, moment.date(), invited_at.date())
            except _Problem as problem:
                result.problems.append(RowProblem(row.line, str(problem)))
                continue
            if code in in_file:
                if in_file[code] != answers:
                    result.problems.append(
                        RowProblem(
                            row.line,
                            "This code is in the file before, with other answers: keep one.",
                        )
                    )
                else:
                    result.unchanged += 1
                continue
            in_file[code] = answers
            before = stored.get(invitation_id)
            if before is not None:
                # The date is left out: a blank one reads as the day of each import.
                result.unchanged += 1
                if before[1:] != answers[1:]:
                    kept_first += 1
                continue
            response = FeedbackResponse(
                invitation_id=invitation_id,
                answered_on=answers[0],
                helpful=answers[1],
                wellbeing_better=answers[2],
                back_at_work=answers[3],
                would_recommend=answers[4],
                comment=answers[5],
                imported_at=moment,
            )
            session.add(response)
            session.flush()
            result.ids.append(response.id)
            result.added += 1
        if kept_first:
            result.notes.append(
                f"{counted(kept_first, 'code')} answered before came with other answers: "
                "the first answers are kept."
            )
        return result


def _parsed(row: MappedRow, today: dt.date, invited_on: dt.date) -> Parsed:
    answered_on = _day(row.get("answered_on"), today)
    if answered_on < invited_on:
        raise _Problem("The answer is dated before its invitation was sent.")
    if answered_on > today:
        raise _Problem("The answer is dated in the future.")
    try:
        helpful = helpful_score(row.get("helpful"))
    except UnknownAnswer:
        raise _Problem("Helpful is not 1 to 5 (or words like 'very helpful').") from None
    answers: list[FeedbackAnswer | None] = []
    for key, what in _QUESTIONS:
        try:
            answers.append(_yes_partly_no(row.get(key)))
        except UnknownAnswer:
            raise _Problem(f"{what} is not yes, partly or no.") from None
    comment = row.get("comment") or None
    if comment is not None and len(comment) > MAX_COMMENT:
        raise _Problem(f"The comment is longer than {MAX_COMMENT:,} characters.")
    return answered_on, helpful, answers[0], answers[1], answers[2], comment


def _day(text: str, today: dt.date) -> dt.date:
    """A date or a survey tool's time stamp (its local day); blank: today."""
    if not text:
        return today
    try:
        return spreadsheet_date(text, "The answer's date")
    except UnreadableDate as problem:
        raise _Problem(str(problem)) from None


def _as_parsed(row: FeedbackResponse) -> Parsed:
    return (
        row.answered_on,
        row.helpful,
        row.wellbeing_better,
        row.back_at_work,
        row.would_recommend,
        row.comment,
    )


KIND = FeedbackKind()
