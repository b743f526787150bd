"""The feedback form's counts for the reports, by quarter of invitation: how many were
invited, how many answered, and how many said yes to each question. No code, no case
and no comment leaves this query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from peersupport_desktop.core.codes import FeedbackAnswer
from peersupport_desktop.core.disclosure.feedback_publication import FeedbackCounts
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.store.models import FeedbackInvitation, FeedbackResponse
from peersupport_desktop.store.vault import Vault

HELPFUL_FROM = 4  # "found it helpful": 4 or 5 of 5


def feedback_counts(
    vault: Vault, quarters: Iterable[str], as_of: dt.datetime
) -> dict[str, FeedbackCounts]:
    """Each quarter's invitations sent by ``as_of``, and their answers dated by then
    (the day a person answered, as the survey tool says, like a contact's own time)."""
    wanted = sorted({Quarter.parse(q) for q in quarters})
    if not wanted:
        return {}
    with vault.reading() as session:
        rows = session.execute(
            select(
                FeedbackInvitation.invited_at,
                FeedbackResponse.answered_on,
                FeedbackResponse.helpful,
                FeedbackResponse.wellbeing_better,
                FeedbackResponse.back_at_work,
                FeedbackResponse.would_recommend,
            )
            .outerjoin(FeedbackResponse, FeedbackResponse.invitation_id == FeedbackInvitation.id)
            .where(
                FeedbackInvitation.invited_at >= wanted[0].starts,
                FeedbackInvitation.invited_at < min(wanted[-1].ends, as_of),
            )
        ).all()
    tally = {str(q): [0, 0, 0, 0, 0, 0] for q in wanted}
    for invited_at, answered_on, helpful, wellbeing, work, recommend in rows:
        counts = tally.get(str(Quarter.containing(invited_at)))
        if counts is None:
            continue
        counts[0] += 1
        if answered_on is None or answered_on > as_of.date():
            continue
        counts[1] += 1
        counts[2] += helpful is not None and helpful >= HELPFUL_FROM
        counts[3] += wellbeing is FeedbackAnswer.YES
        counts[4] += work is FeedbackAnswer.YES
        counts[5] += recommend is FeedbackAnswer.YES
    return {quarter: FeedbackCounts(*values) for quarter, values in tally.items()}
