"""`feedback-invite`, `import-feedback` and `feedback`: the feedback form from a script."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services.cases import reference_for
from peersupport_desktop.store.vault import Vault
from tests.feedback_cases import closed_case, open_case

BASE = dt.datetime(2026, 7, 6, 9, 0)
COMMENT = "The night nurse Ruth was a great help"


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """PS-000001 closed, PS-000002 still open."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        closed_case(vault, 1, BASE)
        open_case(vault, 2, BASE)
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_invite_import_and_list_by_code(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "feedback-invite", "--case", "PS-000001", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    code = shown["code"]
    assert code in shown["text"] and "PS-000001" not in shown["text"]
    # Again: the same code, said as text.
    assert run(program, passfile, "feedback-invite", "--case", "ps-000001") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Code: {code} (invited ") and "PS-000001" not in out

    answers = tmp_path / "answers.csv"
    answers.write_text(
        "Feedback code,Survey Timestamp,Helpful,Wellbeing,Back at work,Recommend,Comments\n"
        f"{code.replace('-', '').lower()},2026-09-01 10:00,4,yes,partly,yes,{COMMENT}\n"
    )
    # Not the standard columns and no saved mapping: said in one sentence.
    assert run(program, passfile, "import-feedback", str(answers)) == ExitCode.USAGE
    assert "map them in the window" in capsys.readouterr().err
    standard = tmp_path / "standard.csv"
    standard.write_text(
        "code,answered_on,helpful,wellbeing_better,back_at_work,would_recommend,comment\n"
        f"{code},,4,yes,partly,yes,{COMMENT}\n"  # no date: answered the day it is imported
    )
    assert run(program, passfile, "import-feedback", str(standard)) == 0
    assert capsys.readouterr().out.strip() == "Feedback answers: 1 row read, 1 added."

    assert run(program, passfile, "feedback") == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{code}  invited ") and f"answered {dt.date.today()}" in line
    assert COMMENT not in line and "comment" not in line  # free words only when asked for
    assert run(program, passfile, "feedback", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert "comment" not in row and row["helpful"] == 4 and row["back_at_work"] == "partly"
    assert "PS-" not in json.dumps(row)
    out = tmp_path / "feedback.csv"
    assert run(program, passfile, "feedback", "--out", str(out)) == 0
    assert COMMENT not in out.read_text(encoding="utf-8-sig")
    capsys.readouterr()
    assert run(program, passfile, "feedback", "--with-comments", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["comment"] == COMMENT
    assert run(program, passfile, "feedback", "--with-comments") == 0
    assert f"comment: {COMMENT}" in capsys.readouterr().out


def test_an_open_case_is_not_invited_and_a_bad_file_imports_nothing(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "feedback-invite", "--case", reference_for(2)) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.strip() == "Only a closed case's person is invited to give feedback: close it first."
    bad = tmp_path / "bad.csv"
    bad.write_text("code,helpful,comment\nABCD-EFGH,5,Secret words\n")
    assert run(program, passfile, "import-feedback", str(bad)) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "line 2: No invitation was sent under this code." in err
    assert "Secret words" not in err and "ABCD" not in err
    assert run(program, passfile, "feedback") == 0
    assert capsys.readouterr().out.strip() == "No feedback."
