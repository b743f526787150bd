"""The supporter roster imported from the program's spreadsheet: real CSV files in the
encodings and separators spreadsheets write, a real workbook, matching supporters
already on the roster, and a file with one bad row storing nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from peersupport_desktop.core.codes import Role, SupporterStatus
from peersupport_desktop.core.spreadsheet_dates import UnreadableDate, spreadsheet_date
from peersupport_desktop.services import supporters
from peersupport_desktop.services.record_import import RowsRejected, import_records
from peersupport_desktop.services.record_kinds import record_kind
from peersupport_desktop.services.record_listing import listing_bytes
from peersupport_desktop.services.roster_import import KIND, LAYOUT, roster_listing
from peersupport_desktop.services.supporters import SupporterInput
from peersupport_desktop.store.models import AuditEntry, Department, Supporter
from peersupport_desktop.store.vault import Vault

HEADER = ",".join(LAYOUT.keys)


def roster(vault: Vault) -> dict[str, supporters.SupporterRecord]:
    return {s.name: s for s in supporters.list_supporters(vault, include_retired=True)}


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_the_kind_is_registered_and_not_watched() -> None:
    from peersupport_desktop.services.record_kinds import WATCHED

    assert record_kind("supporters") is KIND
    assert "supporters" not in WATCHED
    assert LAYOUT.required == {"name"}  # a role is needed of new supporters only


def test_a_standard_roster_in_utf8_adds_everyone_and_again_adds_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "Ann Lee,Ann.Lee@Hospital.org,+1 555 0100,Nurse,ICU,Critical care,"
        '"English, es",2025-03-01,2027-03-01,active,3\n'
        "Bo Chan,,,attending,Emergency,,,,,,\n"
        "Chidi Okafor,chidi@hospital.org,,pharmacist,,,Igbo; fr,3 March 2024,,paused,\n",
    )
    result = import_records(vault, KIND, path)
    assert (result.rows, result.added, result.updated, result.unchanged) == (3, 3, 0, 0)
    assert result.summary() == "Supporter roster: 3 rows read, 3 added."
    people = roster(vault)
    ann = people["Ann Lee"]
    assert ann.email == "ann.lee@hospital.org"  # as the form keeps it
    assert (ann.role, ann.department, ann.languages) == (Role.NURSE, "ICU", ("en", "es"))
    assert (ann.training_date, ann.refresher_due) == (dt.date(2025, 3, 1), dt.date(2027, 3, 1))
    assert (ann.own_capacity, ann.status) == (3, SupporterStatus.ACTIVE)
    bo = people["Bo Chan"]
    assert bo.own_capacity is None and bo.status is SupporterStatus.ACTIVE  # the default
    chidi = people["Chidi Okafor"]
    assert chidi.languages == ("ig", "fr") and chidi.training_date == dt.date(2024, 3, 3)
    assert chidi.status is SupporterStatus.PAUSED
    again = import_records(vault, KIND, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    with vault.reading() as session:
        # Departments a file brings are not printed in publications until said so.
        assert not session.scalar(select(Department.named).where(Department.name == "ICU"))
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "import.supporters")
        )
        assert audited == 4  # three supporters, then the import that changed nothing


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8-sig", ","), ("cp1252", ";"), ("utf-8", ";")],
)
def test_a_spreadsheets_encodings_and_separators_read_alike(
    vault: Vault, tmp_path: Path, encoding: str, separator: str
) -> None:
    text = (
        f"Full name{separator}E-mail{separator}Job{separator}Languages\n"
        f"José Núñez{separator}jose@h.org{separator}Nurse{separator}spanish\n"
    )
    path = write(tmp_path, text, encoding)
    mapping = {"name": "Full name", "email": "E-mail", "role": "Job", "languages": "Languages"}
    assert LAYOUT.guess(("Full name", "E-mail", "Job", "Languages")) == mapping
    result = import_records(vault, KIND, path, mapping=mapping, source="HR")
    assert result.added == 1
    assert roster(vault)["José Núñez"].languages == ("es",)


def test_a_workbook_roster_with_real_dates_and_numbers(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Role", "Trained", "Capacity", "Phone"])
    sheet.append(["Dana Roe", "APP", dt.datetime(2025, 9, 15), 4, 5550101])
    sheet.append(["Eli Fox", "trainee", dt.date(2026, 1, 5), None, None])
    book.save(path)
    mapping = {"name": "Name", "role": "Role", "training_date": "Trained", "capacity": "Capacity"}
    mapping["phone"] = "Phone"
    result = import_records(vault, KIND, path, mapping=mapping, source="Training office")
    assert result.added == 2
    dana = roster(vault)["Dana Roe"]
    assert (dana.role, dana.training_date, dana.own_capacity, dana.phone) == (
        Role.APP,
        dt.date(2025, 9, 15),
        4,
        "5550101",
    )


def test_rows_match_by_email_then_by_folded_name_and_update_only_what_they_fill(
    vault: Vault, tmp_path: Path
) -> None:
    ann = supporters.add_supporter(
        vault,
        SupporterInput("Ann Lee", Role.NURSE, department="ICU", email="ann@h.org", capacity=2),
    )
    jose = supporters.add_supporter(
        vault, SupporterInput("José Núñez", Role.ATTENDING, languages=("es",), phone="100")
    )
    path = write(
        tmp_path,
        "name,email,role,department,phone,capacity,status\n"
        "Ann Lee-Park,ANN@H.ORG,,,,5,\n"  # by e-mail: a new name, a new capacity
        "  jose   NUNEZ ,,,Cardiology,,,retired\n",  # by name: case, accents, spacing
    )
    result = import_records(vault, KIND, path)
    assert (result.added, result.updated, result.unchanged) == (0, 2, 0)
    after_ann = supporters.get_supporter(vault, ann.id)
    assert (after_ann.name, after_ann.own_capacity) == ("Ann Lee-Park", 5)
    assert (after_ann.role, after_ann.department, after_ann.email) == (
        Role.NURSE,
        "ICU",
        "ann@h.org",
    )  # blank cells leave what is stored
    after_jose = supporters.get_supporter(vault, jose.id)
    assert after_jose.name == "José Núñez"  # the same name in other case: kept as stored
    assert (after_jose.department, after_jose.status, after_jose.phone) == (
        "Cardiology",
        SupporterStatus.RETIRED,
        "100",
    )
    assert after_jose.languages == ("es",)


def test_a_row_identical_to_the_roster_is_unchanged(vault: Vault, tmp_path: Path) -> None:
    supporters.add_supporter(
        vault,
        SupporterInput(
            "Ann Lee", Role.NURSE, email="ann@h.org", languages=("en", "es"), department="ICU"
        ),
    )
    path = write(
        tmp_path,
        'name,email,role,languages,department\nann lee,Ann@h.org,Nurse,"Spanish, English",icu\n',
    )
    result = import_records(vault, KIND, path)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    with vault.reading() as session:  # "icu" is the ICU on file, not a new department
        assert session.scalar(select(func.count()).select_from(Department)) == 1


def test_bad_rows_store_nothing_and_each_is_said_without_its_cells(
    vault: Vault, tmp_path: Path
) -> None:
    supporters.add_supporter(vault, SupporterInput("Kim Park", Role.NURSE))
    supporters.add_supporter(vault, SupporterInput("Kim Park", Role.ATTENDING))
    supporters.add_supporter(vault, SupporterInput("Lou Reyes", Role.NURSE, email="lou@h.org"))
    path = write(
        tmp_path,
        "name,email,role,languages,training_date,capacity,status\n"
        "Good Person,good@h.org,nurse,,,,\n"  # 2: fine, yet not stored
        "Secret Newcomer,,,,,,\n"  # 3: new, no role
        "Kim Park,,,,,,\n"  # 4: two supporters share the name
        "Lou Reyes,other@h.org,,,,,\n"  # 5: a known name with another address
        "Max Obi,max@h.org,wizard,,,,\n"  # 6: no such role
        "Nia Cole,,nurse,Klingon,,,\n"  # 7: no such language
        "Oz Ray,,nurse,,03/04/2026,,\n"  # 8: day or month first?
        "Pia Lund,,nurse,,,lots,\n"  # 9: capacity
        "Quinn Ash,not-an-address,nurse,,,,\n"  # 10
        "Good Person,,nurse,,,,\n"  # 11: the same new person as line 2
        ",,nurse,,,,\n"  # 12: no name
        "Rae Sun,,nurse,,,51,\n"  # 13: the form's rule: at most 50
        "Sam Tor,,nurse,,,,asleep\n",  # 14
    )
    before = roster(vault)
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    reasons = {problem.line: problem.reason for problem in caught.value.problems}
    assert sorted(reasons) == list(range(3, 15))
    assert reasons[3] == "A new supporter needs a role: fill in the role column."
    assert reasons[4].startswith("Two or more supporters on the roster have this name")
    assert reasons[5].startswith("A supporter of this name is on the roster with another e-mail")
    assert reasons[6].startswith("The role is not one of: ")
    assert reasons[7].startswith("A language is neither")
    assert reasons[8].startswith("The training date could be read day first or month first")
    assert reasons[9].startswith("The capacity is not a whole number")
    assert reasons[10].startswith("The e-mail address is not one")
    assert reasons[11] == "The same person is on line 2: list each person once."
    assert reasons[12].startswith("The name is empty")
    assert reasons[13] == "The capacity must be between 0 and 50."
    assert reasons[14].startswith("The status is not one of")
    said = str(caught.value)
    for secret in ("Secret Newcomer", "Klingon", "not-an-address", "wizard", "Lou Reyes"):
        assert secret not in said
    assert roster(vault) == before  # nothing stored, not even line 2
    with vault.reading() as session:
        assert session.scalar(select(func.count()).select_from(Supporter)) == 3


def test_the_same_known_person_twice_by_email_and_by_name_is_refused(
    vault: Vault, tmp_path: Path
) -> None:
    supporters.add_supporter(vault, SupporterInput("Ann Lee", Role.NURSE, email="ann@h.org"))
    path = write(tmp_path, "name,email\nAnn Lee,ann@h.org\nANN LEE,\n")
    with pytest.raises(RowsRejected) as caught:
        import_records(vault, KIND, path)
    assert [p.said() for p in caught.value.problems] == [
        "line 3: The same person is on line 2: list each person once."
    ]


def test_two_new_people_of_one_name_are_two_when_their_addresses_differ(
    vault: Vault, tmp_path: Path
) -> None:
    path = write(tmp_path, "name,email,role\nSam Lee,sam1@h.org,nurse\nSam Lee,sam2@h.org,app\n")
    assert import_records(vault, KIND, path).added == 2


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("2026-03-04", dt.date(2026, 3, 4)),
        ("2026-03-04 00:00:00", dt.date(2026, 3, 4)),
        ("2026/3/4", dt.date(2026, 3, 4)),
        ("4 March 2026", dt.date(2026, 3, 4)),
        ("04-Mar-2026", dt.date(2026, 3, 4)),
        ("March 4, 2026", dt.date(2026, 3, 4)),
        ("Sept 30th 2026", dt.date(2026, 9, 30)),
    ],
)
def test_dates_that_cannot_be_misread_are_taken(cell: str, day: dt.date) -> None:
    assert spreadsheet_date(cell, "The day") == day


@pytest.mark.parametrize(
    ("cell", "sentence"),
    [
        ("03/04/2026", "could be read day first or month first"),
        ("25/12/2026", "could be read day first or month first"),  # no numeric guess at all
        ("4.3.2026", "could be read day first or month first"),
        ("4 Mar 26", "two-digit year"),
        ("2026-02-30", "not a day of the calendar"),
        ("soon", "is not a date"),
        ("1 May 1850", "not in the years"),
    ],
)
def test_dates_that_could_be_misread_are_refused(cell: str, sentence: str) -> None:
    with pytest.raises(UnreadableDate, match=sentence):
        spreadsheet_date(cell, "The day")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_roster_written_out_imports_back_unchanged(
    vault: Vault, tmp_path: Path, suffix: str
) -> None:
    supporters.add_supporter(
        vault,
        SupporterInput(
            "Ann Lee",
            Role.NURSE,
            department="ICU",
            specialty="Critical care",
            email="ann@h.org",
            phone="+1 555 0100",  # written with the apostrophe that keeps it from a formula
            languages=("en", "fa"),
            training_date=dt.date(2025, 3, 1),
            refresher_due=dt.date(2027, 3, 1),
            capacity=0,
        ),
    )
    retired = supporters.add_supporter(vault, SupporterInput("Bo Chan", Role.OTHER_STAFF))
    supporters.set_status(vault, retired.id, SupporterStatus.RETIRED)
    before = roster(vault)
    path = tmp_path / f"roster{suffix}"
    path.write_bytes(listing_bytes(roster_listing(vault), suffix))
    result = import_records(vault, KIND, path)
    assert (result.rows, result.added, result.updated, result.unchanged) == (2, 0, 0, 2)
    assert roster(vault) == before


def test_a_spreadsheets_words_for_roles_are_read(vault: Vault, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "name,role\nDr Ana Ruiz,Physician\nBen Ode,R.N.\nCy Park,Resident\nDi Lam,NP\n"
        "Eve Moss,Pharmacist\n",
    )
    import_records(vault, KIND, path)
    assert {name: person.role for name, person in roster(vault).items()} == {
        "Dr Ana Ruiz": Role.ATTENDING,
        "Ben Ode": Role.NURSE,
        "Cy Park": Role.TRAINEE,
        "Di Lam": Role.APP,
        "Eve Moss": Role.PHARMACIST,
    }
    unknown = write(tmp_path, "name,role\nFay Oto,Porter\n", name="other.csv")
    with pytest.raises(RowsRejected, match="nor a usual word for one"):
        import_records(vault, KIND, unknown)
