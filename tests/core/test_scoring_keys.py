"""A scoring key entered from the authors' form: checked whole, factors read by any of
their names, and the instrument it makes scoring by hand-computed values."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.scoring_keys import (
    KeyProblem,
    KeyRow,
    check,
    factor_named,
    keyed,
    rows_of,
)
from peersupport_desktop.core.svest import SVEST, SVEST_R, score

# A key unlike the shipped table: psychological distress 1-2, physical 3-4, then
# four items a factor, absenteeism the last seven; items 5 and 35 reverse-worded.
FACTORS = (
    ["psychological_distress"] * 2
    + ["physical_distress"] * 2
    + ["colleague_support"] * 4
    + ["supervisor_support"] * 4
    + ["institutional_support"] * 4
    + ["professional_self_efficacy"] * 4
    + ["resilience"] * 4
    + ["turnover_intentions"] * 4
    + ["absenteeism"] * 7
)
KEY = [KeyRow(n, factor, n in (5, 35)) for n, factor in enumerate(FACTORS, start=1)]


def test_a_key_scores_as_it_says() -> None:
    survey = keyed(SVEST_R, KEY)
    assert survey.settled and not SVEST_R.settled
    assert [f.key for f in survey.factors] == [f.key for f in SVEST_R.factors]
    assert survey.keys == SVEST_R.keys  # answers are stored by item, whatever the key
    answers = {f"svest_r_{n:02d}": 4 for n in range(1, 36)}
    answers |= {"svest_r_01": 5, "svest_r_02": 2, "svest_r_05": 1, "svest_r_35": 2}
    del answers["svest_r_03"]
    scores = score(survey, answers)
    assert scores["psychological_distress"] == 3.5  # (5 + 2) / 2
    assert scores["physical_distress"] == 4.0  # item 3 blank: 1 of 2 is half
    assert scores["colleague_support"] == 4.25  # 5R: 6 - 1 = 5, then 4, 4, 4: 17 / 4
    assert scores["absenteeism"] == pytest.approx((6 * 4 + 4) / 7)  # 35R: 6 - 2 = 4
    assert rows_of(survey) == tuple(KEY)


def test_a_key_must_give_every_item_once_and_each_factor_two() -> None:
    with pytest.raises(KeyProblem, match="leaves out item 35"):
        check(SVEST_R, KEY[:-1])
    with pytest.raises(KeyProblem, match="gives item 7 more than once"):
        check(SVEST_R, [*KEY, KeyRow(7, "resilience", False)])
    one = [KeyRow(1, "resilience", False), *KEY[1:]]  # psychological distress left 1 item
    with pytest.raises(KeyProblem, match="'psychological distress' 1 item"):
        check(SVEST_R, one)
    none = [KeyRow(r.number, "resilience", r.reverse) if r.number <= 2 else r for r in KEY]
    with pytest.raises(KeyProblem, match="'psychological distress' 0 items"):
        check(SVEST_R, none)


def test_factors_are_read_by_any_of_their_names() -> None:
    assert factor_named(SVEST, "Non-work-related support") is SVEST.factor("non_work_support")
    assert factor_named(SVEST, " nonwork related  SUPPORT ") is SVEST.factor("non_work_support")
    assert factor_named(SVEST, "non_work_support") is SVEST.factor("non_work_support")
    efficacy = SVEST_R.factor("professional_self_efficacy")
    assert factor_named(SVEST_R, "Professional self efficacy") is efficacy
    assert factor_named(SVEST_R, "Doubt in one's professional ability") is efficacy
    assert factor_named(SVEST_R, "Non-work-related support") is None  # not in SVEST-R
    assert factor_named(SVEST, "resilience") is None  # not in SVEST
    assert factor_named(SVEST_R, "") is None
