"""Anonymized exports from a real vault: nothing identifying leaves, every file reads
back with the standard readers, and the vault logs each export without its content."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.data_classes import DataClass
from peersupport_desktop.core.disclosure.model import is_small
from peersupport_desktop.core.export_files import file_bytes
from peersupport_desktop.core.export_table import (
    ExportField,
    ExportFormat,
    ExportKind,
    ExportTable,
    Granularity,
)
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import audit, cases, export_fields, supporters
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.exports import (
    ExportRequest,
    build_export,
    export_log,
    save_export,
)
from peersupport_desktop.services.settings import change_settings
from peersupport_desktop.store.column_classes import COLUMN_CLASSES
from peersupport_desktop.store.errors import VaultStorageError
from peersupport_desktop.store.vault import Vault
from tests.conftest import VaultTemplate
from tests.known_program import AS_OF, Q3, T, build_known_program, refer, talk
from tests.program_builder import CLINICIAN_EMAIL, CLINICIAN_NAME, NOTE, build_program

# Figures that are no count of people: hours and percentages.
NOT_COUNTS = {
    "median_hours_to_first_outreach",
    "p90_hours_to_first_outreach",
    "percent_outreach_within_target",
    "percent_accepted",
    "supporter_hours",
}
DEMO_AS_OF = dt.datetime(2026, 10, 1, 9, 0)
DEMO_QUARTERS = tuple(Quarter(2026, 3).back(8))


def _identifying_text(vault: Vault) -> set[str]:
    """Every stored identifier and free text (names, emails, phones, references, notes)."""
    found: set[str] = set()
    with vault.transaction() as session:
        for table, columns in COLUMN_CLASSES.items():
            for column, kind in columns.items():
                if kind in (DataClass.IDENTIFIER, DataClass.FREE_TEXT):
                    found.update(
                        str(value)
                        for value in session.execute(
                            text(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
                        ).scalars()
                    )
    return {value for value in found if len(value.strip()) >= 4}


def _readable(data: bytes, export_format: ExportFormat) -> str:
    """The file as the text a reader could find in it, whatever the format."""
    if export_format is ExportFormat.XLSX:
        archive = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    return data.decode("utf-8-sig")


def _rows_read_back(data: bytes, export_format: ExportFormat) -> list[list[str]]:
    """Every data row, read back with the standard reader, as text."""
    if export_format is ExportFormat.CSV:
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1:]
    if export_format is ExportFormat.JSON:
        document = json.loads(data)
        assert document["columns"] == [f["name"] for f in document["fields"]]
        return [["" if v is None else str(v) for v in row] for row in document["rows"]]
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    sheet = book[book.sheetnames[0]]
    return [
        ["" if v is None else str(v) for v in row]
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    seed=st.integers(0, 2**32),
    cases=st.integers(1, 160),
    threshold=st.integers(5, 15),
    k_above=st.integers(0, 3),
    dimensions=st.lists(st.sampled_from(list(Dimension)), unique=True),
)
def test_nothing_identifying_and_no_small_count_leaves_in_any_format(
    vault_template: VaultTemplate,
    seed: int,
    cases: int,
    threshold: int,
    k_above: int,
    dimensions: list[Dimension],
) -> None:
    k = threshold + k_above  # never below the threshold
    with tempfile.TemporaryDirectory() as folder:
        vault = vault_template.new_vault(Path(folder) / "p.vault")
        try:
            fill_demo_program(vault, cases=cases, seed=seed, as_of=DEMO_AS_OF)
            build_program(vault)  # planted names, an email, a note
            change_settings(vault, small_number_threshold=threshold)
            secrets_ = _identifying_text(vault)
            assert {CLINICIAN_NAME, CLINICIAN_EMAIL, NOTE} <= secrets_
            summary = build_export(
                vault, ExportRequest(DEMO_QUARTERS, dimensions=tuple(dimensions)), as_of=DEMO_AS_OF
            )
            records = build_export(
                vault, ExportRequest(DEMO_QUARTERS, ExportKind.RECORDS, k=k), as_of=DEMO_AS_OF
            )
            again = build_export(
                vault, ExportRequest(DEMO_QUARTERS, ExportKind.RECORDS, k=k), as_of=DEMO_AS_OF
            )
        finally:
            vault.close()

    for table in (summary, records):
        for export_format in ExportFormat:
            data = file_bytes(table, export_format)
            shown = _readable(data, export_format)
            leaked = [value for value in secrets_ if value in shown]
            assert not leaked, (export_format, leaked[:3])
            assert len(_rows_read_back(data, export_format)) == len(table.rows)

    for period, _table, _category, figure, value in summary.rows:
        if figure not in NOT_COUNTS and isinstance(value, int):
            assert not is_small(value, threshold), (period, figure, value)

    assert all(re.fullmatch(r"\d{4}(Q[1-4])?", str(row[1])) for row in records.rows)
    crowds = Counter(row[1:6] for row in records.rows)
    assert all(size >= k for size in crowds.values())
    assert records.k_achieved == (min(crowds.values()) if crowds else None)
    first = {row[0] for row in records.rows}
    assert len(first) == len(records.rows)
    assert first.isdisjoint(row[0] for row in again.rows)


@pytest.fixture
def known(vault: Vault) -> Vault:
    build_known_program(vault)
    return vault


def nurses(vault: Vault, count: int, *, first: int = 0) -> list[int]:
    """``count`` nurses of ICU after a trauma in August, referred by colleagues."""
    return [
        refer(vault, T(2026, 8, 1 + n, 9, 30), f"Nurse {n}", "nurse", "ICU", event_type="trauma").id
        for n in range(first, first + count)
    ]


def test_records_give_bands_under_a_fresh_pseudonym(vault: Vault) -> None:
    ids = nurses(vault, 11)
    helper = supporters.add_supporter(
        vault,
        supporters.SupporterInput(name="Sam", role="nurse", training_date=T(2025, 1, 1).date()),
    )
    talk(vault, ids[0], T(2026, 8, 1, 14, 30), 30, helper.id)  # 5 h after the referral
    cases.close_case(vault, ids[0], "supported", T(2026, 8, 20, 10))  # 19 days on
    table = build_export(vault, ExportRequest((Q3,), ExportKind.RECORDS), as_of=AS_OF)
    assert table.field_names == (
        "pseudonym", "period", "role", "department", "event_type", "referral_source", "status",
        "hours_to_first_outreach", "outreach_within_target", "contacts", "days_to_close",
        "reopened",
    )  # fmt: skip
    assert {row[1:6] for row in table.rows} == {("2026Q3", "nurse", "ICU", "trauma", "colleague")}
    values = sorted((row[6:] for row in table.rows), key=str)
    # One person reached of eleven: counted, the hours, within-target and contacts
    # columns would publish that 1, which a summary hides; they are not shown. Nobody
    # was reopened: a column with one value in a group says it of everyone, so it is
    # not shown either. Status says open or closed, never 'referred'.
    assert values.count(("closed", "", "", "", "7-29 d", "")) == 1
    assert values.count(("open", "", "", "", "", "")) == 10
    assert any("Not shown, as some combination had the same value" in r for r in table.rules)
    assert any(
        "Not shown: outreach within target, hours to first outreach, contacts" in r
        for r in table.rules
    )
    assert table.k == 11 and table.k_achieved == 11
    assert all(len(str(row[0])) == 16 for row in table.rows)


def test_records_keep_the_quarter_when_the_crowd_is_large_enough(vault: Vault) -> None:
    nurses(vault, 11)
    table = build_export(vault, ExportRequest((Q3,), ExportKind.RECORDS), as_of=AS_OF)
    assert {row[1:6] for row in table.rows} == {("2026Q3", "nurse", "ICU", "trauma", "colleague")}
    assert len(table.rows) == 11 and table.k_achieved == 11
    assert [row[0] for row in table.rows] == sorted(row[0] for row in table.rows)
    assert not any("To reach it" in rule for rule in table.rules)
    assert any("the quarter of referral" in rule for rule in table.rules)


def test_records_leave_no_single_row_out_and_k_is_bounded(vault: Vault) -> None:
    nurses(vault, 11)
    refer(vault, T(2026, 8, 20, 9), "Pat Alone", "pharmacist", "ICU", event_type="trauma")
    table = build_export(vault, ExportRequest((Q3,), ExportKind.RECORDS), as_of=AS_OF)
    # The pharmacist alone would be found by subtracting from a summary: generalised
    # with the nurses instead of left out.
    assert len(table.rows) == 12
    assert {row[2] for row in table.rows} == {"other roles"}
    text = " ".join(table.rules)
    assert "No single row is left out" in text and not re.search(r"\b1 rows?\b", text)
    for k in (6, 101):
        with pytest.raises(InvalidInput, match=r"small-number threshold \(11\) to 100"):
            build_export(vault, ExportRequest((Q3,), ExportKind.RECORDS, k=k), as_of=AS_OF)
    with pytest.raises(InvalidInput, match="consecutive quarters"):
        request = ExportRequest(
            (Quarter(2026, 1), Q3), ExportKind.RECORDS, granularity=Granularity.YEAR
        )
        build_export(vault, request, as_of=AS_OF)


def test_a_quarter_under_way_is_said_to_be(known: Vault) -> None:
    midway = dt.datetime(2026, 8, 15, 12)
    for kind in ExportKind:
        table = build_export(known, ExportRequest((Q3,), kind), as_of=midway)
        assert any("2026Q3 was still under way on 2026-08-15" in r for r in table.rules)
    done = build_export(known, ExportRequest((Q3,)), as_of=AS_OF)
    assert not any("under way" in r for r in done.rules)


def test_an_export_the_log_cannot_record_is_removed(
    known: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = build_export(known, ExportRequest((Q3,)), as_of=AS_OF)

    def refuse(*args: object) -> None:
        raise VaultStorageError("The disk is full: nothing was changed.")

    monkeypatch.setattr(audit, "record", refuse)
    with pytest.raises(VaultStorageError):
        save_export(known, table, ExportFormat.CSV, tmp_path / "summary.csv")
    assert list(tmp_path.glob("summary*")) == []
    assert export_log(known) == []


def test_a_summary_hides_what_the_threshold_says(known: Vault) -> None:
    change_settings(known, small_number_threshold=5)
    table = build_export(known, ExportRequest((Q3,), dimensions=(Dimension.ROLE,)), as_of=AS_OF)
    values = {(row[1], row[2], row[3]): str(row[4]) for row in table.rows}
    assert values[("program", "all", "referrals")] == "hidden"  # four referrals
    assert values[("program", "all", "trainings")] == "hidden"
    assert values[("program", "all", "median_hours_to_first_outreach")] == "hidden"
    assert values[("role", "total", "referrals")] == "hidden"
    assert ("program", "all", "open_at_period_end") not in values
    assert table.threshold == 5 and table.periods == ("2026Q3",)
    assert any("'hidden' stands for a count of 1 to 4 people" in rule for rule in table.rules)


def test_saving_writes_the_previewed_table_and_logs_only_its_fingerprint(
    known: Vault, tmp_path: Path
) -> None:
    table = build_export(known, ExportRequest((Q3,), ExportKind.RECORDS), as_of=AS_OF)
    for export_format in ExportFormat:
        destination = tmp_path / f"records.{export_format.value}"
        saved = save_export(known, table, export_format, destination)
        data = destination.read_bytes()
        assert saved.sha256 == hashlib.sha256(data).hexdigest()
        assert _rows_read_back(data, export_format) == [
            ["" if v is None else str(v) for v in row] for row in table.rows
        ]
    assert (
        (tmp_path / "records-rules.txt")
        .read_text(encoding="utf-8")
        .startswith("Anonymized records export")
    )
    log = export_log(known)
    assert [entry.file_format for entry in log] == ["csv", "json", "xlsx"]
    entry = log[-1]
    assert (entry.kind, entry.periods, entry.threshold, entry.k, entry.k_achieved) == (
        "records", "2026Q3", 11, 11, None,
    )  # fmt: skip
    assert entry.fields.split(",") == list(table.field_names)
    assert entry.sha256 == hashlib.sha256((tmp_path / "records.xlsx").read_bytes()).hexdigest()
    assert len(audit.entries(known, action="export.records")) == 3
    # The log holds what and when, never a value from the rows.
    logged = " ".join(str(v) for e in log for v in vars_of(e))
    assert not any(str(row[0]) in logged for row in table.rows)


def vars_of(entry: object) -> list[object]:
    return [getattr(entry, name) for name in entry.__slots__]  # type: ignore[attr-defined]


def test_a_missing_folder_or_a_full_disk_loses_nothing_and_logs_nothing(
    known: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = build_export(known, ExportRequest((Q3,)), as_of=AS_OF)
    with pytest.raises(VaultStorageError, match="does not exist"):
        save_export(known, table, ExportFormat.JSON, tmp_path / "missing" / "summary.json")
    folder = tmp_path / "out"
    folder.mkdir()
    earlier = folder / "summary.json"
    earlier.write_text("an earlier export", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(VaultStorageError, match="disk is full"):
        save_export(known, table, ExportFormat.JSON, earlier, replace=True)
    assert earlier.read_text(encoding="utf-8") == "an earlier export"
    assert [p.name for p in folder.iterdir()] == ["summary.json"]  # no partial file left
    assert export_log(known) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_named(known: Vault, tmp_path: Path) -> None:
    table = build_export(known, ExportRequest((Q3,)), as_of=AS_OF)
    folder = tmp_path / "out"
    folder.mkdir(mode=0o500)
    with pytest.raises(VaultStorageError, match="cannot be written to"):
        save_export(known, table, ExportFormat.CSV, folder / "summary.csv")
    assert export_log(known) == []


def test_a_year_is_one_period_over_its_chosen_quarters(known: Vault) -> None:
    quarters = (Quarter(2026, 2), Q3)
    table = build_export(known, ExportRequest(quarters, granularity=Granularity.YEAR), as_of=AS_OF)
    assert table.periods == ("2026 (2026Q2-2026Q3)",)
    assert {row[0] for row in table.rows} == {"2026 (2026Q2-2026Q3)"}
    with pytest.raises(InvalidInput, match="consecutive quarters"):
        build_export(
            known,
            ExportRequest((Quarter(2026, 1), Q3), granularity=Granularity.YEAR),
            as_of=AS_OF,
        )
    with pytest.raises(InvalidInput, match="at least one quarter"):
        build_export(known, ExportRequest(()), as_of=AS_OF)


def test_every_field_is_allowed_by_the_column_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert export_fields.forbidden_sources(ExportKind.RECORDS) == []
    assert export_fields.forbidden_sources(ExportKind.SUMMARY) == []
    leaky = (*export_fields.RECORD_FIELDS, ExportField("name", "x", ("clinicians.name",)))
    monkeypatch.setattr(export_fields, "RECORD_FIELDS", leaky)
    assert export_fields.forbidden_sources(ExportKind.RECORDS) == ["clinicians.name"]
    with pytest.raises(RuntimeError, match=r"clinicians\.name"):
        export_fields.check_allowed()
    # A summary may count sensitive values, records may not carry them.
    monkeypatch.setattr(
        export_fields,
        "RECORD_FIELDS",
        (*export_fields.RECORD_FIELDS[:-1], ExportField("o", "x", ("case_closings.outcome",))),
    )
    assert export_fields.forbidden_sources(ExportKind.RECORDS) == ["case_closings.outcome"]


def test_an_export_table_names_its_suppressed_cells(known: Vault) -> None:
    table: ExportTable = build_export(known, ExportRequest((Q3,)), as_of=AS_OF)
    assert table.suppressed_cells == sum(1 for row in table.rows if str(row[4]) == "hidden")
