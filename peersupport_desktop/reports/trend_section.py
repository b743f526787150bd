"""Eight quarters of the figures that matter, one small chart each, drawn only from
what the edition shows."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from peersupport_desktop.core.disclosure.report_publication import TREND_COUNTS, TREND_RATES
from peersupport_desktop.reports import charts
from peersupport_desktop.reports.figure_text import HIDDEN, Reading
from peersupport_desktop.reports.report_input import ReportInput, quarter_words
from peersupport_desktop.reports.report_style import WIDTH, Styles
from peersupport_desktop.reports.summary_page import amount


def trends_section(
    report: ReportInput, styles: Styles, *, chart_height: float = 52 * mm
) -> list[Flowable]:
    """Eight quarters of the figures that matter, one small chart each, from what the
    edition shows: a hidden quarter draws nothing and reads "hidden"."""
    quarters = [str(point.quarter) for point in report.figures.trend]
    labels = [(f"Q{q[-1]}", q[:4]) for q in quarters]
    target, _long = report.target_words
    titles = {
        "referrals": "Referrals",
        "contacts": "Contacts with the people supported",
        "percent_within_target": f"Reached out to within {target}",
        "percent_accepted": "Acceptance rate",
    }
    goals = {
        "percent_within_target": report.targets.within_percent,
        "percent_accepted": report.targets.acceptance_percent,
    }
    width, height = WIDTH / 2 - 4 * mm, chart_height
    drawings = []
    for figure in (*TREND_COUNTS, *TREND_RATES):
        readings, rate = report.text.series(quarters, figure), figure in TREND_RATES
        drawings.append(
            charts.small_multiple(
                titles[figure], labels, [r.value for r in readings], rate=rate, width=width,
                height=height, target=goals.get(figure),
                missing=[HIDDEN if r.hidden else "" for r in readings],
                alt=_chart_words(titles[figure], quarters, readings, rate),
            )
        )  # fmt: skip
    rows = [_row(drawings[0:2]), _row(drawings[2:4])]
    note = "Each chart shows the last eight quarters, the report's own last."
    if report.text.suppresses:
        note += " A hidden quarter draws no bar or point."
    # The heading stays with the first row of charts, the note with the second; the
    # rows may part at a page's end, so a short page one is not left half empty.
    return [
        KeepTogether([Paragraph("Trends over eight quarters", styles["h1"]), rows[0]]),
        KeepTogether([rows[1], Paragraph(note, styles["small"])]),
    ]


def _row(drawings: list[charts.DescribedDrawing]) -> Table:
    return Table(
        [drawings],
        colWidths=[WIDTH / 2] * 2,
        style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )


def _chart_words(title: str, quarters: list[str], readings: list[Reading], rate: bool) -> str:
    """A chart in words, for a reader who cannot see it."""
    said = [
        f"{quarter_words(q)}: {amount(r, rate=rate)}"
        for q, r in zip(quarters, readings, strict=True)
    ]
    return f"{title}, by quarter. " + "; ".join(said) + "."
