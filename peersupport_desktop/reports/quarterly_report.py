"""The quarterly report: page one's summary, highlights, targets, eight quarters of
trend, key figures, tables, workload; internal or leadership."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from peersupport_desktop.core import tiers
from peersupport_desktop.core.codes import Outcome, ReferralSource, ResourceKind, Role
from peersupport_desktop.core.disclosure.report_publication import (
    COLUMNS,
    PREVIOUS,
    QUARTER,
    YEAR,
    YEAR_AGO,
)
from peersupport_desktop.core.period_figures import PeriodFigures
from peersupport_desktop.reports import charts, fonts
from peersupport_desktop.reports.feedback_section import DEFINITIONS as FEEDBACK_DEFINITIONS
from peersupport_desktop.reports.feedback_section import feedback_section
from peersupport_desktop.reports.figure_text import Edition, FigureText, TableRow
from peersupport_desktop.reports.front_matter import edition_note, front_matter
from peersupport_desktop.reports.glance_report import glance_story
from peersupport_desktop.reports.page_frame import numbered_canvas
from peersupport_desktop.reports.report_input import ReportInput, quarter_words
from peersupport_desktop.reports.report_style import (
    MARGIN,
    WIDTH,
    Styles,
    grid_style,
    paragraph_styles,
)
from peersupport_desktop.reports.summary_page import (
    summary_figures,
    summary_section,
)
from peersupport_desktop.reports.tagged_flowables import tagged_story
from peersupport_desktop.reports.tagged_pdf import finish_tagged
from peersupport_desktop.reports.targets_section import targets_section
from peersupport_desktop.reports.text_runs import markup
from peersupport_desktop.reports.trend_section import trends_section


def render(report: ReportInput) -> bytes:
    """The whole PDF, in memory: the caller decides where, and only where, it goes."""
    fonts.register()
    styles = paragraph_styles()
    buffer = io.BytesIO()
    quarter = report.quarter_label
    title = f"{report.kind} {quarter}"
    footer = f"{report.owner} · {title} · Confidential"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=title,
        author=report.owner,
        subject=f"{report.edition.heading}, confidential",
        creator="Peer Support Desktop",
    )
    logo_alt = f"Logo of {report.hospital_name or report.program_name}"
    story, structure = tagged_story(report_story(report, styles), image_alt=logo_alt)
    document.build(story, canvasmaker=numbered_canvas(footer))
    return finish_tagged(buffer.getvalue(), structure, title=title)


def report_story(report: ReportInput, styles: Styles) -> list[Flowable]:
    """What the pages hold, in order, before any page is laid out."""
    if report.edition is Edition.GLANCE:
        return glance_story(report, styles)
    return (
        _page_one(report, styles)
        + _highlights(report.highlights, styles)
        + targets_section(
            report.text,
            report.targets,
            report.target_words[0],
            report.quarter_label,
            styles,
            refreshers_known=report.refreshers_known,
        )
        + trends_section(report, styles)
        + _body(report, styles)
    )


def _page_one(report: ReportInput, styles: Styles) -> list[Flowable]:
    """Who, what and when in a few lines, then the summary: the whole of page one."""
    return [
        *front_matter(report, styles),
        Spacer(1, 4 * mm),
        *summary_section(
            report.text, summary_figures(report.target_words[0]), report.column_labels, styles
        ),
        Spacer(1, 2 * mm),
        Paragraph(edition_note(report), styles["small"]),
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


def _body(report: ReportInput, styles: Styles) -> list[Flowable]:
    text = report.text
    story: list[Flowable] = [
        # The table may part at a page's end (its header row repeated), so no page is
        # left half empty for it; its heading is never left alone at the foot of one.
        CondPageBreak(30 * mm),
        Paragraph("Key figures", styles["h1"]),
        _key_figures(report, text),
    ]
    event_labels = dict(report.event_type_labels)
    sections: list[tuple[str, str, Mapping[str, str]]] = [
        ("By event type", "event_type", event_labels),
        ("By referral source", "referral_source", _labels(ReferralSource)),
        ("By role", "role", _labels(Role)),
        ("By department", "department", {}),
        ("Closings by outcome", "outcome", _labels(Outcome)),
        ("By highest tier of support reached", "highest_tier", _tier_labels()),
    ]
    for title, dimension, labels in sections:
        story.append(_titled_table(title, text.table(dimension, labels), styles))
    if report.edition is Edition.INTERNAL:
        story.append(_tier_reference(text, styles))
    story.append(_resources_table(text, styles))
    story += feedback_section(report, styles)
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
        row("90th percentile of those hours", lambda c: text.hours(c, "p90_hours")),
        row(f"Outreach within {target}", lambda c: text.rate(c, "percent_within_target")),
        row("Acceptance rate", lambda c: text.rate(c, "percent_accepted")),
        row("Referred to resources", lambda c: text.count(c, "referred_to_resources")),
        row("\u2026 of whom accepted", lambda c: text.count(c, "resources_accepted")),
        row("\u2026 connected", lambda c: text.count(c, "resources_connected")),
        row("Open at quarter end", lambda c: text.count(c, "open")),
        row("Awaiting outreach at the cut-off", lambda c: text.count(c, "awaiting_outreach")),
        row("Contacts", lambda c: text.count(c, "contacts")),
        row("Supporter hours", text.hours_total),
        row("Active trained supporters", lambda c: text.count(c, "active_trained_supporters")),
        row("Trainings", lambda c: text.count(c, "trainings")),
    ]  # fmt: skip
    widths = [WIDTH * 0.36, *[WIDTH * 0.16] * 4]
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
        f"Outreach within target: cases first reached out to within {target}, an urgent "
        f"event's cases within its own target ({report.urgent_target_minutes} minutes), each "
        "case measured against its own; cases never reached out to whose target has passed "
        "count as missed.",
        "Acceptance rate: cases reached in a conversation that did not decline, over those "
        "reached plus those who declined before any conversation.",
        "Open at quarter end and awaiting outreach are taken at the quarter's end, or at "
        "the time the report was produced for the current quarter.",
        *FEEDBACK_DEFINITIONS,
    ]
    items: list[Flowable] = [Paragraph("Definitions", styles["h1"])]
    items += [Paragraph(line, styles["small"]) for line in lines]
    return KeepTogether(items)


def _label(text: str, styles: Styles) -> Paragraph:
    """A table label that may hold a name or a program's own words, in any script."""
    return Paragraph(markup(text), styles["cell"])


def _tier_labels() -> dict[str, str]:
    return {str(tier): label for tier, label in tiers.LABELS.items()}


def _tier_reference(text: FigureText, styles: Styles) -> Flowable:
    """The quarter's cases by highest tier as shares, beside Scott et al.'s expectation
    of about 30% needing a trained peer (the internal edition's reference line)."""
    rows = text.table("highest_tier", _tier_labels())[:-1]
    shares = [int(row.share.rstrip("%")) if row.share.endswith("%") else None for row in rows]
    drawing = charts.share_bars(
        "Share of the quarter's cases by highest tier",
        [row.label for row in rows],
        shares,
        reference=tiers.EXPECTED_PEER_SHARE,
        reference_label=f"about {tiers.EXPECTED_PEER_SHARE}% at tier 2 (Scott et al.)",
        width=WIDTH,
    )
    return KeepTogether([drawing, Spacer(1, 2 * mm)])


def _labels(codes: type[Outcome | ReferralSource | Role]) -> dict[str, str]:
    return {member.value: member.label for member in codes}
