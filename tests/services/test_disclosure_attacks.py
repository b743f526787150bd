"""Attacks on what leaves the vault, written as a hostile reader would: programs whose
truth is known, the real report PDF and export files read back, and the reader's
own equations (tests/attacker.py, apart from the application's engine) solved for
every count the rules hide. No count of 1 to 10 may be pinned or bounded below 11."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from pycanon import anonymity
from pypdf import PdfReader

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.export_table import ExportFormat, ExportKind, Granularity
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import cases, resources, settings, supporters
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.exports import ExportRequest, build_export, save_export
from peersupport_desktop.services.quarterly_reports import produce_report, publish_report
from peersupport_desktop.store.vault import Vault
from tests.attacker import Reader, protected
from tests.known_program import refer, talk
from tests.pdf_text import key_figure, pages, section

T = 11
Q1, Q2, Q3 = Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)
AFTER_Q2 = dt.datetime(2026, 7, 10, 12)
AFTER_Q3 = dt.datetime(2026, 10, 10, 12)
ROLES = ("attending", "nurse", "trainee", "pharmacist", "app")


def referrals(
    vault: Vault,
    quarter: Quarter,
    count: int,
    *,
    role: str = "nurse",
    department: str = "Surgery",
    event_type: str = "adverse_event",
    start: int = 0,
) -> list[int]:
    """``count`` referrals spread over the quarter's first weeks, each its own event."""
    ids = []
    for n in range(count):
        when = quarter.starts + dt.timedelta(days=2 + (start + n) % 60, hours=9)
        case = refer(
            vault, when, f"{role} {department} {quarter} {start + n}", role, department,
            event_type=event_type,
        )  # fmt: skip
        ids.append(case.id)
    return ids


def row_of(text: str, label: str) -> list[str]:
    """A key figure's quarter, quarter before, same quarter a year ago and year to
    date, as printed."""
    return key_figure(text, label)


def leadership(vault: Vault, quarter: Quarter, as_of: dt.datetime) -> str:
    """The leadership edition as saved (and so logged), read back as text."""
    report = produce_report(vault, quarter, Edition.LEADERSHIP, as_of=as_of)
    publish_report(vault, report, None)
    return "\n".join(pages(report.pdf))


def summary_rows(
    vault: Vault, request: ExportRequest, as_of: dt.datetime, out: Path
) -> list[dict[str, str]]:
    table = build_export(vault, request, as_of=as_of)
    save_export(vault, table, ExportFormat.CSV, out)
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


def test_the_key_figures_columns_cannot_be_subtracted(vault: Vault) -> None:
    # The quarter 25, the quarter before 3, the year to date 28: the 3 must not follow.
    first = referrals(vault, Q1, 3)
    referrals(vault, Q2, 15, role="nurse")
    second = referrals(vault, Q2, 10, role="attending", start=15)
    resource = resources.add_resource(
        vault, resources.ResourceInput(name="Employee assistance", kind="eap")
    )
    helper = supporters.add_supporter(
        vault,
        supporters.SupporterInput(
            name="Sam Helper", role="nurse", training_date=dt.date(2025, 1, 1), capacity=40
        ),
    )
    for case_id, month in [(first[0], 3)] + [(case_id, 5) for case_id in second]:
        talk(vault, case_id, dt.datetime(2026, month, 19, 10), 30, helper.id)
        resources.offer_resource(vault, case_id, resource.id, dt.datetime(2026, month, 20, 10))
    text = leadership(vault, Q2, AFTER_Q2)
    for label, truth in (
        ("Referrals (new cases)", 3),
        ("Referred to resources", 1),
        ("Contacts", 1),
    ):
        q, previous, _year_ago, year = row_of(text, label)
        reader = Reader()
        reader.saw({"q2": 1}, q)
        reader.saw({"q1": 1}, previous)
        reader.saw({"q1": 1, "q2": 1}, year)
        assert protected(reader.bounds({"q1": 1}), T), (label, q, previous, year, truth)


def test_a_chain_of_open_cases_does_not_give_the_closings_away(vault: Vault) -> None:
    referrals(vault, Q2, 15)
    third = referrals(vault, Q3, 20, role="attending")
    cases.close_case(vault, third[0], "declined", dt.datetime(2026, 9, 1, 10))
    text = leadership(vault, Q3, AFTER_Q3)
    reader = Reader()
    q, previous, _year_ago, _year = row_of(text, "Open at quarter end")
    reader.saw({"open_q3": 1}, q)
    reader.saw({"open_q2": 1}, previous)
    reader.saw({"referrals_q3": 1}, row_of(text, "Referrals (new cases)")[0])
    outcomes = section(text, "Closings by outcome")
    reader.saw({"closed_q3": 1}, outcomes["Total"])
    # No reopenings: open at the end = open before + referrals - closings.
    reader.equal({"open_q3": 1, "open_q2": -1, "referrals_q3": -1, "closed_q3": 1}, 0)
    assert protected(reader.bounds({"closed_q3": 1}), T)


def test_tables_keep_a_fixed_order_whatever_the_sizes(vault: Vault) -> None:
    referrals(vault, Q3, 30, role="nurse")
    referrals(vault, Q3, 12, role="attending", start=30)
    referrals(vault, Q3, 20, role="trainee", start=42)
    text = leadership(vault, Q3, AFTER_Q3)
    shown = list(section(text, "By role"))
    assert shown == ["Attending physician", "Resident or fellow", "Nurse", "Total"]


def trend_bars(pdf: bytes, quarters: list[str]) -> dict[str, float]:
    """The bars of the Referrals trend chart (the first of the small charts) as a reader
    measures them: each bar's height, by the quarter label under it (the drawing
    operators, not the text). ``quarters``: the chart's eight, oldest first."""
    reader = PdfReader(io.BytesIO(pdf))
    page = next(p for p in reader.pages if "Trends over eight quarters" in p.extract_text())
    middle = float(page.mediabox.width) / 2
    bar_colour = (0.184, 0.435, 0.624)
    fill: list[tuple[float, ...]] = [()]
    bars: list[tuple[float, float, float]] = []  # centre, bottom, height
    labels: list[tuple[float, float]] = []  # centre, baseline

    def operator(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op == b"rg":
            fill[0] = tuple(round(float(a), 3) for a in args)  # type: ignore[arg-type]
        elif op == b"re" and fill[0] == bar_colour:
            x, y, width, height = (float(a) for a in args)  # type: ignore[arg-type]
            centre = cm[4] + (x + width / 2) * cm[0]
            if height > 0.01 and centre < middle:
                bars.append((centre, cm[5] + y * cm[3], height * cm[3]))

    def text(words: str, cm: list[float], tm: list[float], *_: object) -> None:
        x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
        if words.strip() in ("Q1", "Q2", "Q3", "Q4") and x < middle:
            labels.append((x, y))

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    top_row = max(y for _x, y in labels)  # the Referrals chart is above People's
    row = sorted(x for x, y in labels if abs(y - top_row) < 1)
    assert len(row) == len(quarters)
    measured: dict[str, float] = {}
    for centre, bottom, height in bars:
        if bottom < top_row:
            continue  # a bar of the chart below
        nearest = min(range(len(row)), key=lambda i: abs(row[i] - centre))
        measured[quarters[nearest]] = height
    return measured


def test_the_trend_chart_draws_no_bar_the_tables_hide(vault: Vault) -> None:
    referrals(vault, Q1, 15)
    referrals(vault, Q2, 4)  # hidden
    referrals(vault, Q3, 20)
    report = produce_report(vault, Q3, Edition.LEADERSHIP, as_of=AFTER_Q3)
    text = "\n".join(pages(report.pdf))
    bars = trend_bars(report.pdf, [str(q) for q in Q3.back(8)])
    q, previous, _year_ago, year = row_of(text, "Referrals (new cases)")
    assert "2026Q3" in bars and previous == "hidden"
    # A reader measures every bar against the one whose figure is printed.
    scale = float(q) / bars["2026Q3"]
    reader = Reader()
    for quarter, height in bars.items():
        reader.equal({quarter: 1}, round(height * scale))
    reader.saw({"2026Q3": 1}, q)
    reader.saw({"2026Q2": 1}, previous)
    reader.saw({"2026Q1": 1, "2026Q2": 1, "2026Q3": 1}, year)
    assert "2026Q2" not in bars
    assert protected(reader.bounds({"2026Q2": 1}), T)


def test_a_summary_and_records_of_one_quarter_solved_together(vault: Vault, tmp_path: Path) -> None:
    counts = {"nurse": 14, "attending": 13, "trainee": 3, "pharmacist": 2}
    helper = supporters.add_supporter(
        vault,
        supporters.SupporterInput(
            name="Sam Helper", role="nurse", training_date=dt.date(2025, 1, 1), capacity=40
        ),
    )
    start = 0
    for role, n in counts.items():
        for number, case_id in enumerate(referrals(vault, Q3, n, role=role, start=start)):
            if number % 2:  # half reached, at different speeds; some closed
                when = Q3.starts + dt.timedelta(days=3 + (start + number) % 60, hours=number)
                talk(vault, case_id, when, 30, helper.id)
                if number % 4 == 1:
                    cases.close_case(vault, case_id, "supported", when + dt.timedelta(days=9))
        start += n
    summary = summary_rows(
        vault, ExportRequest((Q3,), dimensions=(Dimension.ROLE,)), AFTER_Q3, tmp_path / "s.csv"
    )
    records_table = build_export(vault, ExportRequest((Q3,), ExportKind.RECORDS), as_of=AFTER_Q3)
    save_export(vault, records_table, ExportFormat.CSV, tmp_path / "r.csv")
    records = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text("utf-8-sig"))))
    reader = Reader()
    listed = {row["category"] for row in summary if row["table"] == "role"} - {"total"}
    for row in summary:
        if row["table"] == "role":
            if row["category"] == "total":
                names = {role: 1.0 for role in ROLES}
            elif row["category"] == "other roles":
                names = {role: 1.0 for role in ROLES if role not in listed}
            else:
                names = {row["category"]: 1.0}
            reader.saw(names, row["value"])
    seen = Counter(row["role"] for row in records)
    for value, n in seen.items():
        members = [value] if value in ROLES else [r for r in ROLES if r not in seen]
        reader.equal({role: 1.0 for role in members}, n)  # no row is ever left out
    for role in ("trainee", "pharmacist"):
        assert protected(reader.bounds({role: 1.0}), T), role
    # An independent check of the rows themselves.
    frame = pd.DataFrame(records)
    identifiers = ["period", "role", "department", "event_type", "referral_source"]
    assert anonymity.k_anonymity(frame, identifiers) >= T
    sensitive = ["status", "hours_to_first_outreach", "contacts", "days_to_close"]
    assert all(frame[column].nunique() > 1 for column in sensitive)
    assert anonymity.l_diversity(frame, identifiers, sensitive) >= 2
    assert {row["status"] for row in records} <= {"open", "closed"}


def test_a_late_referral_is_not_isolated_by_exporting_again(vault: Vault, tmp_path: Path) -> None:
    referrals(vault, Q3, 14, role="nurse")
    referrals(vault, Q3, 13, role="attending", start=14)
    request = ExportRequest((Q3,), dimensions=(Dimension.ROLE,))
    before = summary_rows(vault, request, AFTER_Q3, tmp_path / "before.csv")
    referrals(vault, Q3, 1, role="nurse", start=40)  # entered late, referred in Q3
    after = summary_rows(vault, request, AFTER_Q3 + dt.timedelta(days=3), tmp_path / "after.csv")
    reader = Reader()
    for rows, when in ((before, "old"), (after, "new")):
        for row in rows:
            if row["table"] == "role":
                category = row["category"]
                names = (
                    {f"{when} {r}": 1.0 for r in ("nurse", "attending")}
                    if category in ("total", "other roles")
                    else {f"{when} {category}": 1.0}
                )
                reader.saw(names, row["value"])
            elif (row["table"], row["figure"]) == ("program", "referrals"):
                reader.saw({f"{when} nurse": 1.0, f"{when} attending": 1.0}, row["value"])
    for role in ("nurse", "attending"):
        reader.between({f"new {role}": 1.0, f"old {role}": -1.0}, 0, float("inf"))  # only added
    late = {"new nurse": 1.0, "new attending": 1.0, "old nurse": -1.0, "old attending": -1.0}
    assert protected(reader.bounds(late), T)
    assert protected(reader.bounds({"new nurse": 1.0, "old nurse": -1.0}), T)


def test_a_year_against_a_shorter_year_does_not_give_the_first_quarter(
    vault: Vault, tmp_path: Path
) -> None:
    referrals(vault, Q1, 3)
    referrals(vault, Q2, 15)
    referrals(vault, Q3, 16)
    longer = ExportRequest((Q1, Q2, Q3), granularity=Granularity.YEAR)
    shorter = ExportRequest((Q2, Q3), granularity=Granularity.YEAR)
    reader = Reader()
    for request, quarters, name in (
        (longer, ("q1", "q2", "q3"), "a"),
        (shorter, ("q2", "q3"), "b"),
    ):
        for row in summary_rows(vault, request, AFTER_Q3, tmp_path / f"{name}.csv"):
            if (row["table"], row["figure"]) == ("program", "referrals"):
                reader.saw({q: 1.0 for q in quarters}, row["value"])
    assert protected(reader.bounds({"q1": 1.0}), T)


def test_a_department_of_one_is_never_named(vault: Vault, tmp_path: Path) -> None:
    referrals(vault, Q3, 20)
    referrals(vault, Q3, 1, department="Private practice Dr Jane Roe", start=30)
    text = leadership(vault, Q3, AFTER_Q3)
    assert "Jane Roe" not in text
    request = ExportRequest((Q3,), dimensions=(Dimension.DEPARTMENT,))
    summary_rows(vault, request, AFTER_Q3, tmp_path / "s.csv")
    records = build_export(vault, ExportRequest((Q3,), ExportKind.RECORDS), as_of=AFTER_Q3)
    save_export(vault, records, ExportFormat.XLSX, tmp_path / "r.xlsx")
    assert "Jane Roe" not in (tmp_path / "s.csv").read_text("utf-8-sig")
    assert all("Jane Roe" not in str(cell) for row in records.rows for cell in row)


@pytest.fixture(autouse=True)
def _threshold(vault: Vault) -> None:
    assert settings.get_settings(vault).small_number_threshold == T


def test_a_preview_made_before_another_publication_is_not_saved_unchecked(
    vault: Vault, tmp_path: Path
) -> None:
    referrals(vault, Q1, 3)
    referrals(vault, Q2, 20)
    year = build_export(
        vault, ExportRequest((Q1, Q2), granularity=Granularity.YEAR), as_of=AFTER_Q2
    )
    quarter = build_export(vault, ExportRequest((Q2,)), as_of=AFTER_Q2)
    save_export(vault, quarter, ExportFormat.CSV, tmp_path / "q2.csv")
    # Previewed before the quarter was saved: together they would give Q1's 3.
    with pytest.raises(InvalidInput, match="make the preview again"):
        save_export(vault, year, ExportFormat.CSV, tmp_path / "year.csv")
    assert not (tmp_path / "year.csv").exists()
    again = build_export(
        vault, ExportRequest((Q1, Q2), granularity=Granularity.YEAR), as_of=AFTER_Q2
    )
    save_export(vault, again, ExportFormat.CSV, tmp_path / "year.csv")


def test_records_of_a_quarter_again_after_a_late_referral_are_refused(
    vault: Vault, tmp_path: Path
) -> None:
    referrals(vault, Q3, 14, role="nurse")
    referrals(vault, Q3, 13, role="attending", start=14)
    request = ExportRequest((Q3,), ExportKind.RECORDS)
    first = build_export(vault, request, as_of=AFTER_Q3)
    save_export(vault, first, ExportFormat.CSV, tmp_path / "first.csv")
    assert len(first.rows) == 27
    referrals(vault, Q3, 1, role="nurse", start=40)
    again = build_export(vault, request, as_of=AFTER_Q3 + dt.timedelta(days=3))
    # Counting the rows of both files would single out the one late case.
    assert again.rows == ()
    assert any("No row is published" in rule for rule in again.rules)
