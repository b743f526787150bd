"""The top of page one: who, what and when in a few lines (logo, hospital, program,
quarter and period, lead, edition, "Confidential"), and what "hidden" means."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer

from peersupport_desktop.reports import fonts
from peersupport_desktop.reports.figure_text import HIDDEN, Edition
from peersupport_desktop.reports.report_input import ReportInput, date_span
from peersupport_desktop.reports.report_style import Styles
from peersupport_desktop.reports.text_runs import markup


def front_matter(
    report: ReportInput, styles: Styles, *, logo_height: float = 25 * mm
) -> list[Flowable]:
    period = report.figures.quarter.period
    span = date_span(period.starts.date(), period.last_day)
    top: list[Flowable] = [logo(report.logo, logo_height), Spacer(1, 3 * mm)] if report.logo else []
    if report.hospital_name:
        top.append(Paragraph(markup(report.hospital_name), styles["subtitle"]))
    lead = [Paragraph(markup(f"Program lead: {report.program_lead}"), styles["base"])]
    produced = report.produced_at
    return [
        *top,
        Paragraph(markup(report.program_name, fonts.BOLD), styles["title"]),
        Paragraph(f"{report.kind} {escape(report.quarter_label)} · {span}", styles["subtitle"]),
        *(lead if report.program_lead else []),
        Spacer(1, 2 * mm),
        Paragraph(
            f"{report.edition.heading} · Produced {produced.day} {produced:%B %Y, %H:%M} · "
            '<font color="#ab091e"><b>Confidential</b></font>',
            styles["base"],
        ),
    ]


def edition_note(report: ReportInput) -> str:
    if report.edition is Edition.INTERNAL:
        return (
            "For the program only: exact counts and supporter workload. Share the "
            "leadership edition outside the program."
        )
    return (
        f"A figure reads \u201c{HIDDEN}\u201d where it counts 1 to {report.threshold - 1} "
        "people, or where such a count could be worked out from it together with the "
        "other figures of this report and of earlier reports and exports. No supporter "
        "or clinician is named."
    )


def picture_size(data: bytes) -> tuple[int, int] | None:
    """A logo's width and height in pixels, as the cover will read it; None when it
    cannot be read as a picture (a PNG's first bytes on a damaged file, say)."""
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # the imaging library's errors have no common base
        return None
    return (int(width), int(height)) if width > 0 and height > 0 else None


def logo(data: bytes, box_height: float = 25 * mm) -> Flowable:
    """The logo scaled, its shape kept, to fit a box twice as wide as it is high."""
    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(2 * box_height / width, box_height / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image
