"""`peersupport-desktop settings`: list the settings the report uses, set its targets."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import audit, settings
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        settings.change_settings(vault, program_name="Mercy Peer Support")
    return path


def run(path: Path, passfile: Path, *extra: str) -> int:
    return main(["settings", "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def targets(path: Path) -> tuple[int | None, int | None, int | None]:
    with open_vault(path, PASSPHRASE) as vault:
        kept = settings.get_settings(vault)
    return (
        kept.target_within_percent,
        kept.target_acceptance_percent,
        kept.target_refresher_percent,
    )


def test_lists_the_settings_with_no_targets(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile) == ExitCode.OK
    out = capsys.readouterr().out.splitlines()
    assert "Program name: Mercy Peer Support" in out
    assert "Outreach target: 24 clock hours" in out
    assert "The timely-outreach target: none" in out
    assert "The acceptance target: none" in out
    assert "The refresher target: none" in out


def test_sets_and_clears_targets_and_lists_them_as_json(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change = ("--target-within", "90", "--target-acceptance", "60", "--target-refresher", "100")
    assert run(program, passfile, *change) == ExitCode.OK
    assert "The acceptance target: 60%" in capsys.readouterr().out
    assert targets(program) == (90, 60, 100)

    # Only the options given change; 0 and "none" both clear.
    assert run(program, passfile, "--target-within", "0", "--target-refresher", "None") == 0
    assert targets(program) == (None, 60, None)
    capsys.readouterr()

    assert run(program, passfile, "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert listed["target_within_percent"] is None
    assert listed["target_acceptance_percent"] == 60
    assert listed["target_refresher_percent"] is None
    assert (listed["program_name"], listed["outreach_target_hours"]) == ("Mercy Peer Support", 24)
    with open_vault(program, PASSPHRASE) as vault:
        edits = audit.entries(vault, action="settings.edit")
    assert len(edits) == 3  # the fixture's name, then the two changes; listing writes nothing


def test_a_target_out_of_range_is_the_services_sentence(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "--target-acceptance", "101") == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err == "The acceptance target must be a whole percent from 1 to 100, or none.\n"
    assert targets(program) == (None, None, None)


def test_a_target_that_is_no_number_is_a_usage_error(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as refused:
        run(program, passfile, "--target-within", "ninety")
    assert refused.value.code == ExitCode.USAGE
    assert "give a whole percent from 1 to 100, or none" in capsys.readouterr().err
