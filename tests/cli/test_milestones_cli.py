"""`peersupport-desktop milestones`: a case's or its event's milestones, and check-ins due."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import milestones
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.known_program import after_one_event

TODAY = dt.date.today()
MONDAY = TODAY + dt.timedelta(days=28 - TODAY.weekday())  # a Monday some weeks ahead
THURSDAY = MONDAY + dt.timedelta(days=3)


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> tuple[Path, str, str]:
    """A vault with two people after one event: their references."""
    path = tmp_path / "program.vault"
    day = TODAY - dt.timedelta(days=30)
    with make_vault(path) as vault:
        first, second = after_one_event(
            vault, "litigation", day, [("Ann Lee", "nurse"), ("Bo Chan", "nurse")]
        )
    return path, first.reference, second.reference


def run(path: Path, passfile: Path, *extra: str) -> int:
    return main(["milestones", "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def test_add_for_the_event_list_and_check_ins_for_everyone(
    program: tuple[Path, str, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ann, bo = program
    added = ("--event-of", ann, "--add", "deposition", "--on", THURSDAY.isoformat())
    assert run(path, passfile, *added) == ExitCode.OK
    out = capsys.readouterr().out
    check_in = THURSDAY - dt.timedelta(days=7)
    assert f"Deposition on {THURSDAY.isoformat()} (the event's, everyone involved)" in out
    assert f"check-in {check_in.isoformat()}, 7 days before" in out
    # Bo's case lists the event's milestone too; a case milestone of Bo's, with 3 days.
    own = ("--case", bo, "--add", "Trial", "--on", MONDAY.isoformat(), "--check-in-days", "3")
    assert run(path, passfile, *own) == ExitCode.OK
    capsys.readouterr()
    assert run(path, passfile, "--case", bo, "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)["milestones"]
    assert [(m["kind"], m["on"], m["for_event"], m["check_in_days"]) for m in listed] == [
        ("trial", MONDAY.isoformat(), False, 3),
        ("deposition", THURSDAY.isoformat(), True, 7),
    ]
    due = ("--due-from", check_in.isoformat(), "--due-to", check_in.isoformat(), "--json")
    assert run(path, passfile, *due) == ExitCode.OK
    check_ins = json.loads(capsys.readouterr().out)["check_ins"]
    assert [(c["case"], c["kind"], c["on"]) for c in check_ins] == [
        (ann, "deposition", check_in.isoformat()),
        (bo, "deposition", check_in.isoformat()),
    ]
    # Words, by reference only: no one's name in a script's output.
    assert run(path, passfile, "--due-from", TODAY.isoformat(), "--due-to", MONDAY.isoformat()) == 0
    out = capsys.readouterr().out
    assert f"{check_in.isoformat()}  {ann}  check-in before deposition" in out
    assert "Ann Lee" not in out and "Bo Chan" not in out


def test_remove(
    program: tuple[Path, str, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ann, _bo = program
    with open_vault(path, PASSPHRASE) as vault:
        case_id = milestones.case_id_for(vault, ann)
        kept = milestones.add_milestone(vault, case_id=case_id, kind="peer_review", on_date=MONDAY)
    assert run(path, passfile, "--remove", str(kept.id), "--case", ann) == ExitCode.OK
    out = capsys.readouterr().out
    assert f"Removed milestone {kept.id}." in out and "No milestones." in out
    with open_vault(path, PASSPHRASE) as vault:
        assert milestones.milestones_of(vault, case_id) == []
        again = milestones.add_milestone(vault, case_id=case_id, kind="trial", on_date=MONDAY)
    # A bad reference beside --remove is refused before anything is removed.
    assert run(path, passfile, "--remove", str(again.id), "--case", "PS-999999") != ExitCode.OK
    with open_vault(path, PASSPHRASE) as vault:
        assert [m.id for m in milestones.milestones_of(vault, case_id)] == [again.id]


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        ((), "Name a case (--case or --event-of)"),
        (("--due-from", "2026-01-01"), "Give both --due-from and --due-to."),
        (("--add", "trial", "--on", "2026-01-01"), "needs --case or --event-of"),
        (("--case", "PS-999999"), "There is no case PS-999999."),
        (("--case", "{ann}", "--add", "hearing", "--on", "{monday}"), "'hearing' is not one of"),
        (("--case", "{ann}", "--add", "trial", "--on", "{monday}", "--check-in-days", "91"),
         "0 to 90 days before it"),
        (("--case", "{ann}", "--add", "trial", "--on", "{far}"), "at most 10 years ahead"),
        (("--remove", "999"), "There is no milestone with number 999."),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_and_a_non_zero_exit(
    program: tuple[Path, str, str],
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    sentence: str,
) -> None:
    path, ann, _bo = program
    far = TODAY.replace(year=TODAY.year + 11).isoformat()
    filled = [a.format(ann=ann, monday=MONDAY.isoformat(), far=far) for a in extra]
    assert run(path, passfile, *filled) != ExitCode.OK
    err = capsys.readouterr().err
    assert sentence in err and len(err.strip().splitlines()) == 1


def test_a_bad_date_is_refused_by_the_parser(
    program: tuple[Path, str, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ann, _bo = program
    with pytest.raises(SystemExit) as ended:
        run(path, passfile, "--case", ann, "--add", "trial", "--on", "next week")
    assert ended.value.code == ExitCode.USAGE
    assert "'next week' is not a date like 2026-01-31" in capsys.readouterr().err
