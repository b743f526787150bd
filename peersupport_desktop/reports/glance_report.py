"""The program at a glance: one page for a board packet. The leadership edition's
summary, targets and eight-quarter trends, from the same checked publication, shrunk
to fit the page whatever the names' lengths."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, KeepTogether, Paragraph, Spacer

from peersupport_desktop.reports.front_matter import edition_note, front_matter
from peersupport_desktop.reports.report_input import ReportInput
from peersupport_desktop.reports.report_style import MARGIN, WIDTH, Styles
from peersupport_desktop.reports.summary_page import summary_figures, summary_section
from peersupport_desktop.reports.targets_section import targets_section
from peersupport_desktop.reports.trend_section import trends_section

# The page less its margins and the footer's band (quarterly_report's document).
PAGE_HEIGHT = A4[1] - MARGIN - 22 * mm


def glance_story(report: ReportInput, styles: Styles) -> list[Flowable]:
    target = report.target_words[0]
    content: list[Flowable] = [
        *front_matter(report, styles, logo_height=12 * mm),
        Spacer(1, 2 * mm),
        *summary_section(report.text, summary_figures(target), report.column_labels, styles),
        *targets_section(
            report.text,
            report.targets,
            target,
            report.quarter_label,
            styles,
            refreshers_known=report.refreshers_known,
        ),
        *trends_section(report, styles, chart_height=36 * mm),
        Paragraph(edition_note(report), styles["small"]),
    ]
    # Shrunk, never split: a board packet wants the one page.
    return [KeepInFrame(WIDTH, PAGE_HEIGHT - 6, _unkept(content), mode="shrink")]


def _unkept(flowables: list[Flowable]) -> list[Flowable]:
    """The flowables with each KeepTogether opened: inside a frame that never splits,
    keeping together means nothing, and reportlab cannot draw one there."""
    opened: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            opened += _unkept(list(flowable._content))  # type: ignore[attr-defined]
        else:
            opened.append(flowable)
    return opened
