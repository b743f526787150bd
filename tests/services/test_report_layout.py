"""The report's pages as a reader sees them: none but the last more than half empty,
and every table's text inside its column."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, KeepTogether, Table

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports import fonts
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.reports.quarterly_report import report_story
from peersupport_desktop.reports.report_style import MARGIN, paragraph_styles
from peersupport_desktop.services import highlights, settings
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.quarterly_reports import report_input, report_pdf
from peersupport_desktop.store.vault import Vault
from tests.known_program import AS_OF, Q3, build_known_program
from tests.pdf_text import positioned
from tests.pictures import png

DEMO_AS_OF = dt.datetime(2026, 11, 20, 15)
BOTTOM = 22 * 72 / 25.4  # the frame's bottom margin, above the footer


def demo(vault: Vault, *, dressed: bool) -> None:
    """The demo program; ``dressed``: with a logo, a lead, targets and highlights."""
    fill_demo_program(vault, cases=400, as_of=DEMO_AS_OF)
    if not dressed:
        return
    current = settings.get_settings(vault)
    settings.update_settings(
        vault,
        dataclasses.replace(
            current, hospital_name="St Example Hospital", program_lead="Dr A. Lead",
            target_within_percent=90, target_acceptance_percent=80, target_refresher_percent=85,
        ),
    )  # fmt: skip
    settings.set_logo(vault, png(400, 200))
    highlights.set_highlights(
        vault, Q3, "Debriefs after two deaths on 4 West.\n\nNew on-call rota from August."
    )


def fullness(pdf: bytes) -> list[float]:
    """How far down each page its content reaches, as a share of the frame's height
    (the footer set aside)."""
    shares = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.height)
        content = [y for _x, y, _said in positioned(page) if y > BOTTOM - 4]
        top = height - MARGIN
        shares.append((top - min(content, default=top)) / (top - BOTTOM))
    return shares


@pytest.mark.parametrize("dressed", [False, True])
@pytest.mark.parametrize("edition", [Edition.LEADERSHIP, Edition.INTERNAL])
def test_no_page_but_the_last_is_more_than_half_empty(
    vault: Vault, edition: Edition, dressed: bool
) -> None:
    demo(vault, dressed=dressed)
    shares = fullness(report_pdf(vault, Q3, edition, as_of=DEMO_AS_OF))
    assert len(shares) >= 3
    assert all(share >= 0.5 for share in shares[:-1]), [f"{s:.0%}" for s in shares]


def test_the_known_program_fills_its_pages_too(vault: Vault) -> None:
    build_known_program(vault)
    for edition in (Edition.INTERNAL, Edition.LEADERSHIP):
        shares = fullness(report_pdf(vault, Q3, edition, as_of=AS_OF))
        assert all(share >= 0.5 for share in shares[:-1]), (edition, shares)


def tables(story: list[Flowable]) -> Iterator[Table]:
    for flowable in story:
        if isinstance(flowable, KeepTogether | KeepInFrame):
            yield from tables(list(flowable._content))  # type: ignore[attr-defined]
        elif isinstance(flowable, Table):
            yield flowable


@pytest.mark.parametrize("edition", list(Edition))
@pytest.mark.parametrize("quarter", [Q3, Quarter(2026, 4)])
def test_every_table_cell_fits_its_column(vault: Vault, edition: Edition, quarter: Quarter) -> None:
    demo(vault, dressed=True)
    settings.change_settings(vault, outreach_clock="working_hours", outreach_target_hours=168)
    fonts.register()
    report, _publication = report_input(vault, quarter, edition, DEMO_AS_OF)
    checked = 0
    for table in tables(report_story(report, paragraph_styles())):
        widths = table._colWidths  # type: ignore[attr-defined]
        for number, row in enumerate(table._cellvalues):  # type: ignore[attr-defined]
            # The header and a Total row are bold; a cell is padded 6 points a side.
            bold = number == 0 or row[0] == "Total"
            for width, cell in zip(widths, row, strict=True):
                if isinstance(cell, str) and cell:
                    face = fonts.BOLD if bold else fonts.REGULAR
                    assert stringWidth(cell, face, 9) <= width - 12, (cell, width)
                    checked += 1
    assert checked > 30
