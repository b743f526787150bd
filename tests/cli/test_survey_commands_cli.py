"""`import-survey`, `surveys` and `survey-compare`: a unit's rounds from the survey
tool's files, listed and compared, small groups withheld, no identity printed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.svest import PROVISIONAL
from peersupport_desktop.services.settings import change_settings
from peersupport_desktop.store.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.services.test_survey_keys import AUTHORS, key_file
from tests.services.test_unit_surveys import PLANTED, respondent, write_csv


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "program.vault"
    with create_vault(path, PASSPHRASE) as vault:
        change_settings(vault, small_number_threshold=5)
    return path


def run(path: Path, passfile: Path, *extra: str) -> int:
    command, *rest = extra
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_import_list_and_compare_two_rounds(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = write_csv(tmp_path / "before.csv", [respondent(4, (2, 4, 2, 4))] * 6)
    after = write_csv(tmp_path / "after.csv", [respondent(2)] * 3, style="q")
    unit = ("--unit", "NICU")
    args = ("import-survey", str(before), *unit, "--round", "Before", "--held-on", "2026-03-01")
    assert run(program, passfile, *args) == ExitCode.OK
    out = capsys.readouterr().out
    assert "New round 'Before' of NICU (SVEST-R (35 items))" in out and "6 added" in out
    assert run(program, passfile, *args) == ExitCode.USAGE  # the same file again
    assert "already imported" in capsys.readouterr().err
    again = ("import-survey", str(after), *unit, "--round", "After", "--instrument", "svest_r")
    assert run(program, passfile, *again) == ExitCode.OK
    capsys.readouterr()

    assert run(program, passfile, "surveys", "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert [(r["label"], r["respondents"]) for r in listed] == [("Before", 6), ("After", 3)]

    compare = ("survey-compare", *unit, "--before", "Before", "--after", "After")
    assert run(program, passfile, *compare) == ExitCode.OK
    out = capsys.readouterr().out
    assert "Before: Before (2026-03-01), 6 respondents" in out
    assert "fewer respondents than the program's threshold" in out  # After: 3 < 5
    assert "Psychological distress (higher is worse): 4.00 -> fewer respondents" in out
    assert f"{PROVISIONAL} (import-survey-key)" in out
    assert PLANTED not in out
    assert run(program, passfile, *compare, "--json") == ExitCode.OK
    assert {row["provisional"] for row in json.loads(capsys.readouterr().out)} == {True}

    sheet = tmp_path / "compare.csv"
    assert run(program, passfile, *compare, "--out", str(sheet)) == ExitCode.OK
    assert PLANTED not in sheet.read_text(encoding="utf-8-sig")
    assert "Support from colleagues" in sheet.read_text(encoding="utf-8-sig")
    with sheet.open(encoding="utf-8-sig", newline="") as rows:
        assert {row["provisional"] for row in csv.DictReader(rows)} == {"True"}
    assert run(program, passfile, *compare, "--out", str(sheet)) != ExitCode.OK  # kept
    assert run(program, passfile, *compare, "--out", str(sheet), "--force") == ExitCode.OK


def test_refusals_are_one_sentence(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = respondent()
    bad[3] = "Planted Secret"
    path = write_csv(tmp_path / "bad.csv", [respondent(), bad])
    args = ("import-survey", str(path), "--unit", "NICU", "--round", "Before")
    assert run(program, passfile, *args) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "line 3: The answer to item 4" in err and "Secret" not in err
    assert run(program, passfile, "surveys") == ExitCode.OK  # the refused file made none
    assert capsys.readouterr().out.strip() == "No survey rounds."
    good = write_csv(tmp_path / "good.csv", [respondent()])
    other = ("import-survey", str(good), "--unit", "NICU", "--round", "Before")
    assert run(program, passfile, *other) == ExitCode.OK
    capsys.readouterr()
    assert run(program, passfile, *other, "--instrument", "svest") == ExitCode.USAGE
    assert "other survey" in capsys.readouterr().err
    compare = ("survey-compare", "--unit", "NICU", "--before", "Before", "--after", "Later")
    assert run(program, passfile, *compare) == ExitCode.USAGE
    assert "no round labelled 'Later'" in capsys.readouterr().err


def test_the_settled_svest_is_compared_without_the_provisional_line(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for label, wish in (("Spring", "3"), ("Autumn", "4")):  # one support option apart
        path = tmp_path / f"{label}.csv"
        path.write_text(
            ",".join(f"q{n}" for n in range(1, 37)) + "\n" + ("3," * 35 + f"{wish}\n") * 5,
            encoding="utf-8",
        )
        args = ("import-survey", str(path), "--unit", "ICU", "--round", label)
        assert run(program, passfile, *args, "--instrument", "svest") == ExitCode.OK
    compare = ("survey-compare", "--unit", "ICU", "--before", "Spring", "--after", "Autumn")
    capsys.readouterr()
    assert run(program, passfile, *compare) == ExitCode.OK
    out = capsys.readouterr().out
    assert "3.00 -> 3.00, no change" in out and "Provisional" not in out
    assert run(program, passfile, *compare, "--json") == ExitCode.OK
    assert {row["provisional"] for row in json.loads(capsys.readouterr().out)} == {False}


def test_columns_mapped_with_map_are_saved_for_the_next_file(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tool whose columns no guess reads ("Frage 1"): mapped once with --map, saved
    as --mapping NAME, and the next file of that tool needs only the name."""

    def export(name: str, people: int, psych: int) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["Email", *(f"Frage {n}" for n in range(1, 43))])
            for _ in range(people):
                writer.writerow([PLANTED, *respondent(psych)])
        return path

    maps = [f"--map=svest_r_{n:02d}=Frage {n}" for n in range(1, 36)]
    maps += [f"--map=svest_r_support_{n}=Frage {35 + n}" for n in range(1, 8)]
    first = ("import-survey", str(export("one.csv", 5, 4)), "--unit", "NICU")
    assert run(program, passfile, *first, "--round", "Before") == ExitCode.USAGE  # unread
    assert "map them" in capsys.readouterr().err
    named = (*first, "--round", "Before", "--mapping", "Umfrage")
    assert run(program, passfile, *named, *maps) == ExitCode.OK
    assert "5 added" in capsys.readouterr().out
    second = ("import-survey", str(export("two.csv", 5, 2)), "--unit", "NICU")
    assert run(program, passfile, *second, "--round", "After", "--mapping", "Umfrage") == 0
    capsys.readouterr()
    compare = ("survey-compare", "--unit", "NICU", "--before", "Before", "--after", "After")
    assert run(program, passfile, *compare) == ExitCode.OK
    out = capsys.readouterr().out
    assert "Psychological distress (higher is worse): 4.00 -> 2.00" in out
    twice = (*second, "--round", "Later", "--map", "svest_r_01=Frage 1", *maps)
    assert run(program, passfile, *twice) == ExitCode.USAGE
    assert "mapped twice" in capsys.readouterr().err


def test_a_scoring_key_is_entered_and_listed(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "survey-key") == ExitCode.OK
    out = capsys.readouterr().out
    assert out.startswith(PROVISIONAL) and "item 1: psychological distress\n" in out
    short = key_file(tmp_path / "short.csv", AUTHORS[:-1])
    assert run(program, passfile, "import-survey-key", str(short)) == ExitCode.USAGE
    assert "leaves out item 35" in capsys.readouterr().err
    # A survey tool's own names for the columns, mapped once and saved.
    named = key_file(tmp_path / "key.csv", AUTHORS, header=("Nr", "Scale", "Rev"))
    mapped = ("--map", "item=Nr", "--map", "factor=Scale", "--map", "reverse=Rev")
    args = ("import-survey-key", str(named), *mapped, "--mapping", "Authors")
    assert run(program, passfile, *args) == ExitCode.OK
    assert "SVEST-R rounds are scored with this key" in capsys.readouterr().out
    assert run(program, passfile, "survey-key", "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert listed[4] == {"item": 5, "factor": "colleague support", "reverse": "yes"}
    assert run(program, passfile, "survey-key") == ExitCode.OK
    out = capsys.readouterr().out
    assert "Provisional" not in out and "item 5: colleague support (reverse-worded)" in out
    assert run(program, passfile, "survey-key", "--instrument", "svest") == ExitCode.OK
    assert "item 20: non-work-related support" in capsys.readouterr().out
    # The key an older round keeps: the program's own table, said provisional.
    assert run(program, passfile, "survey-key", "--key", "0") == ExitCode.OK
    out = capsys.readouterr().out
    assert out.startswith(PROVISIONAL) and "item 9: colleague support (reverse-worded)" in out
    assert run(program, passfile, "survey-key", "--key", "3") == ExitCode.USAGE
    assert "no such key" in capsys.readouterr().err


def test_a_new_round_is_made_for_the_key_asked(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = str(key_file(tmp_path / "k.csv", AUTHORS))
    assert run(program, passfile, "import-survey-key", key) == ExitCode.OK
    capsys.readouterr()
    path = write_csv(tmp_path / "a.csv", [respondent(4, (2, 4, 2, 4))] * 5)
    args = ("import-survey", str(path), "--unit", "ICU", "--round", "Spring")
    assert run(program, passfile, *args, "--key", "2") == ExitCode.USAGE
    assert "no such key" in capsys.readouterr().err
    assert run(program, passfile, *args, "--key", "0") == ExitCode.OK
    assert run(program, passfile, "surveys") == ExitCode.OK
    assert "scored with the program's own table (provisional)" in capsys.readouterr().out
    again = write_csv(tmp_path / "b.csv", [respondent(2, (2, 4, 2, 4))] * 5)
    more = ("import-survey", str(again), "--unit", "ICU", "--round", "Spring", "--key", "1")
    assert run(program, passfile, *more) == ExitCode.USAGE
    assert "--key is for a new round" in capsys.readouterr().err
