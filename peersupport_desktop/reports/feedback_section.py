"""The report's "Feedback from the people supported": invitations, answers, the
response rate and the answers' yes figures, for the quarter and the year to date.

Every figure is a cell of the report's publication, so the leadership edition prints
it as the disclosure check allows (hidden ones read "hidden"). Comments are never
here: they are the program's own reading, in the window and its internal list only.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from peersupport_desktop.core.disclosure.feedback_publication import (
    ANSWERS,
    INVITATIONS,
    RESPONSE_RATE,
)
from peersupport_desktop.core.disclosure.report_publication import QUARTER, YEAR
from peersupport_desktop.reports.report_input import ReportInput, quarter_words
from peersupport_desktop.reports.report_style import WIDTH, Styles, grid_style

TITLE = "Feedback from the people supported"

DEFINITIONS = (
    "Feedback: each person whose case closed may be invited to a short form under a "
    "code that never names them. Invitations sent count by the day the invitation was "
    "made; answers received are those to the invitations of the same period, answered "
    "by the time the report was produced; the response rate is answers over invitations. "
    "Found it helpful: 4 or 5 on a scale of 1 to 5. Wellbeing better, back at work and "
    "would recommend: those who answered yes (not partly). Comments are never reported.",
)


def feedback_section(report: ReportInput, styles: Styles) -> list[Flowable]:
    text = report.text
    columns = (QUARTER, YEAR)
    labels = (
        quarter_words(report.figures.quarter.period.label),
        quarter_words(report.figures.year_to_date.period.label),
    )
    rows: list[list[str]] = [["", *labels]]
    for label, figure in (
        ("Invitations sent", INVITATIONS),
        ("Answers received", ANSWERS),
    ):
        rows.append([label, *(text.count(c, figure) for c in columns)])
    rows.append(["Response rate", *(text.rate(c, RESPONSE_RATE) for c in columns)])
    for label, figure in (
        ("\u2026 found it helpful (4 or 5 of 5)", "feedback_helpful"),
        ("\u2026 wellbeing better", "feedback_wellbeing_better"),
        ("\u2026 back at work", "feedback_back_at_work"),
        ("\u2026 would recommend it", "feedback_would_recommend"),
    ):
        rows.append([label, *(text.count(c, figure) for c in columns)])
    table = Table(rows, colWidths=[WIDTH * 0.52, WIDTH * 0.24, WIDTH * 0.24], repeatRows=1)
    table.setStyle(grid_style(header=True, numeric_from=1))
    return [KeepTogether([Paragraph(TITLE, styles["h1"]), table])]
