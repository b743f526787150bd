"""`milestones`: a case's or its event's milestones listed, added or removed, and the
check-ins due before milestones in a range of days, through the milestone service.

Cases are named by reference only, never by the person's name: a script's output
lands in logs and mailboxes.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from peersupport_desktop.cli.argument_types import day, whole
from peersupport_desktop.cli.console import refuse, say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import MilestoneKind

if TYPE_CHECKING:
    from peersupport_desktop.services.milestones import CheckIn, MilestoneRecord

KINDS = tuple(kind.value for kind in MilestoneKind)
NOTHING_NAMED = (
    "Name a case (--case or --event-of), or the check-ins' days (--due-from and --due-to)."
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `milestones` command, beside the others."""
    command = sub.add_parser(
        "milestones",
        parents=[common],
        help="list, add or remove the milestones of a case or of its event (an investigation's "
        "or legal process's dates), or list the check-ins due before milestones",
    )
    whose = command.add_mutually_exclusive_group()
    whose.add_argument("--case", metavar="PS-…", help="the case's own milestones and its event's")
    whose.add_argument(
        "--event-of",
        metavar="PS-…",
        help="the milestones of this case's event, for everyone it involved",
    )
    command.add_argument(
        "--add", metavar="KIND", help=f"add a milestone of this kind: {', '.join(KINDS)}"
    )
    command.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="the added one's date")
    command.add_argument(
        "--check-in-days",
        type=whole,
        metavar="N",
        help="the check-in this many days before it, 0 to 90 (default: the setting)",
    )
    command.add_argument("--remove", type=whole, metavar="ID", help="remove milestone ID")
    command.add_argument("--due-from", type=day, metavar="YYYY-MM-DD")
    command.add_argument("--due-to", type=day, metavar="YYYY-MM-DD")
    command.add_argument("--json", action="store_true", help="list as JSON")
    command.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import milestones

    reference = args.case or args.event_of
    due = args.due_from is not None or args.due_to is not None
    if due and (args.due_from is None or args.due_to is None):
        return refuse("Give both --due-from and --due-to.")
    if args.add is not None and (reference is None or args.on is None):
        return refuse("Adding a milestone needs --case or --event-of, and --on.")
    if args.add is None and (args.on is not None or args.check_in_days is not None):
        return refuse("--on and --check-in-days go with --add.")
    if reference is None and not due and args.remove is None:
        return refuse(NOTHING_NAMED)
    with _open(args) as vault:
        # The case is found before anything is removed: a bad reference changes nothing.
        case_id = None if reference is None else milestones.case_id_for(vault, reference)
        event_id = None
        if case_id is not None and args.event_of is not None:
            event_id = _event_of(vault, case_id)
        if args.remove is not None:
            milestones.remove_milestone(vault, args.remove)
            if not args.json:
                say(f"Removed milestone {args.remove}.")
        if args.add is not None:
            added = milestones.add_milestone(
                vault,
                event_id=event_id,
                case_id=None if event_id is not None else case_id,
                kind=args.add,
                on_date=args.on,
                check_in_days=args.check_in_days,
            )
            if not args.json:
                say(f"Added milestone {added.id}: {_milestone_line(added)}.")
        listed: dict[str, Any] = {}
        if event_id is not None:
            listed["milestones"] = milestones.event_milestones(vault, event_id)
        elif case_id is not None:
            listed["milestones"] = milestones.milestones_of(vault, case_id)
        if due:
            listed["check_ins"] = milestones.check_ins_due(vault, args.due_from, args.due_to)
    if args.json:
        say(json.dumps(_as_json(listed), ensure_ascii=False, indent=2))
        return ExitCode.OK
    for record in listed.get("milestones", ()):
        say(f"{record.id}: {_milestone_line(record)}")
    if "milestones" in listed and not listed["milestones"]:
        say("No milestones.")
    for check_in in listed.get("check_ins", ()):
        say(_check_in_line(check_in))
    if "check_ins" in listed and not listed["check_ins"]:
        say("No check-ins are due on those days.")
    return ExitCode.OK


def _event_of(vault: Any, case_id: int) -> int:
    from peersupport_desktop.services import cases

    return cases.get_case(vault, case_id, opening=False).event.id


def _milestone_line(record: MilestoneRecord) -> str:
    whose = "the event's, everyone involved" if record.for_event else "this case's"
    return (
        f"{record.kind.label} on {record.on_date.isoformat()} ({whose}); check-in "
        f"{record.check_in_on.isoformat()}, {record.check_in_days} days before"
    )


def _check_in_line(check_in: CheckIn) -> str:
    whose = " (the event's)" if check_in.for_event else ""
    return (
        f"{check_in.on.isoformat()}  {check_in.reference}  check-in before "
        f"{check_in.kind.label.lower()} on {check_in.milestone_on.isoformat()}{whose}"
    )


def _as_json(listed: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "milestones" in listed:
        out["milestones"] = [
            {
                "id": m.id,
                "kind": m.kind.value,
                "on": m.on_date.isoformat(),
                "check_in_days": m.check_in_days,
                "check_in_on": m.check_in_on.isoformat(),
                "for_event": m.for_event,
            }
            for m in listed["milestones"]
        ]
    if "check_ins" in listed:
        out["check_ins"] = [
            {
                "on": c.on.isoformat(),
                "case": c.reference,
                "milestone_id": c.milestone_id,
                "kind": c.kind.value,
                "milestone_on": c.milestone_on.isoformat(),
                "for_event": c.for_event,
            }
            for c in listed["check_ins"]
        ]
    return out
