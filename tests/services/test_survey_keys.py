"""A survey's scoring key entered from real CSV and XLSX files: the whole key or
nothing, listed back in the same columns, scoring the rounds answered after it; a
round keeps the key it was first scored with, so no result once shown is re-scored
(and the attack that re-scoring opened is a test)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.record_layout import LayoutProblem
from peersupport_desktop.core.scoring_keys import KeyProblem
from peersupport_desktop.core.svest import SVEST_R
from peersupport_desktop.services import survey_keys
from peersupport_desktop.services import unit_surveys as us
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_import import RowsRejected, import_records
from peersupport_desktop.services.record_listing import listing_bytes
from peersupport_desktop.services.settings import change_settings
from peersupport_desktop.services.survey_answers import import_answers
from peersupport_desktop.services.survey_keys import OwnTable, ScoringKey, key_in_use, key_listing
from peersupport_desktop.services.survey_results import compare, round_result
from peersupport_desktop.store.vault import Vault
from tests.core.test_scoring_keys import FACTORS
from tests.services.test_unit_surveys import DAY, respondent, write_csv

NAMES = {f.key: f.named for f in SVEST_R.factors}
# The key of tests/core/test_scoring_keys.py, as an authors' table prints it.
AUTHORS = [
    (n, NAMES[factor].capitalize(), "R" if n in (5, 35) else "")
    for n, factor in enumerate(FACTORS, start=1)
]


def key_file(path: Path, rows: list[tuple[object, ...]], header=("Item", "Factor", "Reverse")):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def enter(vault: Vault, path: Path, survey: str = "svest_r"):
    return import_records(vault, ScoringKey(survey), path)


@pytest.fixture
def five(vault: Vault) -> Vault:
    change_settings(vault, small_number_threshold=5)
    return vault


def answered_round(vault: Vault, label: str, people: list[list[str]], path: Path) -> int:
    made = us.create_round(vault, unit="NICU", label=label, held_on=DAY, instrument="svest_r")
    import_answers(vault, made.id, write_csv(path, people))
    return made.id


def means(vault: Vault, round_id: int) -> dict[str, float | None]:
    return {f.factor.key: f.mean for f in round_result(vault, round_id).factors}


def test_a_key_scores_the_rounds_answered_after_it(five: Vault, tmp_path: Path) -> None:
    before = answered_round(five, "Before", [respondent(4, (2, 4, 2, 4))] * 5, tmp_path / "b.csv")
    waiting = us.create_round(five, unit="ICU", label="Spring", held_on=DAY, instrument="svest_r")
    assert means(five, before)["colleague_support"] == 4.0  # own table: 9R, 10, 11R, 12

    result = enter(five, key_file(tmp_path / "key.csv", AUTHORS))
    assert (result.added, result.rows) == (35, 35)
    assert (
        result.notes
        == (
            "SVEST-R rounds are scored with this key from their first answers on; 1 round "
            "already holding answers keeps the key it was scored with.",
        )
        or "the 1 round already holding answers keep" in result.summary()
    )
    assert key_in_use(five, "svest_r").settled
    assert means(five, before)["colleague_support"] == 4.0  # kept: never re-scored
    assert round_result(five, before).provisional

    after = answered_round(five, "After", [respondent(2, (2, 4, 2, 4))] * 5, tmp_path / "a.csv")
    scored = means(five, after)
    # By hand under the key: psychological distress is items 1-2 (2 and 2) -> 2.0;
    # colleague support is items 5R, 6, 7, 8, all 3 (5R: 6 - 3 = 3) -> 3.0.
    assert (scored["psychological_distress"], scored["colleague_support"]) == (2.0, 3.0)
    assert not round_result(five, after).provisional
    # The round made before the key, answered after it, is scored with the key too.
    import_answers(five, waiting.id, write_csv(tmp_path / "w.csv", [respondent(3)] * 5))
    assert not round_result(five, waiting.id).provisional
    words = {r.label: r.scored_with for r in us.rounds(five)}
    assert words["Before"] == "the program's own table (provisional)"
    assert words["After"] == words["Spring"] == f"key 1, entered {now().date().isoformat()}"

    with pytest.raises(InvalidInput, match="not made of the same items"):
        compare(five, "NICU", "Before", "After")
    later = answered_round(five, "Later", [respondent(5)] * 5, tmp_path / "l.csv")
    comparison = compare(five, "NICU", "After", "Later")
    assert not comparison.provisional and later

    again = enter(five, key_file(tmp_path / "again.csv", AUTHORS))
    assert (again.added, again.unchanged) == (0, 35)
    assert "already scored with this key" in again.summary()


def test_the_key_lists_back_and_reimports_unchanged_from_csv_and_xlsx(
    vault: Vault, tmp_path: Path
) -> None:
    shipped = key_listing(vault, "svest_r")
    assert shipped.columns == ("item", "factor", "reverse")
    assert shipped.rows[0] == (1, "psychological distress", "no")
    path = tmp_path / "shipped.xlsx"
    path.write_bytes(listing_bytes(shipped, ".xlsx"))
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None and sheet.max_row == 36
    # The provisional table given back is not the authors' key.
    with pytest.raises(OwnTable, match="not the authors' key"):
        enter(vault, path)
    assert not key_in_use(vault, "svest_r").settled
    # The settled SVEST's own table is already what scores it.
    svest = tmp_path / "svest.csv"
    svest.write_bytes(listing_bytes(key_listing(vault, "svest"), ".csv"))
    assert enter(vault, svest, "svest").unchanged == 29

    enter(vault, key_file(tmp_path / "key.csv", AUTHORS))
    listed = key_listing(vault, "svest_r")
    assert listed.rows[4] == (5, "colleague support", "yes")
    out = tmp_path / "listed.csv"
    out.write_bytes(listing_bytes(listed, ".csv"))
    assert enter(vault, out).unchanged == 35


def test_every_bad_row_is_listed_and_nothing_is_entered(vault: Vault, tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = list(AUTHORS)
    rows[0] = ("1.0", "Psychological distress", "no")  # as a spreadsheet may write it
    rows[2] = (36, "Physical distress", "")
    rows[5] = ("\u00b2", "Physical distress", "")
    rows[9] = (10, "Non-work-related support", "")  # not a factor of SVEST-R
    rows[20] = (21, "Resilience", "perhaps")
    with pytest.raises(RowsRejected) as refused:
        enter(vault, key_file(tmp_path / "bad.csv", rows))
    assert [(p.line, p.reason) for p in refused.value.problems] == [
        (4, "The item is not a number 1 to 35."),
        (7, "The item is not a number 1 to 35."),
        (11, "The factor is none of the SVEST-R's: " + ", ".join(NAMES.values()) + "."),
        (22, "Reverse-worded is not yes, no, R or blank."),
    ]
    with pytest.raises(KeyProblem, match="leaves out item 35"):
        enter(vault, key_file(tmp_path / "short.csv", AUTHORS[:-1]))
    # A file without the reverse column would score every item forward: not read.
    no_reverse = key_file(tmp_path / "two.csv", [r[:2] for r in AUTHORS], ("Item", "Factor"))
    with pytest.raises(LayoutProblem):
        enter(vault, no_reverse)
    assert not key_in_use(vault, "svest_r").settled


# P answers only item 1 (a 5); five others answer everything. Under the program's own
# table psychological distress is items 1-4 and P (1 of 4) is not scored; under
# AUTHORS it is items 1-2 (P counts: 1 of 2 is half) and physical distress items 3-4,
# which P skipped. Were the round re-scored, a reader holding both results writes:
#   old = mean over the five of (i1+i2+i3+i4)/4; phys = mean over the five of (i3+i4)/2
#   so the five's mean of (i1+i2)/2 is 2*old - phys, and P's answer is
#   6*new - 5*(2*old - phys).
def p_and_five(tmp_path: Path) -> list[list[str]]:
    five = [[str((n + k) % 5 + 1) for n in range(1, 36)] + [""] * 7 for k in range(5)]
    return [*five, ["5"] + [""] * 41]


def solve_for_p(old: dict[str, float | None], new: dict[str, float | None]) -> float:
    psych_old, psych_new, phys = (
        old["psychological_distress"],
        new["psychological_distress"],
        new["physical_distress"],
    )
    assert psych_old is not None and psych_new is not None and phys is not None
    return 6 * psych_new - 5 * (2 * psych_old - phys)


def test_the_attack_re_scoring_a_shown_round_under_a_new_key_would_open(
    five: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spring = answered_round(five, "Spring", p_and_five(tmp_path), tmp_path / "s.csv")
    old = means(five, spring)  # published under the program's own table
    enter(five, key_file(tmp_path / "key.csv", AUTHORS))
    # Rounds following the newest key rather than keeping their own:
    monkeypatch.setattr(
        survey_keys,
        "round_version",
        lambda session, row: survey_keys.newest_version(session, SurveyInstrument(row.instrument)),
    )
    assert solve_for_p(old, means(five, spring)) == pytest.approx(5.0)


def test_a_shown_round_keeps_its_key_so_nothing_is_solved(five: Vault, tmp_path: Path) -> None:
    spring = answered_round(five, "Spring", p_and_five(tmp_path), tmp_path / "s.csv")
    old = round_result(five, spring)
    enter(five, key_file(tmp_path / "key.csv", AUTHORS))
    # A reverse mark corrected later on an item only a few answered changes nothing
    # shown either: the round keeps the key it was first scored with.
    flipped = [(n, f, "R" if n == 4 else r) for n, f, r in AUTHORS]
    enter(five, key_file(tmp_path / "flipped.csv", flipped))
    assert round_result(five, spring) == old
