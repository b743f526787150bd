"""`--map FIELD=COLUMN` on the import commands: a file whose columns are the hospital's
own is mapped on the command line as the import dialog maps it, and the mapping is saved
under the source's name, so the next file of that source needs none."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import supporters
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.import_mappings import mapping_names
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

NOTICE_HEADERS = ("Incident ID", "Incident date", "Category", "Staff", "Staff role", "Route")
EVENT_MAP = (
    "event_ref=Incident ID", "event_date=Incident date", "event_type=Category",
    "clinician_name=Staff", "clinician_role=Staff role", "referral_source=Route",
)  # fmt: skip


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    make_vault(path).close()
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def _csv(path: Path, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def test_event_notices_mapped_then_recognised(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _csv(tmp_path / "week1.csv", NOTICE_HEADERS, [
        ("INC-1", "2026-11-30", "adverse_event", "Ada Moss", "nurse", "safety_report"),
    ])  # fmt: skip
    second = _csv(tmp_path / "week2.csv", NOTICE_HEADERS, [
        ("INC-2", "2026-12-01", "near_miss", "Ben Ode", "trainee", "safety_report"),
    ])  # fmt: skip
    # Not the canonical columns, and no mapping yet: refused, nothing imported.
    assert run(program, passfile, "import-events", str(first)) == ExitCode.USAGE
    assert "fit no saved mapping" in capsys.readouterr().err
    maps = [part for pair in EVENT_MAP for part in ("--map", pair)]
    mapped = ("import-events", str(first), *maps, "--source", "Safety system")
    assert run(program, passfile, *mapped) == ExitCode.OK
    assert "cases: 1" in capsys.readouterr().out
    # The next week's file: the saved mapping fits its columns.
    assert run(program, passfile, "import-events", str(second)) == ExitCode.OK
    assert "source 'Safety system'" in capsys.readouterr().out
    with open_vault(program, PASSPHRASE) as vault:
        assert len(all_case_rows(vault)) == 2
        assert "Safety system" in mapping_names(vault)


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        (("--source", "Safety system", "--map", "event_ref=Incident ID"),
         "Choose the file's column for"),
        (("--source", "Safety system", "--map", "event_ref=Ticket"),
         "Choose the file's column for"),
        (("--map", "event_ref=Incident ID"), "Name the source system with --source"),
        (("--source", "S", "--mapping", "S", "--map", "event_ref=Incident ID"),
         "Give --map or --mapping, not both."),
        (("--source", "S", "--map", "event_ref=Incident ID", "--map", "event_ref=Category"),
         "A field is mapped twice"),
    ],
)  # fmt: skip
def test_a_bad_mapping_imports_nothing(
    program: Path,
    passfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    sentence: str,
) -> None:
    notices = _csv(tmp_path / "n.csv", NOTICE_HEADERS, [
        ("INC-1", "2026-11-30", "adverse_event", "Ada Moss", "nurse", "safety_report"),
    ])  # fmt: skip
    assert run(program, passfile, "import-events", str(notices), *extra) == ExitCode.USAGE
    said = capsys.readouterr().err
    assert said.startswith(sentence) and said.count("\n") == 1
    with open_vault(program, PASSPHRASE) as vault:
        assert all_case_rows(vault) == [] and mapping_names(vault) == []


def test_a_roster_mapped_then_recognised(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = ("Peer", "Inbox", "Kind of staff")
    first = _csv(tmp_path / "roster1.csv", headers, [("Rosa Marquez", "rosa@h.example", "nurse")])
    second = _csv(tmp_path / "roster2.csv", headers, [("Sam Okafor", "sam@h.example", "app")])
    assert run(program, passfile, "import-supporters", str(first)) == ExitCode.USAGE
    capsys.readouterr()
    mapped = ("--map", "name=Peer", "--map", "email=Inbox", "--map", "role=Kind of staff",
              "--mapping", "HR export")  # fmt: skip
    assert run(program, passfile, "import-supporters", str(first), *mapped) == ExitCode.OK
    assert run(program, passfile, "import-supporters", str(second)) == ExitCode.OK
    bad = ("--map", "name=Colleague", "--mapping", "HR export")
    assert run(program, passfile, "import-supporters", str(first), *bad) == ExitCode.USAGE
    assert "The file has no column 'Colleague'" in capsys.readouterr().err
    with open_vault(program, PASSPHRASE) as vault:
        roster = supporters.list_supporters(vault)
    assert [(s.name, s.email, s.role.value) for s in roster] == [
        ("Rosa Marquez", "rosa@h.example", "nurse"),
        ("Sam Okafor", "sam@h.example", "app"),
    ]
