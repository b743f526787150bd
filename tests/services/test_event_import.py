"""Importing event notices into a real vault: events, cases, reuse, duplicates, rejects."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peersupport_desktop.core.codes import CaseStatus, ReferralSource
from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS, MappingProblem
from peersupport_desktop.core.notice_files import UnreadableFile
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.resource_files import resource
from peersupport_desktop.services import audit, cases, clinicians, events, settings
from peersupport_desktop.services.case_list import all_case_rows as load_case_rows
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.event_import import (
    import_file,
    import_table,
    rejects_csv,
    save_rejects,
)
from peersupport_desktop.services.import_mappings import get_mapping, mapping_names, save_mapping
from peersupport_desktop.store.models import Case, Clinician, Event
from peersupport_desktop.store.vault import Vault

EXAMPLE = resource("examples", "event_notices.csv")
HEADER = ",".join(CANONICAL_COLUMNS)


def counts(vault: Vault) -> tuple[int, int, int]:
    with vault.transaction() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (Event, Clinician, Case)
        )


def write(tmp_path: Path, *lines: str, name: str = "notices.csv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def test_the_canonical_example_becomes_events_and_cases(vault: Vault) -> None:
    result = import_file(vault, EXAMPLE)
    assert (result.events, result.cases, result.new_clinicians) == (3, 5, 5)
    assert (result.reused_clinicians, result.duplicates, result.rejected) == (0, 0, ())
    assert counts(vault) == (3, 5, 5)
    rows = load_case_rows(vault)
    assert {r.reference for r in rows} == {f"PS-{n:06d}" for n in range(1, 6)}
    assert all(r.status is CaseStatus.NEW for r in rows)
    opened = [e for e in audit.entries(vault) if e.action == "case.open"]
    assert len(opened) == 5
    assert any(e.action == "import.events" for e in audit.entries(vault))


def test_a_group_event_is_one_event_with_a_case_per_clinician(vault: Vault) -> None:
    import_file(vault, EXAMPLE)
    with vault.transaction() as session:
        death = session.scalar(select(Event).where(Event.external_ref == "SR-2026-0412"))
        assert death is not None and death.external_source == "canonical"
        event_id = death.id
    group = events.involved(vault, event_id)
    assert sorted(person.clinician_name for person in group) == [
        "Dr Lena Park",
        "Dr Priya Nair",
        "Sam Ortiz",
    ]
    record = events.get_event(vault, event_id)
    assert record.event_type == "unexpected_death" and record.department == "Emergency"


def test_importing_the_same_file_again_creates_nothing_and_says_so(vault: Vault) -> None:
    import_file(vault, EXAMPLE)
    before = counts(vault)
    again = import_file(vault, EXAMPLE)
    assert counts(vault) == before
    assert (again.events, again.cases, again.duplicates) == (0, 0, 5)
    assert again.summary() == "Nothing new: all 5 rows were imported before."


def test_a_closed_case_is_not_reopened_by_importing_its_notice_again(vault: Vault) -> None:
    import_file(vault, EXAMPLE)
    first = load_case_rows(vault)[0]
    cases.close_case(vault, first.case_id, "declined")
    assert import_file(vault, EXAMPLE).cases == 0


def test_known_clinicians_are_reused_by_email_or_by_name_and_department(
    vault: Vault, tmp_path: Path
) -> None:
    by_mail = clinicians.add_clinician(
        vault,
        clinicians.ClinicianInput("Lena Park", "attending", "Emergency", "LENA.PARK@example.org"),
    )
    by_name = clinicians.add_clinician(
        vault, clinicians.ClinicianInput("sam  ORTIZ", "nurse", "emergency")
    )
    other_department = clinicians.add_clinician(
        vault, clinicians.ClinicianInput("Mia Chen", "pharmacist", "Surgery")
    )
    result = import_file(vault, EXAMPLE)
    assert (result.reused_clinicians, result.new_clinicians) == (2, 3)
    with vault.transaction() as session:
        people = {c.clinician_id for c in session.scalars(select(Case))}
    assert {by_mail.id, by_name.id} <= people
    assert other_department.id not in people  # same name, another department: another person


def test_one_person_in_two_events_of_a_file_is_one_clinician(vault: Vault, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "A-1,2026-03-01,trauma,,Ann Lee,nurse,ICU,ann@x.org,,self,",
        "A-2,2026-03-05,near_miss,,Ann Lee,nurse,ICU,ANN@x.org,,self,",
        "A-2,2026-03-05,near_miss,,Ann Lee,nurse,ICU,,,self,",  # again, without email
    )
    result = import_file(vault, path)
    assert (result.events, result.cases, result.new_clinicians, result.duplicates) == (2, 2, 1, 1)


def test_a_later_notice_of_an_imported_event_adds_only_its_new_clinicians(
    vault: Vault, tmp_path: Path
) -> None:
    import_file(vault, EXAMPLE)
    path = write(
        tmp_path,
        "RM-2026-088,2026-02-26,litigation,Obstetrics,Dr Tom Weiss,attending,Obstetrics,"
        "tom.weiss@example.org,,risk_management,",
        "RM-2026-088,2026-02-26,litigation,Obstetrics,Dr Eve Stone,attending,Obstetrics,"
        ",,risk_management,",
    )
    result = import_file(vault, path)
    assert (result.events, result.cases, result.duplicates) == (0, 1, 1)  # Eve joins the event


def test_rejected_rows_are_reported_and_the_valid_rows_stored(vault: Vault, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "B-1,2026-03-01,trauma,,Ann Lee,nurse,,,,self,",
        "B-2,2026-03-01,trauma,,Bo Chan,nurse,,,,by carrier pigeon,",
        "B-3,yesterday,trauma,,Cy Dunn,nurse,,,,self,",
        "B-4,2026-03-01,trauma,,Di Ebb,nurse,,,,colleague,",
    )
    result = import_file(vault, path)
    assert result.cases == 2
    assert [(r.line, r.reason) for r in result.rejected] == [
        (3, "referral_source is not a known code or label."),
        (4, "event_date is not an ISO 8601 date (like 2026-03-31)."),
    ]
    assert "2 rows rejected" in result.summary()
    saved = save_rejects(vault, tmp_path / "to-correct.csv", result)
    back = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert back[0] == ["line", "reason", *CANONICAL_COLUMNS]
    assert [row[0] for row in back[1:]] == ["3", "4"]
    assert back[1][2:] == next(
        csv.reader(["B-2,2026-03-01,trauma,,Bo Chan,nurse,,,,by carrier pigeon,"])
    )


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01binary",
        (HEADER + '\nB-1,2026-03-01,trauma,,Ann Lee,nurse,,,,self,\nX,"2026\n').encode(),
    ],
)
def test_an_unreadable_file_imports_nothing(vault: Vault, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile):
        import_file(vault, path)
    assert counts(vault) == (0, 0, 0)


def test_a_file_that_breaks_after_many_batches_imports_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    """The rows are stored a batch at a time, but in one transaction: a break on the
    last line undoes the batches before it."""
    rows = [f"L-{n},2026-03-01,trauma,,Person {n},nurse,,,,self," for n in range(45_000)]
    path = write(tmp_path, *rows, 'X,"2026')
    with pytest.raises(UnreadableFile, match="near line 45002"):
        import_file(vault, path)
    assert counts(vault) == (0, 0, 0)


def test_people_and_events_are_recognised_across_batches(vault: Vault, tmp_path: Path) -> None:
    """Rows 25,000 on repeat rows 0 to 4,999 (other batches): duplicates, not new cases."""
    people = [n % 25_000 for n in range(30_000)]
    rows = [f"E-{p},2026-03-01,trauma,,Person {p},nurse,,p{p}@example.org,,self," for p in people]
    result = import_file(vault, write(tmp_path, *rows))
    assert (result.events, result.cases, result.new_clinicians, result.duplicates) == (
        25_000, 25_000, 25_000, 5_000
    )  # fmt: skip
    assert counts(vault) == (25_000, 25_000, 25_000)


def test_a_missing_file_and_a_folder_are_one_sentence(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="There is no file"):
        import_file(vault, tmp_path / "nowhere.csv")
    with pytest.raises(UnreadableFile, match="is a folder"):
        import_file(vault, tmp_path)


def test_a_file_in_other_columns_needs_a_mapping_then_is_recognised(
    vault: Vault, tmp_path: Path
) -> None:
    header = "Ticket;Opened;Kind;Ward;Person;Job;Their ward;Mail;Phone;Origin;Logged"
    path = write(
        tmp_path, "T-77;2026-04-01;Near miss;ICU;Ann Lee;Nurse;ICU;;;leader;2026-04-01 09:15",
        header=header,
    )  # fmt: skip
    with pytest.raises(MappingProblem, match="fit no saved mapping"):
        import_file(vault, path)
    assert counts(vault) == (0, 0, 0)
    columns = dict(zip(CANONICAL_COLUMNS[:11], header.split(";"), strict=True))
    save_mapping(vault, "Safety reporting system", columns)
    assert mapping_names(vault) == ["Safety reporting system"]
    result = import_file(vault, path)  # recognised by its columns, no mapping named
    assert (result.source, result.cases) == ("Safety reporting system", 1)
    row = load_case_rows(vault)[0]
    assert row.referred == dt.datetime(2026, 4, 1, 9, 15)
    again = import_file(vault, path, mapping="Safety reporting system")
    assert again.duplicates == 1 and again.cases == 0


def test_the_same_reference_from_another_source_is_another_event(
    vault: Vault, tmp_path: Path
) -> None:
    path = write(tmp_path, "X-1,2026-03-01,trauma,,Ann Lee,nurse,,,,self,")
    import_file(vault, path)
    result = import_file(vault, path, source="Claims office")
    assert (result.events, result.cases) == (1, 1)


def test_a_mapping_saved_with_the_import_is_in_the_same_transaction(
    vault: Vault, tmp_path: Path
) -> None:
    header = "Ticket,Opened,Kind,Person,Job,Origin"
    path = write(tmp_path, "T-1,2026-04-01,trauma,Ann Lee,nurse,self", header=header)
    from peersupport_desktop.services.event_import import read_notice_file

    table = read_notice_file(path)
    mapping = {
        "event_ref": "Ticket", "event_date": "Opened", "event_type": "Kind",
        "clinician_name": "Person", "clinician_role": "Job", "referral_source": "Origin",
    }  # fmt: skip
    import_table(vault, table, mapping, "Risk system", save_mapping=True)
    assert get_mapping(vault, "Risk system").columns == mapping


def test_rejects_csv_keeps_every_cell(tmp_path: Path) -> None:
    from peersupport_desktop.core.event_notices import RejectedRow

    data = rejects_csv(("a", "b"), [RejectedRow(7, "a is empty.", ("", 'x,"y"'))])
    assert data.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [
        ["line", "reason", "a", "b"],
        ["7", "a is empty.", "", 'x,"y"'],
    ]


def test_due_times_follow_the_programs_clock(vault: Vault, tmp_path: Path) -> None:
    settings.change_settings(vault, outreach_clock=OutreachClock.WORKING_HOURS)
    settings.add_holiday(vault, dt.date(2026, 3, 9), "Spring holiday")
    path = write(
        tmp_path,
        "W-1,2026-03-06,trauma,,Friday Person,nurse,,,,self,2026-03-06T16:00",
        "W-2,2026-03-07,trauma,,Saturday Person,nurse,,,,self,2026-03-07T10:00",
    )
    import_file(vault, path)
    due = {r.clinician: r.outreach_due_at for r in load_case_rows(vault)}
    # Friday 1 h; the weekend and the Monday holiday do not count; Tuesday 9 h,
    # Wednesday 9 h, then 5 h into Thursday.
    assert due["Friday Person"].startswith("2026-03-12 13:00:00")
    assert due["Saturday Person"].startswith("2026-03-12 14:00:00")
    settings.change_settings(vault, outreach_clock=OutreachClock.HOURS)
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source=ReferralSource.SELF,
            clinician=clinicians.ClinicianInput("Late Person", "nurse"),
            event=events.EventInput("trauma", dt.date(2026, 3, 6)),
            referred_at=dt.datetime(2026, 3, 6, 16, 0),
        ),
    )
    assert case.outreach_due_at == dt.datetime(2026, 3, 7, 16, 0)


def test_a_source_is_one_source_whatever_its_letter_case_or_spacing(
    vault: Vault, tmp_path: Path
) -> None:
    path = write(tmp_path, "S-1,2026-03-01,trauma,,Ann Lee,nurse,,,,self,")
    assert import_file(vault, path, source="Claims  Office").source == "Claims Office"
    again = import_file(vault, path, source="claims office")
    assert (again.source, again.cases, again.duplicates) == ("Claims Office", 0, 1)
    assert import_file(vault, path, source="CANONICAL").source == "canonical"


def test_a_mapping_saved_under_a_loose_name_is_found_by_its_import(
    vault: Vault, tmp_path: Path
) -> None:
    header = "Ticket,Opened,Kind,Person,Job,Origin"
    path = write(tmp_path, "T-9,2026-04-01,trauma,Ann Lee,nurse,self", header=header)
    mapping = dict(
        zip(
            ("event_ref", "event_date", "event_type", "clinician_name", "clinician_role",
             "referral_source"),
            header.split(","),
            strict=True,
        )
    )  # fmt: skip
    from peersupport_desktop.services.event_import import read_notice_file

    first = import_table(vault, read_notice_file(path), mapping, "Risk  system", save_mapping=True)
    assert first.source == "Risk system" and mapping_names(vault) == ["Risk system"]
    assert import_file(vault, path).duplicates == 1  # recognised: the same source
    with pytest.raises(InvalidInput, match="kept for files in the canonical columns"):
        save_mapping(vault, "Canonical", mapping)


def test_a_department_first_seen_in_a_notice_is_not_named_in_publications(
    vault: Vault,
) -> None:
    from peersupport_desktop.services.departments import department_settings

    import_file(vault, EXAMPLE)
    imported = department_settings(vault)
    assert imported and not any(setting.named for setting in imported)
