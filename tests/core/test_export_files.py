"""Export tables as files, read back with the standard readers."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from peersupport_desktop.core.anonymized_summary import Suppressed
from peersupport_desktop.core.export_files import (
    as_csv,
    as_json,
    as_xlsx,
    rules_note,
    rules_note_path,
)
from peersupport_desktop.core.export_table import ExportField, ExportKind, ExportTable
from peersupport_desktop.core.xlsx_workbook import Sheet, workbook

FIELDS = (
    ExportField("period", "the quarter", ()),
    ExportField("department", "the department", ()),
    ExportField("value", "a count", ()),
)


def _table(*rows: tuple[object, ...]) -> ExportTable:
    return ExportTable(
        kind=ExportKind.SUMMARY,
        fields=FIELDS,
        rows=tuple(rows),  # type: ignore[arg-type]
        rules=("Counts from 1 to 10 are never shown.",),
        periods=("2026Q3",),
        threshold=11,
    )


TABLE = _table(
    ("2026Q3", "Intensive Care", 14),
    ("2026Q3", "Néonatologie", Suppressed("<11")),
    ("2026Q3", '=HYPERLINK("x")', None),
)


def test_csv_reads_back_with_the_rules_beside_it() -> None:
    text = as_csv(TABLE).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["period", "department", "value"]
    assert rows[1] == ["2026Q3", "Intensive Care", "14"]
    assert rows[2] == ["2026Q3", "Néonatologie", "<11"]
    # A spreadsheet would run this as a formula: it is written as text.
    assert rows[3] == ["2026Q3", '\'=HYPERLINK("x")', ""]
    note = rules_note(TABLE).decode("utf-8")
    assert "Counts from 1 to 10 are never shown." in note
    assert "  department: the department" in note


def test_the_rules_note_sits_beside_the_csv() -> None:
    assert rules_note_path(Path("/out/summary.csv")) == Path("/out/summary-rules.txt")


def test_json_names_the_rules_and_every_field() -> None:
    document = json.loads(as_json(TABLE))
    assert document["kind"] == "summary" and document["threshold"] == 11
    assert "Counts from 1 to 10 are never shown." in document["rules"]
    assert [f["name"] for f in document["fields"]] == ["period", "department", "value"]
    assert document["columns"] == ["period", "department", "value"]
    assert document["rows"] == [
        ["2026Q3", "Intensive Care", 14],
        ["2026Q3", "Néonatologie", "<11"],
        ["2026Q3", '=HYPERLINK("x")', None],
    ]
    assert as_json(TABLE).decode().count("\n  [") == 3  # a row per line


def test_json_rows_share_a_line_when_a_value_holds_their_separator() -> None:
    table = _table(("2026Q3", "A], [B", 12), ("2026Q3", "C", 15))
    document = json.loads(as_json(table))
    assert document["rows"] == [["2026Q3", "A], [B", 12], ["2026Q3", "C", 15]]


def test_xlsx_opens_in_openpyxl_with_a_readme_sheet() -> None:
    book = openpyxl.load_workbook(io.BytesIO(as_xlsx(TABLE)), read_only=True)
    assert book.sheetnames == ["Summary", "README"]
    rows = list(book["Summary"].iter_rows(values_only=True))
    assert rows[0] == ("period", "department", "value")
    assert rows[1] == ("2026Q3", "Intensive Care", 14)
    assert rows[2] == ("2026Q3", "Néonatologie", "<11")
    assert rows[3][:2] == ("2026Q3", '=HYPERLINK("x")')  # an inline string, never a formula
    readme = [row[0] for row in book["README"].iter_rows(values_only=True)]
    assert "Counts from 1 to 10 are never shown." in readme
    sheet = zipfile.ZipFile(io.BytesIO(as_xlsx(TABLE))).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet


cells = st.one_of(
    st.none(),
    st.integers(-(2**53), 2**53),
    st.text(st.characters(codec="utf-8"), max_size=20),
)


@settings(max_examples=40)
@given(st.lists(st.tuples(cells, cells), max_size=8))
def test_any_text_or_number_survives_the_workbook(rows: list[tuple[object, object]]) -> None:
    sheet = openpyxl.load_workbook(
        io.BytesIO(workbook([Sheet("Data", ["a", "b"], rows)]))  # type: ignore[list-item]
    )["Data"]
    for number, written in enumerate(rows, start=2):
        for column, value in enumerate(written, start=1):
            if isinstance(value, str):
                value = "".join(ch for ch in value if _xml_safe(ch)) or None
            assert sheet.cell(row=number, column=column).value == value


def _xml_safe(ch: str) -> bool:
    code = ord(ch)
    return (code >= 0x20 or ch in "\t\n\r") and ch not in "\ufffe\uffff"
