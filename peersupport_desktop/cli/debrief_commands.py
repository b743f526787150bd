"""Commands for one debrief or meeting at a time: logging one, and showing, changing or
removing one by its number, as the debriefs dialog does.

`add-debrief` and `debrief` call services/debriefs.py, whose rules (no case content in
the minutes, one supporter for a one-to-one) are the dialog's. Importing many and
listing them all are `import-debriefs` and `debriefs` (cli/supporter_care_commands.py).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TypeAlias

from peersupport_desktop.cli.argument_types import day
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from peersupport_desktop.services.debriefs import DebriefInput, DebriefRecord
    from peersupport_desktop.store.vault import Vault

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
KINDS = "one_to_one|group|meeting"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The two commands, on the main parser."""
    add = sub.add_parser(
        "add-debrief",
        parents=[common],
        help="log a debrief or meeting, crediting each supporter who came",
    )
    add.add_argument("--held-on", type=day, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--kind", required=True, metavar="KIND", help=f"{KINDS} (a code or label)")
    _detail_options(add, required=True)
    add.set_defaults(handler=add_one)

    one = sub.add_parser(
        "debrief",
        parents=[common],
        help="list a day's debriefs by number; show, change or remove one",
    )
    which = one.add_mutually_exclusive_group(required=True)
    which.add_argument("--debrief", type=int, metavar="ID", help="the debrief's number")
    which.add_argument(
        "--on", type=day, metavar="YYYY-MM-DD", help="list that day's debriefs, with numbers"
    )
    one.add_argument("--held-on", type=day, metavar="YYYY-MM-DD", help="a new day")
    one.add_argument("--kind", metavar="KIND", help=KINDS)
    _detail_options(one, required=False)
    one.add_argument("--remove", action="store_true", help="remove the debrief, for good")
    one.add_argument("--json", action="store_true", help="show it as JSON")
    one.set_defaults(handler=show_change_or_remove)


def _detail_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--attendee",
        action="append",
        required=required,
        metavar="NAME|EMAIL",
        help="a supporter who came; repeat for each (given: replaces who came)",
    )
    parser.add_argument("--minutes", type=_minutes, metavar="N", help="how long, in minutes")
    parser.add_argument(
        "--notes", metavar="TEXT", help="the meeting's minutes: never a case or a person supported"
    )


def add_one(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import debriefs

    with _open(args) as vault:
        data = debriefs.DebriefInput(
            kind=args.kind,
            held_on=args.held_on,
            attendees=_attendees(vault, args.attendee),
            minutes=args.minutes,
            notes=args.notes,
        )
        logged = debriefs.add_debrief(vault, data)
    count = len(logged.attendees)
    say(f"Logged debrief {logged.id}, crediting {count} supporter{'' if count == 1 else 's'}.")
    return ExitCode.OK


def show_change_or_remove(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import debriefs
    from peersupport_desktop.services.errors import InvalidInput

    with _open(args) as vault:
        if args.on is not None:
            held = [d for d in debriefs.list_debriefs(vault) if d.held_on == args.on]
            return _say_all(held, args.json, one=False)
        known = {d.id for d in debriefs.list_debriefs(vault)}
        if args.debrief not in known:
            raise InvalidInput("debrief", "No debrief has that number: see 'debrief --on DAY'.")
        if args.remove:
            debriefs.remove_debrief(vault, args.debrief)
            say(f"Removed debrief {args.debrief}.")
            return ExitCode.OK
        record = debriefs.get_debrief(vault, args.debrief)
        if _changes(args):
            record = debriefs.edit_debrief(vault, record.id, _edited(vault, args, record))
    return _say_all([record], args.json, one=True)


def _changes(args: argparse.Namespace) -> bool:
    given = (args.held_on, args.kind, args.attendee, args.minutes, args.notes)
    return any(value is not None for value in given)


def _edited(vault: Vault, args: argparse.Namespace, old: DebriefRecord) -> DebriefInput:
    from peersupport_desktop.services.debriefs import DebriefInput

    return DebriefInput(
        kind=old.kind if args.kind is None else args.kind,
        held_on=old.held_on if args.held_on is None else args.held_on,
        attendees=(
            tuple(a.id for a in old.attendees)
            if args.attendee is None
            else _attendees(vault, args.attendee)
        ),
        minutes=old.minutes if args.minutes is None else args.minutes,
        notes=old.notes if args.notes is None else args.notes,
    )


def _attendees(vault: Vault, given: list[str]) -> tuple[int, ...]:
    from peersupport_desktop.cli.supporter_choice import supporter_id_of

    return tuple(supporter_id_of(vault, person) for person in given)


def _say_all(records: list[DebriefRecord], as_json: bool, *, one: bool) -> int:
    """One debrief as a JSON object; a day's as a list (of any length)."""
    if as_json:
        shown = [_record_json(r) for r in records]
        say(json.dumps(shown[0] if one else shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for record in records:
        minutes = "" if record.minutes is None else f"  {record.minutes} min"
        people = ", ".join(a.name for a in record.attendees)
        say(f"{record.id}  {record.held_on}  {record.kind.value}{minutes}  {people}")
    if not records:
        say("No debrief that day.")
    return ExitCode.OK


def _record_json(record: DebriefRecord) -> dict[str, object]:
    return {
        "debrief": record.id,
        "held_on": record.held_on.isoformat(),
        "kind": record.kind.value,
        "minutes": record.minutes,
        "attendees": [a.name for a in record.attendees],
        "notes": record.notes,
    }


def _minutes(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give the minutes as a whole number") from None
