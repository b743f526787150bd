"""SVEST and SVEST-R scoring against results worked out by hand."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.svest import SVEST, SVEST_R, answer, desires, instrument, score


def test_the_instruments_have_their_published_sizes() -> None:
    assert len(SVEST.items) == 29 and len(SVEST.factors) == 9  # 7 dimensions + 2 outcomes
    assert len(SVEST_R.items) == 35 and len(SVEST_R.factors) == 9
    assert len(SVEST.support) == len(SVEST_R.support) == 7
    assert "non_work_support" not in {f.key for f in SVEST_R.factors}
    assert "resilience" not in {f.key for f in SVEST.factors}
    assert SVEST.settled and not SVEST_R.settled  # SVEST-R's table is provisional
    counts = {f.key: len(SVEST.items_of(f.key)) for f in SVEST.factors}
    assert counts == {
        "psychological_distress": 4,
        "physical_distress": 4,
        "colleague_support": 4,
        "supervisor_support": 4,
        "institutional_support": 3,
        "non_work_support": 2,
        "professional_self_efficacy": 4,
        "turnover_intentions": 2,
        "absenteeism": 2,
    }
    assert [i.number for i in SVEST.items if i.reverse] == [9, 11, 15, 19, 25]
    keys = SVEST_R.keys
    assert len(set(keys)) == len(keys) == 42
    assert keys[0] == "svest_r_01" and keys[-1] == "svest_r_support_7"
    assert instrument("svest") is SVEST and instrument(SurveyInstrument.SVEST_R) is SVEST_R


def test_one_svest_respondent_scored_by_hand() -> None:
    answers = {
        # psychological distress 1-4: 4, 5, 3, (blank)  -> (4+5+3)/3 = 4.0
        "svest_01": 4, "svest_02": 5, "svest_03": 3,
        # physical distress 5-8: only item 6 answered: 1 of 4 < half -> None
        "svest_06": 2,
        # colleague support 9R, 10, 11R, 12: 2->4, 4, 1->5, 3 -> 16/4 = 4.0
        "svest_09": 2, "svest_10": 4, "svest_11": 1, "svest_12": 3,
        # supervisor support 13, 14, 15R, 16: 5, 4, 5->1, (blank) -> 10/3
        "svest_13": 5, "svest_14": 4, "svest_15": 5,
        # institutional 17, 18, 19R: 2, (blank), 4->2 -> 2 of 3 answered -> 2.0
        "svest_17": 2, "svest_19": 4,
        # non-work 20, 21: (blank), 5 -> 1 of 2 is half -> 5.0
        "svest_21": 5,
        # self-efficacy 22, 23, 24, 25R: 3, 2, 4, 2->4 -> 13/4 = 3.25
        "svest_22": 3, "svest_23": 2, "svest_24": 4, "svest_25": 2,
        # turnover 26, 27: 1, 2 -> 1.5; absenteeism 28, 29: none -> None
        "svest_26": 1, "svest_27": 2,
    }  # fmt: skip
    assert score(SVEST, answers) == {
        "psychological_distress": 4.0,
        "physical_distress": None,
        "colleague_support": 4.0,
        "supervisor_support": pytest.approx(10 / 3),
        "institutional_support": 2.0,
        "non_work_support": 5.0,
        "professional_self_efficacy": 3.25,
        "turnover_intentions": 1.5,
        "absenteeism": None,
    }


def test_an_svest_r_respondent_scored_by_hand() -> None:
    answers = {f"svest_r_{n:02d}": 3 for n in range(1, 36)}
    answers |= {
        # colleague support 9R, 10, 11R, 12: 5->1, 5, 5->1, 5 -> 12/4 = 3.0
        "svest_r_09": 5, "svest_r_10": 5, "svest_r_11": 5, "svest_r_12": 5,
        # resilience 25-28: 5, 4, (blank), (blank) -> half answered -> 4.5
        "svest_r_25": 5, "svest_r_26": 4,
        # absenteeism 33-35: 1, (blank), (blank) -> 1 of 3 < 2 -> None
        "svest_r_33": 1,
        "svest_r_support_2": 5, "svest_r_support_3": 3,
    }  # fmt: skip
    for gone in ("svest_r_27", "svest_r_28", "svest_r_34", "svest_r_35"):
        del answers[gone]
    scores = score(SVEST_R, answers)
    assert scores["colleague_support"] == 3.0
    assert scores["resilience"] == 4.5
    assert scores["absenteeism"] is None
    assert scores["psychological_distress"] == 3.0
    assert scores["professional_self_efficacy"] == 3.0  # item 24 reversed: 6-3 = 3
    wanted = desires(SVEST_R, answers)
    assert wanted["svest_r_support_2"] is True
    assert wanted["svest_r_support_3"] is False
    assert wanted["svest_r_support_1"] is None


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("4", 4),
        (" 5.0 ", 5),
        ("Strongly agree", 5),
        ("neither agree nor disagree", 3),
        ("Strongly  do not desire", 1),
        ("2 = Disagree", 2),
        ("", None),
    ],
)
def test_answers_read_as_numbers_or_the_scale_words(cell: str, value: int | None) -> None:
    assert answer(cell) == value


@pytest.mark.parametrize("cell", ["0", "6", "3.5", "maybe", "nan", "inf"])
def test_anything_off_the_scale_is_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        answer(cell)
