"""`peersupport-desktop retention`: count without --apply, de-identify with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import Outcome
from peersupport_desktop.services import audit, cases, clinicians, settings
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.services.retention import DEIDENTIFIED_NAME
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE


def refer(vault: Vault, name: str, referred: dt.datetime, closed: dt.datetime | None) -> int:
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="colleague",
            referred_at=referred,
            clinician=clinicians.ClinicianInput(name=name, role="nurse", email="x@example.org"),
            event=EventInput(event_type="adverse_event", occurred_on=referred.date()),
        ),
    )
    if closed is not None:
        cases.close_case(vault, case.id, Outcome.DECLINED, closed)
    return case.id


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """Two cases closed long ago (past any retention), one closed today, one open."""
    path = tmp_path / "program.vault"
    today = dt.datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    with make_vault(path) as vault:
        refer(vault, "Old One", dt.datetime(2023, 3, 1, 9), dt.datetime(2023, 3, 9))
        refer(vault, "Old Two", dt.datetime(2023, 4, 1, 9), dt.datetime(2023, 5, 2))
        refer(vault, "Just Closed", dt.datetime(2023, 4, 1, 9), today)
        refer(vault, "Still Open", dt.datetime(2023, 2, 1, 9), None)
    return path


def run(path: Path, passfile: Path, *extra: str) -> int:
    return main(["retention", "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def names(path: Path) -> list[str]:
    with open_vault(path, PASSPHRASE) as vault:
        return sorted(c.name for c in clinicians.find_clinicians(vault, ""))


def test_off_by_default(program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(program, passfile, "--apply") == ExitCode.OK
    assert "Retention is off" in capsys.readouterr().out
    assert DEIDENTIFIED_NAME not in names(program)


def test_counts_then_applies(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        settings.change_settings(vault, retention_months=12)
    before = names(program)

    assert run(program, passfile) == ExitCode.OK
    out = capsys.readouterr().out
    assert "2 closed cases (closed on or before " in out
    assert "past the 12-month retention period and would be de-identified" in out
    assert "--apply" in out
    assert names(program) == before  # counting changes nothing

    assert run(program, passfile, "--apply") == ExitCode.OK
    assert "De-identified 2 closed cases past the 12-month retention period." in (
        capsys.readouterr().out
    )
    assert names(program) == sorted([DEIDENTIFIED_NAME] * 2 + ["Just Closed", "Still Open"])
    with open_vault(program, PASSPHRASE) as vault:
        assert len(audit.entries(vault, action="retention.deidentify")) == 2

    assert run(program, passfile) == ExitCode.OK
    assert "No closed case is past the 12-month retention period." in capsys.readouterr().out


def test_a_wrong_passphrase_is_one_sentence(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase of this vault at all\n", encoding="utf-8")
    assert run(program, wrong, "--apply") == ExitCode.WRONG_PASSPHRASE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
