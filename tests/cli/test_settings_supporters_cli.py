"""`peersupport-desktop settings` for the supporters' settings: the default capacity, how
long without a debrief lists a supporter, and the feedback form's address."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import settings
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

FORM = "https://redcap.example.org/surveys/?s=PEER24"


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    with make_vault(path):
        pass
    return path


def run(path: Path, passfile: Path, *extra: str) -> int:
    return main(["settings", "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def kept(path: Path) -> settings.Settings:
    with open_vault(path, PASSPHRASE) as vault:
        return settings.get_settings(vault)


def test_the_defaults_are_listed(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile) == ExitCode.OK
    out = capsys.readouterr().out.splitlines()
    assert "Default capacity: 3 open cases per supporter" in out
    assert "No debrief for: 120 days lists a supporter" in out
    assert "Feedback form: none" in out


def test_sets_each_then_clears_and_lists_them_as_json(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change = ("--default-capacity", "5", "--debrief-every", "90", "--feedback-form", FORM)
    assert run(program, passfile, *change) == ExitCode.OK
    assert f"Feedback form: {FORM}" in capsys.readouterr().out
    now = kept(program)
    assert (now.default_capacity, now.debrief_every_days, now.feedback_form_address) == (
        5,
        90,
        FORM,
    )
    # Only the options given change; "none" turns the debrief list off, clears the form.
    assert run(program, passfile, "--debrief-every", "none", "--feedback-form", "none") == 0
    now = kept(program)
    assert (now.default_capacity, now.debrief_every_days, now.feedback_form_address) == (
        5,
        None,
        None,
    )
    capsys.readouterr()
    assert run(program, passfile, "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert listed["default_capacity"] == 5
    assert listed["debrief_every_days"] is None
    assert listed["feedback_form_address"] is None


@pytest.mark.parametrize(
    ("option", "value", "sentence"),
    [
        ("--default-capacity", "0", "A supporter's default capacity is 1 to 50 open cases."),
        ("--default-capacity", "51", "A supporter's default capacity is 1 to 50 open cases."),
        (
            "--debrief-every",
            "6",
            "Supporters are listed after 7 to 730 days without a debrief, or never.",
        ),
        (
            "--feedback-form",
            "ftp://files.example.org/form",
            "The feedback form's address must be a web address starting with https:// or http://.",
        ),
        (
            "--feedback-form",
            "https://example.org/" + "x" * 500,
            "The feedback form's address can have at most 500 characters.",
        ),
    ],
)
def test_a_value_out_of_range_is_the_services_sentence_and_changes_nothing(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str], option: str, value: str,
    sentence: str,
) -> None:  # fmt: skip
    assert run(program, passfile, option, value) == ExitCode.USAGE
    assert capsys.readouterr().err == sentence + "\n"
    now = kept(program)
    assert (now.default_capacity, now.debrief_every_days, now.feedback_form_address) == (
        3,
        120,
        None,
    )


def test_days_that_are_no_number_are_a_usage_error(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as refused:
        run(program, passfile, "--debrief-every", "often")
    assert refused.value.code == ExitCode.USAGE
    assert "give a whole number of days, or none" in capsys.readouterr().err
