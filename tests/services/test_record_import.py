"""The import every record kind shares: CSV in its encodings and XLSX read alike,
columns mapped and the mapping saved per kind, and a file taken whole or not at all.

A small real kind stands in for the program's own (holidays: a day and a name), so
the base is proved apart from any one kind's rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.notice_files import UnreadableFile
from peersupport_desktop.core.record_layout import (
    Column,
    Layout,
    LayoutProblem,
    MappedRow,
    RowProblem,
    in_sentence,
)
from peersupport_desktop.services.record_import import (
    KindResult,
    RowsRejected,
    import_records,
    mapping_names,
    recognise,
)
from peersupport_desktop.services.record_listing import Listing, listing_bytes
from peersupport_desktop.store.models import Holiday
from peersupport_desktop.store.vault import Vault

LAYOUT = Layout(
    "holidays_test",
    "Holidays",
    (
        Column("day", "Day", required=True, spellings=("date",)),
        Column("name", "Name", required=True, spellings=("holiday",)),
    ),
)


class HolidayKind:
    layout = LAYOUT
    record_name = "settings"

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        known = {h.day: h.name for h in session.scalars(select(Holiday))}
        for row in rows:
            try:
                day = dt.date.fromisoformat(row.get("day"))
            except ValueError:
                result.problems.append(RowProblem(row.line, "The day is not a date."))
                continue
            if known.get(day) == row.get("name"):
                result.unchanged += 1
                continue
            session.add(Holiday(day=day, name=row.get("name")))
            known[day] = row.get("name")
            result.added += 1
        return result


KIND = HolidayKind()


def days(vault: Vault) -> list[tuple[dt.date, str]]:
    with vault.reading() as session:
        return [(h.day, h.name) for h in session.scalars(select(Holiday).order_by(Holiday.day))]


def test_standard_columns_import_and_a_second_time_add_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "days.csv"
    path.write_text("Day,Name\n2026-12-25,Christmas Day\n2026-12-26,Boxing Day\n")
    first = import_records(vault, KIND, path)
    assert (first.rows, first.added, first.unchanged) == (2, 2, 0)
    assert first.summary() == "Holidays: 2 rows read, 2 added."
    again = import_records(vault, KIND, path)
    assert (again.added, again.unchanged) == (0, 2)
    assert len(days(vault)) == 2


def test_one_bad_row_imports_nothing_and_says_every_bad_line(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "days.csv"
    path.write_text("day;name\n2026-12-25;Christmas\nnot a day;Secret Name\n26/12/2026;Boxing\n")
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    assert [p.line for p in caught.value.problems] == [3, 4]
    assert "Secret Name" not in str(caught.value)  # lines and reasons, never a cell
    assert str(caught.value).startswith("Nothing was imported: 2 rows cannot be")
    assert days(vault) == []


def test_windows_1252_and_utf8_with_bom_read_alike(vault: Vault, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes("day,name\n2026-01-06,Épiphanie\n".encode("cp1252"))
    modern = tmp_path / "modern.csv"
    modern.write_bytes("day,name\n2026-01-06,Épiphanie\n".encode("utf-8-sig"))
    assert import_records(vault, KIND, legacy).added == 1
    assert import_records(vault, KIND, modern).unchanged == 1
    assert days(vault) == [(dt.date(2026, 1, 6), "Épiphanie")]


def test_a_workbook_reads_like_its_csv_dates_and_whole_numbers_included(
    vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "days.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([])  # a blank first row, as some exports start
    sheet.append(["Date", "Holiday"])
    sheet.append([dt.datetime(2026, 12, 25), "Christmas Day"])
    sheet.append([None, None])
    sheet.append([dt.date(2026, 12, 31), 2026.0])
    book.save(path)
    mapping = {"day": "Date", "name": "Holiday"}
    result = import_records(vault, KIND, path, mapping=mapping, source="HR workbook")
    assert result.added == 2
    assert days(vault) == [
        (dt.date(2026, 12, 25), "Christmas Day"),
        (dt.date(2026, 12, 31), "2026"),
    ]
    # The mapping was saved under its source, for this kind alone, and recognised next time.
    assert mapping_names(vault, LAYOUT) == ["HR workbook"]
    assert recognise(vault, LAYOUT, ("Holiday", "Date", "Other")) == ("HR workbook", mapping)


def test_the_guess_reads_the_usual_names(vault: Vault) -> None:
    assert LAYOUT.guess(["Record ID", "DATE", "holiday "]) == {"day": "DATE", "name": "holiday "}


def test_columns_that_fit_nothing_say_so_in_one_sentence(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "days.csv"
    path.write_text("When,What\n2026-12-25,Christmas\n")
    with pytest.raises(LayoutProblem, match="fit no saved mapping"):
        import_records(vault, KIND, path)
    with pytest.raises(LayoutProblem, match="column for Name"):
        import_records(vault, KIND, path, mapping={"day": "When"}, source="x")
    with pytest.raises(LayoutProblem, match="chosen for two things"):
        import_records(vault, KIND, path, mapping={"day": "When", "name": "when"}, source="x")


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "empty"),
        (b"PK\x03\x04rest", "workbook"),
        (b"\x00\x01\x02", "not a CSV"),
    ],
)
def test_unreadable_files_are_one_sentence(
    vault: Vault, tmp_path: Path, content: bytes, sentence: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=sentence):
        import_records(vault, KIND, path)


def test_a_damaged_workbook_is_one_sentence(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        import_records(vault, KIND, path)


def test_a_listing_reads_back_from_csv_and_xlsx(tmp_path: Path) -> None:
    listing = Listing("Holidays", ("day", "name"), [(dt.date(2026, 12, 25), "=HYPERLINK(1)")])
    csv_text = listing_bytes(listing, ".csv").decode("utf-8-sig")
    assert csv_text.splitlines() == ["day,name", "2026-12-25,'=HYPERLINK(1)"]
    path = tmp_path / "x.xlsx"
    path.write_bytes(listing_bytes(listing, ".xlsx"))
    sheet = openpyxl.load_workbook(path).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["day", "name"],
        ["2026-12-25", "'=HYPERLINK(1)"],
    ]


def test_a_title_inside_a_sentence_keeps_an_acronym() -> None:
    assert in_sentence("Supporter roster") == "supporter roster"
    assert in_sentence("SVEST-R scoring key") == "SVEST-R scoring key"
    assert in_sentence("A") == "a"
