"""The program at a glance: one page for a board packet, drawn from the checked
leadership publication, whatever the program's names and targets."""

from __future__ import annotations

import dataclasses
import io
import re

from pypdf import PdfReader

from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import highlights, settings
from peersupport_desktop.services.publication_log import earlier_publications
from peersupport_desktop.services.quarterly_reports import produce_report, publish_report
from peersupport_desktop.store.vault import Vault
from tests.known_program import AS_OF, Q3, build_known_program
from tests.pdf_text import pages
from tests.pictures import png


def test_one_page_whatever_the_names_and_targets(vault: Vault) -> None:
    build_known_program(vault)
    current = settings.get_settings(vault)
    settings.update_settings(
        vault,
        dataclasses.replace(
            current,
            program_name="Clinician Peer Support and Wellbeing Program " * 4,
            hospital_name="St Example University Hospital and Regional Trauma Centre " * 3,
            program_lead="Dr Alexandra Example-Longname, Chief Wellness Officer " * 2,
            target_within_percent=90, target_acceptance_percent=80, target_refresher_percent=85,
        ),
    )  # fmt: skip
    settings.set_logo(vault, png(600, 200))
    report = produce_report(vault, Q3, Edition.GLANCE, as_of=AS_OF)
    assert len(PdfReader(io.BytesIO(report.pdf)).pages) == 1
    text = re.sub(r"\s+", " ", pages(report.pdf)[0])
    order = ["Program at a glance Q3 2026", "Summary", "Targets", "Trends over eight quarters"]
    assert [text.index(words) for words in order] == sorted(text.index(w) for w in order)
    assert "Referrals: hidden this quarter, to protect small numbers." in text
    assert highlights.names_in(vault, text) == []  # no clinician or supporter named
    assert "Page 1 of 1" in text and "Confidential" in text


def test_the_glance_is_checked_and_logged_as_a_publication(vault: Vault) -> None:
    build_known_program(vault)
    report = produce_report(vault, Q3, Edition.GLANCE, as_of=AS_OF)
    assert report.publication is not None
    publish_report(vault, report, None)  # printed
    assert len(earlier_publications(vault, [str(Q3)])) == 1
    # The leadership edition made after it reads the same hidden figures at least.
    leadership = produce_report(vault, Q3, Edition.LEADERSHIP, as_of=AS_OF)
    assert leadership.publication is not None
    assert report.publication.hidden <= leadership.publication.hidden
