"""`holidays` and `highlights`: the outreach clock's holidays and a quarter's highlights
from a script, through the Settings page's and the highlights dialog's services; a text
that names people the vault knows is refused without repeating the names."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import highlights, settings
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import referral

Q3 = Quarter(2026, 3)


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        referral(vault, "Ingrid Solberg")
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_holidays_added_renamed_and_removed(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "holidays") == ExitCode.OK
    assert capsys.readouterr().out == "No holidays.\n"
    for when, name in (("2026-12-25", "Christmas"), ("2027-01-01", "New Year"),
                       ("2026-12-25", "Christmas Day")):  # fmt: skip
        assert run(program, passfile, "holidays", "--add", when, "--name", name) == ExitCode.OK
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "2026-12-25  Christmas Day",
        "2027-01-01  New Year",
    ]
    assert run(program, passfile, "holidays", "--remove", "2027-01-01", "--json") == ExitCode.OK
    assert json.loads(capsys.readouterr().out) == [{"day": "2026-12-25", "name": "Christmas Day"}]
    with open_vault(program, PASSPHRASE) as vault:
        assert settings.holidays(vault) == [(dt.date(2026, 12, 25), "Christmas Day")]
    assert run(program, passfile, "holidays", "--remove", "2027-07-04") == ExitCode.USAGE
    assert capsys.readouterr().err == "That day is not a holiday.\n"
    assert run(program, passfile, "holidays", "--add", "2027-07-04") == ExitCode.USAGE
    assert capsys.readouterr().err == "Give --add with the holiday's --name.\n"


def test_highlights_kept_shown_and_cleared(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "q3.txt"
    text.write_text("Two new trained supporters in surgery.\n", encoding="utf-8")
    kept = ("--quarter", "2026Q3", "--from-file", str(text))
    assert run(program, passfile, "highlights", *kept) == ExitCode.OK
    assert capsys.readouterr().out == "Kept the highlights for 2026Q3.\n"
    assert run(program, passfile, "highlights", "--quarter", "2026Q3") == ExitCode.OK
    assert capsys.readouterr().out == "Two new trained supporters in surgery.\n"
    with open_vault(program, PASSPHRASE) as vault:
        assert highlights.get_highlights(vault, Q3) == "Two new trained supporters in surgery."
    assert run(program, passfile, "highlights", "--quarter", "2026Q3", "--clear") == ExitCode.OK
    assert capsys.readouterr().out == "Removed the highlights for 2026Q3.\n"
    assert run(program, passfile, "highlights", "--quarter", "2026Q3") == ExitCode.OK
    assert capsys.readouterr().out == "No highlights for 2026Q3.\n"


def test_highlights_that_name_someone_are_refused_without_the_name(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "q3.txt"
    text.write_text("We thank ingrid solberg for her courage.", encoding="utf-8")
    words = ("--quarter", "2026Q3", "--from-file", str(text))
    assert run(program, passfile, "highlights", *words) == ExitCode.USAGE
    said = capsys.readouterr().err
    assert said == (
        "The text names 1 person the vault knows: take the names out, or give --names-anyway.\n"
    )
    with open_vault(program, PASSPHRASE) as vault:
        assert highlights.get_highlights(vault, Q3) == ""
    assert run(program, passfile, "highlights", *words, "--names-anyway") == ExitCode.OK
    with open_vault(program, PASSPHRASE) as vault:
        assert highlights.get_highlights(vault, Q3).startswith("We thank")
    unreadable = tmp_path / "latin1.txt"
    unreadable.write_bytes("caf\xe9".encode("latin-1"))
    bad = ("--quarter", "2026Q3", "--from-file", str(unreadable))
    assert run(program, passfile, "highlights", *bad) == ExitCode.USAGE
    assert capsys.readouterr().err == "That file could not be read as UTF-8 text.\n"
