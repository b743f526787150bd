"""Commands for a case's contacts: the log, a new contact, and a correction.

`contacts`, `log-contact` and `edit-contact` call the services the case window calls
(services/contacts.py): the lifecycle, the outreach tries and the audit are theirs.
A contact's note is written, never printed (notes are logistics, but free text).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TypeAlias

from peersupport_desktop.cli.argument_types import moment
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from peersupport_desktop.services.contacts import ContactInput, ContactRecord

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
KINDS = "outreach_attempt|conversation|follow_up|group_session"
MODES = "phone|in_person|video|message"
RESULTS = "no_answer|voicemail|message_sent|declined"
PARTS = (
    "outreach_call,invitation,listening,reflecting,reframing,sense_making,coping,closing,resources"
)


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The three commands, on the main parser."""
    listing = sub.add_parser(
        "contacts", parents=[common], help="list a case's contacts, oldest first"
    )
    listing.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    listing.add_argument("--json", action="store_true", help="list them as JSON")
    listing.set_defaults(handler=list_contacts)

    log = sub.add_parser(
        "log-contact",
        parents=[common],
        help="log an outreach attempt, conversation, follow-up or group session on a case",
    )
    log.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    log.add_argument("--kind", required=True, metavar="KIND", help=f"{KINDS} (a code or a label)")
    log.add_argument("--mode", required=True, metavar="MODE", help=f"{MODES} (a code or a label)")
    _contact_options(log)
    log.add_argument(
        "--check-in",
        choices=("none", "week", "month"),
        default="none",
        help="after a contact that reached the person: check in again in a week or a month "
        "(sets the case's next follow-up; default none)",
    )
    log.set_defaults(handler=log_contact)

    edit = sub.add_parser(
        "edit-contact",
        parents=[common],
        help="correct a logged contact: what is given changes, the rest stays",
    )
    edit.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    edit.add_argument(
        "--contact", type=int, required=True, metavar="ID", help="the contact's number"
    )
    edit.add_argument("--kind", metavar="KIND", help=KINDS)
    edit.add_argument("--mode", metavar="MODE", help=MODES)
    _contact_options(edit)
    edit.add_argument(
        "--not-intense", action="store_true", help="the contact was not intense after all"
    )
    edit.set_defaults(handler=edit_contact)


def _contact_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--at", type=moment, metavar="ISO", help="when (default: now)")
    parser.add_argument("--minutes", type=_minutes, metavar="N", help="how long, 0 to 1440")
    parser.add_argument(
        "--supporter",
        metavar="NAME|EMAIL",
        help="the supporter who made it (default: the case's supporter; none: nobody)",
    )
    parser.add_argument(
        "--result", metavar="RESULT", help=f"an outreach attempt's result: {RESULTS}"
    )
    parser.add_argument(
        "--parts",
        metavar="PART[,...]",
        help=f"the parts of the conversation that happened, any of {PARTS}",
    )
    parser.add_argument(
        "--note",
        metavar="TEXT",
        help="logistics only: no clinical detail and nothing of what was said",
    )
    parser.add_argument(
        "--intense",
        action="store_true",
        help="a hard encounter for the supporter (the program proposes checking in with them)",
    )


def list_contacts(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import cases
    from peersupport_desktop.services.case_references import case_id_of

    with _open(args) as vault:
        detail = cases.get_case(vault, case_id_of(vault, args.case))  # audited as the window
    reference = detail.case.reference
    if args.json:
        shown = [_contact_json(reference, c) for c in detail.contacts]
        say(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for contact in detail.contacts:
        say(_contact_line(reference, contact))
    if not detail.contacts:
        say(f"{reference} has no contact yet.")
    return ExitCode.OK


def log_contact(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import optional_supporter_id
    from peersupport_desktop.core.check_ins import CheckIn
    from peersupport_desktop.services import cases, contacts
    from peersupport_desktop.services.case_references import case_id_of

    with _open(args) as vault:
        case_id = case_id_of(vault, args.case)
        detail = cases.get_case(vault, case_id, opening=False)
        supporter_id = (
            detail.case.supporter_id  # as the window proposes: the case's own supporter
            if args.supporter is None
            else optional_supporter_id(vault, args.supporter)
        )
        data = contacts.ContactInput(
            kind=args.kind, mode=args.mode, occurred_at=args.at,
            duration_minutes=args.minutes or 0, supporter_id=supporter_id,
            parts=_parts(args.parts), note=args.note, result=args.result,
            intense=args.intense,
        )  # fmt: skip
        logged = contacts.log_contact(vault, case_id, data, check_in=CheckIn(args.check_in))
        after = cases.get_case(vault, case_id, opening=False).case
    status = after.status.label.lower()
    follow_up = "" if after.next_follow_up is None else f", next follow-up {after.next_follow_up}"
    say(f"Logged contact {logged.id} on {after.reference}: the case is {status}{follow_up}.")
    return ExitCode.OK


def edit_contact(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import optional_supporter_id
    from peersupport_desktop.services import cases, contacts
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.errors import InvalidInput

    if args.intense and args.not_intense:
        raise InvalidInput("intense", "Give --intense or --not-intense, not both.")
    with _open(args) as vault:
        case_id = case_id_of(vault, args.case)
        detail = cases.get_case(vault, case_id, opening=False)
        old = next((c for c in detail.contacts if c.id == args.contact), None)
        if old is None:
            raise InvalidInput("contact", "That case has no contact of that number.")
        supporter_id = (
            old.supporter_id
            if args.supporter is None
            else optional_supporter_id(vault, args.supporter)
        )
        edited = contacts.edit_contact(vault, old.id, _changed(args, old, supporter_id))
    say(f"Changed contact {edited.id} on {detail.case.reference}.")
    return ExitCode.OK


def _changed(
    args: argparse.Namespace, old: ContactRecord, supporter_id: int | None
) -> ContactInput:
    from peersupport_desktop.core.codes import ContactKind
    from peersupport_desktop.services.contacts import ContactInput
    from peersupport_desktop.services.validation import code_value

    kind = old.kind if args.kind is None else code_value("kind", ContactKind, args.kind)
    # As the window does: a contact that is no longer an attempt has no result left.
    kept_result = old.result if kind is ContactKind.OUTREACH_ATTEMPT else None
    intense = True if args.intense else False if args.not_intense else old.intense
    return ContactInput(
        kind=kind,
        mode=old.mode if args.mode is None else args.mode,
        occurred_at=args.at or old.occurred_at,
        duration_minutes=old.duration_minutes if args.minutes is None else args.minutes,
        supporter_id=supporter_id,
        parts=old.parts if args.parts is None else _parts(args.parts),
        note=old.note if args.note is None else args.note,
        result=kept_result if args.result is None else args.result,
        intense=intense,
    )


def _contact_json(reference: str, contact: ContactRecord) -> dict[str, object]:
    return {
        "contact": contact.id,
        "case": reference,
        "occurred_at": contact.occurred_at.isoformat(),
        "kind": contact.kind.value,
        "mode": contact.mode.value,
        "minutes": contact.duration_minutes,
        "supporter": contact.supporter_name,
        "parts": [part.value for part in contact.parts],
        "result": None if contact.result is None else contact.result.value,
        "intense": contact.intense,
        "has_note": bool(contact.note),
    }


def _contact_line(reference: str, contact: ContactRecord) -> str:
    when = contact.occurred_at.isoformat(sep=" ", timespec="minutes")
    said = f"{contact.id}  {reference}  {when}  {contact.kind.value}  {contact.mode.value}"
    said += f"  {contact.duration_minutes} min"
    if contact.result is not None:
        said += f"  {contact.result.value}"
    if contact.supporter_name:
        said += f"  by {contact.supporter_name}"
    if contact.intense:
        said += "  intense"
    return said


def _parts(given: str | None) -> tuple[str, ...]:
    return () if given is None else tuple(p.strip() for p in given.split(",") if p.strip())


def _minutes(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give the minutes as a whole number") from None
