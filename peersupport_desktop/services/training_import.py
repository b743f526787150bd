"""Training attendance brought in from a file: one row per supporter who attended, the
rows of the same day and title forming one session (a refresher's moving each
attendee's next refresher). Listed in the same columns, so a listing re-imports
unchanged; attendance already recorded is recognised, so the same file imported
twice adds nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.record_layout import Column, Layout, MappedRow, RowProblem
from peersupport_desktop.core.spreadsheet_dates import UnreadableDate, spreadsheet_date
from peersupport_desktop.core.yes_no import NotYesOrNo, yes_or_no
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.supporter_names import SupporterNames, named
from peersupport_desktop.services.training_sessions import attend, find_session, store_session
from peersupport_desktop.store.models import Supporter, Training, TrainingSession
from peersupport_desktop.store.vault import Vault

LAYOUT = Layout(
    "trainings",
    "Training attendance",
    (
        Column("held_on", "Held on", required=True, spellings=("date", "day")),
        Column("title", "Title", required=True, spellings=("training", "session", "course")),
        Column("supporter", "Supporter", required=True, spellings=("attendee", "email", "name")),
        Column("refresher", "Refresher (yes/no)", spellings=("is refresher",)),
        Column("minutes", "Minutes", spellings=("duration", "length")),
    ),
)


def held_on_of(row: MappedRow) -> dt.date | str:
    try:
        return spreadsheet_date(row.get("held_on"), "The day it was held")
    except UnreadableDate as problem:
        return str(problem)


class TrainingKind:
    layout = LAYOUT
    record_name = "training"

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        roster = SupporterNames(session)
        for row in rows:
            held_on = held_on_of(row)
            if isinstance(held_on, str):
                result.problems.append(RowProblem(row.line, held_on))
                continue
            try:  # blank: not a refresher
                refresher = yes_or_no(row.get("refresher")) or False
            except NotYesOrNo:
                result.problems.append(RowProblem(row.line, "Refresher is not yes or no."))
                continue
            minutes = row.get("minutes")
            if minutes and not minutes.isdigit():
                result.problems.append(RowProblem(row.line, "The minutes are not a whole number."))
                continue
            person = roster.find(row.get("supporter"))
            if isinstance(person, str):
                result.problems.append(RowProblem(row.line, person))
                continue
            try:
                held = find_session(session, held_on, row.get("title")) or store_session(
                    session,
                    row.get("title"),
                    held_on,
                    refresher=refresher,
                    minutes=int(minutes) if minutes else None,
                )
            except InvalidInput as problem:
                result.problems.append(RowProblem(row.line, str(problem)))
                continue
            attended = attend(session, held, person)
            if attended is None:
                result.unchanged += 1
            else:
                result.added += 1
                result.ids.append(attended.id)
        return result


KIND = TrainingKind()


def training_listing(vault: Vault) -> Listing:
    """Every session's attendance, newest session first, in the import's columns."""
    query = (
        select(TrainingSession, Supporter)
        .join(Training, Training.session_id == TrainingSession.id)
        .join(Supporter, Supporter.id == Training.supporter_id)
        .order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc(), Supporter.name)
    )
    with vault.reading() as session:
        rows = [
            (
                held.held_on,
                held.title,
                named(person),
                "yes" if held.refresher else "no",
                held.minutes,
            )
            for held, person in session.execute(query)
        ]
    return Listing(LAYOUT.title, LAYOUT.keys, rows)
