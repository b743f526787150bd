"""Two things the coordinator writes beside the records: the holidays the working-hours
clock skips (Settings), and a quarter's highlights for the report (Reports).

`holidays` and `highlights` call the services the Settings page and the highlights
dialog call (services/settings.py, services/highlights.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TypeAlias

from peersupport_desktop.cli.argument_types import day
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.quarters import Quarter

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The two commands, on the main parser."""
    days = sub.add_parser(
        "holidays",
        parents=[common],
        help="list the holidays the outreach clock skips; add, rename or remove one",
    )
    days.add_argument(
        "--add", type=day, metavar="YYYY-MM-DD", help="a holiday (a day already there is renamed)"
    )
    days.add_argument("--name", metavar="NAME", help="the holiday's name, with --add")
    days.add_argument("--remove", type=day, metavar="YYYY-MM-DD", help="a holiday to remove")
    days.add_argument("--json", action="store_true", help="list them as JSON")
    days.set_defaults(handler=list_or_change_holidays)

    words = sub.add_parser(
        "highlights",
        parents=[common],
        help="show a quarter's highlights for the report; with --from-file or --clear, "
        "replace or remove them",
    )
    words.add_argument("--quarter", type=_quarter, required=True, metavar="YYYYQN")
    source = words.add_mutually_exclusive_group()
    source.add_argument(
        "--from-file",
        type=Path,
        metavar="FILE",
        help="the new text, from a UTF-8 file ('-': standard input)",
    )
    source.add_argument("--clear", action="store_true", help="remove the quarter's highlights")
    words.add_argument(
        "--names-anyway",
        action="store_true",
        help="keep a text that names clinicians or supporters (the report names no one)",
    )
    words.set_defaults(handler=show_or_set_highlights)


def list_or_change_holidays(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import settings
    from peersupport_desktop.services.errors import InvalidInput

    if (args.add is None) != (args.name is None):
        raise InvalidInput("holiday_name", "Give --add with the holiday's --name.")
    with _open(args) as vault:
        if args.remove is not None:
            if args.remove not in {when for when, _name in settings.holidays(vault)}:
                raise InvalidInput("holiday", "That day is not a holiday.")
            settings.remove_holiday(vault, args.remove)
        if args.add is not None:
            settings.add_holiday(vault, args.add, args.name)
        kept = settings.holidays(vault)
    if args.json:
        shown = [{"day": when.isoformat(), "name": name} for when, name in kept]
        say(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for when, name in kept:
        say(f"{when.isoformat()}  {name}")
    if not kept:
        say("No holidays.")
    return ExitCode.OK


def show_or_set_highlights(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services.errors import InvalidInput
    from peersupport_desktop.services.highlights import get_highlights, names_in, set_highlights

    text = None if args.from_file is None else _read_text(args.from_file)
    if args.clear:
        text = ""
    with _open(args) as vault:
        if text is None:
            shown = get_highlights(vault, args.quarter)
            say(shown if shown else f"No highlights for {args.quarter}.")
            return ExitCode.OK
        named = names_in(vault, text)
        if named and not args.names_anyway:
            # As the dialog warns, but the names themselves stay off the terminal.
            count = len(named)
            raise InvalidInput(
                "highlights",
                f"The text names {count} {'person' if count == 1 else 'people'} the vault "
                "knows: take the names out, or give --names-anyway.",
            )
        set_highlights(vault, args.quarter, text)
    said = "Removed" if not text.strip() else "Kept"
    say(f"{said} the highlights for {args.quarter}.")
    return ExitCode.OK


def _read_text(path: Path) -> str:
    from peersupport_desktop.services.errors import InvalidInput

    try:
        return sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InvalidInput("file", "That file could not be read as UTF-8 text.") from None


def _quarter(text: str) -> Quarter:
    try:
        return Quarter.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
