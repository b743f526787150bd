"""The internal event coverage report as a PDF: the share of serious events whose every
involved clinician was offered support within target, then each event and its people.

It names people, so every page says so at its top and in its footer.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from peersupport_desktop.core.event_coverage import (
    Coverage,
    EventCoverage,
    InvolvedPerson,
    Timeliness,
)
from peersupport_desktop.reports import fonts
from peersupport_desktop.reports.page_frame import numbered_canvas
from peersupport_desktop.reports.report_input import date_span
from peersupport_desktop.reports.report_style import (
    GRID,
    HEAD,
    MARGIN,
    WIDTH,
    Styles,
    paragraph_styles,
)
from peersupport_desktop.reports.structure_tree import artifact
from peersupport_desktop.reports.tagged_flowables import tagged_story
from peersupport_desktop.reports.tagged_pdf import finish_tagged
from peersupport_desktop.reports.text_runs import markup, runs

INTERNAL_WARNING = "Internal: names the people involved \u2014 not for sharing"
TITLE = "Event coverage report"
# Clinician, role, case, referred, support offered, within target, outcome.
COLUMN_SHARES = (0.18, 0.14, 0.115, 0.125, 0.16, 0.12, 0.16)
HEADER = ("Clinician", "Role", "Case", "Referred", "Support offered", "Within target", "Outcome")
WARNING_RED = colors.HexColor("#ab091e")
CELL_SIZE = 8
EVENT_SIZE = 10
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell


def render_coverage(coverage: Coverage, *, program_name: str) -> bytes:
    """The whole PDF, in memory: the caller decides where, and only where, it goes."""
    fonts.register()
    styles = _styles()
    buffer = io.BytesIO()
    title = f"{TITLE} {coverage.period.label}"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,  # room for the warning above the text
        bottomMargin=22 * mm,
        title=title,
        author=program_name,
        subject=INTERNAL_WARNING,
        creator="Peer Support Desktop",
    )
    story, structure = tagged_story(coverage_story(coverage, program_name, styles))
    document.build(
        story,
        onLaterPages=_warning_at_top,  # page one's story opens with it
        # Not the program's name, which the title page gives: a long one would run
        # into "Page 1,154 of 1,154".
        canvasmaker=numbered_canvas(f"{title} · {INTERNAL_WARNING}"),
    )
    return finish_tagged(buffer.getvalue(), structure, title=title)


def coverage_story(coverage: Coverage, program_name: str, styles: Styles) -> list[Flowable]:
    period = coverage.period
    produced = coverage.as_of
    story: list[Flowable] = [
        Paragraph(escape(INTERNAL_WARNING), styles["stamp"]),  # read out once, not per page
        Spacer(1, 2 * mm),
        Paragraph(markup(program_name, fonts.BOLD), styles["title"]),
        Paragraph(
            f"{TITLE} {escape(period.words)} · {date_span(period.first_day, period.last_day)}",
            styles["subtitle"],
        ),
        Paragraph(f"Produced {produced.day} {produced:%B %Y, %H:%M}", styles["base"]),
        Spacer(1, 3 * mm),
        Paragraph("Everyone involved offered support?", styles["h1"]),
        Paragraph(escape(coverage.sentence), styles["base"]),
        Spacer(1, 2 * mm),
        Paragraph(_definition(coverage), styles["small"]),
    ]
    if coverage.events:
        story.append(Paragraph("The serious events and the people they involved", styles["h1"]))
    story += [_event_section(event, coverage, styles) for event in coverage.events]
    return story


def _definition(coverage: Coverage) -> str:
    return escape(
        "A serious event is an urgent one or an adverse event, an unexpected death, a "
        "medical error, a trauma or workplace violence. Support was offered at the first "
        "outreach of any kind (an attempt counts), within target when it came by the case's "
        f"due time: {coverage.outreach_target} from the referral, or "
        f"{coverage.urgent_target_minutes} minutes for an urgent event. An event counts when "
        "everyone it involved was offered support within target; someone not yet offered "
        "support whose target has not passed keeps it from counting, for now. Reached: at "
        "least one conversation."
    )


def _event_section(event: EventCoverage, coverage: Coverage, styles: Styles) -> Flowable:
    """One table: the event and its verdict in a first row across the columns, then
    the column heads, then its people; a long one splits with those two rows repeated.
    Plain text cells, wrapped here: a quarter of a large program holds thousands of
    people, and a Paragraph per cell (and a KeepTogether per event) took minutes."""
    facts = [
        f"Event {event.event_ref}",
        _day(event.occurred_on),
        event.event_type_label,
        event.department or "no department",
    ]
    if event.urgent:
        facts.append(f"urgent ({coverage.urgent_target_minutes}-minute target)")
    if not event.involved:
        verdict = "Nobody is recorded as involved: no one to show support for."
    elif event.covered:
        verdict = "Everyone involved was offered support within target."
    elif event.waiting:
        verdict = "Not everyone has been offered support yet; no target has passed unmet."
    else:
        verdict = "Not everyone involved was offered support within target."
    widths = [WIDTH * share for share in COLUMN_SHARES]
    about = _cell(" · ".join(facts), WIDTH, styles["event"], fonts.BOLD, EVENT_SIZE)
    rows: list[list[object]] = [
        [about, *[""] * (len(HEADER) - 1)],
        [_wrapped(verdict, WIDTH), *[""] * (len(HEADER) - 1)],
    ]
    if event.involved:
        rows.append([_wrapped(h, w, fonts.BOLD) for h, w in zip(HEADER, widths, strict=True)])
    for person in event.involved:
        values = (
            person.role.label,
            person.case_reference,
            _moment(person.referred_at),
            _offered(person),
            _timeliness(person),
            person.outcome_words,
        )
        name = _cell(person.clinician, widths[0], styles["cell"])
        rows.append([name, *(_wrapped(v, w) for v, w in zip(values, widths[1:], strict=True))])
    heads = min(len(rows), 3)
    table = Table(rows, colWidths=widths, repeatRows=heads, spaceBefore=3 * mm)
    table.setStyle(_TABLE_STYLE if event.involved else _EVENT_ONLY_STYLE)
    return table


def _event_style(*, with_people: bool) -> TableStyle:
    """The report's grid (report_style's rules and shading) in as few commands as
    give it: reportlab applies each command cell by cell, thousands of tables over."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL_SIZE, CELL_SIZE + 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (0, 1), (-1, 1)),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, EVENT_SIZE, EVENT_SIZE + 3),
    ]
    if with_people:
        commands += [
            ("LINEBELOW", (0, 2), (-1, -1), 0.25, GRID),
            ("FONT", (0, 2), (-1, 2), fonts.BOLD, CELL_SIZE, CELL_SIZE + 2),
            ("BACKGROUND", (0, 2), (-1, 2), HEAD),
        ]
    return TableStyle(commands)


def _cell(
    text: str,
    width: float,
    style: ParagraphStyle,
    font: str = fonts.REGULAR,
    size: float = CELL_SIZE,
) -> object:
    """A name (or a line holding one) wrapped to its column; a Paragraph only for one in
    a script that needs the fallback fonts (the report's own words never do)."""
    if not text.isascii() and not all(_in_font(ch, font) for ch in set(text)):
        return Paragraph(markup(text, font), style)
    return _wrapped(text, width, font, size)


@lru_cache(maxsize=4096)  # the same labels, verdicts and outcomes, thousands of times
def _wrapped(text: str, width: float, font: str = fonts.REGULAR, size: float = CELL_SIZE) -> str:
    """Lines of whole words that fit the column (less its padding); a word longer than
    the column stays whole."""
    room = width - 2 * CELL_PADDING
    space = _width(" ", font, size)
    lines: list[list[str]] = []
    used = 0.0
    for word in text.split():
        needed = _width(word, font, size)
        if lines and used + space + needed <= room:
            lines[-1].append(word)
            used += space + needed
        else:
            lines.append([word])
            used = needed
    return "\n".join(" ".join(line) for line in lines)


@lru_cache(maxsize=4096)
def _in_font(ch: str, font: str) -> bool:
    """Whether the font draws the character itself (else a fallback font must)."""
    return runs(ch, font)[0][0] == font


@lru_cache(maxsize=16384)  # reportlab measures in Python, a character at a time
def _width(word: str, font: str, size: float) -> float:
    return float(stringWidth(word, font, size))


def _offered(person: InvolvedPerson) -> str:
    offered = person.offered
    if offered is None:
        return "not offered" if person.timeliness is Timeliness.MISSED else "not yet"
    return f"{_moment(offered)} (after {_elapsed(offered - person.referred_at)})"


def _timeliness(person: InvolvedPerson) -> str:
    return {
        Timeliness.WITHIN: "yes",
        Timeliness.LATE: "no, late",
        Timeliness.MISSED: "no, never offered",
        Timeliness.NOT_YET_DUE: f"not yet due ({_moment(person.due_at)})",
    }[person.timeliness]


def _elapsed(span: dt.timedelta) -> str:
    minutes = max(int(span.total_seconds() // 60), 0)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {rest:02d} min" if rest else f"{hours} h"
    return f"{hours // 24} days {hours % 24} h"


def _moment(at: dt.datetime) -> str:
    return f"{at.day} {at:%b %Y, %H:%M}"


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _styles() -> Styles:
    styles = paragraph_styles()
    styles["h2"] = ParagraphStyle(
        "h2", parent=styles["base"], fontName=fonts.BOLD, fontSize=10.5, leading=14,
        spaceBefore=6, spaceAfter=2,
    )  # fmt: skip
    styles["cell"] = ParagraphStyle("cell", parent=styles["cell"], fontSize=8, leading=10)
    styles["event"] = ParagraphStyle(
        "event", parent=styles["cell"], fontName=fonts.BOLD, fontSize=EVENT_SIZE, leading=13
    )
    return styles


def _warning_at_top(canvas: Canvas, _document: SimpleDocTemplate) -> None:
    """The warning above the text of each page after the first, whose story opens with
    it (said once to a screen reader; here an artifact it skips)."""
    height = A4[1]
    with artifact(canvas, "Pagination"):
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 8.5)
        canvas.setFillColor(WARNING_RED)
        canvas.drawString(MARGIN, height - MARGIN + 1 * mm, INTERNAL_WARNING)
        canvas.restoreState()


_TABLE_STYLE = _event_style(with_people=True)
_EVENT_ONLY_STYLE = _event_style(with_people=False)
