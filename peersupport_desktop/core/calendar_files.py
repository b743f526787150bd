"""iCalendar files (RFC 5545) of availability and the on-call rotation, and reading
availability back from a supporter's own calendar.

A file written here holds supporters' names and times only: never a case, a
clinician or an event. Times are floating local times, as the vault keeps them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from icalendar import Calendar, Event
from icalendar.prop import vRecur

from peersupport_desktop.core.free_time import Availability, DatedSpan, WeeklySlot

PRODID = "-//Peer Support Desktop//Calendar//EN"
AVAILABLE = "Peer support: available"
AWAY = "Peer support: away"
AWAY_WORDS = ("away", "unavailable", "busy", "out of office", "vacation", "leave")
MAX_EVENTS = 5000  # a supporter's own calendar; more than this is not one


@dataclass(frozen=True, slots=True)
class RotationWeek:
    week_start: dt.date  # a Monday
    name: str


@dataclass(slots=True)
class ReadAvailability:
    weekly: list[WeeklySlot] = field(default_factory=list)
    dated: list[DatedSpan] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one sentence per event not read


def availability_file(
    name: str,
    weekly: Sequence[tuple[int, WeeklySlot]],
    dated: Sequence[tuple[int, DatedSpan]],
    start: dt.date,
    end: dt.date,
    stamp: dt.datetime,
) -> bytes:
    """One supporter's weekly slots (as weekly repeats) and dated exceptions, in [start, end].

    ``weekly`` and ``dated`` pair each record with its id, which makes stable UIDs:
    importing the file again updates a calendar instead of doubling it.
    """
    calendar = _calendar(f"{name}: peer support availability")
    pattern = Availability(tuple(s for _, s in weekly), tuple(d for _, d in dated))
    until = dt.datetime.combine(end, dt.time(23, 59, 59))
    for slot_id, slot in weekly:
        first = start + dt.timedelta(days=(slot.weekday - start.weekday()) % 7)
        if first > end:
            continue
        event = _event(f"slot-{slot_id}", AVAILABLE, stamp)
        event.add("dtstart", dt.datetime.combine(first, slot.starts))
        event.add("dtend", dt.datetime.combine(first, slot.ends))
        event.add("rrule", vRecur(freq="WEEKLY", until=until))
        event.add("transp", "TRANSPARENT")
        # Occurrences wholly inside time away are left out, so the supporter's calendar
        # does not show them free when they are not.
        day = first
        while day <= end:
            starts, ends = (
                dt.datetime.combine(day, slot.starts),
                dt.datetime.combine(day, slot.ends),
            )
            if pattern.away_throughout(starts, ends):
                event.add("exdate", starts)
            day += dt.timedelta(days=7)
        calendar.add_component(event)
    window_start = dt.datetime.combine(start, dt.time())
    window_end = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    for span_id, span in dated:
        if span.ends_at <= window_start or span.starts_at >= window_end:
            continue
        event = _event(f"exception-{span_id}", AVAILABLE if span.available else AWAY, stamp)
        event.add("dtstart", span.starts_at)
        event.add("dtend", span.ends_at)
        event.add("transp", "TRANSPARENT" if span.available else "OPAQUE")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def rotation_file(weeks: Iterable[RotationWeek], stamp: dt.datetime) -> bytes:
    """The on-call rotation: one all-day event per week, "First call: <name>"."""
    calendar = _calendar("Peer support on-call rotation")
    for week in weeks:
        event = _event(f"oncall-{week.week_start:%Y%m%d}", f"First call: {week.name}", stamp)
        event.add("dtstart", week.week_start)
        event.add("dtend", week.week_start + dt.timedelta(days=7))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def read_availability(data: bytes) -> ReadAvailability:
    """Weekly repeats become weekly slots; single events become extra slots, or time
    away when their title says so ("Away", "Vacation", …). Anything else is skipped
    with a sentence saying why. Raises ValueError when the file is no calendar at all.
    """
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError):
        calendar = None
    if not isinstance(calendar, Calendar) or calendar.name != "VCALENDAR":
        raise ValueError("This file is not an iCalendar (.ics) file.")
    events = [e for e in calendar.walk("VEVENT") if isinstance(e, Event)]
    if len(events) > MAX_EVENTS:
        raise ValueError(f"This calendar holds over {MAX_EVENTS} events; export a shorter span.")
    result = ReadAvailability()
    for number, event in enumerate(events, start=1):
        problem = _read_event(event, result)
        if problem:
            result.skipped.append(f"Event {number} {problem}.")
    return result


def _read_event(event: Event, result: ReadAvailability) -> str | None:
    """Add what the event says to ``result``; return why not, if it cannot be read."""
    try:
        start, end = event.start, event.end
    except (ValueError, KeyError, TypeError, AttributeError):
        return "has no start and end"
    away = any(word in str(event.get("summary", "")).casefold() for word in AWAY_WORDS)
    starts_at, ends_at = _local(start), _local(end)
    if ends_at <= starts_at:
        return "ends before it starts"
    rule = event.get("rrule")
    if rule is None:
        result.dated.append(DatedSpan(not away, starts_at, ends_at))
        return None
    if away:
        return "is a repeating time away; enter time away by dates"
    if rule.get("FREQ") != ["WEEKLY"] or rule.get("INTERVAL", [1]) != [1]:
        return "repeats other than every week"
    if not isinstance(start, dt.datetime) or ends_at.date() != starts_at.date():
        return "is a weekly slot that does not start and end on the same day"
    days = rule.get("BYDAY") or [_WEEKDAYS[starts_at.weekday()]]
    for day in days:
        code = str(day)[-2:].upper()
        if code not in _WEEKDAYS:
            return "repeats on a day this application does not read"
        result.weekly.append(WeeklySlot(_WEEKDAYS.index(code), starts_at.time(), ends_at.time()))
    return None


_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _local(value: dt.date | dt.datetime) -> dt.datetime:
    """A naive local wall-clock time: zoned times are converted, all-day dates start at 0:00."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _calendar(title: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    return calendar


def _event(uid: str, summary: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@peersupport-desktop")
    event.add("dtstamp", stamp.astimezone(dt.UTC))  # a naive stamp is local time
    event.add("summary", summary)
    return event
