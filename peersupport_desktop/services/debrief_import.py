"""Debriefs and meetings brought in from a file (one row each, its attendees by e-mail
address or name separated by ";"), and listed in the same columns so that a listing
re-imports unchanged. A row already in the vault (same day, kind, attendees and
minutes) is recognised, so the same file imported twice adds nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import DebriefKind
from peersupport_desktop.core.record_layout import Column, Layout, MappedRow, RowProblem
from peersupport_desktop.core.spreadsheet_dates import UnreadableDate, spreadsheet_date
from peersupport_desktop.services.case_content import CaseWords
from peersupport_desktop.services.debriefs import DebriefInput, debrief_records, store_debrief
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.supporter_names import SupporterNames, named
from peersupport_desktop.store.models import Supporter
from peersupport_desktop.store.vault import Vault

LAYOUT = Layout(
    "debriefs",
    "Debriefs and meetings",
    (
        Column("held_on", "Held on", required=True, spellings=("date", "day")),
        Column("kind", "Kind", required=True, spellings=("type",)),
        Column("minutes", "Minutes", spellings=("duration", "length")),
        Column("attendees", "Attendees", required=True, spellings=("supporters", "who")),
        Column("notes", "Notes", spellings=("meeting minutes",)),
    ),
)


def _key(
    held_on: dt.date,
    kind: DebriefKind | str,
    people: Sequence[int],
    minutes: int | None,
    notes: str,
) -> tuple[object, ...]:
    return held_on, kind, tuple(sorted(people)), minutes, notes.strip()


class DebriefKindOfFile:
    layout = LAYOUT
    record_name = "debrief"

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        roster = SupporterNames(session)
        words = CaseWords(session)
        known = {
            _key(d.held_on, d.kind, [a.id for a in d.attendees], d.minutes, d.notes or "")
            for d in debrief_records(session)
        }
        for row in rows:
            data = _input(row, roster)
            if isinstance(data, str):
                result.problems.append(RowProblem(row.line, data))
                continue
            key = _key(data.held_on, data.kind, data.attendees, data.minutes, data.notes or "")
            if key in known:
                result.unchanged += 1
                continue
            try:
                stored = store_debrief(session, data, words)
            except (InvalidInput, NotFound) as problem:
                result.problems.append(RowProblem(row.line, str(problem)))
                continue
            known.add(key)
            result.added += 1
            result.ids.append(stored.id)
        return result


def _input(row: MappedRow, roster: SupporterNames) -> DebriefInput | str:
    try:
        held_on = spreadsheet_date(row.get("held_on"), "The day it was held")
    except UnreadableDate as problem:
        return str(problem)
    try:
        kind = DebriefKind(DebriefKind.parse(row.get("kind")))
    except ValueError:
        allowed = ", ".join(k.value for k in DebriefKind)
        return f"The kind is not one of: {allowed}."
    minutes: int | None = None
    if row.get("minutes"):
        if not row.get("minutes").isdigit():
            return "The minutes are not a whole number."
        minutes = int(row.get("minutes"))
    people = roster.find_all(row.get("attendees"))
    if isinstance(people, str):
        return people
    return DebriefInput(
        kind=kind,
        held_on=held_on,
        attendees=tuple(p.id for p in people),
        minutes=minutes,
        notes=row.get("notes") or None,
    )


KIND = DebriefKindOfFile()


def debrief_listing(vault: Vault) -> Listing:
    """Every debrief, newest first, in the import's columns."""
    with vault.reading() as session:
        records = debrief_records(session)
        people = {p.id: p for p in session.scalars(select(Supporter))}
        rows = [
            (
                d.held_on,
                d.kind.value,
                d.minutes,
                "; ".join(named(people[a.id]) for a in d.attendees),
                d.notes or "",
            )
            for d in records
        ]
    return Listing(LAYOUT.title, LAYOUT.keys, rows)
