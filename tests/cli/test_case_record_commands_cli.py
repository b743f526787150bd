"""`cases`, `new-case`, `case` and `match`: a program's script takes in a referral,
assigns, closes and reopens it, and lists the cases, through the window's services;
never printing the person's name."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import CaseStatus, ContactKind, DepartmentRule, Outcome
from peersupport_desktop.services import cases, contacts, supporters
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.store.models import AuditEntry
from peersupport_desktop.store.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import REFERRED, contact, referral

NAME = "Ingrid Solberg"  # the clinician's name: never in what a command prints
SUPPORTER = supporters.SupporterInput(
    name="Rosa Marquez", role="nurse", department="Surgery", email="rosa@hospital.example",
    training_date=dt.date(2025, 1, 10),
)  # fmt: skip


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """PS-000001 (a nurse in the ICU, reached), PS-000002 (waiting, overdue) and a
    trained supporter from another department."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        first = referral(vault, NAME)
        contacts.log_contact(vault, first.id, contact(ContactKind.CONVERSATION, 2))
        referral(vault, "Tomas Berg", referred_at=REFERRED + dt.timedelta(days=1))
        supporters.add_supporter(vault, SUPPORTER)
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_cases_lists_by_reference_with_filters(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "cases") == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "PS-000002  new  nurse, ICU  adverse_event  referred 2026-09-02 08:30"
        "  overdue for outreach",
        "PS-000001  in_support  nurse, ICU  adverse_event  referred 2026-09-01 08:30",
    ]
    assert run(program, passfile, "cases", "--status", "In support", "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert listed == [
        {
            "case": "PS-000001", "status": "in_support", "role": "nurse", "department": "ICU",
            "event": 1, "event_type": "adverse_event", "referred_at": "2026-09-01T08:30:00",
            "outreach_due_at": "2026-09-02T08:30:00",
            "first_outreach_at": "2026-09-01T10:30:00", "overdue": False, "supporter": None,
            "next_follow_up": None, "next_attempt_due_at": None,
        }
    ]  # fmt: skip
    assert run(program, passfile, "cases", "--overdue", "--json") == ExitCode.OK
    assert [row["case"] for row in json.loads(capsys.readouterr().out)] == ["PS-000002"]
    window = ("--referred-from", "2026-09-02", "--referred-to", "2026-09-30", "--json")
    assert run(program, passfile, "cases", *window) == ExitCode.OK
    assert [row["case"] for row in json.loads(capsys.readouterr().out)] == ["PS-000002"]
    assert run(program, passfile, "cases", "--status", "closed") == ExitCode.OK
    assert capsys.readouterr().out == "No cases.\n"


def test_cases_writes_a_file_without_names(program: Path, passfile: Path, tmp_path: Path) -> None:
    sheet, table = tmp_path / "cases.xlsx", tmp_path / "cases.csv"
    assert run(program, passfile, "cases", "--out", str(sheet)) == ExitCode.OK
    assert run(program, passfile, "cases", "--status", "open", "--out", str(table)) == ExitCode.OK
    rows = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("case", "status", "role")
    assert [r[0] for r in rows[1:]] == ["PS-000002", "PS-000001"]
    with table.open(encoding="utf-8-sig", newline="") as opened:
        assert [r["case"] for r in csv.DictReader(opened)] == ["PS-000002", "PS-000001"]
    for written in (sheet, table):
        assert NAME.encode() not in written.read_bytes()
    # A file that must be new, unless --force.
    assert run(program, passfile, "cases", "--out", str(table)) == ExitCode.NO_SUCH_FILE
    assert run(program, passfile, "cases", "--out", str(table), "--force") == ExitCode.OK


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("--status", "pending"), "'pending' is not one of: new,"),
        (("--supporter", "Nobody Known"), "No supporter has that name or email"),
        (("--out", "cases.pdf"), "Give the file a .csv, .json, .xlsx ending"),
    ],
)
def test_a_bad_case_listing_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    assert run(program, passfile, "cases", *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert said.err.startswith(sentence) and said.err.count("\n") == 1 and said.out == ""


def test_a_bad_date_is_a_usage_error(program: Path, passfile: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        run(program, passfile, "cases", "--referred-from", "2026-13-01")
    assert exited.value.code == ExitCode.USAGE


def test_new_case_opens_a_referral(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = (
        "--name", "Lena Park", "--role", "Resident or fellow", "--department", "Emergency",
        "--email", "lena@hospital.example", "--language", "Spanish",
        "--event-type", "Unexpected patient death", "--event-date", "2026-11-30",
        "--event-department", "Emergency", "--description", "night shift",
        "--source", "colleague", "--referrer", "charge nurse",
        "--referred-at", "2026-12-01T09:00", "--urgent",
    )  # fmt: skip
    assert run(program, passfile, "new-case", *words) == ExitCode.OK
    said = capsys.readouterr().out
    assert said.startswith("Opened PS-000003: outreach due 2026-12-01 09:30 (urgent).")
    assert "Lena" not in said
    with open_vault(program, PASSPHRASE) as vault:
        detail = cases.get_case(vault, 3, opening=False)
    person, event, case = detail.clinician, detail.event, detail.case
    assert (person.name, person.role.value, person.department) == (
        "Lena Park",
        "trainee",
        "Emergency",
    )
    assert (person.email, person.preferred_language) == ("lena@hospital.example", "es")
    assert (event.event_type, event.occurred_on, event.urgent) == (
        "unexpected_death", dt.date(2026, 11, 30), True,
    )  # fmt: skip
    assert (case.referral_source.value, case.referrer) == ("colleague", "charge nurse")
    assert case.referred_at == dt.datetime(2026, 12, 1, 9, 0)
    # A second person after the same event, and the same person after another one.
    again = ("--same-event-as", "PS-000003", "--name", "Omar Diaz", "--role", "nurse",
             "--source", "leader", "--referred-at", "2026-12-01T10:00", "--json")  # fmt: skip
    assert run(program, passfile, "new-case", *again) == ExitCode.OK
    shown = json.loads(capsys.readouterr().out)
    assert (shown["case"], shown["event_cases"], shown["event_urgent"]) == ("PS-000004", 2, True)
    assert "name" not in shown and "Omar" not in json.dumps(shown)
    later = ("--same-clinician-as", "ps-000003", "--event-type", "near_miss", "--event-date",
             "2026-12-02", "--source", "self", "--referred-at", "2026-12-02T08:00")  # fmt: skip
    assert run(program, passfile, "new-case", *later) == ExitCode.OK
    with open_vault(program, PASSPHRASE) as vault:
        assert cases.get_case(vault, 5, opening=False).case.clinician_id == case.clinician_id


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("--name", "Lena Park", "--event-type", "trauma", "--source", "self"),
         "Give the clinician's --role with their --name."),
        (("--role", "nurse", "--event-type", "trauma", "--source", "self"),
         "Give the clinician's --name and --role, or --same-clinician-as a case."),
        (("--name", "Lena Park", "--role", "nurse", "--source", "self"),
         "Give the --event-type, or --same-event-as a case."),
        (("--name", "Lena Park", "--role", "nurse", "--event-type", "storm", "--source", "self"),
         "'storm' is not one of: adverse_event"),
        (("--name", "Lena Park", "--role", "nurse", "--event-type", "trauma", "--source", "rumour"),
         "'rumour' is not one of: self"),
        (("--name", "Lena Park", "--role", "nurse", "--event-type", "trauma", "--source", "self",
          "--referred-at", "2999-01-01T09:00"), "The referral time cannot be in the future."),
        (("--same-clinician-as", "PS-000001", "--same-event-as", "PS-000001", "--source", "self"),
         "This clinician already has an open case for this event."),
    ],
)  # fmt: skip
def test_a_bad_referral_opens_nothing(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    assert run(program, passfile, "new-case", *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert said.err.startswith(sentence) and said.err.count("\n") == 1 and said.out == ""
    with open_vault(program, PASSPHRASE) as vault:
        assert {row.reference for row in all_case_rows(vault)} == {"PS-000001", "PS-000002"}


def test_case_shows_then_assigns_follows_up_closes_and_reopens(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "case", "--case", "PS-000001") == ExitCode.OK
    shown = capsys.readouterr().out
    assert shown.splitlines() == [
        "PS-000001: In support",
        "Person: Nurse, ICU",
        "Event: Adverse event on 2026-09-01, 1 involved",
        "Referred: 2026-09-01 08:30 (Self-referral)",
        "Outreach: due 2026-09-02 08:30, first made 2026-09-01 10:30",
        "Supporter: nobody yet",
        "Next follow-up: none",
        "Contacts: 1; resources offered: 0",
    ]
    assert NAME not in shown
    change = ("--case", "PS-000001", "--assign", "rosa@hospital.example",
              "--follow-up", "2026-09-15", "--department-preference", "within")  # fmt: skip
    assert run(program, passfile, "case", *change) == ExitCode.OK
    assert "Supporter: Rosa Marquez" in capsys.readouterr().out
    with open_vault(program, PASSPHRASE) as vault:
        record = cases.get_case(vault, 1, opening=False).case
    assert record.next_follow_up == dt.date(2026, 9, 15)
    assert record.department_preference is DepartmentRule.WITHIN
    closing = ("--case", "PS-000001", "--close", "supported", "--at", "2026-09-20T16:00", "--json")
    assert run(program, passfile, "case", *closing) == ExitCode.OK
    closed = json.loads(capsys.readouterr().out)
    assert (closed["status"], closed["outcome"], closed["closed_at"]) == (
        "closed", "supported", "2026-09-20T16:00:00",
    )  # fmt: skip
    assert (closed["actions"], closed["next_follow_up"]) == (["reopen"], None)
    back = ("--case", "PS-000001", "--reopen", "--at", "2026-10-01T09:00", "--json")
    assert run(program, passfile, "case", *back) == ExitCode.OK
    reopened = json.loads(capsys.readouterr().out)
    assert (reopened["status"], reopened["reopened_count"]) == ("in_support", 1)
    undo = ("--case", "PS-000001", "--assign", "none", "--follow-up", "none",
            "--department-preference", "program")  # fmt: skip
    assert run(program, passfile, "case", *undo) == ExitCode.OK
    with open_vault(program, PASSPHRASE) as vault:
        record = cases.get_case(vault, 1, opening=False).case
        with vault.reading() as session:
            actions = list(session.scalars(select(AuditEntry.action)))
    assert (record.supporter_id, record.next_follow_up, record.department_preference) == (
        None, None, None,
    )  # fmt: skip
    for done in ("case.view", "case.assign", "case.follow_up", "case.preference", "case.close",
                 "case.reopen"):  # fmt: skip
        assert done in actions


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("--case", "PS-000001", "--close", "happy"), "'happy' is not one of: supported"),
        (("--case", "PS-000002", "--close", "supported"),
         "A case that is new cannot close as 'supported'."),
        (("--case", "PS-000001", "--reopen"), "reopen"),
        (("--case", "PS-000001", "--assign", "Nobody Known"), "No supporter has that name"),
        (("--case", "PS-000001", "--follow-up", "2026-08-01"),
         "A follow-up cannot come before the referral."),
        (("--case", "PS-000001", "--at", "2026-09-03T10:00"), "--at dates a closing"),
        (("--case", "PS-000077"), "No case has that reference"),
    ],
)  # fmt: skip
def test_a_bad_case_change_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    assert run(program, passfile, "case", *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert sentence.casefold() in said.err.casefold() and said.err.count("\n") == 1
    with open_vault(program, PASSPHRASE) as vault:
        first = cases.get_case(vault, 1, opening=False).case
    assert (first.status, first.supporter_id) == (CaseStatus.IN_SUPPORT, None)


def test_match_suggests_the_supporters_with_reasons(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        supporters.add_supporter(
            vault, supporters.SupporterInput(name="Untrained Ulla", role="nurse", department="ICU")
        )
    assert run(program, passfile, "match", "--case", "PS-000001") == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("1. Rosa Marquez: ")
    assert lines[-1].startswith("excluded: Untrained Ulla: ")
    assert run(program, passfile, "match", "--case", "PS-000001", "--json") == ExitCode.OK
    ranking = json.loads(capsys.readouterr().out)
    assert [s["supporter"] for s in ranking["suggested"]] == ["Rosa Marquez"]
    assert [e["supporter"] for e in ranking["excluded"]] == ["Untrained Ulla"]
    assert ranking["excluded"][0]["reasons"]
    assert run(program, passfile, "match", "--case", "PS-9") == ExitCode.USAGE
    assert "No case has that reference" in capsys.readouterr().err


def test_a_script_takes_a_referral_to_its_closing(
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    make_vault: Callable[..., Vault],
) -> None:
    """new-case, log-contact, case --assign, case --close: checked in the vault and by
    cases --json, every step through the command line alone."""
    path = tmp_path / "script.vault"
    make_vault(path).close()
    steps = [
        ("add-supporter", "--name", "Rosa Marquez", "--role", "nurse", "--department",
         "Surgery", "--email", "rosa@hospital.example", "--trained-on", "2025-01-10"),
        ("new-case", "--name", NAME, "--role", "nurse", "--department", "ICU",
         "--event-type", "adverse_event", "--event-date", "2026-11-30", "--source", "self",
         "--referred-at", "2026-12-01T08:00"),
        ("log-contact", "--case", "PS-000001", "--kind", "outreach_attempt", "--mode", "phone",
         "--result", "voicemail", "--at", "2026-12-01T09:00"),
        ("case", "--case", "PS-000001", "--assign", "Rosa Marquez"),
        ("log-contact", "--case", "PS-000001", "--kind", "conversation", "--mode", "in_person",
         "--at", "2026-12-01T15:00", "--minutes", "45", "--parts", "listening,coping",
         "--intense"),
        ("case", "--case", "PS-000001", "--close", "supported", "--at", "2026-12-02T10:00"),
    ]  # fmt: skip
    for step in steps:
        assert run(path, passfile, *step) == ExitCode.OK, step
    printed = capsys.readouterr().out
    assert NAME not in printed
    assert run(path, passfile, "cases", "--json") == ExitCode.OK
    (row,) = json.loads(capsys.readouterr().out)
    assert row == {
        "case": "PS-000001", "status": "closed", "role": "nurse", "department": "ICU",
        "event": 1, "event_type": "adverse_event", "referred_at": "2026-12-01T08:00:00",
        "outreach_due_at": row["outreach_due_at"], "first_outreach_at": "2026-12-01T09:00:00",
        "overdue": False, "supporter": "Rosa Marquez", "next_follow_up": None,
        "next_attempt_due_at": None,
    }  # fmt: skip
    with open_vault(path, PASSPHRASE) as vault:
        detail = cases.get_case(vault, 1, opening=False)
    assert detail.clinician.name == NAME
    assert (detail.case.status, detail.case.outcome) == (CaseStatus.CLOSED, Outcome.SUPPORTED)
    assert detail.case.closed_at == dt.datetime(2026, 12, 2, 10, 0)
    assert detail.supporter_name == "Rosa Marquez"
    attempt, talk = detail.contacts
    assert (attempt.kind, attempt.result, attempt.supporter_name) == (
        ContactKind.OUTREACH_ATTEMPT, "voicemail", None,
    )  # fmt: skip
    # The conversation came after the assignment: the case's supporter made it.
    assert (talk.kind, talk.duration_minutes, talk.supporter_name, talk.intense) == (
        ContactKind.CONVERSATION, 45, "Rosa Marquez", True,
    )  # fmt: skip


@pytest.mark.real_kdf  # the processes derive the key as installed
def test_a_script_in_its_own_processes_reads_no_name_and_exit_codes(tmp_path: Path) -> None:
    """As a program's script runs it: the installed entry point in a process of its own,
    the passphrase from the environment, JSON on standard output, the exit code said."""
    path = tmp_path / "nightly.vault"
    with create_vault(path, PASSPHRASE) as vault:
        referral(vault, NAME, referrer="Dr Planted Referrer")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERSUPPORT_")}
    env |= {"PEERSUPPORT_PASSPHRASE": PASSPHRASE, "PEERSUPPORT_VAULT": str(path)}

    def command(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "peersupport_desktop", *words],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip

    logged = command("log-contact", "--case", "PS-000001", "--kind", "conversation", "--mode",
                     "phone", "--at", "2026-09-01T11:00", "--note", "planted note")  # fmt: skip
    assert (logged.returncode, logged.stderr) == (0, "")
    listed = command("cases", "--json")
    assert listed.returncode == 0
    (row,) = json.loads(listed.stdout)
    assert (row["case"], row["status"]) == ("PS-000001", "in_support")
    shown = command("case", "--case", "PS-000001", "--json")
    contacts_shown = command("contacts", "--case", "PS-000001", "--json")
    for said in (logged, listed, shown, contacts_shown):
        for planted in (NAME, "Dr Planted Referrer", "planted note"):
            assert planted not in said.stdout + said.stderr
    refused = command("case", "--case", "PS-000001", "--close", "elated")
    assert refused.returncode == ExitCode.USAGE
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
