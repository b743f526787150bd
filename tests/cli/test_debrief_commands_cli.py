"""`add-debrief` and `debrief`: one debrief or meeting logged, shown, changed and removed
from a script, through the debriefs dialog's service and its rules."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import DebriefKind
from peersupport_desktop.services import debriefs, supporters
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import referral


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """Rosa (1), Sam (2) and Lena (3) on the roster; a case whose person is Ingrid."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        referral(vault, "Ingrid Solberg")
        for name, email in (("Rosa Marquez", "rosa@h.example"), ("Sam Okafor", None),
                            ("Lena Park", None)):  # fmt: skip
            supporters.add_supporter(
                vault, supporters.SupporterInput(name=name, role="nurse", email=email)
            )
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_a_debrief_logged_changed_and_removed(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = ("--held-on", "2026-11-20", "--kind", "Group debrief", "--minutes", "75",
             "--attendee", "rosa@h.example", "--attendee", "Sam Okafor", "--notes",
             "ground rules agreed")  # fmt: skip
    assert run(program, passfile, "add-debrief", *group) == ExitCode.OK
    assert capsys.readouterr().out == "Logged debrief 1, crediting 2 supporters.\n"
    one = ("--held-on", "2026-11-20", "--kind", "one_to_one", "--attendee", "Lena Park")
    assert run(program, passfile, "add-debrief", *one) == ExitCode.OK
    capsys.readouterr()
    assert run(program, passfile, "debrief", "--on", "2026-11-20") == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "2  2026-11-20  one_to_one  Lena Park",
        "1  2026-11-20  group  75 min  Rosa Marquez, Sam Okafor",
    ]
    change = ("--debrief", "1", "--minutes", "80", "--attendee", "Rosa Marquez", "--attendee",
              "Sam Okafor", "--attendee", "Lena Park", "--json")  # fmt: skip
    assert run(program, passfile, "debrief", *change) == ExitCode.OK
    assert json.loads(capsys.readouterr().out) == {
        "debrief": 1, "held_on": "2026-11-20", "kind": "group", "minutes": 80,
        "attendees": ["Lena Park", "Rosa Marquez", "Sam Okafor"], "notes": "ground rules agreed",
    }  # fmt: skip
    assert run(program, passfile, "debrief", "--debrief", "2", "--remove") == ExitCode.OK
    assert capsys.readouterr().out == "Removed debrief 2.\n"
    assert run(program, passfile, "debrief", "--on", "2026-11-20", "--json") == ExitCode.OK
    assert [d["debrief"] for d in json.loads(capsys.readouterr().out)] == [1]
    with open_vault(program, PASSPHRASE) as vault:
        (kept,) = debriefs.list_debriefs(vault)
    assert (kept.kind, kept.held_on, kept.minutes) == (DebriefKind.GROUP, dt.date(2026, 11, 20), 80)
    assert [a.name for a in kept.attendees] == ["Lena Park", "Rosa Marquez", "Sam Okafor"]


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("add-debrief", "--held-on", "2026-11-20", "--kind", "one_to_one", "--attendee",
          "Lena Park", "--attendee", "Sam Okafor"),
         "A one-to-one debrief has exactly one supporter."),
        (("add-debrief", "--held-on", "2026-11-20", "--kind", "meeting", "--attendee", "Lena Park",
          "--notes", "we talked about PS-000001"), "The minutes name a person supported"),
        (("add-debrief", "--held-on", "2999-01-01", "--kind", "meeting", "--attendee", "Lena Park"),
         "A debrief cannot be logged in the future."),
        (("add-debrief", "--held-on", "2026-11-20", "--kind", "party", "--attendee", "Lena Park"),
         "'party' is not one of:"),
        (("add-debrief", "--held-on", "2026-11-20", "--kind", "group", "--attendee", "Nobody"),
         "No supporter has that name or email"),
        (("debrief", "--debrief", "9"), "No debrief has that number"),
    ],
)  # fmt: skip
def test_a_bad_debrief_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    assert run(program, passfile, *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert said.err.startswith(sentence) and said.err.count("\n") == 1 and said.out == ""
    with open_vault(program, PASSPHRASE) as vault:
        assert debriefs.list_debriefs(vault) == []
