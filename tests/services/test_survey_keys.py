"""A survey's scoring key entered from real CSV and XLSX files: the whole key or
nothing, listed back in the same columns, scoring every round with it; and refused
where the change of key would let a reader solve for one respondent."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import openpyxl
import pytest

from peersupport_desktop.core.scoring_keys import KeyProblem
from peersupport_desktop.core.svest import SVEST_R, score
from peersupport_desktop.services import survey_keys
from peersupport_desktop.services import unit_surveys as us
from peersupport_desktop.services.record_import import RowsRejected, import_records
from peersupport_desktop.services.record_listing import listing_bytes
from peersupport_desktop.services.settings import change_settings
from peersupport_desktop.services.survey_answers import import_answers
from peersupport_desktop.services.survey_keys import Rescoring, ScoringKey, key_listing, scoring
from peersupport_desktop.services.survey_results import compare, round_result
from peersupport_desktop.store.vault import Vault
from tests.core.test_scoring_keys import FACTORS
from tests.services.test_unit_surveys import DAY, write_csv

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


def enter(vault: Vault, path: Path):
    return import_records(vault, ScoringKey("svest_r"), path)


@pytest.fixture
def five(vault: Vault) -> Vault:
    change_settings(vault, small_number_threshold=5)
    return vault


def everyone_answers(count: int) -> list[list[str]]:
    """Respondent k answers item n with ((n + k) mod 5) + 1; no support options."""
    return [[str((n + k) % 5 + 1) for n in range(1, 36)] + [""] * 7 for k in range(count)]


def test_a_key_from_the_authors_table_scores_every_round(five: Vault, tmp_path: Path) -> None:
    us.create_round(five, unit="NICU", label="Before", held_on=DAY, instrument="svest_r")
    us.create_round(five, unit="NICU", label="After", held_on=DAY, instrument="svest_r")
    for label, people in (("Before", everyone_answers(5)), ("After", everyone_answers(6))):
        found = us.find_round(five, "NICU", label)
        assert found is not None
        import_answers(five, found.id, write_csv(tmp_path / f"{label}.csv", people))
    assert compare(five, "NICU", "Before", "After").provisional

    result = enter(five, key_file(tmp_path / "key.csv", AUTHORS))
    assert (result.added, result.rows) == (35, 35)
    assert "now scored with this key" in result.summary()
    assert scoring(five, "svest_r").settled
    comparison = compare(five, "NICU", "Before", "After")
    assert not comparison.provisional
    # By hand, the five of Before: psychological distress is items 1-2 alone now.
    # Respondent k: item 1 -> (1+k)%5+1, item 2 -> (2+k)%5+1: k=0: 2,3; 1: 3,4; 2: 4,5;
    # 3: 5,1; 4: 1,2 -> means 2.5, 3.5, 4.5, 3, 1.5 -> 15 / 5 = 3.0
    before = {f.factor.key: f.mean for f in comparison.before.factors}
    assert before["psychological_distress"] == pytest.approx(3.0)
    # Colleague support is 5R, 6, 7, 8. k=0: 5->2R=4, 6->3, 7->4, 8->5 -> 16/4 = 4;
    # k=1: 3R=3, 4, 5, 1 -> 13/4; k=2: 4R=2, 5, 1, 2 -> 10/4; k=3: 5R=1, 1, 2, 3 -> 7/4;
    # k=4: 1R=5, 2, 3, 4 -> 14/4 -> (16 + 13 + 10 + 7 + 14) / 20 = 3.0
    assert before["colleague_support"] == pytest.approx(3.0)

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
    assert enter(vault, path).added == 35  # the shipped table, now the program's own
    assert scoring(vault, "svest_r").settled

    enter(vault, key_file(tmp_path / "key.csv", AUTHORS))
    listed = key_listing(vault, "svest_r")
    assert listed.rows[4] == (5, "colleague support", "yes")
    out = tmp_path / "listed.csv"
    out.write_bytes(listing_bytes(listed, ".csv"))
    assert enter(vault, out).unchanged == 35


def test_every_bad_row_is_listed_and_nothing_is_entered(vault: Vault, tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = list(AUTHORS)
    rows[2] = (36, "Physical distress", "")
    rows[9] = (10, "Non-work-related support", "")  # not a factor of SVEST-R
    rows[20] = (21, "Resilience", "perhaps")
    with pytest.raises(RowsRejected) as refused:
        enter(vault, key_file(tmp_path / "bad.csv", rows))
    assert [(p.line, p.reason) for p in refused.value.problems] == [
        (4, "The item is not a number 1 to 35."),
        (11, "The factor is none of the SVEST-R's: " + ", ".join(NAMES.values()) + "."),
        (22, "Reverse-worded is not yes, no, R or blank."),
    ]
    with pytest.raises(KeyProblem, match="leaves out item 35"):
        enter(vault, key_file(tmp_path / "short.csv", AUTHORS[:-1]))
    assert not scoring(vault, "svest_r").settled


def respondent_p_and_five_others(tmp_path: Path) -> Path:
    """Five who answer every item, and P, who answers only item 1, with a 5."""
    p_alone = ["5"] + [""] * 41
    return write_csv(tmp_path / "round.csv", [*everyone_answers(5), p_alone])


# Under the shipped table psychological distress is items 1-4, and P (1 of 4) is not
# scored. Under KEY, it is items 1-2 (P counts: 1 of 2 is half) and physical distress
# items 3-4, which P skipped. A reader holding both results writes:
#   old = mean over the five of (i1+i2+i3+i4)/4; phys = mean over the five of (i3+i4)/2
#   so the five's mean of (i1+i2)/2 is 2*old - phys, and P's answer is
#   6*new - 5*(2*old - phys).
def solve_for_p(old: dict[str, float | None], new: dict[str, float | None]) -> float:
    psych_old, psych_new, phys = (
        old["psychological_distress"],
        new["psychological_distress"],
        new["physical_distress"],
    )
    assert psych_old is not None and psych_new is not None and phys is not None
    return 6 * psych_new - 5 * (2 * psych_old - phys)


def means(vault: Vault, round_id: int) -> dict[str, float | None]:
    return {f.factor.key: f.mean for f in round_result(vault, round_id).factors}


def test_the_attack_a_change_of_key_opens_without_the_defence(
    five: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = us.create_round(five, unit="NICU", label="Spring", held_on=DAY, instrument="svest_r")
    import_answers(five, made.id, respondent_p_and_five_others(tmp_path))
    old = means(five, made.id)  # published under the shipped table
    monkeypatch.setattr(survey_keys, "_refuse_rescoring", lambda *_args: None)
    enter(five, key_file(tmp_path / "key.csv", AUTHORS))
    assert solve_for_p(old, means(five, made.id)) == pytest.approx(5.0)


def test_a_key_scoring_a_shown_factor_for_other_respondents_is_refused(
    five: Vault, tmp_path: Path
) -> None:
    made = us.create_round(five, unit="NICU", label="Spring", held_on=DAY, instrument="svest_r")
    import_answers(five, made.id, respondent_p_and_five_others(tmp_path))
    old = means(five, made.id)
    with pytest.raises(Rescoring, match="'psychological distress' in round 'Spring' of NICU"):
        enter(five, key_file(tmp_path / "key.csv", AUTHORS))
    assert means(five, made.id) == old and not scoring(five, "svest_r").settled


def test_a_small_round_does_not_hold_a_key_back(vault: Vault, tmp_path: Path) -> None:
    """Under the default threshold (11) the six are shown nothing under either key."""
    made = us.create_round(vault, unit="NICU", label="Spring", held_on=DAY, instrument="svest_r")
    import_answers(vault, made.id, respondent_p_and_five_others(tmp_path))
    enter(vault, key_file(tmp_path / "key.csv", AUTHORS))
    assert scoring(vault, "svest_r").settled
    assert all(f.withheld for f in round_result(vault, made.id).factors)


# A chain of keys. G (five) answer items 1-4 and 9-32, H (five) items 5-8 and 9-32,
# P only item 1 (a 5); nobody answers 33-35. Items 9-32 keep the shipped factors.
G_AND_H_AND_P = (
    [
        [str((n + k) % 5 + 1) if n <= 4 or 9 <= n <= 32 else "" for n in range(1, 43)]
        for k in range(5)
    ]
    + [[str((n + k) % 5 + 1) if 5 <= n <= 32 else "" for n in range(1, 43)] for k in range(5, 10)]
    + [["5"] + [""] * 41]
)
SHIPPED_MIDDLE = [
    (n, NAMES[item.factor], "R" if item.reverse else "") for item in SVEST_R.items
    if 9 <= (n := item.number) <= 32
]  # fmt: skip
# K1 withholds psychological distress (nobody answers half of 1, 5, 33, 34) and keeps
# every shown factor's respondents: physical distress is still H, absenteeism newly G.
K1 = [
    *[(n, "psychological distress", "") for n in (1, 5, 33, 34)],
    *[(n, "physical distress", "") for n in (6, 7, 8)],
    *[(n, "absenteeism", "") for n in (2, 3, 4, 35)],
    *SHIPPED_MIDDLE,
]
# K2 shows psychological distress again, now for G and P (1 of items 1 and 33).
K2 = [
    *[(n, "psychological distress", "") for n in (1, 33)],
    *[(n, "physical distress", "") for n in (5, 6, 7, 8)],
    *[(n, "absenteeism", "") for n in (2, 3, 4, 34, 35)],
    *SHIPPED_MIDDLE,
]


def chain_round(vault: Vault, tmp_path: Path) -> int:
    made = us.create_round(vault, unit="NICU", label="Spring", held_on=DAY, instrument="svest_r")
    import_answers(vault, made.id, write_csv(tmp_path / "round.csv", G_AND_H_AND_P))
    return made.id


def test_the_attack_a_key_withholding_a_factor_in_between_opens_without_history(
    five: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    round_id = chain_round(five, tmp_path)
    shipped = means(five, round_id)  # psychological distress over G: mean of items 1-4
    # The defence as it would be if held against the last key alone.
    monkeypatch.setattr(
        survey_keys, "_earlier", lambda session, survey: [survey_keys.held(session, survey.code)]
    )
    enter(five, key_file(tmp_path / "k1.csv", K1))
    first = means(five, round_id)
    assert first["psychological_distress"] is None  # withheld under K1
    enter(five, key_file(tmp_path / "k2.csv", K2))
    second = means(five, round_id)
    # G's mean of item 1 is 4 x (items 1-4 over G) - 3 x (items 2-4 over G, K1's
    # absenteeism); P's answer is 6 x K2's psychological distress - 5 x that.
    shipped_psych, absent, psych = (
        shipped["psychological_distress"],
        first["absenteeism"],
        second["psychological_distress"],
    )
    assert shipped_psych is not None and absent is not None and psych is not None
    assert 6 * psych - 5 * (4 * shipped_psych - 3 * absent) == pytest.approx(5.0)


def test_a_new_key_is_held_against_every_key_a_factor_was_shown_under(
    five: Vault, tmp_path: Path
) -> None:
    round_id = chain_round(five, tmp_path)
    enter(five, key_file(tmp_path / "k1.csv", K1))
    with pytest.raises(Rescoring, match="'psychological distress' in round 'Spring'"):
        enter(five, key_file(tmp_path / "k2.csv", K2))
    assert means(five, round_id)["psychological_distress"] is None  # K1 still scores
    listed = key_listing(five, "svest_r")
    assert listed.rows[0] == (1, "psychological distress", "no") and listed.rows[1][1] == (
        "absenteeism"
    )


def test_the_defence_counts_respondents_as_scoring_does() -> None:
    """_scored (the defence's quick count) and svest.score (the results') agree on who
    is scored, for answers with every pattern of gaps."""
    rng = random.Random(5)
    answers = [
        {item.key: rng.randint(1, 5) for item in SVEST_R.items if rng.random() < share}
        for share in (0.2, 0.4, 0.5, 0.6, 0.8) * 40
    ]
    quick = survey_keys._scored(SVEST_R, answers)
    for factor in SVEST_R.factors:
        by_score = {
            i for i, one in enumerate(answers) if score(SVEST_R, one)[factor.key] is not None
        }
        assert quick[factor.key] == by_score
