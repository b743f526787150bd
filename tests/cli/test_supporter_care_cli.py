"""`import-debriefs`, `debriefs`, `import-trainings`, `import-training-evaluations` and
`trainings`: files in, listings out in the imports' own columns, and a listing
re-imported adding nothing."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import supporters
from peersupport_desktop.services.debriefs import list_debriefs
from peersupport_desktop.services.training_sessions import list_sessions
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import referral


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        referral(vault)  # Ingrid Solberg, PS-000001
        for name, email in (("Ana Ruiz", "ana@hospital.org"), ("Ben Ode", None)):
            supporters.add_supporter(
                vault, supporters.SupporterInput(name=name, role="nurse", email=email)
            )
    return path


def run(path: Path, passfile: Path, command: str, *extra: str) -> int:
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


def test_debriefs_in_listed_and_round_tripped(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(
        tmp_path / "debriefs.csv",
        [
            ["held_on", "kind", "minutes", "attendees", "notes"],
            ["2026-10-05", "group", "90", "ana@hospital.org;Ben Ode", "Rotas; sleep."],
            ["2026-10-09", "one_to_one", "", "Ben Ode", ""],
        ],
    )
    assert run(program, passfile, "import-debriefs", str(source)) == ExitCode.OK
    assert "2 added" in capsys.readouterr().out

    assert run(program, passfile, "debriefs") == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "2026-10-09  one_to_one  -  Ben Ode",
        "2026-10-05  group  90 min  ana@hospital.org; Ben Ode",
    ]
    assert run(program, passfile, "debriefs", "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert listed[1] == {
        "held_on": "2026-10-05",
        "kind": "group",
        "minutes": 90,
        "attendees": "ana@hospital.org; Ben Ode",
        "notes": "Rotas; sleep.",
    }

    for suffix in (".csv", ".xlsx", ".json"):
        out = tmp_path / f"listed{suffix}"
        assert run(program, passfile, "debriefs", "--out", str(out)) == ExitCode.OK
        assert "Wrote 2 rows" in capsys.readouterr().out
    assert run(program, passfile, "debriefs", "--out", str(tmp_path / "listed.csv")) != 0
    capsys.readouterr()
    assert run(program, passfile, "debriefs", "--out", str(tmp_path / "x.txt")) != 0
    capsys.readouterr()
    for suffix in (".csv", ".xlsx"):
        again = run(program, passfile, "import-debriefs", str(tmp_path / f"listed{suffix}"))
        assert again == ExitCode.OK
        assert "0 added, 2 already in the vault" in capsys.readouterr().out
    with open_vault(program, PASSPHRASE) as vault:
        assert len(list_debriefs(vault)) == 2


def test_minutes_naming_a_case_reject_the_file_without_quoting_it(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(
        tmp_path / "debriefs.csv",
        [
            ["held_on", "kind", "attendees", "notes"],
            ["2026-10-05", "group", "Ben Ode", "Fine"],
            ["2026-10-06", "group", "Ben Ode", "Talked about PS-000001 and Ingrid Solberg"],
        ],
    )
    assert run(program, passfile, "import-debriefs", str(source)) == ExitCode.USAGE
    said = capsys.readouterr()
    assert "line 3: The minutes name a person supported (or a case)" in said.err
    assert "Ingrid" not in said.err + said.out and "PS-000001" not in said.err + said.out
    with open_vault(program, PASSPHRASE) as vault:
        assert list_debriefs(vault) == []


def test_trainings_and_their_evaluations(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    attendance = write_csv(
        tmp_path / "attendance.csv",
        [
            ["held_on", "title", "supporter", "refresher", "minutes"],
            ["2026-10-05", "Refresher", "ana@hospital.org", "yes", "120"],
            ["2026-10-05", "Refresher", "Ben Ode", "yes", "120"],
        ],
    )
    assert run(program, passfile, "import-trainings", str(attendance)) == ExitCode.OK
    assert "2 added" in capsys.readouterr().out
    assert run(program, passfile, "import-trainings", str(attendance)) == ExitCode.OK
    assert "0 added, 2 already in the vault" in capsys.readouterr().out

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["held_on", "title", "useful", "ready", "comment"],
        ["2026-10-05", "Refresher", 5, 4, "Good role plays"],
        ["2026-10-05", "Refresher", 4, 3, None],
    ):
        sheet.append(row)
    book.save(tmp_path / "evaluations.xlsx")
    evaluations = str(tmp_path / "evaluations.xlsx")
    assert run(program, passfile, "import-training-evaluations", evaluations) == ExitCode.OK
    assert "2 added" in capsys.readouterr().out
    # Listed anonymously; the comments only when asked, and a listing imports back as is.
    assert run(program, passfile, "training-evaluations") == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "2026-10-05  Refresher  useful 5, ready 4",
        "2026-10-05  Refresher  useful 4, ready 3",
    ]
    written = tmp_path / "evaluations-out.csv"
    listed = ("training-evaluations", "--with-comments", "--out", str(written))
    assert run(program, passfile, *listed) == ExitCode.OK
    capsys.readouterr()
    assert "Good role plays" in written.read_text(encoding="utf-8-sig")
    assert run(program, passfile, "import-training-evaluations", str(written)) == ExitCode.OK
    assert "0 added, 2 already in the vault" in capsys.readouterr().out

    assert run(program, passfile, "trainings") == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "2026-10-05  Refresher (refresher)  ana@hospital.org",
        "2026-10-05  Refresher (refresher)  Ben Ode",
    ]
    out = tmp_path / "trainings.xlsx"
    assert run(program, passfile, "trainings", "--out", str(out)) == ExitCode.OK
    capsys.readouterr()
    assert run(program, passfile, "import-trainings", str(out)) == ExitCode.OK
    assert "0 added, 2 already in the vault" in capsys.readouterr().out
    assert run(program, passfile, "trainings", "--json") == ExitCode.OK
    assert json.loads(capsys.readouterr().out)[0] == {
        "held_on": "2026-10-05",
        "title": "Refresher",
        "supporter": "ana@hospital.org",
        "refresher": "yes",
        "minutes": 120,
    }
    with open_vault(program, PASSPHRASE) as vault:
        (held,) = list_sessions(vault)
    assert (held.attendees, held.evaluations, held.mean_useful) == (("Ana Ruiz", "Ben Ode"), 2, 4.5)
