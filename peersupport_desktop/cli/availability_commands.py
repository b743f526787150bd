"""Commands for when supporters are available: weekly slots, time away and extra dated
slots, the on-call week, and a supporter's calendar file read in.

`slots`, `time-away`, `oncall-week` and `import-availability` call the services the
availability dialog, the Calendar page and the Supporters page call
(services/availability.py, services/calendar_files.py). Writing calendars out is
`oncall` and `availability` (cli/__init__.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from peersupport_desktop.cli.argument_types import day, moment
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from peersupport_desktop.services.availability import ExceptionRecord, SlotRecord

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The four commands, on the main parser."""
    slots = sub.add_parser(
        "slots",
        parents=[common],
        help="list a supporter's weekly slots; add or remove some",
    )
    _supporter(slots)
    slots.add_argument(
        "--add",
        type=_weekly_slot,
        action="append",
        default=[],
        metavar="'mon 09:00-12:00'",
        help="a weekly slot to add, a day and a span; repeat for more",
    )
    slots.add_argument(
        "--remove", type=int, action="append", default=[], metavar="ID", help="a slot to remove"
    )
    slots.add_argument("--json", action="store_true", help="list them as JSON")
    slots.set_defaults(handler=weekly_slots)

    away = sub.add_parser(
        "time-away",
        parents=[common],
        help="list a supporter's time away and extra dated slots; add or remove some",
    )
    _supporter(away)
    away.add_argument(
        "--away",
        nargs=2,
        type=moment,
        metavar=("FROM", "TO"),
        help="away from FROM to TO (ISO times, e.g. 2026-12-24T00:00 2027-01-02T00:00)",
    )
    away.add_argument(
        "--extra", nargs=2, type=moment, metavar=("FROM", "TO"), help="available from FROM to TO"
    )
    away.add_argument("--remove", type=int, metavar="ID", help="a dated entry to remove")
    away.add_argument("--json", action="store_true", help="list them as JSON")
    away.set_defaults(handler=dated_entries)

    oncall = sub.add_parser(
        "oncall-week",
        parents=[common],
        help="who is first call in a week; with --supporter, make them first call (or nobody)",
    )
    oncall.add_argument(
        "--week", type=day, required=True, metavar="YYYY-MM-DD", help="the week's Monday"
    )
    oncall.add_argument(
        "--supporter", metavar="NAME|EMAIL|none", help="first call that week (none: nobody)"
    )
    oncall.set_defaults(handler=oncall_week)

    ics = sub.add_parser(
        "import-availability",
        parents=[common],
        help="add what a supporter's calendar file (.ics) says to their availability",
    )
    _supporter(ics)
    ics.add_argument("file", type=Path, metavar="FILE.ics")
    ics.set_defaults(handler=import_calendar)


def _supporter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--supporter", required=True, metavar="NAME|EMAIL", help="the supporter, as on the roster"
    )


def weekly_slots(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import supporter_id_of
    from peersupport_desktop.services import availability
    from peersupport_desktop.services.errors import InvalidInput

    with _open(args) as vault:
        supporter_id = supporter_id_of(vault, args.supporter)
        theirs = {slot.id for slot in availability.slots_of(vault, supporter_id)}
        if any(slot_id not in theirs for slot_id in args.remove):
            raise InvalidInput("slot", "That supporter has no weekly slot of that number.")
        for slot_id in args.remove:
            availability.remove_slot(vault, slot_id)
        for weekday, starts, ends in args.add:
            availability.add_slot(vault, supporter_id, weekday, starts, ends)
        slots = availability.slots_of(vault, supporter_id)
    if args.json:
        say(json.dumps([_slot_json(s) for s in slots], ensure_ascii=False, indent=2))
        return ExitCode.OK
    for slot in slots:
        say(f"{slot.id}  {WEEKDAYS[slot.weekday]} {_hhmm(slot.starts)}-{_hhmm(slot.ends)}")
    if not slots:
        say("No weekly slots.")
    return ExitCode.OK


def dated_entries(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import supporter_id_of
    from peersupport_desktop.services import availability
    from peersupport_desktop.services.errors import InvalidInput

    for span in (args.away, args.extra):
        if span is not None and span[0] >= span[1]:  # refused before anything is removed
            raise InvalidInput("ends_at", "An exception must end after it starts.")
    with _open(args) as vault:
        supporter_id = supporter_id_of(vault, args.supporter)
        if args.remove is not None:
            theirs = {e.id for e in availability.exceptions_of(vault, supporter_id)}
            if args.remove not in theirs:
                raise InvalidInput("exception", "That supporter has no dated entry of that number.")
            availability.remove_exception(vault, args.remove)
        for span, available in ((args.away, False), (args.extra, True)):
            if span is not None:
                availability.add_exception(
                    vault, supporter_id, available=available, starts_at=span[0], ends_at=span[1]
                )
        entries = availability.exceptions_of(vault, supporter_id)
    if args.json:
        say(json.dumps([_dated_json(e) for e in entries], ensure_ascii=False, indent=2))
        return ExitCode.OK
    for entry in entries:
        kind = "extra" if entry.available else "away"
        say(f"{entry.id}  {kind}  {_when(entry.starts_at)} to {_when(entry.ends_at)}")
    if not entries:
        say("No time away and no extra slots.")
    return ExitCode.OK


def oncall_week(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import optional_supporter_id
    from peersupport_desktop.services import availability
    from peersupport_desktop.services.errors import InvalidInput

    monday: dt.date = args.week
    if monday.weekday() != 0:
        raise InvalidInput("week_start", "An on-call week starts on a Monday.")
    with _open(args) as vault:
        if args.supporter is not None:
            chosen = optional_supporter_id(vault, args.supporter)
            if chosen is None:
                availability.clear_on_call(vault, monday)
            else:
                availability.set_on_call(vault, monday, chosen)
        weeks = availability.on_call_weeks(vault, monday, monday + dt.timedelta(days=6))
    first = next((week.name for week in weeks if week.week_start == monday), None)
    say(f"Week of {monday}: first call {first or 'nobody'}.")
    return ExitCode.OK


def import_calendar(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import supporter_id_of
    from peersupport_desktop.services.calendar_files import import_availability
    from peersupport_desktop.services.errors import InvalidInput

    try:
        data = args.file.read_bytes()
    except OSError:
        raise InvalidInput("file", "That file could not be read.") from None
    with _open(args) as vault:
        summary = import_availability(vault, supporter_id_of(vault, args.supporter), data)
    say(summary.sentence)
    return ExitCode.OK


def _weekly_slot(text: str) -> tuple[int, dt.time, dt.time]:
    """'mon 09:00-12:00' as (0, 09:00, 12:00)."""
    problem = "give a day and a span like 'mon 09:00-12:00'"
    try:
        name, span = text.split()
        starts, ends = span.split("-")
        weekday = WEEKDAYS.index(name.strip().casefold()[:3])
        slot = weekday, dt.time.fromisoformat(starts), dt.time.fromisoformat(ends)
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None
    if slot[1] >= slot[2]:  # refused before any slot is added, not after the first
        raise argparse.ArgumentTypeError("a slot must end after it starts")
    return slot


def _slot_json(slot: SlotRecord) -> dict[str, object]:
    return {
        "slot": slot.id,
        "weekday": WEEKDAYS[slot.weekday],
        "starts": _hhmm(slot.starts),
        "ends": _hhmm(slot.ends),
    }


def _dated_json(entry: ExceptionRecord) -> dict[str, object]:
    return {
        "entry": entry.id,
        "kind": "extra" if entry.available else "away",
        "starts_at": entry.starts_at.isoformat(),
        "ends_at": entry.ends_at.isoformat(),
    }


def _hhmm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _when(value: dt.datetime) -> str:
    return value.isoformat(sep=" ", timespec="minutes")
