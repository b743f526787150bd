"""The program's identity: hospital, lead and logo, kept in the vault and on the report."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.reports.report_input import date_span
from peersupport_desktop.services import settings
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.quarterly_reports import report_pdf
from peersupport_desktop.store.models import AuditEntry
from peersupport_desktop.store.vault import Vault
from tests.known_program import AS_OF, Q3, build_known_program
from tests.pdf_text import pages
from tests.pictures import png


def test_hospital_and_lead_are_kept_and_cleared(vault: Vault) -> None:
    settings.change_settings(vault, hospital_name="  Mercy General ", program_lead="Dr. Ada Lee")
    kept = settings.get_settings(vault)
    assert (kept.hospital_name, kept.program_lead) == ("Mercy General", "Dr. Ada Lee")
    settings.change_settings(vault, hospital_name="", program_lead=None)
    cleared = settings.get_settings(vault)
    assert (cleared.hospital_name, cleared.program_lead) == (None, None)


def test_a_png_logo_is_kept_and_removed(vault: Vault) -> None:
    assert settings.get_logo(vault) is None
    settings.set_logo(vault, png())
    assert settings.get_logo(vault) == settings.Logo(png(), "png")
    settings.remove_logo(vault)
    assert settings.get_logo(vault) is None
    with vault.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["settings.logo", "settings.logo_removed"]


def test_a_text_file_named_png_is_refused(vault: Vault, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture at all")
    with pytest.raises(InvalidInput) as refused:
        settings.set_logo(vault, fake.read_bytes())
    assert str(refused.value) == "The logo must be a PNG or JPEG picture."
    assert settings.get_logo(vault) is None


def test_a_damaged_picture_is_refused_when_chosen_not_when_the_report_is_made(
    vault: Vault,
) -> None:
    damaged = png()[:30]  # a PNG's first bytes, cut off
    with pytest.raises(InvalidInput) as refused:
        settings.set_logo(vault, damaged)
    assert str(refused.value) == "The logo could not be read as a picture: it may be damaged."
    assert settings.get_logo(vault) is None


def test_a_logo_over_one_megabyte_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput) as refused:
        settings.set_logo(vault, png() + b"\x00" * (1024 * 1024))
    assert str(refused.value) == "The logo must be at most 1 MB."
    assert settings.get_logo(vault) is None


def test_the_report_names_the_hospital_and_program_and_draws_the_logo(vault: Vault) -> None:
    build_known_program(vault)
    settings.change_settings(
        vault,
        program_name="Mercy Peer Support",
        hospital_name="Mercy General",
        program_lead="Dr. Ada Lee",
    )
    settings.set_logo(vault, png())
    pdf = report_pdf(vault, Q3, Edition.INTERNAL, as_of=AS_OF)
    texts = pages(pdf)
    cover = texts[0]
    for words in ("Mercy General", "Mercy Peer Support", "Quarterly report Q3 2026"):
        assert words in cover
    assert "Program lead: Dr. Ada Lee" in cover
    assert "1 July – 30 September 2026" in cover  # the period as a reader says it
    for text in texts:
        flat = text.replace("\n", "")
        assert (
            "Mercy General · Mercy Peer Support · Quarterly report Q3 2026 · Confidential" in flat
        )
    assert "2026Q3" not in "\n".join(texts)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages[0].images) == 1
    assert all(len(page.images) == 0 for page in reader.pages[1:])


def test_without_hospital_or_logo_the_footer_names_the_program(vault: Vault) -> None:
    build_known_program(vault)
    settings.change_settings(vault, program_name="Mercy Peer Support")
    pdf = report_pdf(vault, Q3, Edition.LEADERSHIP, as_of=AS_OF)
    texts = pages(pdf)
    assert "Program lead" not in texts[0]
    for text in texts:
        assert text.replace("\n", "").count("Mercy Peer Support · Quarterly report Q3 2026") == 1
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 0


@pytest.mark.parametrize(
    ("first", "last", "said"),
    [
        (dt.date(2026, 7, 1), dt.date(2026, 9, 30), "1 July – 30 September 2026"),
        (dt.date(2025, 10, 1), dt.date(2026, 3, 31), "1 October 2025 – 31 March 2026"),
    ],
)
def test_a_period_reads_as_a_span(first: dt.date, last: dt.date, said: str) -> None:
    assert date_span(first, last) == said
