"""The quarter's highlights: kept per quarter, refused when too long, checked for names,
and printed as the report's Highlights section in both editions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import highlights, settings
from peersupport_desktop.services.clinicians import ClinicianInput, add_clinician
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.quarterly_reports import report_pdf
from peersupport_desktop.services.supporters import SupporterInput, add_supporter
from peersupport_desktop.store.models import AuditEntry
from peersupport_desktop.store.vault import Vault
from tests.known_program import AS_OF, Q3, build_known_program
from tests.pdf_text import pages

SECRET = "Morale on 4 West lifted after the debriefs"


def test_highlights_are_kept_per_quarter_and_an_empty_text_removes_them(vault: Vault) -> None:
    q3, q4 = Quarter(2026, 3), Quarter(2026, 4)
    assert highlights.get_highlights(vault, q3) == ""
    highlights.set_highlights(vault, q3, f"  {SECRET}.\n\nA second paragraph.  ")
    highlights.set_highlights(vault, q4, "Quiet quarter.")
    assert highlights.get_highlights(vault, q3) == f"{SECRET}.\n\nA second paragraph."
    assert highlights.get_highlights(vault, q4) == "Quiet quarter."
    highlights.set_highlights(vault, q3, "   ")
    assert highlights.get_highlights(vault, q3) == ""
    assert highlights.get_highlights(vault, q4) == "Quiet quarter."
    with vault.reading() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [e.action for e in entries[-3:]] == [
        "report.highlights",
        "report.highlights",
        "report.highlights_removed",
    ]
    # The log says what was done, never the words.
    for entry in entries:
        assert SECRET not in " ".join(str(v) for v in vars(entry).values())


def test_highlights_over_two_thousand_characters_are_refused(vault: Vault) -> None:
    highlights.set_highlights(vault, Q3, "x" * 2000)
    with pytest.raises(InvalidInput) as refused:
        highlights.set_highlights(vault, Q3, "y" * 2001)
    assert str(refused.value) == "The highlights can have at most 2,000 characters."
    assert highlights.get_highlights(vault, Q3) == "x" * 2000


def test_names_in_finds_whole_names_whatever_the_case_and_accents(vault: Vault) -> None:
    add_clinician(vault, ClinicianInput(name="Ana Núñez", role="nurse"))
    add_supporter(vault, SupporterInput(name="Ren Kowalski", role="attending"))
    add_supporter(vault, SupporterInput(name="Li", role="nurse"))
    assert highlights.names_in(vault, "We thank ana  nunez for her work.") == ["Ana Núñez"]
    assert highlights.names_in(vault, "REN KOWALSKI and Ana Núñez led it.") == [
        "Ana Núñez",
        "Ren Kowalski",
    ]
    assert highlights.names_in(vault, "Ana led the debriefs; Anastasia Nunezova too.") == []
    assert highlights.names_in(vault, "Lighting and a library") == []
    assert highlights.names_in(vault, "") == []


def test_the_one_page_glance_leaves_the_highlights_out(vault: Vault) -> None:
    # Free text of up to 2,000 characters would crowd the one page, or shrink it all.
    build_known_program(vault)
    highlights.set_highlights(vault, Q3, "New rota from June.")
    text = " ".join(pages(report_pdf(vault, Q3, Edition.GLANCE, as_of=AS_OF)))
    assert "Summary" in text and "New rota" not in text and "Highlights" not in text


@pytest.mark.parametrize("edition", [Edition.INTERNAL, Edition.LEADERSHIP])
def test_the_report_shows_the_highlights_in_both_editions(vault: Vault, edition: Edition) -> None:
    build_known_program(vault)
    highlights.set_highlights(vault, Q3, f"{SECRET} & <peer> calls.\n\nNew rota from June.")
    texts = pages(report_pdf(vault, Q3, edition, as_of=AS_OF))
    flat = " ".join(t.replace("\n", " ") for t in texts)
    # After page one's summary, before the trends and the tables.
    assert flat.index("Summary") < flat.index("Highlights ") < flat.index("Trends over")
    assert f"{SECRET} & <peer> calls." in flat
    assert flat.index("Highlights ") < flat.index("New rota from June.") < flat.index("Key figures")


def test_no_highlights_no_section(vault: Vault) -> None:
    build_known_program(vault)
    highlights.set_highlights(vault, Quarter(2026, 2), "Another quarter's words.")
    text = "\n".join(pages(report_pdf(vault, Q3, Edition.INTERNAL, as_of=AS_OF)))
    assert "Highlights" not in text
    assert "Another quarter" not in text
    settings.get_settings(vault)  # the vault is still readable after the report
