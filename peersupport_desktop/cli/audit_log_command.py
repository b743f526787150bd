"""`audit-log`: the audit log as the Audit log page shows it (when, which computer
account, what, on which record; never content), newest first, for a script that keeps
its own copy or looks for who opened a case.

It reads through services/audit.py, which audits the reading itself, as the page does.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TypeAlias

from peersupport_desktop.cli.argument_types import day
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from peersupport_desktop.services.audit import AuditViewEntry

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
GROUPS = "cases|contacts|supporters|calendar|reports|imports|settings|vault"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    log = sub.add_parser(
        "audit-log",
        parents=[common],
        help="list the audit log, newest first: when, which account, what, on which record",
    )
    log.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="from this day")
    log.add_argument("--until", type=day, metavar="YYYY-MM-DD", help="to this day, whole")
    log.add_argument("--group", metavar="GROUP", help=f"only this kind of work: {GROUPS}")
    log.add_argument(
        "--record",
        metavar="TEXT",
        help="only one record: a case's reference (its contacts and offers too), or a kind "
        "and a number ('supporter 12', 'export 3')",
    )
    log.add_argument(
        "--limit", type=_limit, default=1000, metavar="N", help="at most N entries (1000)"
    )
    log.add_argument("--json", action="store_true", help="list them as JSON")
    log.set_defaults(handler=list_log)


def list_log(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services.audit import AuditFilter, read_log
    from peersupport_desktop.services.audit_actions import ActionGroup
    from peersupport_desktop.services.errors import InvalidInput

    group = None
    if args.group is not None:
        try:
            group = ActionGroup(args.group.strip().casefold())
        except ValueError:
            raise InvalidInput(
                "group", f"The group is one of: {GROUPS.replace('|', ', ')}."
            ) from None
    wanted = AuditFilter(since=args.since, until=args.until, group=group, record=args.record or "")
    entries: list[AuditViewEntry] = []
    with _open(args) as vault:
        page = read_log(vault, wanted, limit=min(args.limit, 1000))
        entries.extend(page.entries)
        while page.more is not None and len(entries) < args.limit:
            page = read_log(
                vault, wanted, limit=min(args.limit - len(entries), 1000), after=page.more
            )
            entries.extend(page.entries)
    if args.json:
        say(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return ExitCode.OK
    for entry in entries:
        say(_entry_line(entry))
    if not entries:
        say("No audit entries.")
    return ExitCode.OK


def _entry_json(entry: AuditViewEntry) -> dict[str, Any]:
    return {
        "entry": entry.id,
        "at": entry.at.isoformat(),
        "account": entry.actor,
        "action": entry.action,
        "description": entry.description,
        "record": entry.record or None,
    }


def _entry_line(entry: AuditViewEntry) -> str:
    said = f"{entry.at.isoformat(sep=' ', timespec='seconds')}  {entry.actor or '-'}"
    said += f"  {entry.action}  {entry.description}"
    return said + (f"  {entry.record}" if entry.record else "")


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError("give a whole number of entries, at least 1")
    return value
