"""The supporter roster as a file: ``import-supporters`` brings in the program's
spreadsheet, ``supporters`` lists the roster in the import's own columns, so a roster
written out with ``--out`` imports back unchanged.
"""

from __future__ import annotations

import argparse
from typing import Any, TypeAlias

from peersupport_desktop.cli.record_commands import (
    add_import_command,
    add_listing_options,
    check_listing_output,
    show_listing,
)

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    add_import_command(
        sub,
        common,
        "import-supporters",
        "supporters",
        "import the supporter roster (CSV or XLSX): name, email, phone, role, department, "
        "specialty, languages, training_date, refresher_due, status, capacity; a row "
        "matching a supporter by e-mail or name updates what it fills in; the whole file "
        "or nothing",
    )
    roster = sub.add_parser(
        "supporters",
        parents=[common],
        help="list the supporter roster, retired supporters too, in import-supporters' "
        "columns (--out roster.xlsx imports back unchanged)",
    )
    add_listing_options(roster)
    roster.set_defaults(handler=list_roster)


def list_roster(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services.roster_import import roster_listing

    refused = check_listing_output(args)
    if refused is not None:
        return refused
    with _open(args) as vault:
        return show_listing(args, vault, roster_listing(vault), _line)


def _line(row: dict[str, Any]) -> str:
    """ "Ann Lee  nurse  ICU  active  ann@hospital.org" (what is empty left out)."""
    said = (row["name"], row["role"], row["department"], row["status"], row["email"])
    return "  ".join(str(value) for value in said if value)
