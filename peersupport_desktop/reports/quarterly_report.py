"""The quarterly report: page one's summary, highlights, targets, eight quarters of
trend, key figures, tables, workload; internal or leadership."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from peersupport_desktop.core.codes import Outcome, ReferralSource, ResourceKind, Role
from peersupport_desktop.core.disclosure.report_publication import (
    COLUMNS,
    PREVIOUS,
    QUARTER,
    TREND_COUNTS,
    TREND_RATES,
    YEAR,
    YEAR_AGO,
)
from peersupport_desktop.core.period_figures import PeriodFigures, ReportFigures
from peersupport_desktop.reports import charts, fonts
from peersupport_desktop.reports.figure_text import HIDDEN, Edition, FigureText, Reading, TableRow
from peersupport_desktop.reports.page_frame import numbered_canvas
from peersupport_desktop.reports.report_style import (
    MARGIN,
    WIDTH,
    Styles,
    grid_style,
    paragraph_styles,
)
from peersupport_desktop.reports.summary_page import (
    ColumnLabels,
    amount,
    summary_figures,
    summary_section,
)
from peersupport_desktop.reports.tagged_flowables import tagged_story
from peersupport_desktop.reports.tagged_pdf import finish_tagged
from peersupport_desktop.reports.targets_section import Targets, targets_section
from peersupport_desktop.reports.text_runs import markup


@dataclass(frozen=True, slots=True)
class ReportInput:
    program_name: str
    figures: ReportFigures  # the periods and the internal edition's workload
    text: FigureText  # every figure as the edition prints it
    edition: Edition
    threshold: int
    outreach_target_hours: int
    produced_at: dt.datetime
    event_type_labels: Mapping[str, str]
    outreach_in_working_hours: bool = False  # the target counts only the working week
    # What was grouped and hidden, and why, in plain words (the leadership edition).
    hiding_rules: tuple[str, ...] = ()
    hospital_name: str | None = None
    program_lead: str | None = None
    logo: bytes | None = None  # a PNG or JPEG, drawn on the cover
    # The coordinator's own words on the quarter; None or "": no Highlights section.
    highlights: str | None = None
    targets: Targets = field(default_factory=Targets)

    @property
    def owner(self) -> str:
        """Whose report it is, as the footer names it: the hospital, then the program."""
        return " · ".join(x for x in (self.hospital_name, self.program_name) if x)

    @property
    def quarter_label(self) -> str:
        return quarter_words(self.figures.quarter.period.label)

    @property
    def column_labels(self) -> ColumnLabels:
        figures = self.figures
        return ColumnLabels(
            *(quarter_words(f.period.label) for f in (figures.quarter, figures.previous,
                                                      figures.year_ago))
        )  # fmt: skip

    @property
    def target_words(self) -> tuple[str, str]:
        """The target, short (a row's label) and long (the definitions)."""
        hours = self.outreach_target_hours
        if self.outreach_in_working_hours:
            return f"{hours} working h", f"{hours} working hours"
        return f"{hours} h", f"{hours} hours"


def render(report: ReportInput) -> bytes:
    """The whole PDF, in memory: the caller decides where, and only where, it goes."""
    fonts.register()
    styles = paragraph_styles()
    buffer = io.BytesIO()
    quarter = report.quarter_label
    footer = f"{report.owner} · Quarterly report {quarter} · Confidential"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=f"Quarterly report {quarter}",
        author=report.owner,
        subject=f"{report.edition.heading}, confidential",
        creator="Peer Support Desktop",
    )
    story = (
        _page_one(report, styles)
        + _highlights(report.highlights, styles)
        + targets_section(report.text, report.targets, report.target_words[0], quarter, styles)
        + _trends(report, styles)
        + _body(report, styles)
    )
    logo_alt = f"Logo of {report.hospital_name or report.program_name}"
    story, structure = tagged_story(story, image_alt=logo_alt)
    document.build(story, canvasmaker=numbered_canvas(footer))
    return finish_tagged(buffer.getvalue(), structure, title=f"Quarterly report {quarter}")


def date_span(first: dt.date, last: dt.date) -> str:
    """A period as a reader says it: "1 July – 30 September 2026" (the year said once
    when both ends share it; "%-d" is not portable, so the day is formatted by hand)."""
    start = f"{first.day} {first:%B}" + ("" if first.year == last.year else f" {first.year}")
    return f"{start} – {last.day} {last:%B %Y}"


_QUARTER = re.compile(r"\b(\d{4})Q([1-4])\b")


def quarter_words(label: str) -> str:
    """A period's label as a reader says it: "2026Q3" becomes "Q3 2026"."""
    return _QUARTER.sub(r"Q\2 \1", label)


def _page_one(report: ReportInput, styles: Styles) -> list[Flowable]:
    """Who, what and when in a few lines, then the summary: the whole of page one."""
    period = report.figures.quarter.period
    span = date_span(period.starts.date(), period.last_day)
    top: list[Flowable] = [_logo(report.logo), Spacer(1, 3 * mm)] if report.logo else []
    if report.hospital_name:
        top.append(Paragraph(markup(report.hospital_name), styles["subtitle"]))
    lead = [Paragraph(markup(f"Program lead: {report.program_lead}"), styles["base"])]
    produced = report.produced_at
    return [
        *top,
        Paragraph(markup(report.program_name, fonts.BOLD), styles["title"]),
        Paragraph(f"Quarterly report {escape(report.quarter_label)} · {span}", styles["subtitle"]),
        *(lead if report.program_lead else []),
        Spacer(1, 2 * mm),
        Paragraph(
            f"{report.edition.heading} · Produced {produced.day} {produced:%B %Y, %H:%M} · "
            '<font color="#ab091e"><b>Confidential</b></font>',
            styles["base"],
        ),
        Spacer(1, 4 * mm),
        *summary_section(
            report.text, summary_figures(report.target_words[0]), report.column_labels, styles
        ),
        Spacer(1, 2 * mm),
        Paragraph(_edition_note(report), styles["small"]),
    ]


def _highlights(text: str | None, styles: Styles) -> list[Flowable]:
    """The coordinator's text, a paragraph per blank-line-separated block, escaped."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text or "") if b.strip()]
    if not blocks:
        return []
    paragraphs = [
        Paragraph("<br/>".join(markup(line) for line in block.splitlines()), styles["base"])
        for block in blocks
    ]
    spaced = [item for p in paragraphs for item in (p, Spacer(1, 3 * mm))]
    return [Paragraph("Highlights", styles["h1"]), *spaced[:-1], Spacer(1, 3 * mm)]


def _trends(report: ReportInput, styles: Styles) -> list[Flowable]:
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
    width, height = WIDTH / 2 - 4 * mm, 58 * mm
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
    grid = Table(
        [drawings[0:2], drawings[2:4]],
        colWidths=[WIDTH / 2] * 2,
        style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    note = "Each chart shows the last eight quarters, the report's own last."
    if report.text.suppresses:
        note += " A hidden quarter draws no bar or point."
    return [
        KeepTogether(
            [Paragraph("Trends over eight quarters", styles["h1"]), grid,
             Paragraph(note, styles["small"])]
        )
    ]  # fmt: skip


def _chart_words(title: str, quarters: list[str], readings: list[Reading], rate: bool) -> str:
    """A chart in words, for a reader who cannot see it."""
    said = [
        f"{quarter_words(q)}: {amount(r, rate=rate)}"
        for q, r in zip(quarters, readings, strict=True)
    ]
    return f"{title}, by quarter. " + "; ".join(said) + "."


def picture_size(data: bytes) -> tuple[int, int] | None:
    """A logo's width and height in pixels, as the cover will read it; None when it
    cannot be read as a picture (a PNG's first bytes on a damaged file, say)."""
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # the imaging library's errors have no common base
        return None
    return (int(width), int(height)) if width > 0 and height > 0 else None


def _logo(data: bytes) -> Flowable:
    """The logo scaled, its shape kept, to fit a box 5 cm wide and 2.5 cm high."""
    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(50 * mm / width, 25 * mm / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _edition_note(report: ReportInput) -> str:
    if report.edition is Edition.LEADERSHIP:
        return (
            f"A figure reads \u201c{HIDDEN}\u201d where it counts 1 to {report.threshold - 1} "
            "people, or where such a count could be worked out from it together with the "
            "other figures of this report and of earlier reports and exports. No supporter "
            "or clinician is named."
        )
    return (
        "For the program only: exact counts and supporter workload. Share the "
        "leadership edition outside the program."
    )


def _body(report: ReportInput, styles: Styles) -> list[Flowable]:
    text = report.text
    story: list[Flowable] = [
        KeepTogether([Paragraph("Key figures", styles["h1"]), _key_figures(report, text)])
    ]
    event_labels = dict(report.event_type_labels)
    sections: list[tuple[str, str, Mapping[str, str]]] = [
        ("By event type", "event_type", event_labels),
        ("By referral source", "referral_source", _labels(ReferralSource)),
        ("By role", "role", _labels(Role)),
        ("By department", "department", {}),
        ("Closings by outcome", "outcome", _labels(Outcome)),
    ]
    for title, dimension, labels in sections:
        story.append(_titled_table(title, text.table(dimension, labels), styles))
    story.append(_resources_table(text, styles))
    if text.suppresses and report.hiding_rules:
        story.append(_hiding(report.hiding_rules, styles))
    if report.edition is Edition.INTERNAL:
        story.append(_workload_table(report.figures.quarter, styles))
    story.append(_definitions(report, styles))
    return story


def _key_figures(report: ReportInput, text: FigureText) -> Table:
    figures = report.figures
    target, _long = report.target_words

    def row(label: str, value: Callable[[str], str]) -> list[str]:
        return [label, *(value(column) for column in COLUMNS)]

    periods = {
        QUARTER: figures.quarter,
        PREVIOUS: figures.previous,
        YEAR_AGO: figures.year_ago,
        YEAR: figures.year_to_date,
    }
    rows = [
        ["", *(quarter_words(periods[column].period.label) for column in COLUMNS)],
        row("Referrals (new cases)", lambda c: text.count(c, "referrals")),
        row("People reached (a conversation)", lambda c: text.count(c, "reached")),
        row("Events", lambda c: text.count(c, "events")),
        row("Group events", lambda c: text.count(c, "group_events")),
        row("Median hours to first outreach", lambda c: text.hours(c, "median_hours")),
        row("90th percentile hours to first outreach", lambda c: text.hours(c, "p90_hours")),
        row(f"Outreach within {target}", lambda c: text.rate(c, "percent_within_target")),
        row("Acceptance rate", lambda c: text.rate(c, "percent_accepted")),
        row("Referred to resources", lambda c: text.count(c, "referred_to_resources")),
        row("\u2026 of whom accepted", lambda c: text.count(c, "resources_accepted")),
        row("Open at quarter end", lambda c: text.count(c, "open")),
        row("Awaiting outreach at the cut-off", lambda c: text.count(c, "awaiting_outreach")),
        row("Contacts", lambda c: text.count(c, "contacts")),
        row("Supporter hours", text.hours_total),
        row("Active trained supporters", lambda c: text.count(c, "active_trained_supporters")),
        row("Trainings", lambda c: text.count(c, "trainings")),
    ]  # fmt: skip
    widths = [WIDTH * 0.4, *[WIDTH * 0.15] * 4]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(header=True, numeric_from=1))
    return table


def _hiding(rules: tuple[str, ...], styles: Styles) -> Flowable:
    items: list[Flowable] = [Paragraph("What is grouped and hidden", styles["h1"])]
    items += [Paragraph(escape(line), styles["small"]) for line in rules]
    return KeepTogether(items)


def _titled_table(title: str, rows: list[TableRow], styles: Styles) -> Flowable:
    data: list[list[object]] = [["", "Cases", "Share"]]
    data += [[_label(r.label, styles), r.count, r.share] for r in rows]
    table = Table(data, colWidths=[WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2], repeatRows=1)
    style = grid_style(header=True, numeric_from=1)
    style.add("FONTNAME", (0, -1), (-1, -1), fonts.BOLD)
    table.setStyle(style)
    # KeepTogether moves a short table to the next page whole; a long one still
    # splits, its header row repeated.
    return KeepTogether([Paragraph(title, styles["h1"]), table])


def _resources_table(text: FigureText, styles: Styles) -> Flowable:
    data: list[list[str]] = [["Resource", "Offered", "Accepted"]]
    labels = {kind.value: kind.label for kind in ResourceKind}
    data += [list(row) for row in text.resources(labels)]
    if len(data) == 1:
        data.append(["No resources were offered this quarter.", "", ""])
    table = Table(data, colWidths=[WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2], repeatRows=1)
    table.setStyle(grid_style(header=True, numeric_from=1))
    return KeepTogether([Paragraph("Resources offered and accepted", styles["h1"]), table])


def _workload_table(q: PeriodFigures, styles: Styles) -> Flowable:
    data: list[list[object]] = [["Supporter", "Contacts", "Hours"]]
    for load in q.workload:
        data.append(
            [
                _label(load.name, styles),
                f"{load.contacts:,}",
                f"{load.minutes / 60:,.1f}",
            ]
        )
    if len(data) == 1:
        data.append(["No contacts were logged this quarter.", "", ""])
    table = Table(data, colWidths=[WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2], repeatRows=1)
    table.setStyle(grid_style(header=True, numeric_from=1))
    return KeepTogether([Paragraph("Supporter workload", styles["h1"]), table])


def _definitions(report: ReportInput, styles: Styles) -> Flowable:
    _short, target = report.target_words
    lines = [
        "A case belongs to the quarter of its referral. Hours to first outreach run from "
        "the referral to the first contact of any kind; the 90th percentile is the "
        "nearest-rank one.",
        f"Outreach within target: cases first reached out to within {target}; cases "
        "never reached out to whose target has passed count as missed.",
        "Acceptance rate: cases reached in a conversation that did not decline, over those "
        "reached plus those who declined before any conversation.",
        "Open at quarter end and awaiting outreach are taken at the quarter's end, or at "
        "the time the report was produced for the current quarter.",
    ]
    items: list[Flowable] = [Paragraph("Definitions", styles["h1"])]
    items += [Paragraph(line, styles["small"]) for line in lines]
    return KeepTogether(items)


def _label(text: str, styles: Styles) -> Paragraph:
    """A table label that may hold a name or a program's own words, in any script."""
    return Paragraph(markup(text), styles["cell"])


def _labels(codes: type[Outcome | ReferralSource | Role]) -> dict[str, str]:
    return {member.value: member.label for member in codes}
