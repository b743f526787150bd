"""Calendar files in and out: a supporter's availability, the on-call rotation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from peersupport_desktop.core.calendar_files import (
    RotationWeek,
    availability_file,
    read_availability,
    rotation_file,
)
from peersupport_desktop.core.free_time import DatedSpan, WeeklySlot
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.services import audit
from peersupport_desktop.services.availability import on_call_weeks
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.saved_files import write_output
from peersupport_desktop.services.supporters import supporter_row
from peersupport_desktop.store.models import AvailabilityException, AvailabilitySlot
from peersupport_desktop.store.vault import Vault

LONGEST_SPAN = dt.timedelta(days=3 * 366)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    weekly_added: int
    dated_added: int
    already_there: int
    skipped: tuple[str, ...]

    @property
    def sentence(self) -> str:
        weekly = counted(self.weekly_added, "weekly entry", "weekly entries")
        said = f"Added {weekly} and {counted(self.dated_added, 'dated entry', 'dated entries')}"
        if self.already_there:
            verb = "was" if self.already_there == 1 else "were"
            said += f"; {self.already_there} {verb} already there"
        if self.skipped:
            verb = "was" if len(self.skipped) == 1 else "were"
            said += f"; {counted(len(self.skipped), 'event')} {verb} not read"
        return said + "."


def availability_ics(vault: Vault, supporter_id: int, start: dt.date, end: dt.date) -> bytes:
    _check_range(start, end)
    with vault.transaction() as session:
        person = supporter_row(session, supporter_id)
        weekly = [
            (row.id, WeeklySlot(row.weekday, row.starts, row.ends))
            for row in session.scalars(
                select(AvailabilitySlot)
                .where(AvailabilitySlot.supporter_id == supporter_id)
                .order_by(AvailabilitySlot.weekday, AvailabilitySlot.starts)
            )
        ]
        dated = [
            (row.id, DatedSpan(row.available, row.starts_at, row.ends_at))
            for row in session.scalars(
                select(AvailabilityException)
                .where(AvailabilityException.supporter_id == supporter_id)
                .order_by(AvailabilityException.starts_at)
            )
        ]
        audit.record(session, "calendar.availability_export", "supporter", supporter_id)
        return availability_file(person.name, weekly, dated, start, end, now())


def rotation_ics(vault: Vault, start: dt.date, end: dt.date) -> bytes:
    _check_range(start, end)
    weeks = [RotationWeek(w.week_start, w.name) for w in on_call_weeks(vault, start, end)]
    with vault.transaction() as session:
        audit.record(session, "calendar.oncall_export", "on_call_week", None)
    return rotation_file(weeks, now())


def save_rotation(
    vault: Vault, start: dt.date, end: dt.date, destination: Path, *, replace: bool = False
) -> Path:
    return write_output(vault, destination, rotation_ics(vault, start, end), replace=replace)


def save_availability(
    vault: Vault,
    supporter_id: int,
    start: dt.date,
    end: dt.date,
    destination: Path,
    *,
    replace: bool = False,
) -> Path:
    data = availability_ics(vault, supporter_id, start, end)
    return write_output(vault, destination, data, replace=replace)


def import_availability(vault: Vault, supporter_id: int, data: bytes) -> ImportSummary:
    """Add what an .ics file says, all at once; entries already there are not doubled."""
    try:
        read = read_availability(data)
    except ValueError as exc:
        raise InvalidInput("file", str(exc)) from None
    with vault.transaction() as session:
        supporter_row(session, supporter_id)
        have_weekly = {
            WeeklySlot(r.weekday, r.starts, r.ends)
            for r in session.scalars(
                select(AvailabilitySlot).where(AvailabilitySlot.supporter_id == supporter_id)
            )
        }
        have_dated = {
            DatedSpan(r.available, r.starts_at, r.ends_at)
            for r in session.scalars(
                select(AvailabilityException).where(
                    AvailabilityException.supporter_id == supporter_id
                )
            )
        }
        new_weekly = [s for s in dict.fromkeys(read.weekly) if s not in have_weekly]
        new_dated = [d for d in dict.fromkeys(read.dated) if d not in have_dated]
        session.add_all(
            AvailabilitySlot(
                supporter_id=supporter_id, weekday=s.weekday, starts=s.starts, ends=s.ends
            )
            for s in new_weekly
        )
        session.add_all(
            AvailabilityException(
                supporter_id=supporter_id,
                available=d.available,
                starts_at=d.starts_at,
                ends_at=d.ends_at,
            )
            for d in new_dated
        )
        audit.record(session, "calendar.availability_import", "supporter", supporter_id)
    return ImportSummary(
        weekly_added=len(new_weekly),
        dated_added=len(new_dated),
        already_there=len(read.weekly) + len(read.dated) - len(new_weekly) - len(new_dated),
        skipped=tuple(read.skipped),
    )


def _check_range(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise InvalidInput("to", "The range ends before it starts.")
    if end - start > LONGEST_SPAN:
        raise InvalidInput("to", "Export at most three years at a time.")
