"""`load`: the supporters' load view on the command line: each supporter not retired,
their open cases against their cap (their own or the program's default), contacts and
hours in the last 30 days, their latest debrief and how long without one when too long;
as lines, as JSON, or written to a CSV, JSON or XLSX file. It names supporters. The
lines end by saying how many paused supporters are not listed as due a debrief."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from peersupport_desktop.cli.record_commands import (
    add_listing_command,
)

if TYPE_CHECKING:
    from peersupport_desktop.services.record_listing import Listing
    from peersupport_desktop.store.vault import Vault


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `load` command, beside the others."""
    add_listing_command(
        sub,
        common,
        "load",
        "list each supporter's load: open cases against their cap, contacts and hours "
        "in the last 30 days, the latest debrief, and who is over capacity or long without one",
        _loads,
        _line,
        _paused_left_out,
    )


def _loads(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services.supporter_load import load_listing

    return load_listing(vault)


def _paused_left_out(vault: Vault) -> str:
    from peersupport_desktop.core.debrief_due import paused_left_out
    from peersupport_desktop.services.debriefs import paused_not_due

    return paused_left_out(paused_not_due(vault))


def _line(row: dict[str, Any]) -> str:
    """ "Ana Owncap  3 of 2 open cases (over capacity)  5 contacts, 1.5 h in 30 days
    last debrief 2026-10-27" """
    cap = f"{row['open_cases']} of {row['capacity']} open cases"
    if row["capacity_is_default"]:
        cap += " (program default)"
    if row["over_capacity"]:
        cap += ", over capacity"
    elif row["at_capacity"]:
        cap += ", at capacity"
    parts = [
        row["name"],
        cap,
        f"{row['contacts_30_days']} contacts, {row['hours_30_days']:.1f} h in 30 days",
        f"last debrief {row['last_debrief'] or 'never'}",
    ]
    if row["days_without_debrief"] is not None:
        parts.append(f"no debrief for {row['days_without_debrief']} days")
    if row["status"] != "active":
        parts.append(row["status"])
    return "  ".join(parts)
