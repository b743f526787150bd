"""`audit-log`: the audit log as its page shows it, from a script; reading it is audited."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.store.vault import Vault
from tests.services.test_services import referral


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        referral(vault, "Ingrid Solberg")
        referral(vault, "Tomas Berg")
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_the_log_newest_first_by_record_and_group(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "case", "--case", "PS-000002") == ExitCode.OK
    capsys.readouterr()
    assert run(program, passfile, "audit-log", "--record", "PS-000002", "--json") == ExitCode.OK
    entries = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["record"]) for e in entries] == [
        ("case.view", "PS-000002"),
        ("case.open", "PS-000002"),
    ]
    assert set(entries[0]) == {"entry", "at", "account", "action", "description", "record"}
    assert run(program, passfile, "audit-log", "--group", "cases", "--limit", "1") == ExitCode.OK
    (line,) = capsys.readouterr().out.splitlines()
    assert "case.view" in line and line.endswith("PS-000002")
    # Reading the log was itself logged, twice now.
    assert run(program, passfile, "audit-log", "--json") == ExitCode.OK
    actions = [e["action"] for e in json.loads(capsys.readouterr().out)]
    assert actions[:3] == ["audit.view", "audit.view", "audit.view"]


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("--group", "gossip"), "The group is one of: cases, contacts,"),
        (("--since", "2026-09-02", "--until", "2026-09-01"), ""),
    ],
)
def test_a_bad_filter_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    assert run(program, passfile, "audit-log", *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert said.err.startswith(sentence) and said.err.count("\n") == 1 and said.out == ""
