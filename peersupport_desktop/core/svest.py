"""The unit surveys the program scores: SVEST and SVEST-R, their factors, items and
desired-support options, and how a respondent's answers become factor scores.

Sources
-------
SVEST: Burlison JD, Scott SD, Browne EK, Thompson SG, Hoffman JM. The Second Victim
Experience and Support Tool: validation of an organizational resource for assessing
second victim effects and the quality of support resources. J Patient Saf
2017;13(2):93-102 (PMC4342309). 29 items in 7 dimensions (psychological distress,
physical distress, colleague support, supervisor support, institutional support,
non-work-related support, professional self-efficacy) and 2 outcome variables
(turnover intentions, absenteeism); 7 desired-support options. Italian (IT-SVEST,
J Patient Saf 2021;17(2):88-93) and Korean (K-SVEST) validations describe the same
29 items, 7 dimensions, 2 outcomes and 7 options.

SVEST-R: Winning AM, Merandi J, Rausch JR, Liao N, Hoffman JM, Burlison JD, Gerhardt
CA. Validation of the Second Victim Experience and Support Tool-Revised in the
Neonatal Intensive Care Unit. J Patient Saf 2021;17(8):531-540 (online 2020, doi
10.1097/PTS.0000000000000659). The 29 items grown to 43, cut to 35 after confirmatory factor
analysis, in 9 factors (psychological distress, physical distress, colleague support,
supervisor support, institutional support, professional self-efficacy, resilience,
turnover intentions, absenteeism: non-work-related support left out), with 7 items on
desired forms of support. Translations: M-SVEST-R (IJERPH 2022;19(4):2045, 32 items
kept in 7 factors), FI-SVEST-R (BMC Nurs 2025), Brazilian SVEST-R (Rev Assoc Med Bras
2024, 28 items in 8 dimensions).

What the sources read for this module settle, and what they do not
-------------------------------------------------------------------
Settled: the instruments' sizes, their factors' names, the 7 desired-support options,
the answers on a 5-point agreement scale (1 strongly disagree ... 5 strongly agree;
the options on 1 strongly do not desire ... 5 strongly desire).

NOT settled by what could be read (the articles' item tables were not available):
- SVEST: the order and factor of each item below follow the published form as it is
  commonly reproduced (items 1-4 psychological distress, 5-8 physical, 9-12
  colleague, 13-16 supervisor, 17-19 institutional, 20-21 non-work, 22-25
  self-efficacy, 26-27 turnover, 28-29 absenteeism), and the reverse-worded items
  (9, 11, 15, 19, 25) likewise: check them against Burlison et al.'s table.
- SVEST-R: how its 35 items fall into the 9 factors, their order and which are
  reverse-worded. The table below is PROVISIONAL: the SVEST's items kept in their
  factors, resilience, turnover and absenteeism filled to 35.
A program uses the SVEST-R with its authors' permission and holds their form, so it
can enter the form's scoring key (each item's number, factor and whether it is
reverse-worded: services/survey_keys.py); rounds answered from then on are scored
with that key (core/scoring_keys.keyed builds the instrument from it). Both shipped tables are data
(``_SVEST_TABLE``, ``_SVEST_R_TABLE``): a correction is an edit of a row.

Scoring (the program's rule; the sources give none for missing answers)
-----------------------------------------------------------------------
A reverse-worded item counts 6 minus its answer. A factor's score is the mean of its
answered items, given only when at least half of its items are answered (1 of 2, 2
of 3 or 4); else it is None. A desired-support option is not scored: a round reports
the share of those who answered it who desire it (4 or 5).

The item wordings are the authors'; this module ships only keys, factors, reverse
flags and short labels in the program's own words (for SVEST-R items, only the factor
and position, as their content is not known here).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from peersupport_desktop.core.codes import SurveyInstrument

# Said wherever an instrument with an unsettled item table is scored (SVEST-R without
# the program's key).
PROVISIONAL = (
    "Provisional scoring: scored with the program's own SVEST-R item table, not checked "
    "against the authors' form; rounds answered after the form's key is entered are "
    "scored exactly."
)

SCALE_MIN = 1
SCALE_MAX = 5
DESIRED_FROM = 4  # "desire" or "strongly desire"


@dataclass(frozen=True, slots=True)
class Factor:
    key: str
    label: str  # in plain words, as reports print it
    higher_is_worse: bool  # a rise is bad news (distress) or good (support)
    named: str  # as the sources name it, as a scoring key file may

    @property
    def direction(self) -> str:
        return "higher is worse" if self.higher_is_worse else "higher is better"


@dataclass(frozen=True, slots=True)
class Item:
    key: str  # "svest_r_01": what SurveyResponse.answers stores
    number: int  # its place on the form
    factor: str
    reverse: bool
    label: str  # the program's short paraphrase, never the authors' wording


@dataclass(frozen=True, slots=True)
class SupportOption:
    key: str  # "svest_r_support_1"
    number: int
    label: str


@dataclass(frozen=True, slots=True)
class Instrument:
    code: SurveyInstrument
    name: str  # "SVEST-R"
    title: str  # "SVEST-R (35 items)"
    source: str
    factors: tuple[Factor, ...]
    items: tuple[Item, ...]
    support: tuple[SupportOption, ...]
    settled: bool  # False: the item table is provisional (see the module)

    def factor(self, key: str) -> Factor:
        return next(factor for factor in self.factors if factor.key == key)

    def items_of(self, factor: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.factor == factor)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items) + tuple(o.key for o in self.support)


_FACTORS: dict[str, Factor] = {
    factor.key: factor
    for factor in (
        Factor("psychological_distress", "Psychological distress", True, "psychological distress"),
        Factor("physical_distress", "Physical distress", True, "physical distress"),
        Factor("colleague_support", "Support from colleagues", False, "colleague support"),
        Factor("supervisor_support", "Support from supervisors", False, "supervisor support"),
        Factor(
            "institutional_support", "Support from the institution", False, "institutional support"
        ),
        Factor("non_work_support", "Support outside work", False, "non-work-related support"),
        # Its items are worded as doubts, so agreement is self-doubt: higher is worse.
        Factor(
            "professional_self_efficacy",
            "Doubt in one's professional ability",
            True,
            "professional self-efficacy",
        ),
        Factor("resilience", "Resilience", False, "resilience"),
        Factor("turnover_intentions", "Wish to leave the job", True, "turnover intentions"),
        Factor("absenteeism", "Time off after events", True, "absenteeism"),
    )
}

# number | factor | reverse (R) | the program's own short label
_SVEST_TABLE = """
1  | psychological_distress     |   | embarrassed by such events
2  | psychological_distress     |   | afraid they will happen again
3  | psychological_distress     |   | feeling miserable
4  | psychological_distress     |   | lasting remorse
5  | physical_distress          |   | mentally exhausted
6  | physical_distress          |   | trouble sleeping
7  | physical_distress          |   | queasy from the stress
8  | physical_distress          |   | appetite lost
9  | colleague_support          | R | colleagues' comfort comes at the wrong time
10 | colleague_support          |   | relief in talking with colleagues
11 | colleague_support          | R | colleagues indifferent to the effect on me
12 | colleague_support          |   | colleagues affirm I am still a good clinician
13 | supervisor_support         |   | supervisor treats me appropriately afterwards
14 | supervisor_support         |   | supervisor's responses are fair
15 | supervisor_support         | R | supervisor blames individuals
16 | supervisor_support         |   | supervisor weighs how complex care is
17 | institutional_support      |   | organization knows those involved may need help
18 | institutional_support      |   | organization offers resources to recover
19 | institutional_support      | R | little concern here for those involved
20 | non_work_support           |   | turn to friends and family
21 | non_work_support           |   | friends' and family's love helps me recover
22 | professional_self_efficacy |   | felt inadequate as a clinician
23 | professional_self_efficacy |   | wonder whether I am a good clinician
24 | professional_self_efficacy |   | afraid of difficult or risky procedures
25 | professional_self_efficacy | R | my abilities are not in question
26 | turnover_intentions        |   | wish to leave patient care
27 | turnover_intentions        |   | the stress makes me want to quit
28 | absenteeism                |   | took a mental-health day
29 | absenteeism                |   | took time off after an event
"""

# PROVISIONAL (see the module): factor, order and reverse flags not checked against
# Winning et al.'s table. Labels name only the factor and place.
_SVEST_R_TABLE = """
1  | psychological_distress     |   | psychological distress, item 1
2  | psychological_distress     |   | psychological distress, item 2
3  | psychological_distress     |   | psychological distress, item 3
4  | psychological_distress     |   | psychological distress, item 4
5  | physical_distress          |   | physical distress, item 1
6  | physical_distress          |   | physical distress, item 2
7  | physical_distress          |   | physical distress, item 3
8  | physical_distress          |   | physical distress, item 4
9  | colleague_support          | R | colleague support, item 1
10 | colleague_support          |   | colleague support, item 2
11 | colleague_support          | R | colleague support, item 3
12 | colleague_support          |   | colleague support, item 4
13 | supervisor_support         |   | supervisor support, item 1
14 | supervisor_support         |   | supervisor support, item 2
15 | supervisor_support         | R | supervisor support, item 3
16 | supervisor_support         |   | supervisor support, item 4
17 | institutional_support      |   | institutional support, item 1
18 | institutional_support      |   | institutional support, item 2
19 | institutional_support      | R | institutional support, item 3
20 | institutional_support      |   | institutional support, item 4
21 | professional_self_efficacy |   | professional self-efficacy, item 1
22 | professional_self_efficacy |   | professional self-efficacy, item 2
23 | professional_self_efficacy |   | professional self-efficacy, item 3
24 | professional_self_efficacy | R | professional self-efficacy, item 4
25 | resilience                 |   | resilience, item 1
26 | resilience                 |   | resilience, item 2
27 | resilience                 |   | resilience, item 3
28 | resilience                 |   | resilience, item 4
29 | turnover_intentions        |   | turnover intentions, item 1
30 | turnover_intentions        |   | turnover intentions, item 2
31 | turnover_intentions        |   | turnover intentions, item 3
32 | turnover_intentions        |   | turnover intentions, item 4
33 | absenteeism                |   | absenteeism, item 1
34 | absenteeism                |   | absenteeism, item 2
35 | absenteeism                |   | absenteeism, item 3
"""

# The seven desired-support options both instruments ask about, in the program's words.
_SUPPORT_LABELS = (
    "Time away from the unit",
    "A respected peer to talk it over with",
    "Counselling through the employee assistance program",
    "A quiet place to recover",
    "A talk with one's manager about the event",
    "Time with a counsellor at the hospital",
    "A confidential contact at any hour",
)


def item_key(code: SurveyInstrument, number: int) -> str:
    """What a response stores an item's answer under: "svest_r_07"."""
    return f"{code.value}_{number:02d}"


def _items(code: SurveyInstrument, table: str) -> tuple[Item, ...]:
    items = []
    for line in table.strip().splitlines():
        number, factor, reverse, label = (cell.strip() for cell in line.split("|"))
        assert factor in _FACTORS, factor
        items.append(Item(item_key(code, int(number)), int(number), factor, reverse == "R", label))
    return tuple(items)


def _instrument(
    code: SurveyInstrument, name: str, source: str, table: str, *, settled: bool
) -> Instrument:
    prefix = code.value
    items = _items(code, table)
    used = list(dict.fromkeys(item.factor for item in items))
    support = tuple(
        SupportOption(f"{prefix}_support_{n}", n, label)
        for n, label in enumerate(_SUPPORT_LABELS, start=1)
    )
    factors = tuple(_FACTORS[key] for key in used)
    title = f"{name} ({len(items)} items)"
    return Instrument(code, name, title, source, factors, items, support, settled)


SVEST = _instrument(
    SurveyInstrument.SVEST,
    "SVEST",
    "Burlison JD, Scott SD, Browne EK, Thompson SG, Hoffman JM. J Patient Saf 2017;13(2):93-102",
    _SVEST_TABLE,
    settled=True,
)
SVEST_R = _instrument(
    SurveyInstrument.SVEST_R,
    "SVEST-R",
    "Winning AM, Merandi J, Rausch JR, et al. J Patient Saf 2021;17(8):531-540",
    _SVEST_R_TABLE,
    settled=False,
)
INSTRUMENTS: dict[SurveyInstrument, Instrument] = {SVEST.code: SVEST, SVEST_R.code: SVEST_R}


def instrument(code: SurveyInstrument | str) -> Instrument:
    return INSTRUMENTS[SurveyInstrument(code)]


def needed(count: int) -> int:
    """How many of a factor's ``count`` items must be answered for it to be scored."""
    return math.ceil(count / 2)


def score(survey: Instrument, answers: Mapping[str, int]) -> dict[str, float | None]:
    """Each factor's mean after reversing (None when fewer than half are answered)."""
    scores: dict[str, float | None] = {}
    for factor in survey.factors:
        items = survey.items_of(factor.key)
        values = [
            SCALE_MAX + SCALE_MIN - answers[item.key] if item.reverse else answers[item.key]
            for item in items
            if item.key in answers
        ]
        scores[factor.key] = (
            sum(values) / len(values) if len(values) >= needed(len(items)) else None
        )
    return scores


def desires(survey: Instrument, answers: Mapping[str, int]) -> dict[str, bool | None]:
    """Each support option: desired (4 or 5), not, or None when not answered."""
    return {
        option.key: (answers[option.key] >= DESIRED_FROM if option.key in answers else None)
        for option in survey.support
    }


# The words survey tools export instead of numbers, folded to lower case.
_WORDS: dict[str, int] = {
    "strongly disagree": 1,
    "disagree": 2,
    "neither agree nor disagree": 3,
    "neither agree or disagree": 3,
    "neutral": 3,
    "agree": 4,
    "strongly agree": 5,
    "strongly do not desire": 1,
    "do not desire": 2,
    "desire": 4,
    "strongly desire": 5,
}


def answer(text: str) -> int | None:
    """The 1-5 an answer cell means, None when blank; ValueError when it is neither."""
    cell = " ".join(text.split()).casefold()
    if not cell:
        return None
    if cell in _WORDS:
        return _WORDS[cell]
    number = cell.split(" ", 1)[0].rstrip(".=:-")  # "4", "4.0", "4 = agree"
    try:
        value = float(number)
    except ValueError:
        raise ValueError("not an answer on the scale") from None
    if not math.isfinite(value) or value != int(value) or not SCALE_MIN <= value <= SCALE_MAX:
        raise ValueError("not an answer on the scale")
    return int(value)


def measures(survey: Instrument, answers: Mapping[str, int]) -> dict[str, float | None]:
    """One respondent's score on each factor and, per support option, 1.0 desired or
    0.0 not (a mean of these is the share desiring it); None: not answered."""
    values = score(survey, answers)
    for key, wish in desires(survey, answers).items():
        values[key] = None if wish is None else float(wish)
    return values
