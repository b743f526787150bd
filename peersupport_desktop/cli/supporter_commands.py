"""The supporter roster as a file: ``import-supporters`` brings in the program's
spreadsheet, ``supporters`` lists the roster in the import's own columns, so a roster
written out with ``--out`` imports back unchanged.
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
        "import-supporters",
        "supporters",
        "import the supporter roster (CSV or XLSX): name, email, phone, role, department, "
        "specialty, languages, training_date, refresher_due, status, capacity; a row "
        "matching a supporter by e-mail or name updates what it fills in; the whole file "
        "or nothing",
    )
    add_listing_command(
        sub,
        common,
        "supporters",
        "list the supporter roster, retired supporters too, in import-supporters' "
        "columns (--out roster.xlsx imports back unchanged)",
        _roster,
        _line,
    )


def _roster(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services.roster_import import roster_listing

    return roster_listing(vault)


def _line(row: dict[str, Any]) -> str:
    """ "Ann Lee  nurse  ICU  active  ann@hospital.org" (what is empty left out)."""
    said = (row["name"], row["role"], row["department"], row["status"], row["email"])
    return "  ".join(str(value) for value in said if value)
