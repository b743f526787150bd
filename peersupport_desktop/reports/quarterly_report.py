"""The quarterly report: cover, key figures, tables, charts, workload; internal or leadership."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peersupport_desktop.core.codes import Outcome, ReferralSource, ResourceKind, Role
from peersupport_desktop.core.disclosure.report_publication import PREVIOUS, QUARTER, YEAR
from peersupport_desktop.core.period_figures import PeriodFigures, ReportFigures
from peersupport_desktop.reports import charts, fonts
from peersupport_desktop.reports.figure_text import HIDDEN, Edition, FigureText, TableRow
from peersupport_desktop.reports.page_frame import numbered_canvas
from peersupport_desktop.reports.text_runs import markup

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#cbd2d9")
HEAD = colors.HexColor("#e4e7eb")


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

    @property
    def owner(self) -> str:
        """Whose report it is, as the footer names it: the hospital, then the program."""
        return " · ".join(x for x in (self.hospital_name, self.program_name) if x)

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
    styles = _styles()
    buffer = io.BytesIO()
    quarter = quarter_words(report.figures.quarter.period.label)
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
    story = _cover(report, styles) + _highlights(report.highlights, styles) + _body(report, styles)
    document.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def date_span(first: dt.date, last: dt.date) -> str:
    """A period as a reader says it: "1 July – 30 September 2026" (the year said once
    when both ends share it; "%-d" is not portable, so the day is formatted by hand)."""
    start = f"{first.day} {first:%B}" + ("" if first.year == last.year else f" {first.year}")
    return f"{start} – {last.day} {last:%B %Y}"


_QUARTER = re.compile(r"\b(\d{4})Q([1-4])\b")


def quarter_words(label: str) -> str:
    """A period's label as a reader says it: "2026Q3" becomes "Q3 2026"."""
    return _QUARTER.sub(r"Q\2 \1", label)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=13)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=24, leading=30),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=14, leading=20),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17, spaceBefore=10,
            spaceAfter=6,
        ),
        "stamp": ParagraphStyle(
            "stamp", parent=base, fontName=fonts.BOLD, fontSize=12,
            textColor=colors.HexColor("#ab091e"),
        ),
    }  # fmt: skip


def _cover(report: ReportInput, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    period = report.figures.quarter.period
    span = date_span(period.starts.date(), period.last_day)
    top: list[Flowable] = [_logo(report.logo)] if report.logo else [Spacer(1, 25 * mm)]
    if report.hospital_name:
        top.append(Paragraph(markup(report.hospital_name), styles["subtitle"]))
    lead = [Paragraph(markup(f"Program lead: {report.program_lead}"), styles["base"])]
    return [
        Spacer(1, 25 * mm),
        *top,
        Spacer(1, 4 * mm),
        Paragraph(markup(report.program_name, fonts.BOLD), styles["title"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Quarterly report {escape(quarter_words(period.label))}", styles["subtitle"]),
        Paragraph(span, styles["base"]),
        *(lead if report.program_lead else []),
        Spacer(1, 12 * mm),
        Paragraph(report.edition.heading, styles["base"]),
        Paragraph(
            f"Produced {report.produced_at.day} {report.produced_at:%B %Y, %H:%M}", styles["base"]
        ),
        Spacer(1, 8 * mm),
        Paragraph("Confidential", styles["stamp"]),
        Spacer(1, 4 * mm),
        Paragraph(_edition_note(report), styles["small"]),
        PageBreak(),
    ]


def _highlights(text: str | None, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The coordinator's text, a paragraph per blank-line-separated block, escaped."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text or "") if b.strip()]
    if not blocks:
        return []
    paragraphs = [
        Paragraph("<br/>".join(markup(line) for line in block.splitlines()), styles["base"])
        for block in blocks
    ]
    spaced = [item for p in paragraphs for item in (p, Spacer(1, 3 * mm))]
    return [Paragraph("Highlights", styles["h1"]), *spaced[:-1], Spacer(1, 6 * mm)]


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


def _body(report: ReportInput, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    text = report.text
    story: list[Flowable] = [Paragraph("Key figures", styles["h1"])]
    story.append(_key_figures(report, text))
    story.append(Spacer(1, 6 * mm))
    story.append(_trend_chart(report, text))
    if text.suppresses:
        story.append(Paragraph("Hidden figures are drawn without a bar.", styles["small"]))
    story.append(CondPageBreak(80 * mm))
    story.append(Paragraph("Referrals", styles["h1"]))
    event_labels = dict(report.event_type_labels)
    by_type = text.table("event_type", event_labels)
    story.append(
        charts.bars_by_category(
            "Referrals by event type",
            [row.label for row in by_type[:-1]],
            [text.plotted(key) for key in text.draft.tables["event_type"][:-1]],
            width=WIDTH,
        )
    )
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
        return [label, *(value(column) for column in (QUARTER, PREVIOUS, YEAR))]

    rows = [
        ["", *(quarter_words(period.label) for period in (
            figures.quarter.period, figures.previous.period, figures.year_to_date.period))],
        row("Referrals (new cases)", lambda c: text.count(c, "referrals")),
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
    widths = [WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.18]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(header=True, numeric_from=1))
    return table


def _trend_chart(report: ReportInput, text: FigureText) -> Flowable:
    quarters = [str(point.quarter) for point in report.figures.trend]
    referrals, within = text.trend(quarters)
    return charts.quarterly_trend(
        "Referrals and outreach within target, last eight quarters",
        [quarter_words(q) for q in quarters],
        referrals,
        within,
        width=WIDTH,
    )


def _hiding(rules: tuple[str, ...], styles: dict[str, ParagraphStyle]) -> Flowable:
    items: list[Flowable] = [Paragraph("What is grouped and hidden", styles["h1"])]
    items += [Paragraph(escape(line), styles["small"]) for line in rules]
    return KeepTogether(items)


def _titled_table(title: str, rows: list[TableRow], styles: dict[str, ParagraphStyle]) -> Flowable:
    data: list[list[object]] = [["", "Cases", "Share"]]
    data += [[_label(r.label, styles), r.count, r.share] for r in rows]
    table = Table(data, colWidths=[WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2], repeatRows=1)
    style = _grid_style(header=True, numeric_from=1)
    style.add("FONTNAME", (0, -1), (-1, -1), fonts.BOLD)
    table.setStyle(style)
    # KeepTogether moves a short table to the next page whole; a long one still
    # splits, its header row repeated.
    return KeepTogether([Paragraph(title, styles["h1"]), table])


def _resources_table(text: FigureText, styles: dict[str, ParagraphStyle]) -> Flowable:
    data: list[list[str]] = [["Resource", "Offered", "Accepted"]]
    labels = {kind.value: kind.label for kind in ResourceKind}
    data += [list(row) for row in text.resources(labels)]
    if len(data) == 1:
        data.append(["No resources were offered this quarter.", "", ""])
    table = Table(data, colWidths=[WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2], repeatRows=1)
    table.setStyle(_grid_style(header=True, numeric_from=1))
    return KeepTogether([Paragraph("Resources offered and accepted", styles["h1"]), table])


def _workload_table(q: PeriodFigures, styles: dict[str, ParagraphStyle]) -> Flowable:
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
    table.setStyle(_grid_style(header=True, numeric_from=1))
    return KeepTogether([Paragraph("Supporter workload", styles["h1"]), table])


def _definitions(report: ReportInput, styles: dict[str, ParagraphStyle]) -> Flowable:
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


def _label(text: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A table label that may hold a name or a program's own words, in any script."""
    return Paragraph(markup(text), styles["cell"])


def _grid_style(*, header: bool, numeric_from: int) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ]
    return TableStyle(commands)


def _labels(codes: type[Outcome | ReferralSource | Role]) -> dict[str, str]:
    return {member.value: member.label for member in codes}
