"""`slots`, `time-away`, `oncall-week` and `import-availability`: a supporter's
availability edited from a script, through the availability dialog's and the Calendar
page's services."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import availability, supporters
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """Rosa (1) and Sam (2) on the roster."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        for name, email in (("Rosa Marquez", "rosa@h.example"), ("Sam Okafor", None)):
            supporters.add_supporter(
                vault, supporters.SupporterInput(name=name, role="nurse", email=email)
            )
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_weekly_slots_added_listed_and_removed(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ("--supporter", "rosa@h.example", "--add", "mon 09:00-12:00", "--add",
           "Thursday 13:30-17:00")  # fmt: skip
    assert run(program, passfile, "slots", *add) == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == ["1  mon 09:00-12:00", "2  thu 13:30-17:00"]
    assert run(program, passfile, "slots", "--supporter", "Rosa Marquez", "--remove", "1",
               "--json") == ExitCode.OK  # fmt: skip
    assert json.loads(capsys.readouterr().out) == [
        {"slot": 2, "weekday": "thu", "starts": "13:30", "ends": "17:00"}
    ]
    with open_vault(program, PASSPHRASE) as vault:
        (slot,) = availability.slots_of(vault, 1)
    assert (slot.weekday, slot.starts, slot.ends) == (3, dt.time(13, 30), dt.time(17, 0))
    # Another supporter's slot is not theirs to remove; nothing changes.
    assert run(program, passfile, "slots", "--supporter", "Sam Okafor", "--remove", "2") == 2
    assert "That supporter has no weekly slot of that number." in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        run(program, passfile, "slots", "--supporter", "Sam Okafor", "--add", "mon 12:00-09:00")
    assert exited.value.code == ExitCode.USAGE
    with open_vault(program, PASSPHRASE) as vault:
        assert availability.slots_of(vault, 2) == []


def test_time_away_and_extra_slots(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = ("--supporter", "Sam Okafor", "--away", "2026-12-24T00:00", "2027-01-02T00:00",
             "--extra", "2026-12-05T10:00", "2026-12-05T14:00")  # fmt: skip
    assert run(program, passfile, "time-away", *words) == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "2  extra  2026-12-05 10:00 to 2026-12-05 14:00",
        "1  away  2026-12-24 00:00 to 2027-01-02 00:00",
    ]
    assert run(program, passfile, "time-away", "--supporter", "Sam Okafor", "--remove", "2",
               "--json") == ExitCode.OK  # fmt: skip
    assert json.loads(capsys.readouterr().out) == [
        {"entry": 1, "kind": "away", "starts_at": "2026-12-24T00:00:00",
         "ends_at": "2027-01-02T00:00:00"},
    ]  # fmt: skip
    backwards = ("--supporter", "Sam Okafor", "--away", "2026-12-10T00:00", "2026-12-09T00:00")
    assert run(program, passfile, "time-away", *backwards) == ExitCode.USAGE
    assert capsys.readouterr().err == "An exception must end after it starts.\n"
    with open_vault(program, PASSPHRASE) as vault:
        assert [e.id for e in availability.exceptions_of(vault, 2)] == [1]


def test_the_on_call_week(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    week = ("--week", "2026-12-07")
    assert run(program, passfile, "oncall-week", *week) == ExitCode.OK
    assert capsys.readouterr().out == "Week of 2026-12-07: first call nobody.\n"
    assert run(program, passfile, "oncall-week", *week, "--supporter", "rosa@h.example") == 0
    assert capsys.readouterr().out == "Week of 2026-12-07: first call Rosa Marquez.\n"
    with open_vault(program, PASSPHRASE) as vault:
        weeks = availability.on_call_weeks(vault, dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    assert [(w.week_start, w.supporter_id) for w in weeks] == [(dt.date(2026, 12, 7), 1)]
    assert run(program, passfile, "oncall-week", *week, "--supporter", "none") == ExitCode.OK
    assert capsys.readouterr().out == "Week of 2026-12-07: first call nobody.\n"
    assert run(program, passfile, "oncall-week", "--week", "2026-12-08") == ExitCode.USAGE
    assert capsys.readouterr().err == "An on-call week starts on a Monday.\n"


def test_a_calendar_file_written_for_one_supporter_is_read_in_for_another(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slots = ("--supporter", "Rosa Marquez", "--add", "tue 08:00-10:00")
    assert run(program, passfile, "slots", *slots) == ExitCode.OK
    ics = tmp_path / "rosa.ics"
    written = ("--supporter", "Rosa Marquez", "--from", "2026-12-01", "--to", "2026-12-31",
               "--out", str(ics))  # fmt: skip
    assert run(program, passfile, "availability", *written) == ExitCode.OK
    capsys.readouterr()
    read = ("--supporter", "Sam Okafor", str(ics))
    assert run(program, passfile, "import-availability", *read) == ExitCode.OK
    assert capsys.readouterr().out == "Added 1 weekly entry and 0 dated entries.\n"
    with open_vault(program, PASSPHRASE) as vault:
        (slot,) = availability.slots_of(vault, 2)
    assert (slot.weekday, slot.starts, slot.ends) == (1, dt.time(8), dt.time(10))
    broken = tmp_path / "broken.ics"
    broken.write_text("not a calendar", encoding="utf-8")
    assert run(program, passfile, "import-availability", "--supporter", "Sam Okafor",
               str(broken)) == ExitCode.USAGE  # fmt: skip
    assert capsys.readouterr().err.count("\n") == 1
    missing = ("--supporter", "Sam Okafor", str(tmp_path / "none.ics"))
    assert run(program, passfile, "import-availability", *missing) == ExitCode.USAGE
    assert capsys.readouterr().err == "That file could not be read.\n"
