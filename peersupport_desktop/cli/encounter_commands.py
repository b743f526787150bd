"""Encounters supporters report on the survey tool's form, on the command line:
`import-encounters` (what the watch folder does, for a nightly script), `encounters`
listed, and `encounter --confirm ID | --dismiss ID` as Today's buttons do.

Cases are named by reference only; nothing a supporter reported names the person.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from peersupport_desktop.cli.argument_types import whole
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.cli.record_commands import (
    add_import_command,
    add_listing_command,
)

if TYPE_CHECKING:
    from peersupport_desktop.services.record_listing import Listing
    from peersupport_desktop.store.vault import Vault


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    add_import_command(
        sub,
        common,
        "import-encounters",
        "encounters",
        "import the encounters supporters reported on the survey tool's form (CSV or XLSX), "
        "whole or not at all; they await confirmation",
    )
    listed = add_listing_command(
        sub,
        common,
        "encounters",
        "list the encounters supporters reported, with what became of each",
        _encounters,
        _line,
    )
    listed.add_argument("--waiting", action="store_true", help="only those awaiting confirmation")
    one = sub.add_parser(
        "encounter",
        parents=[common],
        help="confirm a reported encounter as a contact of its case, or dismiss it",
    )
    choice = one.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--confirm",
        type=whole,
        metavar="ID",
        help="log it as a contact of its case (a follow-up asked for sets the check-in)",
    )
    choice.add_argument(
        "--dismiss", type=whole, metavar="ID", help="not a contact: keep it as dismissed"
    )
    one.set_defaults(handler=run_one)


def _encounters(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services import reported_encounters

    return reported_encounters.listing(vault, only_waiting=args.waiting)


def run_one(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import reported_encounters
    from peersupport_desktop.services.cases import reference_for

    with _open(args) as vault:
        if args.confirm is not None:
            contact = reported_encounters.confirm(vault, args.confirm)
            reference = reference_for(contact.case_id)
            say(f"Confirmed encounter {args.confirm}: contact {contact.id} of {reference}.")
        else:
            reported_encounters.dismiss(vault, args.dismiss)
            say(f"Dismissed encounter {args.dismiss}.")
    return ExitCode.OK


def _line(row: dict[str, Any]) -> str:
    from peersupport_desktop.core.codes import ContactMode, EncounterState

    said = [
        f"{row['id']}: {row['case_code']} {row['occurred_on']}",
        f"{row['minutes']} min",
        ContactMode(row["mode"]).label.lower(),
    ]
    if row["tier"] is not None:
        moved = "" if row["tier"] == row["case_tier"] else f" (case at tier {row['case_tier']})"
        said.append(f"tier {row['tier']}{moved}")
    if row["follow_up_needed"]:
        said.append("follow-up needed")
    if row["intense"]:
        said.append("intense")
    if row["supporter"]:
        said.append(f"by {row['supporter']}")
    state = EncounterState(row["state"]).label.lower()
    contact = f" as contact {row['contact_id']}" if row["contact_id"] is not None else ""
    return f"{', '.join(said)} — {state}{contact}"
