"""Commands for the resource directory and offering one of its entries to a case.

`resources`, `add-resource`, `resource` and `offer-resource` call the services the
Resources page and the case window call (services/resources.py). An offer is then
followed with `referrals` and `referral-step` (cli/case_commands.py).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TypeAlias

from peersupport_desktop.cli.argument_types import moment
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from peersupport_desktop.services.resources import ResourceRecord
    from peersupport_desktop.store.vault import Vault

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
KINDS = "eap|mental_health|php|legal_risk|chaplaincy|wellness|other"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The four commands, on the main parser."""
    listing = sub.add_parser(
        "resources", parents=[common], help="list the resource directory's entries"
    )
    listing.add_argument("--all", action="store_true", help="the entries no longer offered too")
    listing.add_argument("--json", action="store_true", help="list them as JSON")
    listing.set_defaults(handler=list_entries)

    add = sub.add_parser(
        "add-resource", parents=[common], help="add a service to the resource directory"
    )
    add.add_argument("--kind", required=True, metavar="KIND", help=f"{KINDS} (a code or label)")
    add.add_argument("--name", required=True, metavar="NAME")
    _entry_options(add)
    add.set_defaults(handler=add_entry)

    change = sub.add_parser(
        "resource",
        parents=[common],
        help="show one directory entry; with options, change it or stop offering it",
    )
    change.add_argument(
        "--resource", required=True, metavar="ID|NAME", help="the entry's number or name"
    )
    change.add_argument("--kind", metavar="KIND", help=KINDS)
    change.add_argument("--name", metavar="NAME")
    _entry_options(change)
    change.add_argument(
        "--active",
        choices=("yes", "no"),
        help="no: offer it no more (its past offers stay); yes: offer it again",
    )
    change.add_argument("--json", action="store_true", help="show it as JSON")
    change.set_defaults(handler=show_or_change_entry)

    offer = sub.add_parser(
        "offer-resource",
        parents=[common],
        help="offer a directory entry to a case the program has reached",
    )
    offer.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    offer.add_argument(
        "--resource", required=True, metavar="ID|NAME", help="the entry's number or name"
    )
    offer.add_argument("--at", type=moment, metavar="ISO", help="when (default: now)")
    offer.set_defaults(handler=offer_entry)


def _entry_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--phone", metavar="NUMBER", help="('' for none)")
    parser.add_argument("--hours", metavar="TEXT", help="when it answers ('' for none)")
    parser.add_argument(
        "--contact", metavar="TEXT", help="another way to reach it: email, pager, web page"
    )
    parser.add_argument("--notes", metavar="TEXT", help="('' for none)")


def list_entries(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services.resources import list_resources

    with _open(args) as vault:
        entries = list_resources(vault, include_inactive=args.all)
    if args.json:
        say(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return ExitCode.OK
    for entry in entries:
        say(_entry_line(entry))
    if not entries:
        say("The resource directory is empty.")
    return ExitCode.OK


def add_entry(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services.resources import ResourceInput, add_resource

    data = ResourceInput(
        kind=args.kind, name=args.name, phone=args.phone, hours=args.hours,
        notes=args.notes, contact=args.contact,
    )  # fmt: skip
    with _open(args) as vault:
        added = add_resource(vault, data)
    say(f"Added resource {added.id} to the directory.")
    return ExitCode.OK


def show_or_change_entry(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import resources

    fields = (args.kind, args.name, args.phone, args.hours, args.contact, args.notes)
    with _open(args) as vault:
        entry = resources.get_resource(vault, resource_id_of(vault, args.resource))
        if any(value is not None for value in fields):
            entry = resources.edit_resource(
                vault,
                entry.id,
                resources.ResourceInput(
                    kind=entry.kind if args.kind is None else args.kind,
                    name=entry.name if args.name is None else args.name,
                    phone=_kept(args.phone, entry.phone),
                    hours=_kept(args.hours, entry.hours),
                    notes=_kept(args.notes, entry.notes),
                    contact=_kept(args.contact, entry.contact),
                    active=entry.active,
                ),
            )
        if args.active is not None:
            entry = resources.set_resource_active(vault, entry.id, args.active == "yes")
    if args.json:
        say(json.dumps(_entry_json(entry), ensure_ascii=False, indent=2))
    else:
        say(_entry_line(entry))
    return ExitCode.OK


def offer_entry(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.resources import offer_resource

    with _open(args) as vault:
        case_id = case_id_of(vault, args.case)
        offer = offer_resource(vault, case_id, resource_id_of(vault, args.resource), args.at)
    due = "" if offer.step_due_on is None else f"; its next step is due {offer.step_due_on}"
    say(f"Offered {offer.resource_name} as offer {offer.id}{due}.")
    return ExitCode.OK


def resource_id_of(vault: Vault, given: str) -> int:
    """The entry of that number, or the one entry of that name (active ones first)."""
    from peersupport_desktop.services.errors import InvalidInput
    from peersupport_desktop.services.resources import list_resources

    text = given.strip()
    everything = list_resources(vault, include_inactive=True)
    if text.isdigit():
        if int(text) not in {e.id for e in everything}:
            raise InvalidInput("resource", "No directory entry has that number.")
        return int(text)
    wanted = text.casefold()
    for entries in ([e for e in everything if e.active], everything):
        found = [e.id for e in entries if e.name.casefold() == wanted]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InvalidInput(
                "resource", "Two or more entries share that name: give the entry's number."
            )
    raise InvalidInput("resource", "No directory entry has that name: see 'resources --all'.")


def _kept(given: str | None, old: str | None) -> str | None:
    return old if given is None else given


def _entry_json(entry: ResourceRecord) -> dict[str, object]:
    return {
        "resource": entry.id,
        "kind": entry.kind.value,
        "name": entry.name,
        "phone": entry.phone,
        "hours": entry.hours,
        "contact": entry.contact,
        "notes": entry.notes,
        "active": entry.active,
    }


def _entry_line(entry: ResourceRecord) -> str:
    said = f"{entry.id}  {entry.kind.value}  {entry.name}"
    if entry.phone:
        said += f"  {entry.phone}"
    if not entry.active:
        said += "  (no longer offered)"
    return said
