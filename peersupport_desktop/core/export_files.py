"""An export table as file bytes: CSV (with a companion rules note), JSON or XLSX.

Each format carries the rules that were applied and the meaning of every field,
so the file explains itself wherever it travels: a README sheet in XLSX, a
``rules`` member in JSON, a note beside the CSV.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from peersupport_desktop.core.anonymized_summary import Suppressed
from peersupport_desktop.core.export_table import Cell, ExportFormat, ExportTable
from peersupport_desktop.core.xlsx_workbook import Sheet, workbook

# A spreadsheet opening a CSV runs text that starts like a formula: neutralise it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def file_bytes(table: ExportTable, export_format: ExportFormat) -> bytes:
    if export_format is ExportFormat.CSV:
        return as_csv(table)
    if export_format is ExportFormat.JSON:
        return as_json(table)
    return as_xlsx(table)


def rules_note_path(destination: Path) -> Path:
    """Where a CSV's rules note goes: beside it, ``summary.csv`` -> ``summary-rules.txt``."""
    return destination.with_name(f"{destination.stem}-rules.txt")


def about(table: ExportTable) -> list[str]:
    """The plain-language description every format carries."""
    lines = [
        f"Anonymized {table.kind.value} export from Peer Support Desktop.",
        f"Periods: {', '.join(table.periods) or 'none'}.",
        *table.rules,
        "Fields:",
    ]
    lines += [f"  {field.name}: {field.meaning}" for field in table.fields]
    return lines


def rules_note(table: ExportTable) -> bytes:
    return ("\n".join(about(table)) + "\n").encode("utf-8")


def as_csv(table: ExportTable) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.field_names)
    writer.writerows(_formula_safe(table.rows))
    # A BOM so spreadsheet programs read the UTF-8 (accented names of departments).
    return out.getvalue().encode("utf-8-sig")


def as_json(table: ExportTable) -> bytes:
    """The description indented for reading; then the rows, each an array in the order
    of ``columns``, one per line.

    Arrays, not objects, and one encoder call for all rows: that keeps a 100,000-row
    export to a fraction of a second. A line break goes after each row unless some
    value itself holds the '], [' that separates rows (then they share one line).
    """
    head = {
        "kind": table.kind.value,
        "periods": list(table.periods),
        "threshold": table.threshold,
        "k": table.k,
        "k_achieved": table.k_achieved,
        "rules": about(table),
        "fields": [{"name": f.name, "meaning": f.meaning} for f in table.fields],
        "columns": list(table.field_names),
    }
    rows = json.dumps(table.rows, ensure_ascii=False, default=_text_of)[1:-1]
    if rows.count("], [") == len(table.rows) - 1:
        rows = rows.replace("], [", "],\n  [")
    opening = json.dumps(head, ensure_ascii=False, indent=1)[:-2]  # without the closing brace
    return f'{opening},\n "rows": [\n  {rows}\n ]\n}}\n'.encode()


def as_xlsx(table: ExportTable) -> bytes:
    # A hidden cell is written as its text, 'hidden'.
    data = Sheet(table.kind.value.capitalize(), table.field_names, table.rows)
    readme = Sheet("README", ["About this file"], ([line] for line in about(table)))
    return workbook([data, readme])


def _text_of(cell: object) -> str:
    if isinstance(cell, Suppressed):
        return cell.text
    raise TypeError(f"{type(cell).__name__} is not an export value")


def _formula_safe(rows: Sequence[tuple[Cell, ...]]) -> Iterable[Sequence[Cell]]:
    """Rows with text a spreadsheet would run as a formula turned into plain text.

    Such text can only be a name someone typed (a department's), so the check runs
    over the table's distinct values and rows are rebuilt only when one needs it.
    """
    distinct: set[Cell] = set().union(*rows)
    risky = {
        value: f"'{value}"
        for value in distinct
        if isinstance(value, str) and value.startswith(FORMULA_STARTS)
    }
    if not risky:
        return rows
    return ([risky.get(v, v) if isinstance(v, str) else v for v in row] for row in rows)
