"""The internal event coverage report as a PDF: the share of serious events whose every
involved clinician was offered support within target, then each event and its people.

It names people, so every page says so at its top and in its footer.
"""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

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
    MARGIN,
    WIDTH,
    Styles,
    grid_style,
    paragraph_styles,
)
from peersupport_desktop.reports.structure_tree import artifact
from peersupport_desktop.reports.tagged_flowables import tagged_story
from peersupport_desktop.reports.tagged_pdf import finish_tagged
from peersupport_desktop.reports.text_runs import markup

INTERNAL_WARNING = "Internal: names the people involved \u2014 not for sharing"
TITLE = "Event coverage report"
# Clinician, role, case, referred, support offered, within target, outcome.
COLUMN_SHARES = (0.18, 0.14, 0.115, 0.125, 0.16, 0.12, 0.16)
HEADER = ("Clinician", "Role", "Case", "Referred", "Support offered", "Within target", "Outcome")
WARNING_RED = colors.HexColor("#ab091e")


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
        canvasmaker=numbered_canvas(f"{program_name} · {title} · {INTERNAL_WARNING}"),
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
    parts: list[Flowable] = [
        Paragraph(markup(" · ".join(facts)), styles["h2"]),
        Paragraph(escape(verdict), styles["small"]),
    ]
    if event.involved:
        parts.append(_people_table(event.involved, styles))
    parts.append(Spacer(1, 2 * mm))
    # A short event stays whole on one page; a long one splits, its header repeated.
    return KeepTogether(parts)


def _people_table(people: tuple[InvolvedPerson, ...], styles: Styles) -> Table:
    cell = styles["cell"]
    rows: list[list[object]] = [[Paragraph(escape(h), styles["head"]) for h in HEADER]]
    for person in people:
        values = (
            person.clinician,
            person.role.label,
            person.case_reference,
            _moment(person.referred_at),
            _offered(person),
            _timeliness(person),
            person.outcome_words,
        )
        rows.append([Paragraph(markup(value), cell) for value in values])
    table = Table(rows, colWidths=[WIDTH * share for share in COLUMN_SHARES], repeatRows=1)
    style = grid_style(header=True, numeric_from=len(HEADER))  # nothing right-aligned
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    table.setStyle(style)
    return table


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
    styles["head"] = ParagraphStyle("head", parent=styles["cell"], fontName=fonts.BOLD)
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
