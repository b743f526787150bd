"""An export table as file bytes: CSV (with a companion rules note), JSON or XLSX.

Each format carries the rules that were applied and the meaning of every field,
so the file explains itself wherever it travels: a README sheet in XLSX, a
``rules`` member in JSON, a note beside the CSV.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from peersupport_desktop.core.anonymized_summary import Suppressed
from peersupport_desktop.core.export_table import Cell, ExportFormat, ExportTable
from peersupport_desktop.core.xlsx_workbook import Scalar, Sheet, workbook

# A spreadsheet opening a CSV runs text that starts like a formula: neutralise it.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
    writer.writerows([_csv_cell(cell) for cell in row] for row in table.rows)
    # A BOM so spreadsheet programs read the UTF-8 (accented names of departments).
    return out.getvalue().encode("utf-8-sig")


def as_json(table: ExportTable) -> bytes:
    names = table.field_names
    document = {
        "kind": table.kind.value,
        "periods": list(table.periods),
        "threshold": table.threshold,
        "k": table.k,
        "k_achieved": table.k_achieved,
        "rules": about(table),
        "fields": [{"name": f.name, "meaning": f.meaning} for f in table.fields],
        "rows": [
            {name: _plain(cell) for name, cell in zip(names, row, strict=True)}
            for row in table.rows
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def as_xlsx(table: ExportTable) -> bytes:
    data = Sheet(
        table.kind.value.capitalize(),
        table.field_names,
        ([_plain(cell) for cell in row] for row in table.rows),
    )
    readme = Sheet("README", ["About this file"], ([line] for line in about(table)))
    return workbook([data, readme])


def _plain(cell: Cell) -> Scalar:
    return cell.text if isinstance(cell, Suppressed) else cell


def _csv_cell(cell: Cell) -> Scalar:
    value = _plain(cell)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value
