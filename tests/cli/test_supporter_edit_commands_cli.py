"""`add-supporter` and `supporter`: one supporter on the roster from a script, through the
supporter dialog's service, their own capacity or the program's default included."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import Role, SupporterStatus
from peersupport_desktop.services import supporters
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import referral


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """PS-000001, whose clinician is also a trained supporter-to-be."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        referral(vault, "Rosa Marquez")
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_add_then_change_a_supporter(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ("--name", "Rosa Marquez", "--role", "Nurse", "--department", "Surgery",
           "--email", "rosa@h.example", "--languages", "en,Spanish", "--trained-on", "2025-01-10",
           "--refresher-due", "2027-01-10", "--same-person-as", "PS-000001")  # fmt: skip
    assert run(program, passfile, "add-supporter", *add) == ExitCode.OK
    assert capsys.readouterr().out == (
        "Added supporter 1 to the roster: takes up to 3 open cases, the program's default.\n"
    )
    assert run(program, passfile, "supporter", "--supporter", "ROSA MARQUEZ") == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "Rosa Marquez: Nurse, Surgery (active)",
        "Takes up to 3 open cases, the program's default",
        "Trained: 2025-01-10; refresher due 2027-01-10",
        "Languages: en, es",
    ]
    change = ("--supporter", "rosa@h.example", "--capacity", "1", "--status", "paused",
              "--role", "app", "--specialty", "ICU nursing", "--json")  # fmt: skip
    assert run(program, passfile, "supporter", *change) == ExitCode.OK
    assert json.loads(capsys.readouterr().out) == {
        "supporter": 1, "name": "Rosa Marquez", "role": "app", "department": "Surgery",
        "specialty": "ICU nursing", "email": "rosa@h.example", "phone": None,
        "languages": ["en", "es"], "trained_on": "2025-01-10", "refresher_due": "2027-01-10",
        "status": "paused", "capacity": 1, "own_capacity": 1, "linked_to_clinician": True,
    }  # fmt: skip
    back = ("--supporter", "Rosa Marquez", "--capacity", "default", "--status", "active",
            "--refresher-due", "none", "--same-person-as", "none", "--department", "")  # fmt: skip
    assert run(program, passfile, "supporter", *back) == ExitCode.OK
    capsys.readouterr()
    with open_vault(program, PASSPHRASE) as vault:
        person = supporters.get_supporter(vault, 1)
    assert (person.own_capacity, person.capacity, person.status) == (
        None, 3, SupporterStatus.ACTIVE,
    )  # fmt: skip
    assert (person.refresher_due, person.clinician_id, person.department) == (None, None, None)
    assert (person.role, person.training_date) == (Role.APP, dt.date(2025, 1, 10))


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("add-supporter", "--name", "Sam", "--role", "surgeon"), "'surgeon' is not one of:"),
        (("add-supporter", "--name", " ", "--role", "nurse"), "The name"),
        (("add-supporter", "--name", "Sam", "--role", "nurse", "--capacity", "99"),
         "The capacity must be between 0 and 50."),
        (("add-supporter", "--name", "Sam", "--role", "nurse", "--email", "not-an-address"),
         "email"),
        (("add-supporter", "--name", "Sam", "--role", "nurse", "--trained-on", "2026-01-01",
          "--refresher-due", "2025-01-01"), "A refresher cannot be due before the training."),
        (("supporter", "--supporter", "Nobody"), "No supporter has that name or email"),
        (("supporter", "--supporter", "Ann Lee", "--status", "resting"),
         "'resting' is not one of:"),
        (("supporter", "--supporter", "Ann Lee", "--same-person-as", "PS-000404"),
         "No case has that reference"),
    ],
)  # fmt: skip
def test_a_bad_supporter_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        supporters.add_supporter(vault, supporters.SupporterInput(name="Ann Lee", role="nurse"))
    assert run(program, passfile, *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert sentence.casefold() in said.err.casefold() and said.err.count("\n") == 1
    with open_vault(program, PASSPHRASE) as vault:
        (only,) = supporters.list_supporters(vault, include_retired=True)
    assert (only.name, only.status, only.clinician_id) == ("Ann Lee", SupporterStatus.ACTIVE, None)


def test_two_supporters_of_one_name_are_told_apart_by_email(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        for email in ("ann@one.example", "ann@two.example"):
            supporters.add_supporter(
                vault, supporters.SupporterInput(name="Ann Lee", role="nurse", email=email)
            )
    assert run(program, passfile, "supporter", "--supporter", "Ann Lee") == ExitCode.USAGE
    assert "give their email instead" in capsys.readouterr().err
    retire = ("--supporter", "ann@two.example", "--status", "retired")
    assert run(program, passfile, "supporter", *retire) == ExitCode.OK
    assert capsys.readouterr().out.startswith("Ann Lee: Nurse (retired)")


def test_a_capacity_must_be_a_number(program: Path, passfile: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        run(program, passfile, "add-supporter", "--name", "Sam", "--role", "nurse",
            "--capacity", "lots")  # fmt: skip
    assert exited.value.code == ExitCode.USAGE


def test_a_training_recorded_for_one_supporter(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        supporters.add_supporter(vault, supporters.SupporterInput(name="Ann Lee", role="nurse"))
    first = ("--supporter", "Ann Lee", "--training", "Peer support basics", "--held-on",
             "2025-03-04")  # fmt: skip
    assert run(program, passfile, "supporter", *first) == ExitCode.OK
    assert "Trained: 2025-03-04" in capsys.readouterr().out
    again = ("--supporter", "Ann Lee", "--training", "Refresher", "--held-on", "2026-03-04",
             "--refresher", "--json")  # fmt: skip
    assert run(program, passfile, "supporter", *again) == ExitCode.OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["trained_on"] == "2025-03-04"
    with open_vault(program, PASSPHRASE) as vault:
        held = [(t.title, t.held_on, t.refresher) for t in supporters.trainings_of(vault, 1)]
    assert held == [
        ("Peer support basics", dt.date(2025, 3, 4), False),
        ("Refresher", dt.date(2026, 3, 4), True),
    ]
    assert run(program, passfile, "supporter", "--supporter", "Ann Lee", "--training", "X") == 2
    assert capsys.readouterr().err == "Give a --training with the day it was --held-on.\n"
