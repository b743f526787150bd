"""The quarterly report's "Feedback from the people supported": figures worked out by
hand, and a hostile reader's attacks on them (tests/attacker.py, apart from the
engine): subtracting answers from invitations or a yes from the answers, and the
quarter from the year to date across two quarters' reports. Comments never leave."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peersupport_desktop.core.export_table import ExportKind
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import feedback
from peersupport_desktop.services.exports import ExportRequest, build_export
from peersupport_desktop.services.feedback_import import KIND
from peersupport_desktop.services.quarterly_reports import produce_report, publish_report
from peersupport_desktop.services.record_import import import_records
from peersupport_desktop.store.vault import Vault
from tests.attacker import Reader, protected
from tests.feedback_cases import closed_case
from tests.pdf_text import lines_after, pages

T = 11
Q1, Q2, Q3 = Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)
AFTER_Q2 = dt.datetime(2026, 7, 10, 12)
AFTER_Q3 = dt.datetime(2026, 10, 10, 12)
HEADER = "code,answered_on,helpful,wellbeing_better,back_at_work,would_recommend,comment\n"
PLANTED = "Dr Ada Quill listened when nobody else did"
TITLE = "Feedback from the people supported"
ROWS = (
    "Invitations sent",
    "Answers received",
    "Response rate",
    "\u2026 found it helpful (4 or 5 of 5)",
    "\u2026 wellbeing better",
    "\u2026 back at work",
    "\u2026 would recommend it",
)
Answer = tuple[str, str, str, str]  # helpful, wellbeing better, back at work, recommend


class Program:
    """Cases closed, invited and answered quarter by quarter, numbered apart."""

    def __init__(self, vault: Vault, folder: Path) -> None:
        self.vault, self.folder, self.made = vault, folder, 0

    def quarter(self, quarter: Quarter, invited: int, answers: list[Answer]) -> None:
        codes = []
        for n in range(invited):
            referred = quarter.starts + dt.timedelta(days=1 + n % 30, hours=9)
            case_id = closed_case(self.vault, self.made, referred, referred + dt.timedelta(days=5))
            self.made += 1
            at = referred + dt.timedelta(days=6)
            codes.append(feedback.invite(self.vault, case_id, at).code)
        lines = [
            f"{code},{(quarter.starts + dt.timedelta(days=40)).date()},{','.join(answer)},"
            f"{PLANTED if n == 0 else ''}\n"
            for n, (code, answer) in enumerate(zip(codes, answers, strict=False))
        ]
        path = self.folder / f"answers-{quarter}.csv"
        path.write_text(HEADER + "".join(lines), encoding="utf-8")
        import_records(self.vault, KIND, path)


def report_text(vault: Vault, quarter: Quarter, edition: Edition, as_of: dt.datetime) -> str:
    """The report as saved (the leadership edition is then logged), read back."""
    report = produce_report(vault, quarter, edition, as_of=as_of)
    if edition.checked:
        publish_report(vault, report, None)
    return "\n".join(pages(report.pdf))


def feedback_rows(text: str) -> dict[str, list[str]]:
    """The section's rows as printed: this quarter, the year to date."""
    part = text[text.index(f"\n{TITLE}\n") :]
    return {label: lines_after(part, label, 2) for label in ROWS}


GOOD: Answer = ("5", "yes", "yes", "yes")


def test_the_figures_by_hand_in_the_internal_edition(vault: Vault, tmp_path: Path) -> None:
    program = Program(vault, tmp_path)
    # 2026Q2: 4 invited, 2 answered. 2026Q3: 6 invited, 5 answered: helpful 5, 4, 3, 2
    # and none; wellbeing yes, yes, partly, no, blank; back at work yes, no, no, partly,
    # yes; recommend yes, yes, yes, partly, no.
    program.quarter(Q2, 4, [GOOD, ("1", "no", "no", "no")])
    program.quarter(
        Q3,
        6,
        [
            ("5", "yes", "yes", "yes"),
            ("4", "yes", "no", "yes"),
            ("3", "partly", "no", "yes"),
            ("2", "no", "partly", "partly"),
            ("", "", "yes", "no"),
        ],
    )
    rows = feedback_rows(report_text(vault, Q3, Edition.INTERNAL, AFTER_Q3))
    assert rows == {
        "Invitations sent": ["6", "10"],
        "Answers received": ["5", "7"],
        "Response rate": ["83%", "70%"],  # 5 of 6; 7 of 10
        "\u2026 found it helpful (4 or 5 of 5)": ["2", "3"],
        "\u2026 wellbeing better": ["2", "3"],
        "\u2026 back at work": ["2", "3"],
        "\u2026 would recommend it": ["3", "4"],
    }
    text = report_text(vault, Q3, Edition.INTERNAL, AFTER_Q3).replace("\n", " ")
    assert "the response rate is answers over invitations" in text


def test_answers_cannot_be_subtracted_to_the_few_who_said_not_helpful(
    vault: Vault, tmp_path: Path
) -> None:
    # 24 invited, 23 answered (1 did not); 22 found it helpful (1 did not), 20 would
    # recommend (3 would not): each rest is 1 to 10, and must not follow.
    program = Program(vault, tmp_path)
    answers = [GOOD] * 20 + [("4", "yes", "yes", "partly")] * 2 + [("2", "yes", "yes", "no")]
    program.quarter(Q3, 24, answers)
    rows = feedback_rows(report_text(vault, Q3, Edition.LEADERSHIP, AFTER_Q3))
    assert all(value in ("hidden", "–") or value[0].isdigit() for r in rows.values() for value in r)
    for whole, part in (
        ("Invitations sent", "Answers received"),
        ("Answers received", "\u2026 found it helpful (4 or 5 of 5)"),
        ("Answers received", "\u2026 would recommend it"),
    ):
        reader = Reader()
        reader.saw({"part": 1, "rest": 1}, rows[whole][0])
        reader.saw({"part": 1}, rows[part][0])
        reader.saw({"part": 1, "rest": 1}, rows[whole][1])  # the year to date: Q3 alone
        reader.saw({"part": 1}, rows[part][1])
        assert protected(reader.bounds({"rest": 1}), T), (whole, part, rows)


def test_two_quarters_reports_and_the_year_to_date_do_not_give_a_small_quarter(
    vault: Vault, tmp_path: Path
) -> None:
    # 2026Q1: 3 invited and answered, unhelpful; Q2: 15, all helpful; Q3: 14, all helpful.
    program = Program(vault, tmp_path)
    program.quarter(Q1, 3, [("1", "no", "no", "no")] * 3)
    program.quarter(Q2, 15, [GOOD] * 15)
    second = feedback_rows(report_text(vault, Q2, Edition.LEADERSHIP, AFTER_Q2))
    program.quarter(Q3, 14, [GOOD] * 14)
    third = feedback_rows(report_text(vault, Q3, Edition.LEADERSHIP, AFTER_Q3))
    for label in ROWS:
        if label == "Response rate":
            continue
        reader = Reader()
        reader.saw({"q2": 1}, second[label][0])
        reader.saw({"q1": 1, "q2": 1}, second[label][1])
        reader.saw({"q3": 1}, third[label][0])
        reader.saw({"q1": 1, "q2": 1, "q3": 1}, third[label][1])
        bounds = reader.bounds({"q1": 1})
        assert bounds[0] == 0 or protected(bounds, T), (label, second[label], third[label])


def test_a_comment_never_leaves_the_vault(vault: Vault, tmp_path: Path) -> None:
    program = Program(vault, tmp_path)
    program.quarter(Q3, 12, [GOOD] * 12)
    for edition in (Edition.INTERNAL, Edition.LEADERSHIP, Edition.GLANCE):
        text = report_text(vault, Q3, edition, AFTER_Q3)
        assert PLANTED not in text and "Ada Quill" not in text.replace("\n", " ")
    for kind in ExportKind:
        export = build_export(vault, ExportRequest((Q3,), kind), as_of=AFTER_Q3)
        assert "Ada Quill" not in repr(export)
    # The program's own listing has it when asked, in its comment column only.
    assert "comment" not in feedback.feedback_listing(vault).columns
    listing = feedback.feedback_listing(vault, comments=True)
    assert [row["comment"] for row in listing.as_dicts() if row["comment"]] == [PLANTED]
