"""Encounters supporters report on the survey tool's form: imported whole or not at all
from real CSV files (its encodings, a survey tool's own columns mapped), recognised
when they come again, and confirmed as contacts through the contacts service or
dismissed."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from peersupport_desktop.core.codes import (
    CaseStatus,
    ContactKind,
    ContactMode,
    EncounterState,
)
from peersupport_desktop.services import (
    audit,
    cases,
    contacts,
    record_kinds,
    reported_encounters,
    retention,
    settings,
    supporters,
)
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.services.record_import import RowsRejected, import_records
from peersupport_desktop.services.reported_encounters import KIND
from peersupport_desktop.services.watch_folder import import_dropped
from peersupport_desktop.store.models import ImportMapping, ReportedEncounter
from peersupport_desktop.store.vault import Vault

REFERRED = dt.datetime(2026, 3, 2, 15, 0)
HEADER = "case_code,occurred_on,minutes,mode,tier,follow_up_needed,intense,supporter\n"


def referral(
    vault: Vault, name: str = "Ingrid Solberg", at: dt.datetime = REFERRED
) -> cases.CaseRecord:
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self",
            referred_at=at,
            clinician=ClinicianInput(name=name, role="nurse", department="ICU"),
            event=EventInput(event_type="adverse_event", occurred_on=at.date()),
        ),
    )


def supporter(vault: Vault, name: str, email: str | None = None) -> int:
    data = supporters.SupporterInput(name=name, role="attending", email=email)
    return supporters.add_supporter(vault, data).id


def write(path: Path, body: str, encoding: str = "utf-8") -> Path:
    path.write_bytes((HEADER + body).encode(encoding))
    return path


def stored(vault: Vault) -> list[ReportedEncounter]:
    with vault.reading() as session:
        rows = list(session.scalars(select(ReportedEncounter).order_by(ReportedEncounter.id)))
        session.expunge_all()
        return rows


@pytest.fixture
def program(vault: Vault) -> dict[str, int]:
    mentor = supporter(vault, "Amara Okafor", "a.okafor@hospital.example")
    other = supporter(vault, "Jonas Berg", "j.berg@hospital.example")
    first = referral(vault)
    cases.assign_supporter(vault, first.id, mentor)
    second = referral(vault, "Tomas Lind")
    return {"mentor": mentor, "other": other, "first": first.id, "second": second.id}


def test_a_standard_file_attaches_each_row_to_its_case_and_waits(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "encounters.csv",
        f"ps-{program['first']},2026-03-03,45,Phone call,3,yes,yes,\n"
        f"PS {program['second']:06d},2026-03-04 16:20,20,face to face,,no,,"
        "j.berg@hospital.example\n"
        f"{program['second']},2026-03-05,0,Teams,Tier 2,Checked,Unchecked,jonas  BERG\n",
    )
    result = import_records(vault, KIND, path)
    assert (result.rows, result.added, result.unchanged) == (3, 3, 0)
    assert result.summary() == (
        "Reported encounters: 3 rows read, 3 added. They await confirmation on Today."
    )
    rows = stored(vault)
    assert [(r.case_id, r.occurred_on, r.minutes, r.mode) for r in rows] == [
        (program["first"], dt.date(2026, 3, 3), 45, ContactMode.PHONE),
        (program["second"], dt.date(2026, 3, 4), 20, ContactMode.IN_PERSON),
        (program["second"], dt.date(2026, 3, 5), 0, ContactMode.VIDEO),
    ]
    # A blank supporter is the case's own; a name or an e-mail finds the roster's.
    assert [r.supporter_id for r in rows] == [program["mentor"], program["other"], program["other"]]
    assert [(r.tier, r.follow_up_needed, r.intense) for r in rows] == [
        (3, True, True),
        (None, False, False),
        (2, True, False),
    ]
    assert {r.state for r in rows} == {EncounterState.WAITING}
    assert [w.id for w in reported_encounters.waiting(vault)] == [r.id for r in rows]
    logged = audit.entries(vault, action="import.encounters")
    assert sorted(e.record_id or 0 for e in logged) == [r.id for r in rows]
    assert {e.record_kind for e in logged} == {"reported_encounter"}


def test_the_same_rows_again_or_twice_in_a_file_add_nothing(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    row = f"PS-{program['first']:06d},2026-03-03,45,phone,,no,no,a.okafor@hospital.example\n"
    # The same meaning spelled otherwise: the supporter by name, the mode by label.
    same = f"ps{program['first']},2026-03-03,45,Phone,,,,amara okafor\n"
    path = write(tmp_path / "twice.csv", row + same)
    first = import_records(vault, KIND, path)
    assert (first.added, first.unchanged) == (1, 1)
    again = import_records(vault, KIND, path)
    assert (again.added, again.unchanged) == (0, 2)
    assert len(stored(vault)) == 1
    # A dismissed one stays dismissed when its file comes again.
    reported_encounters.dismiss(vault, stored(vault)[0].id)
    assert import_records(vault, KIND, path).added == 0
    assert [r.state for r in stored(vault)] == [EncounterState.DISMISSED]


def test_windows_1252_reads_like_utf8(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    accented = supporter(vault, "Zoë Müller-Étienne")
    body = f"PS-{program['second']:06d};2026-03-03;30;In person;;;;zoë müller-étienne\n"
    path = tmp_path / "legacy.csv"
    path.write_bytes((HEADER.replace(",", ";") + body).encode("cp1252"))
    assert import_records(vault, KIND, path).added == 1
    assert stored(vault)[0].supporter_id == accented
    modern = write(tmp_path / "modern.csv", body.replace(";", ","), "utf-8-sig")
    assert import_records(vault, KIND, modern).unchanged == 1


def test_bad_rows_store_nothing_and_each_is_said_without_its_cells(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    closed = referral(vault, "Closed Person")
    cases.close_case(vault, closed.id, "declined", REFERRED + dt.timedelta(days=1))
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    first = f"PS-{program['first']:06d}"
    path = write(
        tmp_path / "bad.csv",
        f"{first},2026-03-03,45,phone,,,,\n"  # line 2 is good
        "PS-999999,2026-03-03,45,phone,,,,\n"
        f"{first},{tomorrow},45,phone,,,,\n"
        f"{first},2026-03-01,45,phone,,,,\n"  # before the referral
        f"{first},03/03/2026,45,phone,,,,\n"
        f"{first},2026-03-03,1441,phone,,,,\n"
        f"{first},2026-03-03,45,carrier pigeon,,,,\n"
        f"{first},2026-03-03,45,phone,4,,,\n"
        f"{first},2026-03-03,45,phone,,maybe,,\n"
        f"{first},2026-03-03,45,phone,,,,Secret Stranger\n"
        f"PS-{closed.id:06d},2026-03-03,45,phone,,,,\n"
        "Secret Person,2026-03-03,45,phone,,,,\n",
    )
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    reasons = {p.line: p.reason for p in caught.value.problems}
    assert sorted(reasons) == list(range(3, 14))
    assert reasons[3] == "No case has this case code."
    assert reasons[4] == "The date of the encounter is in the future."
    assert reasons[5] == "The date of the encounter comes before the case's referral."
    assert reasons[6].startswith("The date of the encounter could be read day first or month first")
    assert reasons[7] == "The minutes are not a whole number from 0 to 1440."
    assert reasons[8] == "How they met is not phone, in person, video or message."
    assert reasons[9] == "The tier is not 1, 2 or 3."
    assert reasons[10] == "Follow-up needed is not yes or no."
    assert reasons[11] == "No supporter has this name or e-mail address."
    assert reasons[12] == "The case is closed: reopen it to add an encounter."
    assert reasons[13] == "The case code is not a case reference (like PS-000012)."
    assert "Secret" not in str(caught.value)
    assert stored(vault) == []
    assert audit.entries(vault, action="import.encounters") == []


def test_a_de_identified_case_takes_no_encounter(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    old = referral(vault, "Long Ago", dt.datetime(2019, 5, 6, 9, 0))
    cases.close_case(vault, old.id, "declined", dt.datetime(2019, 5, 7, 9, 0))
    settings.change_settings(vault, retention_months=12)
    assert retention.deidentify_past_retention(vault, dt.date.today()) == 1
    path = write(tmp_path / "late.csv", f"PS-{old.id:06d},2019-05-06,45,phone,,,,\n")
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    assert [p.reason for p in caught.value.problems] == [
        "The case was de-identified: it takes no more encounters."
    ]


def test_a_name_two_supporters_share_asks_for_the_email(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    supporter(vault, "Amara Okafor", "amara.o2@hospital.example")
    path = write(
        tmp_path / "a.csv", f"PS-{program['first']:06d},2026-03-03,45,phone,,,,Amara Okafor\n"
    )
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    assert caught.value.problems[0].reason == (
        "Two supporters have this name: give the supporter's e-mail instead."
    )
    path.write_text(
        HEADER + f"PS-{program['first']:06d},2026-03-03,45,phone,,,,AMARA.O2@hospital.example\n"
    )
    assert import_records(vault, KIND, path).added == 1


def test_a_survey_tools_export_is_mapped_once_and_its_respondent_email_kept_nowhere(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    respondent = "night.shift.respondent@hospital.example"
    path = tmp_path / "forms.csv"
    path.write_text(
        "ID,Start time,Completion time,Email,Name,Which case?,When did you meet?,"
        "How long (minutes)?,How did you meet?,Tier,Should we follow up?,Was it hard?\n"
        f"7,2026-03-04 09:00,2026-03-04 09:03,{respondent},Anonymous,"
        f"ps-{program['first']},2026-03-03,50,Video call,2,Yes,No\n",
        encoding="utf-8",
    )
    mapping = {
        "case_code": "Which case?",
        "occurred_on": "When did you meet?",
        "minutes": "How long (minutes)?",
        "mode": "How did you meet?",
        "tier": "Tier",
        "follow_up_needed": "Should we follow up?",
        "intense": "Was it hard?",
    }
    result = import_records(vault, KIND, path, mapping=mapping, source="Microsoft Forms")
    assert (result.source, result.added) == ("Microsoft Forms", 1)
    (row,) = stored(vault)
    assert (row.mode, row.minutes, row.tier, row.follow_up_needed) == (
        ContactMode.VIDEO, 50, 2, True,
    )  # fmt: skip
    assert row.supporter_id == program["mentor"]  # not the respondent's e-mail: the case's
    # The next night's export, dropped in the watch folder, is read with the saved
    # mapping, found by its columns alone: the first row again, and a new one.
    folder = tmp_path / "watch"
    folder.mkdir()
    nightly = path.read_text(encoding="utf-8") + (
        f"8,2026-03-06 10:00,2026-03-06 10:02,{respondent},Anonymous,"
        f"PS-{program['second']:06d},2026-03-05,20,phone call,,No,Yes\n"
    )
    (folder / "forms-nightly.csv").write_text(nightly, encoding="utf-8")
    (outcome,) = import_dropped(vault, folder, settled_before=time.time() + 60)
    assert outcome.records is not None
    assert outcome.records.source == "Microsoft Forms"
    assert (outcome.records.added, outcome.records.unchanged) == (1, 1)
    assert record_kinds.watched_kind(vault, ["ID", *mapping.values(), "Email"]) is not None
    with vault.reading() as session:
        saved = session.scalars(select(ImportMapping.columns)).one()
        tables = session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")).all()
        everything = "\n".join(
            str(value)
            for table in tables
            for found in session.execute(text(f'SELECT * FROM "{table}"'))
            for value in found
        )
    assert respondent not in saved and "Email" not in saved
    assert "reported_encounters" in tables and "audit_log" in tables
    assert respondent not in everything  # in no table of the vault


def test_confirming_logs_a_conversation_then_follow_ups_as_logged_by_hand(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    case_id = program["first"]
    path = write(
        tmp_path / "e.csv",
        f"PS-{case_id:06d},2026-03-02,45,phone,3,yes,yes,\n"  # the referral's own day
        f"PS-{case_id:06d},2026-03-09,30,in person,,no,,j.berg@hospital.example\n",
    )
    import_records(vault, KIND, path)
    first, second = reported_encounters.waiting(vault)
    assert (first.case_tier, first.tier, first.tier_differs) == (2, 3, True)
    confirmed = reported_encounters.confirm(vault, first.id)
    # Noon is before the 15:00 referral that day: the contact is at the referral.
    assert confirmed.occurred_at == REFERRED
    assert (confirmed.kind, confirmed.mode, confirmed.duration_minutes) == (
        ContactKind.CONVERSATION, ContactMode.PHONE, 45,
    )  # fmt: skip
    assert (confirmed.supporter_id, confirmed.intense) == (program["mentor"], True)
    case = cases.get_case(vault, case_id, opening=False)
    assert case.case.status is CaseStatus.IN_SUPPORT
    assert case.case.first_outreach_at == REFERRED
    assert case.case.next_follow_up == dt.date(2026, 3, 9)  # a week on, as the dialog does
    # The coordinator moves the tier, seeing the difference on Today.
    assert [w.case_tier for w in reported_encounters.waiting(vault)] == [2]
    later = reported_encounters.confirm(vault, second.id)
    assert later.occurred_at == dt.datetime(2026, 3, 9, 12, 0)
    assert (later.kind, later.supporter_id, later.intense) == (
        ContactKind.FOLLOW_UP, program["other"], False,
    )  # fmt: skip
    with vault.reading() as session:
        logged = contacts.contacts_of(session, case_id)
    assert [c.id for c in logged] == [confirmed.id, later.id]
    assert reported_encounters.waiting(vault) == []
    rows = stored(vault)
    assert [(r.state, r.contact_id) for r in rows] == [
        (EncounterState.CONFIRMED, confirmed.id),
        (EncounterState.CONFIRMED, later.id),
    ]
    assert len(audit.entries(vault, action="encounter.confirm")) == 2
    assert len(audit.entries(vault, action="contact.log")) == 2
    with pytest.raises(InvalidInput, match="already confirmed"):
        reported_encounters.confirm(vault, first.id)


def test_a_case_closed_after_the_report_refuses_and_nothing_changes(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    import_records(
        vault,
        KIND,
        write(tmp_path / "e.csv", f"PS-{program['first']:06d},2026-03-04,5,phone,,,,\n"),
    )
    (waiting,) = reported_encounters.waiting(vault)
    cases.close_case(vault, program["first"], "declined", REFERRED + dt.timedelta(days=1))
    with pytest.raises(InvalidInput):
        reported_encounters.confirm(vault, waiting.id)
    assert [w.id for w in reported_encounters.waiting(vault)] == [waiting.id]
    reported_encounters.dismiss(vault, waiting.id)
    assert reported_encounters.waiting(vault) == []
    assert [e.record_id for e in audit.entries(vault, action="encounter.dismiss")] == [waiting.id]
    with vault.reading() as session:
        assert contacts.contacts_of(session, program["first"]) == []


def test_the_watch_folder_takes_a_reported_encounters_file(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    folder = tmp_path / "watch"
    folder.mkdir()
    write(folder / "encounters.csv", f"PS-{program['second']:06d},2026-03-03,25,phone,,yes,,\n")
    (outcome,) = import_dropped(vault, folder, settled_before=time.time() + 60)
    assert outcome.summary() == (
        "encounters.csv: Reported encounters: 1 row read, 1 added. "
        "They await confirmation on Today."
    )
    assert outcome.moved_to == folder / "imported" / "encounters.csv"
    (waiting,) = reported_encounters.waiting(vault)
    assert (waiting.case_id, waiting.supporter_id) == (program["second"], None)


def test_the_listing_names_cases_by_reference(
    vault: Vault, program: dict[str, int], tmp_path: Path
) -> None:
    import_records(
        vault,
        KIND,
        write(tmp_path / "e.csv", f"PS-{program['first']:06d},2026-03-04,5,video,1,,,\n"),
    )
    listed = reported_encounters.listing(vault, only_waiting=True).as_dicts()
    assert listed == [
        {
            "id": listed[0]["id"],
            "case_code": f"PS-{program['first']:06d}",
            "occurred_on": "2026-03-04",
            "minutes": 5,
            "mode": "video",
            "tier": 1,
            "follow_up_needed": False,
            "intense": False,
            "supporter": "Amara Okafor",
            "state": "waiting",
            "contact_id": None,
            "case_tier": 2,
        }
    ]
