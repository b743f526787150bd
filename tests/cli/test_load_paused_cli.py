"""`load` says how many paused supporters it leaves out of the debrief figure, after
its lines; never in --json or --out, whose columns scripts read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import settings, supporters
from peersupport_desktop.store.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_supporter_load import supporter

LONG_AGO = dt.date.today() - dt.timedelta(days=400)
LEFT_OUT = "2 paused supporters are not listed as due a debrief."


@pytest.fixture
def program(tmp_path: Path) -> Path:
    """Ana active, Bo and Cy paused: all three trained 400 days ago, never debriefed."""
    path = tmp_path / "program.vault"
    with create_vault(path, PASSPHRASE) as vault:
        supporter(vault, "Ana Active", trained=LONG_AGO)
        for name in ("Bo Paused", "Cy Paused"):
            supporters.set_status(vault, supporter(vault, name, trained=LONG_AGO), "paused")
    return path


def run(path: Path, passfile: Path, *extra: str) -> int:
    return main(["load", "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def test_the_lines_end_with_the_paused_left_out(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile) == ExitCode.OK
    ana, bo, cy, said = capsys.readouterr().out.splitlines()
    assert ana.endswith("no debrief for 400 days")
    assert bo.endswith("last debrief never  paused") and cy.startswith("Cy Paused")
    assert said == LEFT_OUT


def test_json_and_files_keep_their_columns_only(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)  # the sentence would break the JSON
    assert [row["status"] for row in listed] == ["active", "paused", "paused"]
    out = tmp_path / "load.json"
    assert run(program, passfile, "--out", str(out)) == ExitCode.OK
    assert capsys.readouterr().out == f"Wrote 3 rows to {out}.\n"
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 3


def test_nothing_is_said_with_the_debrief_interval_off(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        settings.change_settings(vault, debrief_every_days=None)
    assert run(program, passfile) == ExitCode.OK
    assert "paused supporter" not in capsys.readouterr().out
