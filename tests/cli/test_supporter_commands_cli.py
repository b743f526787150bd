"""`peersupport-desktop import-supporters` and `supporters`: the roster in from a file,
the whole of it or nothing, and out again in the same columns, re-importing unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import supporters
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

ROSTER = (
    "name,email,phone,role,department,specialty,languages,training_date,refresher_due,"
    "status,capacity\n"
    "Ann Lee,ann@h.org,+1 555 0100,nurse,ICU,Critical care,English; es,2025-03-01,"
    "2027-03-01,active,3\n"
    "Bo Chan,,,Attending,Emergency,,,1 June 2024,,paused,\n"
)


@pytest.fixture
def program(
    tmp_path: Path, make_vault: Callable[..., Vault], monkeypatch: pytest.MonkeyPatch
) -> Path:
    path = tmp_path / "program.vault"
    make_vault(path).close()
    monkeypatch.setenv("PEERSUPPORT_PASSPHRASE", PASSPHRASE)
    return path


def run(path: Path, *arguments: str) -> int:
    command, *rest = arguments
    return main([command, "--vault", str(path), *rest])


def names(path: Path) -> list[str]:
    with open_vault(path, PASSPHRASE) as vault:
        return [s.name for s in supporters.list_supporters(vault, include_retired=True)]


def test_import_then_list_as_text_and_json(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert run(program, "import-supporters", str(roster)) == ExitCode.OK
    assert capsys.readouterr().out.strip() == "Supporter roster: 2 rows read, 2 added."
    assert run(program, "import-supporters", str(roster)) == ExitCode.OK
    assert "2 already in the vault" in capsys.readouterr().out
    assert run(program, "supporters") == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "Ann Lee  nurse  ICU  active  ann@h.org",
        "Bo Chan  attending  Emergency  paused",
    ]
    assert run(program, "supporters", "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert listed[0] == {
        "name": "Ann Lee",
        "email": "ann@h.org",
        "phone": "+1 555 0100",
        "role": "nurse",
        "department": "ICU",
        "specialty": "Critical care",
        "languages": "English, Spanish",
        "training_date": "2025-03-01",
        "refresher_due": "2027-03-01",
        "status": "active",
        "capacity": 3,
    }
    assert listed[1]["capacity"] is None  # the program's default


def test_a_mapping_saved_in_the_window_is_named_on_the_command_line(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from peersupport_desktop.services.record_import import import_records
    from peersupport_desktop.services.roster_import import KIND

    first = tmp_path / "hr.csv"
    first.write_text("Staff;Job;Mail\nAnn Lee;Nurse;ann@h.org\n", encoding="cp1252")
    with open_vault(program, PASSPHRASE) as vault:
        mapping = {"name": "Staff", "role": "Job", "email": "Mail"}
        import_records(vault, KIND, first, mapping=mapping, source="HR system")
    later = tmp_path / "hr-later.csv"
    later.write_text("Staff;Job;Mail;Extra\nCruz Diaz;APP;cruz@h.org;x\n", encoding="cp1252")
    assert run(program, "import-supporters", str(later), "--mapping", "hr system") == ExitCode.OK
    assert "1 added" in capsys.readouterr().out
    assert names(program) == ["Ann Lee", "Cruz Diaz"]
    assert run(program, "import-supporters", str(later), "--mapping", "Payroll") == ExitCode.USAGE
    assert "no saved mapping named" in capsys.readouterr().err


def test_a_bad_row_imports_nothing_and_every_line_is_said(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "name,role,training_date\nAnn Lee,nurse,2025-01-01\nSecret Person,,\nCy Ode,app,4/5/2025\n"
    )
    assert run(program, "import-supporters", str(roster)) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "Nothing was imported: 2 rows cannot be." in err
    assert "line 3: A new supporter needs a role" in err
    assert "line 4: The training date could be read day first or month first" in err
    assert "Secret Person" not in err
    assert names(program) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_roster_written_out_imports_back_unchanged(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert run(program, "import-supporters", str(roster)) == ExitCode.OK
    out = tmp_path / f"written{suffix}"
    assert run(program, "supporters", "--out", str(out)) == ExitCode.OK
    assert f"Wrote 2 rows to {out}" in capsys.readouterr().out
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(out).active
        assert [cell.value for cell in sheet[1]][:3] == ["name", "email", "phone"]
    assert run(program, "supporters", "--out", str(out)) != ExitCode.OK  # exists: --force
    capsys.readouterr()
    assert run(program, "supporters", "--out", str(out), "--force") == ExitCode.OK
    with open_vault(program, PASSPHRASE) as vault:
        before = supporters.list_supporters(vault, include_retired=True)
    capsys.readouterr()
    assert run(program, "import-supporters", str(out)) == ExitCode.OK
    assert capsys.readouterr().out.strip() == (
        "Supporter roster: 2 rows read, 0 added, 2 already in the vault."
    )
    with open_vault(program, PASSPHRASE) as vault:
        assert supporters.list_supporters(vault, include_retired=True) == before


def test_a_listing_file_of_another_format_is_refused(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, "supporters", "--out", str(tmp_path / "roster.pdf")) == ExitCode.USAGE
    assert ".csv, .json, .xlsx" in capsys.readouterr().err
