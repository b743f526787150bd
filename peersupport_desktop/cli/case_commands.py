"""Commands about one case's support: its tier, and its referrals on step by step.

`tier`, `referrals` and `referral-step` read and write through the same services as
the case window (services/tiers.py, services/referral_steps.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, TypeAlias

from peersupport_desktop.cli.argument_types import day, moment
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:  # the services load when a command runs, not with the parser
    from peersupport_desktop.services.referral_steps import ReferralLine
    from peersupport_desktop.services.tiers import TierHistory

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
STEPS = "accepted|declined|appointment_made|connected|lost"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The three commands, on the main parser."""
    tier = sub.add_parser(
        "tier",
        parents=[common],
        help="show a case's tier of support and its moves; with --to, move it",
    )
    tier.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    tier.add_argument("--to", type=_tier, metavar="1|2|3", help="the tier to move the case to")
    tier.add_argument(
        "--reason", metavar="REASON", help="why (a code or a label, e.g. distress_persists)"
    )
    tier.add_argument("--at", type=moment, metavar="ISO", help="when (default: now)")
    tier.add_argument("--json", action="store_true", help="show it as JSON")
    tier.set_defaults(handler=show_or_move_tier)

    listing = sub.add_parser(
        "referrals",
        parents=[common],
        help="list resources offered, each offer's step and when its next step is due",
    )
    listing.add_argument("--case", metavar="PS-000012", help="only this case's offers")
    listing.add_argument(
        "--overdue", action="store_true", help="only open steps whose due date has passed"
    )
    listing.add_argument("--json", action="store_true", help="list them as JSON")
    listing.set_defaults(handler=list_referrals)

    step = sub.add_parser("referral-step", parents=[common], help="record a referral's next step")
    step.add_argument("--offer", type=int, required=True, metavar="ID", help="the offer's number")
    step.add_argument("--step", required=True, metavar="STEP", help=f"{STEPS} (a code or a label)")
    step.add_argument("--at", type=moment, metavar="ISO", help="when (default: now)")
    step.add_argument(
        "--appointment-on",
        type=day,
        metavar="YYYY-MM-DD",
        help="the appointment's date, with --step appointment_made",
    )
    step.set_defaults(handler=record_referral_step)


def show_or_move_tier(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import tiers
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.errors import InvalidInput

    if (args.to is None) != (args.reason is None):
        raise InvalidInput("reason", "Give --to and --reason together, or neither to show.")
    if args.at is not None and args.to is None:
        raise InvalidInput("at", "--at dates a move: give it with --to and --reason.")
    with _open(args) as vault:
        case_id = case_id_of(vault, args.case)
        if args.to is None:
            history = tiers.tier_history(vault, case_id)
        else:
            history = tiers.move_tier(vault, case_id, args.to, args.reason, args.at)
    if args.json:
        say(json.dumps(_tier_json(history), ensure_ascii=False, indent=2))
        return ExitCode.OK
    say(f"{history.reference}: {history.label} (highest reached: tier {history.highest_tier})")
    for move in history.moves:
        say(
            f"{move.changed_at.isoformat(sep=' ', timespec='minutes')}  "
            f"tier {move.from_tier} -> tier {move.to_tier}  {move.reason.label}"
        )
    if not history.moves:
        say("No moves: the case is at the tier it started at.")
    return ExitCode.OK


def list_referrals(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import referral_steps
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.clock import now

    today = now().date()
    with _open(args) as vault:
        case_id = None if args.case is None else case_id_of(vault, args.case)
        if args.overdue:
            lines = referral_steps.overdue_steps(vault, today)
            lines = [line for line in lines if case_id is None or line.case_id == case_id]
        else:
            lines = referral_steps.referrals(vault, case_id)
    if args.json:
        say(json.dumps([_line_json(line, today) for line in lines], ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not lines:
        say("No referral step is overdue." if args.overdue else "No resource was offered.")
    for line in lines:
        say(_line_text(line, today))
    return ExitCode.OK


def record_referral_step(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import referral_steps
    from peersupport_desktop.services.clock import now

    with _open(args) as vault:
        line = referral_steps.record_step(
            vault, args.offer, args.step, args.at, args.appointment_on
        )
    say(_line_text(line, now().date()))
    return ExitCode.OK


def _line_text(line: ReferralLine, today: dt.date) -> str:
    when = "" if line.step_at is None else f" on {line.step_at.date().isoformat()}"
    said = f"offer {line.offer_id}, {line.case_reference}, {line.resource_name}: "
    said += f"{line.step.label}{when}"
    if line.appointment_on is not None:
        said += f", appointment {line.appointment_on.isoformat()}"
    if line.due_on is not None:
        overdue = " (overdue)" if line.overdue(today) else ""
        said += f"; next step due {line.due_on.isoformat()}{overdue}"
    return said


def _line_json(line: ReferralLine, today: dt.date) -> dict[str, object]:
    return {
        "offer": line.offer_id,
        "case": line.case_reference,
        "resource": line.resource_name,
        "offered_at": line.offered_at.isoformat(),
        "step": line.step.value,
        "step_label": line.step.label,
        "step_at": None if line.step_at is None else line.step_at.isoformat(),
        "appointment_on": None if line.appointment_on is None else line.appointment_on.isoformat(),
        "due_on": None if line.due_on is None else line.due_on.isoformat(),
        "overdue": line.overdue(today),
    }


def _tier_json(history: TierHistory) -> dict[str, object]:
    return {
        "case": history.reference,
        "tier": history.tier,
        "tier_label": history.label,
        "highest_tier": history.highest_tier,
        "moves": [
            {
                "changed_at": move.changed_at.isoformat(),
                "from_tier": move.from_tier,
                "to_tier": move.to_tier,
                "reason": move.reason.value,
                "reason_label": move.reason.label,
            }
            for move in history.moves
        ],
    }


def _tier(text: str) -> int:
    if text.strip() not in ("1", "2", "3"):
        raise argparse.ArgumentTypeError("the tier is 1, 2 or 3")
    return int(text)
