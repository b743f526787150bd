"""The quarterly report: cover, key figures, tables, charts, workload; internal or leadership."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peersupport_desktop.core.codes import Outcome, ReferralSource, ResourceKind, Role
from peersupport_desktop.reports import charts, fonts
from peersupport_desktop.reports.figure_text import Edition, FigureText, TableRow
from peersupport_desktop.reports.page_frame import numbered_canvas
from peersupport_desktop.reports.text_runs import markup
from peersupport_desktop.services.figures import PeriodFigures, ReportFigures

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#cbd2d9")
HEAD = colors.HexColor("#e4e7eb")


@dataclass(frozen=True, slots=True)
class ReportInput:
    program_name: str
    figures: ReportFigures
    edition: Edition
    threshold: int
    outreach_target_hours: int
    produced_at: dt.datetime
    event_type_labels: Mapping[str, str]
    outreach_in_working_hours: bool = False  # the target counts only the working week

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
    quarter = report.figures.quarter.period.label
    footer = f"{report.program_name} · Quarterly report {quarter} · Confidential"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=f"Quarterly report {quarter}",
        author=report.program_name,
        subject=f"{report.edition.heading}, confidential",
        creator="Peer Support Desktop",
    )
    story = _cover(report, styles) + _body(report, styles)
    document.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


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
    span = f"{period.starts:%-d %B %Y} to {period.last_day:%-d %B %Y}"
    return [
        Spacer(1, 50 * mm),
        Paragraph(markup(report.program_name, fonts.BOLD), styles["title"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Quarterly report {escape(period.label)}", styles["subtitle"]),
        Paragraph(span, styles["base"]),
        Spacer(1, 12 * mm),
        Paragraph(report.edition.heading, styles["base"]),
        Paragraph(f"Produced {report.produced_at:%-d %B %Y, %H:%M}", styles["base"]),
        Spacer(1, 8 * mm),
        Paragraph("Confidential", styles["stamp"]),
        Spacer(1, 4 * mm),
        Paragraph(_edition_note(report), styles["small"]),
        PageBreak(),
    ]


def _edition_note(report: ReportInput) -> str:
    if report.edition is Edition.LEADERSHIP:
        return (
            f"Counts from 1 to {report.threshold - 1} read \u201csuppressed\u201d, and so do "
            "further cells where a hidden count could otherwise be worked out from a total "
            "or a percentage. No supporter or clinician is named."
        )
    return (
        "For the program only: exact counts and supporter workload. Share the "
        "leadership edition outside the program."
    )


def _body(report: ReportInput, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    text = FigureText(report.edition, report.threshold)
    quarter = report.figures.quarter
    story: list[Flowable] = [Paragraph("Key figures", styles["h1"])]
    story.append(_key_figures(report, text))
    story.append(Spacer(1, 6 * mm))
    story.append(_trend_chart(report, text))
    if text.suppresses:
        story.append(
            Paragraph(
                f"Quarters with 1 to {report.threshold - 1} cases are drawn without a bar.",
                styles["small"],
            )
        )
    story.append(CondPageBreak(80 * mm))
    story.append(Paragraph("Referrals", styles["h1"]))
    event_labels = dict(report.event_type_labels)
    by_type = dict(sorted(quarter.by_event_type.items(), key=lambda kv: (-kv[1], kv[0])))
    story.append(
        charts.bars_by_category(
            "Referrals by event type",
            [event_labels.get(code, code) for code in by_type],
            [text.plotted(value) for value in by_type.values()],
            width=WIDTH,
        )
    )
    sections: list[tuple[str, Mapping[str, int], Mapping[str, str]]] = [
        ("By event type", by_type, event_labels),
        (
            "By referral source",
            _ordered(quarter.by_referral_source, ReferralSource),
            _labels(ReferralSource),
        ),
        ("By role", _ordered(quarter.by_role, Role), _labels(Role)),
        ("By department", dict(sorted(quarter.by_department.items())), {}),
        ("Closings by outcome", _ordered(quarter.closed_by_outcome, Outcome), _labels(Outcome)),
    ]  # fmt: skip
    for title, values, labels in sections:
        story.append(_titled_table(title, text.table(values, labels), styles))
    story.append(_resources_table(quarter, text, styles))
    if report.edition is Edition.INTERNAL:
        story.append(_workload_table(quarter, styles))
    story.append(_definitions(report, styles))
    return story


def _key_figures(report: ReportInput, text: FigureText) -> Table:
    q = report.figures.quarter
    previous = report.figures.previous
    year = report.figures.year_to_date
    target, _long = report.target_words

    def row(label: str, value: Callable[[PeriodFigures], str]) -> list[str]:
        cells = [value(q), value(previous) if previous else "", value(year)]
        return [label, *cells]

    rows = [
        ["", q.period.label, previous.period.label if previous else "", year.period.label],
        row("Referrals (new cases)", lambda f: text.count(f.referrals)),
        row("Events", lambda f: text.count(f.events)),
        row("Group events", lambda f: text.count(f.group_events)),
        row("Median hours to first outreach",
            lambda f: text.hours(f.outreach_hours_median, f.with_outreach)),
        row("90th percentile hours to first outreach",
            lambda f: text.hours(f.outreach_hours_p90, f.with_outreach)),
        row(f"Outreach within {target}",
            lambda f: text.share(f.within_target, f.within_target + f.missed_target)),
        row("Acceptance rate",
            lambda f: text.share(f.accepted, f.reached + f.declined_without_conversation)),
        row("Referred to resources", lambda f: text.count(f.referred_to_resources)),
        row("… of whom accepted",
            lambda f: text.part(f.referred_to_resources, f.resources_accepted)),
        row("Open at quarter end", lambda f: text.count(f.open_at_end)),
        row("Awaiting outreach at the cut-off", lambda f: text.count(f.awaiting_outreach)),
        row("Contacts", lambda f: text.count(f.contacts)),
        row("Supporter hours", lambda f: text.hours_total(f.supporter_minutes, f.contacts)),
        row("Active trained supporters", lambda f: text.count(f.active_trained_supporters)),
        row("Trainings", lambda f: text.count(f.trainings)),
    ]  # fmt: skip
    widths = [WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.18]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(header=True, numeric_from=1))
    return table


def _trend_chart(report: ReportInput, text: FigureText) -> Flowable:
    trend = report.figures.trend
    return charts.quarterly_trend(
        "Referrals and outreach within target, last eight quarters",
        [str(point.quarter) for point in trend],
        [text.plotted(point.referrals) for point in trend],
        [text.plotted(point.within_target) for point in trend],
        width=WIDTH,
    )


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


def _resources_table(
    q: PeriodFigures, text: FigureText, styles: dict[str, ParagraphStyle]
) -> Flowable:
    data = [["Resource", "Offered", "Accepted"]]
    for kind in ResourceKind:
        offered, accepted = q.offers_by_kind.get(kind.value, (0, 0))
        if offered:
            data.append([kind.label, text.count(offered), text.part(offered, accepted)])
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


def _ordered(
    values: Mapping[str, int], codes: type[Outcome | ReferralSource | Role]
) -> dict[str, int]:
    return {member.value: values[member.value] for member in codes if member.value in values}


def _labels(codes: type[Outcome | ReferralSource | Role]) -> dict[str, str]:
    return {member.value: member.label for member in codes}
