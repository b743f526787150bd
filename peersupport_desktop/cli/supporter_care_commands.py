"""Commands for the supporters' own care: debriefs and meetings, training attendance
and the trainings' anonymous evaluations, imported from a file and listed.

The listings use the imports' own column names, so a listing written to a file
imports again unchanged (and adds nothing). No case is ever named here: a debrief
keeps no case content.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TypeAlias

from peersupport_desktop.cli.record_commands import (
    add_import_command,
    add_listing_command,
)

if TYPE_CHECKING:
    from peersupport_desktop.services.record_listing import Listing
    from peersupport_desktop.store.vault import Vault

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    add_import_command(
        sub,
        common,
        "import-debriefs",
        "debriefs",
        "import debriefs and meetings: held_on, kind, minutes, attendees (e-mail addresses "
        "or names separated by ';'), notes",
    )
    add_listing_command(
        sub,
        common,
        "debriefs",
        "list the debriefs and meetings, newest first (their minutes included: the "
        "program's internal list)",
        _debriefs,
        _debrief_line,
    )

    add_import_command(
        sub,
        common,
        "import-trainings",
        "trainings",
        "import training attendance, a row per supporter: held_on, title, supporter, "
        "refresher (yes/no), minutes; rows of the same day and title are one session",
    )
    add_import_command(
        sub,
        common,
        "import-training-evaluations",
        "training_evaluations",
        "import anonymous training evaluations: held_on, title, useful (1-5), ready (1-5), comment",
    )
    evaluations = add_listing_command(
        sub,
        common,
        "training-evaluations",
        "list the anonymous training evaluations, newest session first, in "
        "import-training-evaluations' columns",
        _evaluations,
        _evaluation_line,
    )
    evaluations.add_argument(
        "--with-comments",
        action="store_true",
        help="include the free comments (for the program alone: mind where --out writes)",
    )
    add_listing_command(
        sub,
        common,
        "trainings",
        "list training attendance, a row per supporter, newest session first",
        _trainings,
        _training_line,
    )


def _debriefs(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services.debrief_import import debrief_listing

    return debrief_listing(vault)


def _evaluations(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services.training_evaluation_import import evaluation_listing

    return evaluation_listing(vault, comments=args.with_comments)


def _evaluation_line(row: dict[str, Any]) -> str:
    said = f"  comment: {row['comment']}" if row.get("comment") else ""
    return (
        f"{row['held_on']}  {row['title']}  useful {row['useful'] or '-'}, "
        f"ready {row['ready'] or '-'}{said}"
    )


def _trainings(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services.training_import import training_listing

    return training_listing(vault)


def _debrief_line(row: dict[str, Any]) -> str:
    """ "2026-10-05  group  90 min  ana@hospital.org; Ben Ode" (the minutes left out)."""
    length = f"{row['minutes']} min" if row["minutes"] is not None else "-"
    return f"{row['held_on']}  {row['kind']}  {length}  {row['attendees']}"


def _training_line(row: dict[str, Any]) -> str:
    refresher = " (refresher)" if row["refresher"] == "yes" else ""
    return f"{row['held_on']}  {row['title']}{refresher}  {row['supporter']}"
