"""What every kind of imported record has on the command line: an import command that
reads a CSV or XLSX file whole or not at all, and a listing as text, as JSON, or
written to a CSV, JSON or XLSX file.

Each kind's own module registers its commands through these, so a program's scripts
meet the same options and the same exit codes for every kind.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peersupport_desktop.cli import column_maps
from peersupport_desktop.cli.console import refuse, say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.listing_formats import WRONG_ENDING, listing_format
from peersupport_desktop.core.record_layout import in_sentence

if TYPE_CHECKING:
    from peersupport_desktop.services.record_import import (
        RecordImport,
        RecordKind,
        RowsRejected,
    )
    from peersupport_desktop.services.record_listing import Listing
    from peersupport_desktop.store.vault import Vault


def add_import_command(
    sub: Any, common: argparse.ArgumentParser, command: str, kind_name: str, what: str
) -> argparse.ArgumentParser:
    """``command FILE [--mapping NAME]``: import the kind registered as ``kind_name``."""
    parser: argparse.ArgumentParser = sub.add_parser(command, parents=[common], help=what)
    parser.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    parser.add_argument(
        "--mapping",
        metavar="NAME",
        help="read the file's columns with this saved mapping (default: its standard "
        "columns, or the saved mapping they fit)",
    )
    column_maps.add_map_option(parser, saved_as="--mapping NAME")
    parser.set_defaults(handler=lambda args: run_import(args, kind_name))
    return parser


def run_import(
    args: argparse.Namespace,
    kind_name: str,
    kind_of: Callable[[Vault], RecordKind] | None = None,
) -> int:
    """Import ``args.file`` into a vault whose every page verifies (nothing is written
    into a damaged file); every rejected row on standard error, and exit 2, if any."""
    from peersupport_desktop.cli.commands import _open_intact
    from peersupport_desktop.services.record_import import RowsRejected, import_records
    from peersupport_desktop.services.record_kinds import record_kind

    with _open_intact(args) as vault:
        kind = kind_of(vault) if kind_of is not None else record_kind(kind_name)
        # Columns mapped here (--map) are saved as --mapping NAME; else a saved one reads.
        mapping = column_maps.mapping_of(args.map) if getattr(args, "map", None) else None
        try:
            result = import_records(vault, kind, args.file, mapping=mapping, source=args.mapping)
        except RowsRejected as rejected:
            return say_rejected(rejected)
    say_import(result)
    return ExitCode.OK


def say_rejected(rejected: RowsRejected) -> int:
    """Every row a refused import could not take, with its line, on standard error;
    the exit code a refused file gives."""
    count = len(rejected.problems)
    sys.stderr.write(
        f"Nothing was imported: {count} row{'' if count == 1 else 's'} cannot be. "
        "Mend them and import the file again.\n"
    )
    for problem in rejected.problems:
        sys.stderr.write(f"  {problem.said()}\n")
    return ExitCode.USAGE


def say_import(result: RecordImport) -> None:
    say(result.summary())


ListingOf = Callable[[argparse.Namespace, "Vault"], "Listing"]
LineOf = Callable[[dict[str, Any]], str]
FootnoteOf = Callable[["Vault"], str]


def add_listing_command(
    sub: Any,
    common: argparse.ArgumentParser,
    command: str,
    what: str,
    listing_of: ListingOf,
    line: LineOf,
    footnote: FootnoteOf | None = None,
) -> argparse.ArgumentParser:
    """``command [--json] [--out FILE] [--force]``: the listing ``listing_of`` reads
    (it imports its service itself: the command line starts without the database);
    ``footnote``, a sentence said after its lines ("" for none)."""
    parser: argparse.ArgumentParser = sub.add_parser(command, parents=[common], help=what)
    add_listing_options(parser)
    parser.set_defaults(handler=lambda args: run_listing(args, listing_of, line, footnote))
    return parser


def run_listing(
    args: argparse.Namespace,
    listing_of: ListingOf,
    line: LineOf,
    footnote: FootnoteOf | None = None,
) -> int:
    from peersupport_desktop.cli.commands import _open

    refused = check_listing_output(args)
    if refused is not None:
        return refused
    with _open(args) as vault:
        shown = show_listing(args, vault, listing_of(args, vault), line)
        # Lines only: the columns of --json and --out are a contract scripts read.
        if footnote is not None and args.out is None and not args.json:
            said = footnote(vault)
            if said:
                say(said)
        return shown


def add_listing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="list as JSON")
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="write the list to FILE instead; its ending (.csv, .json, .xlsx) is its format",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def show_listing(args: argparse.Namespace, vault: Vault, listing: Listing, line: LineOf) -> int:
    """The listing as ``--out`` or ``--json`` ask, else one line per record."""
    from peersupport_desktop.services.record_listing import listing_json, save_listing

    if args.out is not None:
        refused = check_listing_output(args)
        if refused is not None:
            return refused
        written = save_listing(vault, listing, args.out, replace=args.force)
        count = len(listing.rows)
        say(f"Wrote {count} row{'' if count == 1 else 's'} to {written}.")
        return ExitCode.OK
    if args.json:
        say(listing_json(listing))
        return ExitCode.OK
    rows = listing.as_dicts()
    for row in rows:
        say(line(row))
    if not rows:
        say(f"No {in_sentence(listing.title)}.")
    return ExitCode.OK


def check_listing_output(args: argparse.Namespace) -> int | None:
    """A usage refusal before any work, or None."""
    if args.out is not None and listing_format(args.out.suffix) is None:
        return refuse(WRONG_ENDING)
    return None
