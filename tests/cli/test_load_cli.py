"""`peersupport-desktop load`: the supporters' load as lines, as JSON, and written to a
CSV, JSON or XLSX file, the figures worked out by hand."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.store.vault import Vault
from tests.services.test_supporter_load import case_of, contact, debrief, supporter

TODAY = dt.date.today()


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """Ana: own cap 1, two open cases, 45 + 45 minutes this week (1.5 hours), a debrief
    10 days ago. Bo: the default cap (3), nothing yet, trained 400 days ago, never
    debriefed."""
    path = tmp_path / "program.vault"
    now = dt.datetime.now().replace(second=0, microsecond=0)
    with make_vault(path) as vault:
        ana = supporter(vault, "Ana Owncap", capacity=1)
        supporter(vault, "Bo Default", trained=TODAY - dt.timedelta(days=400))
        first = case_of(vault, ana, "Kai Mercer")
        case_of(vault, ana, "Lena Park")
        contact(vault, first, ana, now - dt.timedelta(days=1), 45)
        contact(vault, first, ana, now - dt.timedelta(days=2), 45)
        debrief(vault, TODAY - dt.timedelta(days=10), ana)
    return path


def run(path: Path, passfile: Path, *extra: str) -> int:
    return main(["load", "--vault", str(path), "--passphrase-file", str(passfile), *extra])


ANA = {
    "name": "Ana Owncap",
    "status": "active",
    "open_cases": 2,
    "capacity": 1,
    "capacity_is_default": False,
    "at_capacity": True,
    "over_capacity": True,
    "contacts_30_days": 2,
    "hours_30_days": 1.5,
    "last_debrief": (TODAY - dt.timedelta(days=10)).isoformat(),
    "days_without_debrief": None,
}
BO = {
    "name": "Bo Default",
    "status": "active",
    "open_cases": 0,
    "capacity": 3,
    "capacity_is_default": True,
    "at_capacity": False,
    "over_capacity": False,
    "contacts_30_days": 0,
    "hours_30_days": 0.0,
    "last_debrief": None,
    "days_without_debrief": 400,
}


def test_lines_say_the_load_in_words(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile) == ExitCode.OK
    ana, bo = capsys.readouterr().out.splitlines()
    last = (TODAY - dt.timedelta(days=10)).isoformat()
    assert ana == (
        "Ana Owncap  2 of 1 open cases, over capacity  2 contacts, 1.5 h in 30 days  "
        f"last debrief {last}"
    )
    assert bo == (
        "Bo Default  0 of 3 open cases (program default)  0 contacts, 0.0 h in 30 days  "
        "last debrief never  no debrief for 400 days"
    )


def test_json_lists_every_figure(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "--json") == ExitCode.OK
    assert json.loads(capsys.readouterr().out) == [ANA, BO]


def test_written_to_csv_json_and_xlsx_and_never_over_a_file_without_force(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "load.csv"
    assert run(program, passfile, "--out", str(out)) == ExitCode.OK
    assert f"Wrote 2 rows to {out}" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["name"] == "Ana Owncap" and rows[0]["over_capacity"] == "True"
    assert rows[1]["days_without_debrief"] == "400" and rows[1]["last_debrief"] == ""

    before = out.read_bytes()
    assert run(program, passfile, "--out", str(out)) != ExitCode.OK  # there already
    assert out.read_bytes() == before
    assert run(program, passfile, "--out", str(out), "--force") == ExitCode.OK

    as_json = tmp_path / "load.json"
    assert run(program, passfile, "--out", str(as_json)) == ExitCode.OK
    assert json.loads(as_json.read_text(encoding="utf-8")) == [ANA, BO]

    sheet = tmp_path / "load.xlsx"
    assert run(program, passfile, "--out", str(sheet)) == ExitCode.OK
    book = openpyxl.load_workbook(sheet, read_only=True)
    values = list(book.worksheets[0].iter_rows(values_only=True))
    assert values[0][:4] == ("name", "status", "open_cases", "capacity")
    assert values[1][:4] == ("Ana Owncap", "active", 2, 1)
    bo = dict(zip(values[0], values[2], strict=True))
    assert (bo["open_cases"], bo["hours_30_days"], bo["days_without_debrief"]) == (0, 0, 400)
    assert (bo["capacity_is_default"], bo["over_capacity"]) == ("True", "False")  # as in CSV


def test_an_unknown_ending_is_refused_before_any_work(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "--out", str(tmp_path / "load.pdf")) == ExitCode.USAGE
    assert capsys.readouterr().err == (
        "Give the file a .csv, .json, .xlsx ending to choose its format.\n"
    )
    assert not (tmp_path / "load.pdf").exists()
