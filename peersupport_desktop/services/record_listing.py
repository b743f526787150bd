"""A kind of record listed for a script or a spreadsheet: JSON on the command line, or a
CSV, JSON or XLSX file. These lists are the program's own working files (a roster
names supporters): they are kept inside the program, unlike the anonymized exports.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.core.export_files import FORMULA_STARTS
from peersupport_desktop.core.listing_formats import WRONG_ENDING, listing_format
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.xlsx_workbook import Sheet, workbook
from peersupport_desktop.services.saved_files import write_output
from peersupport_desktop.store.vault import Vault

Value = str | int | float | bool | dt.date | None


class UnknownFormat(Sayable, ValueError):
    """The file's ending names no format a list is written in."""


@dataclass(frozen=True, slots=True)
class Listing:
    title: str  # the sheet's name: "Supporters"
    columns: tuple[str, ...]  # the import's column keys where the kind has them
    rows: Sequence[tuple[Value, ...]]

    def as_dicts(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, _plain(row), strict=True)) for row in self.rows]


def listing_json(listing: Listing) -> str:
    return json.dumps(listing.as_dicts(), ensure_ascii=False, indent=2)


def listing_bytes(listing: Listing, suffix: str) -> bytes:
    """The list as a file of the format its ending names."""
    found = listing_format(suffix)
    if found is None:
        raise UnknownFormat(WRONG_ENDING)
    if found == ".json":
        return (listing_json(listing) + "\n").encode("utf-8")
    rows = [_formula_safe(_plain(row)) for row in listing.rows]
    if found == ".csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(listing.columns)
        writer.writerows(("" if v is None else v for v in row) for row in rows)
        return out.getvalue().encode("utf-8-sig")  # a BOM, so spreadsheets read UTF-8
    # .xlsx, as the CSV says them: the workbook's cells are made once per value, and
    # there False would share 0's cell and True 1's.
    said = [tuple(str(v) if isinstance(v, bool) else v for v in row) for row in rows]
    return workbook([Sheet(listing.title[:31], listing.columns, said)])


def save_listing(vault: Vault, listing: Listing, destination: Path, *, replace: bool) -> Path:
    data = listing_bytes(listing, destination.suffix)
    return write_output(vault, destination, data, replace=replace)


def _plain(row: tuple[Value, ...]) -> tuple[str | int | float | bool | None, ...]:
    return tuple(v.isoformat() if isinstance(v, dt.date) else v for v in row)


def _formula_safe(row: tuple[str | int | float | bool | None, ...]) -> tuple[object, ...]:
    """Text a spreadsheet would run as a formula (a typed name, a comment) as plain text."""
    return tuple(f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for v in row)
