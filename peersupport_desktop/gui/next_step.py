"""The one line at the top of a case window that says what to do next, and by when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.gui.shown_dates import clock, spoken_day
from peersupport_desktop.services.cases import CaseRecord


@dataclass(frozen=True, slots=True)
class NextStep:
    sentence: str
    overdue: bool  # shown with a warning sign, not by colour alone


def next_step(case: CaseRecord, now: dt.datetime) -> NextStep:
    today = now.date()
    if case.status is CaseStatus.CLOSED:
        when = f" {spoken_day(case.closed_at.date(), today)}" if case.closed_at else ""
        return NextStep(f"Closed{when}. Reopen the case to work on it again.", False)
    if case.first_outreach_at is None:
        due = case.outreach_due_at
        at = f"{clock(due)} {spoken_day(due.date(), today)}"
        if due < now:
            return NextStep(f"Reach out now: outreach was due by {at}.", True)
        return NextStep(f"Reach out by {at}.", False)
    follow_up = case.next_follow_up
    if follow_up is None:
        return NextStep(
            "No follow-up planned: set one below, or close the case when support has ended.",
            False,
        )
    if follow_up < today:
        due_on = spoken_day(follow_up, today)
        return NextStep(f"Follow up now: the follow-up was due {due_on}.", True)
    if follow_up == today:
        return NextStep("Follow up today.", False)
    return NextStep(f"Follow up {spoken_day(follow_up, today)}.", False)
