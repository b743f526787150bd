"""The event coverage report's figures, worked out by hand on a small known program,
read back from the PDF (pypdf) and the CSV as a reader does, and the save's rules."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from peersupport_desktop.core.codes import ContactKind, ContactMode
from peersupport_desktop.core.event_coverage import CoveragePeriod, Timeliness
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.coverage_csv import COLUMNS
from peersupport_desktop.reports.coverage_report import INTERNAL_WARNING
from peersupport_desktop.services import audit, cases, contacts
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.event_coverage import (
    event_coverage,
    period_between,
    save_coverage,
)
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.errors import OutputExists
from peersupport_desktop.store.vault import Vault

Q3 = Quarter(2026, 3)
AS_OF = dt.datetime(2026, 10, 15, 12, 0)
T = dt.datetime
SHARE = "1 of 3 events (33%)"
SENTENCE = (
    "In one of the three serious events of Q3 2026, everyone involved was offered support "
    f"within target: {SHARE}."
)


def refer(
    vault: Vault,
    when: dt.datetime,
    name: str,
    role: str,
    *,
    event: EventInput | None = None,
    event_id: int | None = None,
    urgent: bool = False,
) -> cases.CaseRecord:
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="colleague",
            referred_at=when,
            clinician=ClinicianInput(name=name, role=role, department="ICU"),
            event=event,
            event_id=event_id,
            urgent=urgent,
        ),
    )


def contact(vault: Vault, case_id: int, when: dt.datetime, kind: ContactKind) -> None:
    contacts.log_contact(
        vault, case_id, contacts.ContactInput(kind=kind, mode=ContactMode.PHONE, occurred_at=when)
    )


def build(vault: Vault) -> dict[str, int]:
    """Three serious events of Q3 2026 and one that is not; the outreach target is 24 h
    (the default, clock hours), the urgent one 30 minutes."""
    # A: an urgent unexpected death, two people. Ana reached out to after 20 minutes
    # (an attempt counts) and talked to; Ben after 50 minutes: late for the urgent target.
    death = EventInput("unexpected_death", dt.date(2026, 7, 6), department="ICU")
    ana = refer(vault, T(2026, 7, 6, 9), "Ana Lima", "nurse", event=death, urgent=True)
    ben = refer(vault, T(2026, 7, 6, 9), "Ben Osei", "attending", event_id=ana.event_id)
    contact(vault, ana.id, T(2026, 7, 6, 9, 20), ContactKind.OUTREACH_ATTEMPT)
    contact(vault, ana.id, T(2026, 7, 6, 11), ContactKind.CONVERSATION)
    contact(vault, ben.id, T(2026, 7, 6, 9, 50), ContactKind.CONVERSATION)
    # B: a medical error. Chloé talked to after 5 h and closed; Dan never offered support.
    error = EventInput("medical_error", dt.date(2026, 8, 3), department="Pharmacy")
    chloe = refer(vault, T(2026, 8, 3, 10), "Chloé Dubois", "pharmacist", event=error)
    dan = refer(vault, T(2026, 8, 3, 10), "Dan Roe", "trainee", event_id=chloe.event_id)
    contact(vault, chloe.id, T(2026, 8, 3, 15), ContactKind.CONVERSATION)
    cases.close_case(vault, chloe.id, "supported", T(2026, 8, 20))
    # C: a trauma, one person: an attempt after 23 h, never answered; closed unreachable.
    trauma = EventInput("trauma", dt.date(2026, 9, 10))
    eve = refer(vault, T(2026, 9, 10, 8), "Eve Park", "nurse", event=trauma)
    contact(vault, eve.id, T(2026, 9, 11, 7), ContactKind.OUTREACH_ATTEMPT)
    cases.close_case(vault, eve.id, "unreachable", T(2026, 9, 30))
    # Not serious (a near miss, not urgent), and a serious one of the next quarter.
    refer(vault, T(2026, 8, 5, 9), "Finn Hale", "nurse",
          event=EventInput("near_miss", dt.date(2026, 8, 5)))  # fmt: skip
    refer(vault, T(2026, 10, 2, 9), "Gus Next", "nurse",
          event=EventInput("trauma", dt.date(2026, 10, 2)))  # fmt: skip
    return {"a": ana.event_id, "b": chloe.event_id, "c": eve.event_id, "dan": dan.id}


def test_figures_worked_out_by_hand(vault: Vault) -> None:
    ids = build(vault)
    coverage = event_coverage(vault, CoveragePeriod.of_quarter(Q3), as_of=AS_OF)
    assert [e.event_ref for e in coverage.events] == [ids["a"], ids["b"], ids["c"]]
    a, b, c = coverage.events
    # A: urgent, each case due 30 minutes after its referral.
    assert a.urgent and a.event_type_label == "Unexpected patient death" and a.department == "ICU"
    ana, ben = a.involved
    assert (ana.clinician, ana.due_at, ana.offered) == (
        "Ana Lima", T(2026, 7, 6, 9, 30), T(2026, 7, 6, 9, 20)
    )  # fmt: skip
    assert ana.timeliness is Timeliness.WITHIN and ana.outcome_words == "open, reached"
    assert (ben.clinician, ben.offered, ben.timeliness) == (
        "Ben Osei", T(2026, 7, 6, 9, 50), Timeliness.LATE
    )  # fmt: skip
    assert not a.covered
    # B: not urgent, due 24 h on; Dan never offered support, his target long passed.
    chloe, dan = b.involved
    assert chloe.due_at == T(2026, 8, 4, 10) and chloe.timeliness is Timeliness.WITHIN
    assert chloe.outcome_words == "closed (supported), reached"
    assert (dan.clinician, dan.offered, dan.timeliness) == ("Dan Roe", None, Timeliness.MISSED)
    assert dan.outcome_words == "open, not reached" and not b.covered
    # C: the attempt came 23 h after the referral: offered within target, never reached.
    (eve,) = c.involved
    assert eve.timeliness is Timeliness.WITHIN and c.covered
    assert eve.outcome_words == "closed (unreachable), not reached"
    assert coverage.covered == 1 and coverage.people == 5
    assert coverage.share == SHARE
    assert coverage.sentence == SENTENCE


def test_a_target_still_ahead_is_said_apart(vault: Vault) -> None:
    ids = build(vault)
    # On 3 August at noon, Dan's target (4 August, 10:00) is still ahead.
    period = period_between(dt.date(2026, 8, 1), dt.date(2026, 8, 3))
    coverage = event_coverage(vault, period, as_of=T(2026, 8, 3, 12))
    (event,) = coverage.events
    assert event.event_ref == ids["b"] and event.waiting and not event.covered
    assert [p.timeliness for p in event.involved] == [Timeliness.NOT_YET_DUE] * 2
    assert coverage.sentence == (
        "In the one serious event of 1 August 2026 to 3 August 2026, not everyone involved "
        "was offered support within target: 0 of 1 event (0%). 1 event has someone whose "
        "target has not passed yet."
    )


def test_no_serious_events_and_a_period_backwards(vault: Vault) -> None:
    build(vault)
    coverage = event_coverage(vault, CoveragePeriod.of_quarter(Quarter(2026, 1)), as_of=AS_OF)
    assert coverage.events == () and coverage.share == "0 of 0 events (0%)"
    assert coverage.sentence == "There were no serious events in Q1 2026."
    with pytest.raises(InvalidInput):
        period_between(dt.date(2026, 8, 3), dt.date(2026, 8, 1))


def test_the_pdf_read_back(vault: Vault, tmp_path: Path) -> None:
    build(vault)
    out = tmp_path / "coverage.pdf"
    save_coverage(vault, CoveragePeriod.of_quarter(Q3), out, as_of=AS_OF)
    reader = PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    for text in pages:  # at the top and in the footer of every page
        assert text.count(INTERNAL_WARNING) >= 2, text
    whole = " ".join(" ".join(pages).split())
    assert " ".join(SENTENCE.split()) in whole
    for name in ("Ana Lima", "Ben Osei", "Chloé Dubois", "Dan Roe", "Eve Park"):
        assert name in whole
    assert "Finn Hale" not in whole and "Gus Next" not in whole
    assert "urgent (30-minute target)" in whole and "no, never offered" in whole
    assert "no, late" in whole
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]  # tagged, as the report is
    assert out.stat().st_mode & 0o077 == 0


def test_the_pdf_warns_on_every_page_of_a_long_report(vault: Vault, tmp_path: Path) -> None:
    for day in range(1, 31):
        event = EventInput("adverse_event", dt.date(2026, 7, day))
        first = refer(vault, T(2026, 7, day, 9), f"Person {day}a", "nurse", event=event)
        for other in "bcd":
            refer(vault, T(2026, 7, day, 9), f"Person {day}{other}", "nurse",
                  event_id=first.event_id)  # fmt: skip
    out = tmp_path / "long.pdf"
    save_coverage(vault, CoveragePeriod.of_quarter(Q3), out, as_of=AS_OF)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) >= 3
    assert all(text.count(INTERNAL_WARNING) >= 2 for text in pages)


def test_the_csv_read_back(vault: Vault, tmp_path: Path) -> None:
    ids = build(vault)
    out = tmp_path / "coverage.csv"
    save_coverage(vault, CoveragePeriod.of_quarter(Q3), out, as_of=AS_OF)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["clinician"] for r in rows] == [
        "Ana Lima", "Ben Osei", "Chloé Dubois", "Dan Roe", "Eve Park"
    ]  # fmt: skip
    ana, ben, chloe, dan, eve = rows
    assert ana == {
        "event_ref": str(ids["a"]),
        "event_date": "2026-07-06",
        "event_type": "unexpected_death",
        "department": "ICU",
        "urgent": "yes",
        "clinician": "Ana Lima",
        "role": "nurse",
        "case_reference": ana["case_reference"],
        "referred_at": "2026-07-06 09:00",
        "support_offered_at": "2026-07-06 09:20",
        "within_target": "yes",
        "outcome": "open, reached",
    }
    assert ana["case_reference"].startswith("PS-")
    assert (ben["within_target"], ben["support_offered_at"]) == ("no", "2026-07-06 09:50")
    assert (dan["within_target"], dan["support_offered_at"]) == ("no", "")
    assert chloe["department"] == "Pharmacy" and chloe["urgent"] == "no"
    assert eve["department"] == "" and eve["outcome"] == "closed (unreachable), not reached"


def test_saving_refuses_an_existing_file_and_a_wrong_suffix_and_is_audited(
    vault: Vault, tmp_path: Path
) -> None:
    build(vault)
    period = CoveragePeriod.of_quarter(Q3)
    out = tmp_path / "coverage.csv"
    out.write_text("keep me")
    with pytest.raises(OutputExists):
        save_coverage(vault, period, out, as_of=AS_OF)
    assert out.read_text() == "keep me"
    save_coverage(vault, period, out, replace=True, as_of=AS_OF)
    assert "Dan Roe" in out.read_text(encoding="utf-8-sig")
    with pytest.raises(InvalidInput, match=r"\.pdf or a \.csv"):
        save_coverage(vault, period, tmp_path / "coverage.xlsx", as_of=AS_OF)
    assert not (tmp_path / "coverage.xlsx").exists()
    saved = [e for e in audit.entries(vault) if e.action == "report.coverage_saved"]
    assert len(saved) == 1


def test_an_urgent_event_of_any_type_is_serious(vault: Vault) -> None:
    build(vault)
    strain = EventInput("strain", dt.date(2026, 9, 1))
    urgent = refer(vault, T(2026, 9, 1, 22), "Ivy Urgent", "nurse", event=strain, urgent=True)
    refer(vault, T(2026, 9, 2, 9), "Jo Calm", "nurse",
          event=EventInput("strain", dt.date(2026, 9, 2)))  # fmt: skip
    coverage = event_coverage(vault, CoveragePeriod.of_quarter(Q3), as_of=AS_OF)
    refs = [event.event_ref for event in coverage.events]
    assert urgent.event_id in refs and len(refs) == 4
    (ivy,) = coverage.events[refs.index(urgent.event_id)].involved
    # Due 30 clock minutes on, at night too; never offered.
    assert ivy.due_at == T(2026, 9, 1, 22, 30) and ivy.timeliness is Timeliness.MISSED
    assert coverage.share == "1 of 4 events (25%)"
