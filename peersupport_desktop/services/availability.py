"""Supporters' availability: weekly slots, dated exceptions, the on-call rotation,
and who is free when."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.core.free_time import Availability, DatedSpan, WeeklySlot
from peersupport_desktop.services import audit
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.supporters import supporter_row
from peersupport_desktop.store.models import (
    AvailabilityException,
    AvailabilitySlot,
    OnCallWeek,
    Supporter,
)
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class SlotRecord:
    id: int
    supporter_id: int
    weekday: int
    starts: dt.time
    ends: dt.time


@dataclass(frozen=True, slots=True)
class ExceptionRecord:
    id: int
    supporter_id: int
    available: bool
    starts_at: dt.datetime
    ends_at: dt.datetime


def add_slot(
    vault: Vault, supporter_id: int, weekday: int, starts: dt.time, ends: dt.time
) -> SlotRecord:
    if not 0 <= weekday <= 6:
        raise InvalidInput("weekday", "The weekday is 0 (Monday) to 6 (Sunday).")
    if starts >= ends:
        raise InvalidInput("ends", "A slot must end after it starts.")
    with vault.transaction() as session:
        supporter_row(session, supporter_id)
        row = AvailabilitySlot(supporter_id=supporter_id, weekday=weekday, starts=starts, ends=ends)
        session.add(row)
        session.flush()
        audit.record(session, "availability.add", "availability_slot", row.id)
        return SlotRecord(row.id, supporter_id, weekday, starts, ends)


def remove_slot(vault: Vault, slot_id: int) -> None:
    with vault.transaction() as session:
        if session.get(AvailabilitySlot, slot_id) is None:
            raise NotFound("availability slot", slot_id)
        session.execute(delete(AvailabilitySlot).where(AvailabilitySlot.id == slot_id))
        audit.record(session, "availability.remove", "availability_slot", slot_id)


def slots_of(vault: Vault, supporter_id: int) -> list[SlotRecord]:
    query = (
        select(AvailabilitySlot)
        .where(AvailabilitySlot.supporter_id == supporter_id)
        .order_by(AvailabilitySlot.weekday, AvailabilitySlot.starts)
    )
    with vault.reading() as session:
        return [
            SlotRecord(r.id, r.supporter_id, r.weekday, r.starts, r.ends)
            for r in session.scalars(query)
        ]


def add_exception(
    vault: Vault,
    supporter_id: int,
    *,
    available: bool,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
) -> ExceptionRecord:
    """Away for a span (available=False) or an extra slot on a date (available=True)."""
    if starts_at >= ends_at:
        raise InvalidInput("ends_at", "An exception must end after it starts.")
    with vault.transaction() as session:
        supporter_row(session, supporter_id)
        row = AvailabilityException(
            supporter_id=supporter_id, available=available, starts_at=starts_at, ends_at=ends_at
        )
        session.add(row)
        session.flush()
        audit.record(session, "availability.exception", "availability_exception", row.id)
        return ExceptionRecord(row.id, supporter_id, available, starts_at, ends_at)


def set_on_call(vault: Vault, week_start: dt.date, supporter_id: int) -> None:
    """Make a supporter first call for the week that starts on a Monday."""
    if week_start.weekday() != 0:
        raise InvalidInput("week_start", "An on-call week starts on a Monday.")
    with vault.transaction() as session:
        supporter_row(session, supporter_id)
        row = session.scalar(select(OnCallWeek).where(OnCallWeek.week_start == week_start))
        if row is None:
            row = OnCallWeek(week_start=week_start, supporter_id=supporter_id)
            session.add(row)
        row.supporter_id = supporter_id
        session.flush()
        audit.record(session, "oncall.set", "on_call_week", row.id)


@dataclass(frozen=True, slots=True)
class OnCallRecord:
    week_start: dt.date
    supporter_id: int
    name: str


def exceptions_of(vault: Vault, supporter_id: int) -> list[ExceptionRecord]:
    query = (
        select(AvailabilityException)
        .where(AvailabilityException.supporter_id == supporter_id)
        .order_by(AvailabilityException.starts_at)
    )
    with vault.reading() as session:
        return [
            ExceptionRecord(r.id, r.supporter_id, r.available, r.starts_at, r.ends_at)
            for r in session.scalars(query)
        ]


def remove_exception(vault: Vault, exception_id: int) -> None:
    with vault.transaction() as session:
        if session.get(AvailabilityException, exception_id) is None:
            raise NotFound("availability exception", exception_id)
        session.execute(
            delete(AvailabilityException).where(AvailabilityException.id == exception_id)
        )
        audit.record(
            session, "availability.exception_remove", "availability_exception", exception_id
        )


def clear_on_call(vault: Vault, week_start: dt.date) -> None:
    with vault.transaction() as session:
        row = session.scalar(select(OnCallWeek).where(OnCallWeek.week_start == week_start))
        if row is None:
            return
        session.delete(row)
        audit.record(session, "oncall.clear", "on_call_week", row.id)


def on_call_weeks(vault: Vault, start: dt.date, end: dt.date) -> list[OnCallRecord]:
    """The first-call supporter of each week that overlaps [start, end]."""
    with vault.reading() as session:
        return on_call_in(session, start, end)


def on_call_in(session: Session, start: dt.date, end: dt.date) -> list[OnCallRecord]:
    first_monday = start - dt.timedelta(days=start.weekday())
    query = (
        select(OnCallWeek.week_start, Supporter.id, Supporter.name)
        .join(Supporter, Supporter.id == OnCallWeek.supporter_id)
        .where(OnCallWeek.week_start >= first_monday, OnCallWeek.week_start <= end)
        .order_by(OnCallWeek.week_start)
    )
    return [OnCallRecord(*row) for row in session.execute(query)]


def patterns(
    session: Session, start: dt.datetime, end: dt.datetime, supporter_ids: list[int] | None = None
) -> dict[int, Availability]:
    """Each supporter's availability, with only the exceptions that touch [start, end)."""
    spans = select(
        AvailabilityException.supporter_id,
        AvailabilityException.available,
        AvailabilityException.starts_at,
        AvailabilityException.ends_at,
    ).where(AvailabilityException.starts_at < end, AvailabilityException.ends_at > start)
    if supporter_ids is not None:
        spans = spans.where(AvailabilityException.supporter_id.in_(supporter_ids))
    weekly = _weekly_slots(session, supporter_ids)
    dated: defaultdict[int, list[DatedSpan]] = defaultdict(list)
    for sid, available, starts_at, ends_at in session.execute(spans):
        dated[sid].append(DatedSpan(available, starts_at, ends_at))
    return {
        sid: Availability(tuple(weekly[sid]), tuple(dated[sid])) for sid in set(weekly) | set(dated)
    }


def _weekly_slots(
    session: Session, supporter_ids: list[int] | None
) -> defaultdict[int, list[WeeklySlot]]:
    """Every weekly slot, read through the driver's own cursor: a roster of 700 has
    thousands, and SQLAlchemy's row processing would take longer than the query."""
    query = "SELECT supporter_id, weekday, starts, ends FROM availability_slots"
    if supporter_ids is not None:
        query += f" WHERE supporter_id IN ({','.join('?' * len(supporter_ids))})"
    driver = session.connection().connection.dbapi_connection
    assert driver is not None
    weekly: defaultdict[int, list[WeeklySlot]] = defaultdict(list)
    parse = dt.time.fromisoformat
    for sid, weekday, starts, ends in driver.cursor().execute(query, supporter_ids or ()):
        weekly[sid].append(WeeklySlot(weekday, parse(starts), parse(ends)))
    return weekly


def patterns_of(
    vault: Vault, supporter_id: int, start: dt.datetime, end: dt.datetime
) -> Availability:
    with vault.reading() as session:
        return patterns(session, start, end, [supporter_id]).get(supporter_id, Availability())


def available_at(vault: Vault, moment: dt.datetime) -> list[tuple[int, str]]:
    """(id, name) of the active supporters free at ``moment``, by name."""
    after = moment + dt.timedelta(minutes=1)
    with vault.reading() as session:
        free = [
            sid
            for sid, pattern in patterns(session, moment, after).items()
            if pattern.free_spans(moment, after)
        ]
        if not free:
            return []
        rows = session.execute(
            select(Supporter.id, Supporter.name)
            .where(Supporter.id.in_(free), Supporter.status == SupporterStatus.ACTIVE)
            .order_by(Supporter.name)
        )
        return [(int(sid), name) for sid, name in rows]
