"""A file's columns mapped on the command line, as the import dialogs map them: each
`--map FIELD=COLUMN` names the file's column for one of the import's fields, and the
mapping is saved under the source's name (`--mapping NAME` for a kind of record,
`--source NAME` for event notices), so the next file of that source needs none.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peersupport_desktop.services.event_import import ImportResult
    from peersupport_desktop.store.vault import Vault


def add_map_option(parser: argparse.ArgumentParser, *, saved_as: str) -> None:
    parser.add_argument(
        "--map",
        type=_pair,
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"read FIELD from the file's COLUMN; repeat for each field (the mapping is saved "
        f"as {saved_as})",
    )


def mapping_of(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """The pairs as a mapping; a field named twice is refused."""
    from peersupport_desktop.services.errors import InvalidInput

    mapping: dict[str, str] = {}
    for field, column in pairs:
        if field in mapping:
            raise InvalidInput("map", "A field is mapped twice: give each field one --map.")
        mapping[field] = column
    return mapping


def import_mapped_events(vault: Vault, args: argparse.Namespace) -> ImportResult:
    """Event notices read whole with the mapping given, then saved under the source's
    name: what the import dialog does after its preview."""
    from peersupport_desktop.services.errors import InvalidInput
    from peersupport_desktop.services.event_import import import_table, read_notice_file

    if args.mapping is not None:
        raise InvalidInput("map", "Give --map or --mapping, not both.")
    if args.source is None or not args.source.strip():
        raise InvalidInput(
            "source", "Name the source system with --source, so its mapping is kept."
        )
    table = read_notice_file(args.file)
    return import_table(
        vault,
        table,
        mapping_of(args.map),
        args.source,
        save_mapping=True,
        leave_out_older_than=args.leave_out_older_than,
    )


def _pair(text: str) -> tuple[str, str]:
    field, equals, column = text.partition("=")
    if not equals or not field.strip() or not column.strip():
        raise argparse.ArgumentTypeError("give FIELD=COLUMN, e.g. event_ref=Incident ID")
    return field.strip(), column.strip()
