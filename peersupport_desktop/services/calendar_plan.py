"""What the Calendar page shows for a range of days: who is free when, who is on
call each week, and the program's scheduled follow-ups and check-ins before milestones
(by case reference only)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from peersupport_desktop.core.codes import CaseStatus, MilestoneKind, SupporterStatus
from peersupport_desktop.core.free_time import Availability
from peersupport_desktop.services.availability import on_call_in, patterns
from peersupport_desktop.services.milestones import check_ins_due
from peersupport_desktop.store.models import Case, Supporter
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class FreeEntry:
    supporter_id: int
    name: str
    starts: dt.datetime
    ends: dt.datetime


@dataclass(frozen=True, slots=True)
class PlannedCheckIn:
    """A check-in before a milestone, on its day: the case, and what comes when."""

    reference: str
    kind: MilestoneKind
    milestone_on: dt.date


@dataclass(frozen=True, slots=True)
class CalendarPlan:
    start: dt.date
    end: dt.date  # inclusive
    free: dict[dt.date, tuple[FreeEntry, ...]] = field(default_factory=dict)
    on_call: dict[dt.date, str] = field(default_factory=dict)  # Monday -> first call
    follow_ups: dict[dt.date, tuple[str, ...]] = field(default_factory=dict)
    check_ins: dict[dt.date, tuple[PlannedCheckIn, ...]] = field(default_factory=dict)

    def free_during(self, starts: dt.datetime, ends: dt.datetime) -> list[FreeEntry]:
        """Who is free for any of [starts, ends), soonest first."""
        return [e for e in self.free.get(starts.date(), ()) if e.starts < ends and e.ends > starts]

    def on_call_for(self, day: dt.date) -> str | None:
        return self.on_call.get(day - dt.timedelta(days=day.weekday()))


def calendar_plan(
    vault: Vault, start: dt.date, end: dt.date, *, supporter_id: int | None = None
) -> CalendarPlan:
    first = dt.datetime.combine(start, dt.time())
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    people = select(Supporter.id, Supporter.name).where(Supporter.status == SupporterStatus.ACTIVE)
    if supporter_id is not None:
        people = people.where(Supporter.id == supporter_id)
    with vault.reading() as session:
        names: dict[int, str] = {sid: name for sid, name in session.execute(people)}
        free_time = patterns(session, first, after, list(names) if supporter_id else None)
        on_call = {week.week_start: week.name for week in on_call_in(session, start, end)}
        follow_ups: defaultdict[dt.date, list[str]] = defaultdict(list)
        for day, reference in session.execute(
            select(Case.next_follow_up, Case.reference)
            .where(
                Case.next_follow_up >= start,
                Case.next_follow_up <= end,
                Case.status != CaseStatus.CLOSED,
            )
            .order_by(Case.reference)
        ):
            if day is not None:
                follow_ups[day].append(reference)
    check_ins: defaultdict[dt.date, list[PlannedCheckIn]] = defaultdict(list)
    for check_in in check_ins_due(vault, start, end):
        check_ins[check_in.on].append(
            PlannedCheckIn(check_in.reference, check_in.kind, check_in.milestone_on)
        )
    return CalendarPlan(
        start=start,
        end=end,
        free=_free_by_day(free_time, names, first, after),
        on_call=on_call,
        follow_ups={day: tuple(refs) for day, refs in follow_ups.items()},
        check_ins={day: tuple(planned) for day, planned in check_ins.items()},
    )


def _free_by_day(
    free_time: dict[int, Availability],
    names: dict[int, str],
    first: dt.datetime,
    after: dt.datetime,
) -> dict[dt.date, tuple[FreeEntry, ...]]:
    """Each day's free entries, soonest first.

    Most supporters have no time away or extra slot in a given month, so their days
    repeat one plain week: that week is sorted once and laid on every day, and only
    the few with dated exceptions are worked out span by span.
    """
    plain: dict[int, list[tuple[dt.time, str, int, dt.time]]] = defaultdict(list)
    special: defaultdict[dt.date, list[FreeEntry]] = defaultdict(list)
    for sid, pattern in free_time.items():
        name = names.get(sid)
        if name is None:
            continue  # paused or retired: not offered
        if pattern.dated:
            for s, e in pattern.free_spans(first, after):
                _add_by_day(special, FreeEntry(sid, name, s, e))
            continue
        for weekday, spans in pattern.weekly_times().items():
            plain[weekday].extend((starts, name.casefold(), sid, ends) for starts, ends in spans)
    for week_day in plain.values():
        week_day.sort()
    free: dict[dt.date, tuple[FreeEntry, ...]] = {}
    combine = dt.datetime.combine
    day = first.date()
    while day < after.date():
        entries = [
            FreeEntry(sid, names[sid], combine(day, starts), combine(day, ends))
            for starts, _key, sid, ends in plain.get(day.weekday(), ())
        ]
        if day in special:
            entries.extend(special[day])
            entries.sort(key=lambda x: (x.starts, x.name.casefold(), x.supporter_id))
        if entries:
            free[day] = tuple(entries)
        day += dt.timedelta(days=1)
    return free


def _add_by_day(by_day: defaultdict[dt.date, list[FreeEntry]], entry: FreeEntry) -> None:
    """A span past midnight shows on each day it touches."""
    day_start = dt.datetime.combine(entry.starts.date(), dt.time())
    while day_start < entry.ends:
        next_day = day_start + dt.timedelta(days=1)
        by_day[day_start.date()].append(
            FreeEntry(
                entry.supporter_id,
                entry.name,
                max(entry.starts, day_start),
                min(entry.ends, next_day),
            )
        )
        day_start = next_day
