"""The quarterly report read back: the numbers printed are the figures, in both editions."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import audit, cases, contacts, settings, supporters
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.services.quarterly_reports import report_pdf, save_report
from peersupport_desktop.store.vault import Vault
from tests.known_program import AS_OF, Q3, build_known_program
from tests.pdf_text import key_figure, lines_after, pages, section


@pytest.fixture
def known(vault: Vault) -> Vault:
    build_known_program(vault)
    return vault


def test_internal_edition_prints_the_figures(known: Vault) -> None:
    text = "\n".join(pages(report_pdf(known, Q3, Edition.INTERNAL, as_of=AS_OF)))
    expected = {
        # The quarter, the quarter before, the same quarter a year ago (nothing
        # then), the year to date.
        "Referrals (new cases)": ["4", "1", "0", "5"],
        "People reached (a conversation)": ["2", "1", "0", "3"],
        "Events": ["3", "1", "0", "4"],
        "Group events": ["1", "0", "0", "1"],
        "Median hours to first outreach": ["17.5 h", "10.0 h", "–", "10.0 h"],
        "90th percentile of those hours": ["30.0 h", "10.0 h", "–", "30.0 h"],
        "Outreach within 24 h": ["25%", "100%", "–", "40%"],
        "Acceptance rate": ["67%", "0%", "–", "50%"],
        "Referred to resources": ["1", "0", "0", "1"],
        "… of whom accepted": ["1", "0", "0", "1"],
        "Open at quarter end": ["1", "1", "0", "1"],
        "Contacts": ["4", "0", "0", "4"],
        "Active trained supporters": ["1", "1", "1", "1"],
        "Trainings": ["1", "0", "0", "1"],
    }
    for label, values in expected.items():
        assert key_figure(text, label) == values, label
    assert section(text, "By event type") == {
        "Unexpected patient death": "2", "Adverse event": "1", "Near miss": "1", "Total": "4",
    }  # fmt: skip
    assert section(text, "By department") == {"ICU": "2", "Surgery": "2", "Total": "4"}
    assert section(text, "Closings by outcome") == {"Supported": "2", "Declined": "2", "Total": "4"}
    assert lines_after(text, "Sam One", 2) == ["3", "1.2"]  # 75 minutes
    assert "Confidential" in text


def test_every_page_has_its_footer_and_number(known: Vault) -> None:
    texts = pages(report_pdf(known, Q3, Edition.INTERNAL, as_of=AS_OF))
    for number, text in enumerate(texts, start=1):
        assert "Quarterly report Q3 2026 · Confidential" in text
        assert f"Page {number} of {len(texts)}" in text


def test_leadership_edition_names_nobody_and_hides_small_numbers(known: Vault) -> None:
    text = "\n".join(pages(report_pdf(known, Q3, Edition.LEADERSHIP, as_of=AS_OF)))
    assert "Sam One" not in text and "Supporter workload" not in text
    assert key_figure(text, "Referrals (new cases)") == ["hidden", "hidden", "0", "hidden"]
    assert key_figure(text, "Median hours to first outreach") == ["hidden", "hidden", "–", "hidden"]
    for row in section(text, "By event type").values():
        assert row in ("0", "hidden")


def test_a_suppressed_cell_cannot_be_recovered_from_the_total(vault: Vault) -> None:
    # 30 cases from Surgery and 3 from ICU: hiding only ICU's 3 would leave 33 - 30.
    when = dt.datetime(2026, 8, 3, 9)
    for n in range(33):
        cases.open_case(
            vault,
            cases.NewCase(
                referral_source="self",
                referred_at=when + dt.timedelta(hours=n),
                clinician=ClinicianInput(
                    name=f"Person {n}", role="nurse", department="ICU" if n < 3 else "Surgery"
                ),
                event=EventInput(event_type="trauma", occurred_on=when.date()),
            ),
        )
    text = "\n".join(pages(report_pdf(vault, Q3, Edition.LEADERSHIP, as_of=AS_OF)))
    departments = section(text, "By department")
    # ICU's 3 are grouped and never named; shown beside Surgery's 30 and the total of
    # 33, the group would be 3, so one of those two is hidden too, and reads alike.
    assert "ICU" not in text
    assert departments["Other departments"] == "hidden"
    assert sorted([departments["Surgery"], departments["Total"]]) in (
        ["30", "hidden"],
        ["33", "hidden"],
        ["hidden", "hidden"],
    )


def test_an_empty_quarter_still_makes_a_report(vault: Vault) -> None:
    text = "\n".join(pages(report_pdf(vault, Quarter(2025, 1), Edition.INTERNAL, as_of=AS_OF)))
    assert key_figure(text, "Referrals (new cases)") == ["0", "0", "0", "0"]
    assert key_figure(text, "Median hours to first outreach") == ["–", "–", "–", "–"]
    assert "No contacts were logged this quarter." in text


def test_a_target_counted_in_working_hours_says_so(vault: Vault) -> None:
    def text() -> str:
        return "\n".join(pages(report_pdf(vault, Quarter(2025, 1), Edition.INTERNAL, as_of=AS_OF)))

    assert "Outreach within 24 h" in text() and "within 24 hours, an" in text()
    settings.change_settings(vault, outreach_clock="working_hours", outreach_target_hours=16)
    assert "Outreach within 16 working h" in text() and "within 16 working hours, an" in text()


def test_names_in_many_scripts_print(vault: Vault) -> None:
    names = [
        "Zoë Ångström",
        "Łukasz Żółć",
        "Αθηνά Παπαδοπούλου",
        "Светлана Иванова",
        "Nguyễn Thị Hằng",
        "山田 太郎",
        "김민준",
        "さくら 佐藤",
    ]
    for name in names:
        person = supporters.add_supporter(vault, supporters.SupporterInput(name=name, role="nurse"))
        case = cases.open_case(
            vault,
            cases.NewCase(
                referral_source="self",
                referred_at=dt.datetime(2026, 8, 3, 9),
                clinician=ClinicianInput(name="Someone", role="nurse"),
                event=EventInput(event_type="trauma", occurred_on=dt.date(2026, 8, 3)),
            ),
        )
        contacts.log_contact(
            vault,
            case.id,
            contacts.ContactInput(
                kind="conversation", mode="phone", occurred_at=dt.datetime(2026, 8, 3, 12),
                duration_minutes=30, supporter_id=person.id,
            ),
        )  # fmt: skip
    settings.change_settings(vault, program_name="東京 Peer Support")
    pdf = report_pdf(vault, Q3, Edition.INTERNAL, as_of=AS_OF)
    text = "\n".join(pages(pdf))
    for name in names:
        assert name in text
    # The footer is drawn run by run; extracted, each run stands on its own line.
    assert "東京 Peer Support · Quarterly report Q3 2026" in text.replace("\n", "")
    embedded = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
        if "/FontFile2" in font.get_object().get("/FontDescriptor", {})
        or "/DescendantFonts" in font.get_object()
    }
    assert {"DejaVuSans", "DroidSansFallback", "NanumGothic"} <= embedded


def test_saving_writes_only_the_chosen_file_and_audits(known: Vault, tmp_path: Path) -> None:
    settings.change_settings(known, program_name="Mercy Peer Support")
    out = tmp_path / "reports" / "q3.pdf"
    out.parent.mkdir()
    save_report(known, Q3, Edition.LEADERSHIP, out, as_of=AS_OF)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["q3.pdf"]
    assert "Mercy Peer Support" in pages(out.read_bytes())[0]
    assert audit.entries(known, action="report.leadership")
