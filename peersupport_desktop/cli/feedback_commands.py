"""Commands for the feedback form: invite a closed case's person, import the survey
tool's answers, list invitations and answers by code.

The case is named by its reference on the way in only: no output names it, since the
code is what stands in for the person from the invitation on.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TypeAlias

from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.cli.record_commands import (
    add_import_command,
    add_listing_command,
)

if TYPE_CHECKING:
    from peersupport_desktop.services.record_listing import Listing
    from peersupport_desktop.store.vault import Vault

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    invite = sub.add_parser(
        "feedback-invite",
        parents=[common],
        help="invite a closed case's person to the feedback form: its code and the "
        "invitation's text (once per case; again, the same code)",
    )
    invite.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    invite.add_argument("--json", action="store_true", help="show the code and text as JSON")
    invite.set_defaults(handler=invite_to_feedback)

    add_import_command(
        sub, common, "import-feedback", "feedback", "import the feedback form's answers by code"
    )

    listing = add_listing_command(
        sub,
        common,
        "feedback",
        "list feedback invitations and answers by code, never by case",
        _feedback,
        _line,
    )
    listing.add_argument(
        "--with-comments",
        action="store_true",
        help="include the free comments (for the program alone: mind where --out writes)",
    )


def invite_to_feedback(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import feedback
    from peersupport_desktop.services.case_references import case_id_of

    with _open(args) as vault:
        invitation = feedback.invite(vault, case_id_of(vault, args.case))
        text = feedback.invitation_text(vault, invitation)
    if args.json:
        say(
            json.dumps(
                {
                    "code": invitation.code,
                    "invited_at": invitation.invited_at.isoformat(),
                    "text": text,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return ExitCode.OK
    say(f"Code: {invitation.code} (invited {invitation.invited_at:%Y-%m-%d})")
    say("")
    say(text)
    return ExitCode.OK


def _feedback(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services.feedback import feedback_listing

    return feedback_listing(vault, comments=args.with_comments)


def _line(row: dict[str, Any]) -> str:
    if row["answered_on"] is None:
        return f"{row['code']}  invited {row['invited_at']}  not answered"
    answers = ", ".join(
        f"{label} {row[key] if row[key] is not None else '-'}"
        for key, label in (
            ("helpful", "helpful"),
            ("wellbeing_better", "wellbeing better"),
            ("back_at_work", "back at work"),
            ("would_recommend", "would recommend"),
        )
    )
    said = f"  comment: {row['comment']}" if row.get("comment") else ""
    answered = f"answered {row['answered_on']}"
    return f"{row['code']}  invited {row['invited_at']}  {answered}: {answers}{said}"
