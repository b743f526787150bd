"""Unit survey rounds: answers imported from real CSV and XLSX files with no identity
kept, scored per factor, two rounds compared, and small groups withheld, including
against a reader who subtracts one published figure from another."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.record_layout import LayoutProblem
from peersupport_desktop.core.svest import SVEST_R
from peersupport_desktop.services import unit_surveys as us
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_import import RowsRejected
from peersupport_desktop.services.record_listing import listing_bytes
from peersupport_desktop.services.settings import change_settings
from peersupport_desktop.services.survey_answers import (
    AlreadyImported,
    EmptyItem,
    SmallAddition,
    import_answers,
)
from peersupport_desktop.services.survey_results import (
    TOO_FEW,
    compare,
    comparison_listing,
    round_result,
)
from peersupport_desktop.store.models import SurveyResponse
from peersupport_desktop.store.vault import Vault

PLANTED = "planted.respondent@example.org"
DAY = dt.date(2026, 3, 1)


def respondent(psych: int = 3, colleague: tuple[int, int, int, int] = (3, 3, 3, 3)) -> list[str]:
    """The 35 items and 7 options of one SVEST-R respondent, as text cells: every
    item 3 but psychological distress (items 1-4) and colleague support (9-12)."""
    items = [3] * 35
    items[0:4] = [psych] * 4
    items[8:12] = list(colleague)
    return [str(v) for v in items] + ["5", "4", "2", "", "3", "5", "1"]


def varied(k: int) -> list[str]:
    """A respondent whose answers vary (item n: (n x m + o) mod 5, + 1), recognised if
    a file brings them again; twenty such, each its own (k below 20)."""
    m, o = k % 4 + 1, k // 4 % 5
    return [str((n * m + o) % 5 + 1) for n in range(1, 36)] + ["4"] * 7


def write_csv(path: Path, people: list[list[str]], *, style: str = "svest") -> Path:
    """A survey tool's export: identity columns first, then the questions."""
    numbers = range(1, 43)
    names = {"svest": [f"svest_{n}" for n in numbers], "q": [f"Q{n}" for n in numbers]}[style]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Record ID", "Email", "Name", "Timestamp", *names])
        for index, cells in enumerate(people, start=1):
            writer.writerow([index, PLANTED, "Planted Person", "2026-03-01 10:00", *cells])
    return path


@pytest.fixture
def five(vault: Vault) -> Vault:
    change_settings(vault, small_number_threshold=5)
    return vault


def new_round(vault: Vault, label: str, unit: str = "NICU") -> us.RoundRecord:
    return us.create_round(vault, unit=unit, label=label, held_on=DAY, instrument="svest_r")


def stored_answers(vault: Vault) -> list[str]:
    with vault.reading() as session:
        return list(session.scalars(select(SurveyResponse.answers)))


def test_redcap_names_import_and_nothing_of_who_answered_is_kept(
    five: Vault, tmp_path: Path
) -> None:
    before = new_round(five, "Before")
    path = write_csv(tmp_path / "redcap.csv", [respondent() for _ in range(6)])
    result = import_answers(five, before.id, path)
    assert (result.rows, result.added) == (6, 6)
    answers = stored_answers(five)
    assert len(answers) == 6
    for text in answers:
        assert PLANTED not in text and "Planted" not in text and "2026-03-01" not in text
        assert set(json.loads(text)) <= set(SVEST_R.keys)
    assert json.loads(answers[0])["svest_r_support_1"] == 5
    assert "svest_r_support_4" not in json.loads(answers[0])  # blank: not answered
    listing = us.rounds_listing(five)
    for suffix in (".json", ".csv", ".xlsx"):
        assert PLANTED.encode() not in listing_bytes(listing, suffix)
    assert listing.as_dicts() == [
        {
            "unit": "NICU",
            "label": "Before",
            "held_on": "2026-03-01",
            "instrument": "svest_r",
            "respondents": 6,
            "scored_with": "the program's own table (provisional)",
        }
    ]
    after = new_round(five, "After")
    import_answers(five, after.id, write_csv(tmp_path / "after.csv", [respondent(2)] * 5))
    compared = comparison_listing(compare(five, "NICU", "Before", "After"))
    assert PLANTED not in json.dumps(compared.as_dicts())


def test_the_same_file_twice_and_its_workbook_twin_are_refused(five: Vault, tmp_path: Path) -> None:
    first = new_round(five, "Before")
    people = [respondent() for _ in range(5)]
    path = write_csv(tmp_path / "a.csv", people)
    import_answers(five, first.id, path)
    with pytest.raises(AlreadyImported, match="already imported"):
        import_answers(five, first.id, path)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    with path.open(encoding="utf-8") as rows:
        for row in csv.reader(rows):
            sheet.append([int(c) if c.isdigit() else c for c in row])
    book.save(tmp_path / "a.xlsx")
    with pytest.raises(AlreadyImported):
        import_answers(five, first.id, tmp_path / "a.xlsx")
    assert len(stored_answers(five)) == 5


def test_one_bad_answer_imports_nothing_and_says_the_line_not_the_cell(
    five: Vault, tmp_path: Path
) -> None:
    first = new_round(five, "Before")
    bad = respondent()
    bad[6] = "Planted Secret"
    people = [respondent(), bad, respondent()]
    with pytest.raises(RowsRejected) as caught:
        import_answers(five, first.id, write_csv(tmp_path / "b.csv", people))
    assert [p.line for p in caught.value.problems] == [3]
    assert "item 7" in str(caught.value) and "Secret" not in str(caught.value)
    assert stored_answers(five) == []


def test_words_and_q_names_read_and_the_other_survey_does_not_fit(
    five: Vault, tmp_path: Path
) -> None:
    first = new_round(five, "Before")
    worded = [["Agree"] * 35 + ["Strongly desire"] * 7]
    result = import_answers(five, first.id, write_csv(tmp_path / "w.csv", worded, style="q"))
    assert result.added == 1
    assert set(json.loads(stored_answers(five)[0]).values()) == {4, 5}
    svest = us.create_round(five, unit="ICU", label="Before", held_on=DAY, instrument="svest")
    path = tmp_path / "short.csv"
    path.write_text("email,q1,q2\nx@example.org,3,4\n")
    with pytest.raises(LayoutProblem):
        import_answers(five, svest.id, path)


def test_a_round_label_is_unique_within_its_unit(five: Vault) -> None:
    new_round(five, "Before")
    with pytest.raises(InvalidInput, match="already has a round"):
        new_round(five, " before ")
    assert new_round(five, "Before", unit="ICU").unit == "ICU"
    with pytest.raises(InvalidInput, match="svest_r or svest"):
        us.create_round(five, unit="ICU", label="After", held_on=DAY, instrument="phq9")


def test_two_rounds_compared_against_hand_worked_means(five: Vault, tmp_path: Path) -> None:
    before, after = new_round(five, "Before"), new_round(five, "After")
    # Before: psychological distress 4 each; colleague support 2,4,2,4 -> items 9 and 11
    # reversed (6-2 = 4) -> 4.0. After: distress 2; colleague 4,4,4,4 -> 2,4,2,4 -> 3.0.
    import_answers(
        five, before.id, write_csv(tmp_path / "1.csv", [respondent(4, (2, 4, 2, 4))] * 5)
    )
    mixed = [respondent(2, (4, 4, 4, 4))] * 4 + [respondent(3, (4, 4, 4, 4))] * 2
    import_answers(five, after.id, write_csv(tmp_path / "2.csv", mixed))
    compared = compare(five, "NICU", "Before", "After")
    by_key = {c.factor.key: c for c in compared.factors}
    distress = by_key["psychological_distress"]
    assert distress.before == 4.0
    assert distress.after == pytest.approx((2 * 4 + 3 * 2) / 6)  # 14/6 = 2.33
    assert distress.change_words() == "-1.67 (better)"
    colleague = by_key["colleague_support"]
    assert (colleague.before, colleague.after) == (4.0, 3.0)
    assert colleague.change_words() == "-1.00 (worse)"
    assert by_key["resilience"].change_words() == "no change"
    support = {s.option.number: s for s in round_result(five, after.id).support}
    assert support[1].share == 1.0 and support[3].share == 0.0  # 5 desired, 2 not
    assert support[4].withheld and support[4].share is None  # answered by nobody
    rows = comparison_listing(compared).as_dicts()
    assert rows[0]["before"] == "4.00" and rows[0]["after"] == "2.33"
    assert compared.provisional and {row["provisional"] for row in rows} == {True}  # SVEST-R


def test_a_small_round_shows_nothing_and_a_thin_factor_is_withheld(
    five: Vault, tmp_path: Path
) -> None:
    small, big = new_round(five, "Before"), new_round(five, "After")
    import_answers(five, small.id, write_csv(tmp_path / "s.csv", [respondent(5)] * 4))
    thin = [respondent() for _ in range(6)]
    for cells in thin[:2]:  # resilience (items 25-28) left blank by two of six
        cells[24:28] = ["", "", "", ""]
    import_answers(five, big.id, write_csv(tmp_path / "b.csv", thin))
    result = round_result(five, small.id)
    assert result.withheld
    assert all(f.mean is None and f.answered == 0 for f in result.factors)
    assert all(s.share is None for s in result.support)
    other = {f.factor.key: f for f in round_result(five, big.id).factors}
    assert other["resilience"].withheld and other["resilience"].mean is None  # 4 < 5
    assert other["psychological_distress"].mean == 3.0
    rows = comparison_listing(compare(five, "NICU", "Before", "After")).as_dicts()
    assert {row["before"] for row in rows} == {TOO_FEW}
    assert rows[0]["change"] is None and rows[0]["meaning"] == "not compared"
    resilience = next(row for row in rows if row["factor"] == "Resilience")
    assert resilience["after"] == "answered by fewer than the program's threshold"


def test_an_attacker_subtracting_published_figures_learns_nothing_of_a_small_unit(
    five: Vault, tmp_path: Path
) -> None:
    """A reader holding every published result tries two subtractions: a hospital
    total minus the big unit, and a round after a small file minus before it."""
    big = new_round(five, "Spring", unit="ICU")
    small = new_round(five, "Spring", unit="NICU")
    import_answers(five, big.id, write_csv(tmp_path / "icu.csv", [respondent(2)] * 8))
    import_answers(five, small.id, write_csv(tmp_path / "nicu.csv", [respondent(5)] * 3))
    # 1. Every figure published for any round (there is no figure across units).
    published: list[object] = []
    for record in us.rounds(five):
        result = round_result(five, record.id)
        published += [f.mean for f in result.factors] + [s.share for s in result.support]
        published += [f.answered for f in result.factors]
    pooled = (8 * 2 + 3 * 5) / 11  # the hospital's distress mean, whence NICU's 5.0
    assert pooled not in published and 5.0 not in published and 11 not in published
    assert not any(name in dir(us) for name in ("hospital_result", "program_result"))
    # 2. The big round, reported, grown by a file of two: the difference would give them.
    with pytest.raises(SmallAddition, match="at least 5"):
        import_answers(five, big.id, write_csv(tmp_path / "two.csv", [respondent(1)] * 2))
    assert round_result(five, big.id).round.respondents == 8
    # A round still below the threshold may grow in small files (nothing was shown).
    import_answers(five, small.id, write_csv(tmp_path / "more.csv", [respondent(4)] * 2))
    assert not round_result(five, small.id).withheld


def test_rounds_of_different_surveys_are_not_compared(five: Vault) -> None:
    new_round(five, "Before")
    us.create_round(
        five, unit="NICU", label="After", held_on=DAY, instrument=SurveyInstrument.SVEST
    )
    with pytest.raises(InvalidInput, match="different surveys"):
        compare(five, "NICU", "Before", "After")
    with pytest.raises(InvalidInput, match="no round labelled"):
        compare(five, "NICU", "Before", "Autumn")


def test_a_new_round_is_made_with_its_first_file_or_not_at_all(five: Vault, tmp_path: Path) -> None:
    bad = respondent()
    bad[0] = "7"
    spec = us.NewRound("NICU", "Spring", DAY)
    with pytest.raises(RowsRejected):
        import_answers(five, spec, write_csv(tmp_path / "bad.csv", [bad]))
    assert us.rounds(five) == []
    result = import_answers(five, spec, write_csv(tmp_path / "ok.csv", [respondent()] * 2))
    assert result.added == 2
    made = us.find_round(five, "NICU", "spring")
    assert made is not None and made.respondents == 2
    assert made.instrument is SurveyInstrument.SVEST_R


def test_a_shown_factor_grown_by_one_answer_is_refused_so_it_cannot_be_subtracted(
    five: Vault, tmp_path: Path
) -> None:
    """Resilience shown at 2.00 over five; a file of five where one person alone
    answers it would publish 2.50 over six, whence that person's 6 x 2.5 - 5 x 2.0 = 5."""
    spring = new_round(five, "Spring")
    everyone = [respondent() for _ in range(5)]
    for cells in everyone:
        cells[24:28] = ["2"] * 4  # resilience (items 25-28)
    import_answers(five, spring.id, write_csv(tmp_path / "first.csv", everyone))
    shown = {f.factor.key: f for f in round_result(five, spring.id).factors}
    assert (shown["resilience"].mean, shown["resilience"].answered) == (2.0, 5)
    lone = [respondent(4) for _ in range(5)]
    for cells in lone[1:]:
        cells[24:28] = [""] * 4
    lone[0][24:28] = ["5"] * 4
    with pytest.raises(SmallAddition, match="Resilience") as caught:
        import_answers(five, spring.id, write_csv(tmp_path / "lone.csv", lone))
    assert "'Resilience'" in str(caught.value) and str(caught.value).count(".") == 1
    after = {f.factor.key: f for f in round_result(five, spring.id).factors}
    assert (after["resilience"].mean, after["resilience"].answered) == (2.0, 5)
    # A support option is guarded the same way: option 4 (blank in respondent()) is
    # unanswered so far; option 1, answered by all five, may not grow by one.
    one_option = [respondent() for _ in range(5)]
    for cells in one_option:
        cells[24:28] = ["2"] * 4
        cells[35] = ""  # support option 1
    one_option[0][35] = "1"
    with pytest.raises(SmallAddition, match="Support option 1"):
        import_answers(five, spring.id, write_csv(tmp_path / "option.csv", one_option))
    # The defence lets through a file that adds none, or at least the threshold's answers.
    none_of_it = [respondent(4) for _ in range(5)]
    for cells in none_of_it:
        cells[24:28] = [""] * 4
    assert import_answers(five, spring.id, write_csv(tmp_path / "n.csv", none_of_it)).added == 5
    all_of_it = [respondent(4) for _ in range(5)]
    for cells in all_of_it:
        cells[24:28] = ["4"] * 4
    assert import_answers(five, spring.id, write_csv(tmp_path / "a.csv", all_of_it)).added == 5
    grown = {f.factor.key: f for f in round_result(five, spring.id).factors}
    assert (grown["resilience"].mean, grown["resilience"].answered) == (3.0, 10)


def test_a_grown_cumulative_export_is_refused_not_counted_twice(
    five: Vault, tmp_path: Path
) -> None:
    spring = new_round(five, "Spring")
    first = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "monday.csv", first))
    later = [respondent(2, (n % 5 + 1, 3, 3, 3)) for n in range(5)]
    grown = write_csv(tmp_path / "friday.csv", [*reversed(first), *later])
    with pytest.raises(AlreadyImported, match="import only the rows not imported") as caught:
        import_answers(five, spring.id, grown)
    assert str(caught.value).count(".") == 1
    assert len(stored_answers(five)) == 6
    # Only the new rows: taken.
    assert import_answers(five, spring.id, write_csv(tmp_path / "new.csv", later)).added == 5
    assert len(stored_answers(five)) == 11


def psych_mean(vault: Vault, round_id: int) -> tuple[float, int]:
    shown = {f.factor.key: f for f in round_result(vault, round_id).factors}
    mean, answered = shown["psychological_distress"].mean, shown["psychological_distress"].answered
    assert mean is not None
    return mean, answered


def test_a_regrown_export_of_one_earlier_file_is_refused_so_the_newcomer_is_not_solved(
    five: Vault, tmp_path: Path
) -> None:
    """The round holds Monday's file (reported alone) and Tuesday's; Monday's export,
    regrown by one respondent, would be taken whole, and the totals give the newcomer:
    P = (sum after - sum before) - sum of Monday."""
    spring = new_round(five, "Spring")
    monday = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "monday.csv", monday))
    mean_monday, n_monday = psych_mean(five, spring.id)
    tuesday = [respondent(2, (n % 5 + 1, 3, 3, 3)) for n in range(5)]
    import_answers(five, spring.id, write_csv(tmp_path / "tuesday.csv", tuesday))
    mean_before, n_before = psych_mean(five, spring.id)
    regrown = write_csv(tmp_path / "monday-again.csv", [*monday, respondent(5)])
    try:
        import_answers(five, spring.id, regrown)
    except AlreadyImported as refused:
        assert "imported before, into this round" in str(refused)
        assert len(stored_answers(five)) == 11
        return
    mean_after, n_after = psych_mean(five, spring.id)
    solved = (mean_after * n_after - mean_before * n_before) - mean_monday * n_monday
    assert solved != pytest.approx(5.0), "the newcomer's psychological distress is solved"


def test_an_export_short_of_one_earlier_file_is_refused_so_the_missing_one_is_not_solved(
    five: Vault, tmp_path: Path
) -> None:
    """Monday's file again without one respondent (filtered differently) would give the
    one left out: P = sum of Monday - (sum after - sum before)."""
    spring = new_round(five, "Spring")
    monday = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "monday.csv", monday))
    mean_monday, n_monday = psych_mean(five, spring.id)
    import_answers(five, spring.id, write_csv(tmp_path / "tue.csv", [respondent(2)] * 5))
    mean_before, n_before = psych_mean(five, spring.id)
    try:
        import_answers(five, spring.id, write_csv(tmp_path / "filtered.csv", monday[1:]))
    except AlreadyImported as refused:
        assert "imported before, into this round" in str(refused)
        return
    mean_after, n_after = psych_mean(five, spring.id)
    solved = mean_monday * n_monday - (mean_after * n_after - mean_before * n_before)
    assert solved != pytest.approx(1.0), "the left-out respondent's score is solved"


def test_an_earlier_file_reordered_is_the_same_file(five: Vault, tmp_path: Path) -> None:
    spring = new_round(five, "Spring")
    monday = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "monday.csv", monday))
    import_answers(five, spring.id, write_csv(tmp_path / "tue.csv", [respondent(2)] * 5))
    with pytest.raises(AlreadyImported, match="imported before, into this round"):
        import_answers(five, spring.id, write_csv(tmp_path / "again.csv", monday[::-1]))
    assert len(stored_answers(five)) == 11
    # A third file of other people is taken.
    others = [respondent(3, (n % 5 + 1, 1, 1, 1)) for n in range(5)]
    assert import_answers(five, spring.id, write_csv(tmp_path / "wed.csv", others)).added == 5


def test_a_regrown_export_put_into_a_new_round_is_refused_so_the_newcomer_is_not_solved(
    five: Vault, tmp_path: Path
) -> None:
    """Monday's six in round Spring; the export regrown by one, imported into a new
    round of the unit (or of another), would give the newcomer: 7 x new - 6 x old."""
    spring = new_round(five, "Spring")
    monday = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "monday.csv", monday))
    old, _ = psych_mean(five, spring.id)
    regrown = write_csv(tmp_path / "regrown.csv", [*monday, respondent(5)])
    for unit in ("NICU", "ICU"):
        copy = new_round(five, f"Copy {unit}", unit=unit)
        try:
            import_answers(five, copy.id, regrown)
        except AlreadyImported as refused:
            assert str(refused) == (
                "Lines 2, 3, 4, 5, 6, 7 hold responses imported before, into round 'Spring' of "
                "NICU: the survey tool's export brings them again; import only the rows not "
                "imported before."
            )
            continue
        new, _ = psych_mean(five, copy.id)
        assert 7 * new - 6 * old != pytest.approx(5.0), "the newcomer's score is solved"
    # The same file again into another round is refused too: one set of people, one round.
    other = new_round(five, "Other", unit="ICU")
    with pytest.raises(AlreadyImported, match="imported before, into round 'Spring' of NICU"):
        import_answers(five, other.id, write_csv(tmp_path / "again.csv", monday))


def items_only(path: Path, people: list[list[str]]) -> Path:
    """The same export with the desired-support questions left out."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([f"svest_{n}" for n in range(1, 36)])
        writer.writerows(cells[:35] for cells in people)
    return path


def test_a_re_export_cut_down_and_regrown_at_once_is_refused(five: Vault, tmp_path: Path) -> None:
    """Monday: the coordinator's test row T (all 3s) and six people. Tuesday's export
    drops T and adds a newcomer N: neither file holds the other, but six responses are
    Monday's. Taken, the six would count twice, and N = (14 x after - 7 x before) -
    (7 x before - T); into another unit, N = 7 x that round - (7 x Monday - T)."""
    spring = new_round(five, "Spring")
    six = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "mon.csv", [respondent(3), *six]))
    tuesday = write_csv(tmp_path / "tue.csv", [*six, respondent(5)])
    for target in (spring, new_round(five, "Spring", unit="ICU")):
        with pytest.raises(AlreadyImported, match="Lines 2, 3, 4, 5, 6, 7 hold responses"):
            import_answers(five, target.id, tuesday)
    assert len(stored_answers(five)) == 7


def test_an_export_without_its_support_questions_is_the_same_responses(
    five: Vault, tmp_path: Path
) -> None:
    """The six, exported without the support questions and regrown by one, into a copy
    round: 7 x the copy's mean - 6 x the first's would give the newcomer."""
    spring = new_round(five, "Spring")
    six = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "mon.csv", six))
    copy = new_round(five, "Copy")
    with pytest.raises(AlreadyImported, match="into round 'Spring' of NICU"):
        import_answers(five, copy.id, items_only(tmp_path / "again.csv", [*six, respondent(5)]))


def test_straight_lined_answers_are_not_taken_for_the_same_person(
    five: Vault, tmp_path: Path
) -> None:
    """ICU's pilot held one respondent answering 3 throughout; NICU's file, with one
    more such among its people, is theirs and is taken."""
    pilot = new_round(five, "Pilot", unit="ICU")
    import_answers(five, pilot.id, write_csv(tmp_path / "p.csv", [respondent(3)]))
    spring = new_round(five, "Spring")
    people = [*(varied(n) for n in range(10)), respondent(3)]
    assert import_answers(five, spring.id, write_csv(tmp_path / "n.csv", people)).added == 11


def test_a_threshold_raised_does_not_open_a_round_shown_under_the_lower_one(
    five: Vault, tmp_path: Path
) -> None:
    """Threshold 5: a round of nine shown. Raised to 10, a file of one would pass were
    the round judged by the threshold now (9 < 10: "not reported"), and then
    10 x after - 9 x before is that one's score."""
    spring = new_round(five, "Spring")
    import_answers(five, spring.id, write_csv(tmp_path / "a.csv", [varied(n) for n in range(9)]))
    change_settings(five, small_number_threshold=10)
    with pytest.raises(SmallAddition, match="lowest threshold the program has had, 5") as refused:
        import_answers(five, spring.id, write_csv(tmp_path / "late.csv", [respondent(5)]))
    assert "keep the rows until at least 10 have come in" in str(refused.value)
    assert round_result(five, spring.id).round.respondents == 9
    # Ten together are taken.
    more = write_csv(tmp_path / "ten.csv", [varied(n) for n in range(9, 19)] + [respondent(5)])
    assert import_answers(five, spring.id, more).added == 11


def test_a_units_next_round_can_be_made_for_its_earlier_rounds_key(
    five: Vault, tmp_path: Path
) -> None:
    from peersupport_desktop.services.record_import import import_records
    from peersupport_desktop.services.survey_keys import ScoringKey, key_choices
    from tests.services.test_survey_keys import AUTHORS, key_file

    before = new_round(five, "Before")
    import_answers(five, before.id, write_csv(tmp_path / "b.csv", [varied(n) for n in range(6)]))
    import_records(five, ScoringKey("svest_r"), key_file(tmp_path / "key.csv", AUTHORS))
    assert [v for v, _ in key_choices(five, "svest_r")] == [1, 0]
    with pytest.raises(InvalidInput, match="no such key"):
        us.create_round(five, unit="NICU", label="Later", held_on=DAY, key_version=2)
    after = us.create_round(five, unit="NICU", label="After", held_on=DAY, key_version=0)
    people = [varied(n) for n in range(6, 12)]
    import_answers(five, after.id, write_csv(tmp_path / "a.csv", people))
    comparison = compare(five, "NICU", "Before", "After")
    assert comparison.provisional  # both on the program's own table, and compared
    assert us.get_round(five, after.id).scored_with == "the program's own table (provisional)"


def test_the_program_remembers_its_lowest_threshold(vault: Vault) -> None:
    from peersupport_desktop.services.settings import program_row

    for threshold, lowest in ((11, 11), (6, 6), (20, 6), (5, 5), (11, 5)):
        change_settings(vault, small_number_threshold=threshold)
        with vault.reading() as session:
            assert program_row(session).lowest_threshold == lowest


def test_a_re_export_that_lost_an_item_column_or_a_page_is_refused(
    five: Vault, tmp_path: Path
) -> None:
    """The six again, cut to five, with item 35 blank throughout (a question re-made in
    the survey tool): no response would match, and 6 x Spring - 5 x the copy gives the
    sixth. So is one of items 1-17 only (one page), under half the items."""
    spring = new_round(five, "Spring")
    six = [varied(n) for n in range(6)]
    import_answers(five, spring.id, write_csv(tmp_path / "six.csv", six))
    copy = new_round(five, "Copy", unit="ICU")
    lost = [[*cells[:34], "", *cells[35:]] for cells in six[1:]]
    with pytest.raises(EmptyItem, match="No row answers item 35: map item 35"):
        import_answers(five, copy.id, write_csv(tmp_path / "lost.csv", lost))
    page = [[*cells[:17], *[""] * 18, *cells[35:]] for cells in six[1:]]
    with pytest.raises(EmptyItem, match="answers only 17 of the SVEST-R's 35 items"):
        import_answers(five, copy.id, write_csv(tmp_path / "page.csv", page))
    # A whole factor left out (a form without it) is no lost column.
    no_resilience = [
        [*cells[:24], *[""] * 4, *cells[28:]] for cells in (varied(n) for n in range(6, 11))
    ]
    assert import_answers(five, copy.id, write_csv(tmp_path / "f.csv", no_resilience)).added == 5


def calm(section: int) -> list[str]:
    """No event to speak of: 1 on every distress, doubt, turnover and absence item, the
    same on every support and resilience item (items by the program's own table)."""
    items = ["1"] * 8 + [str(section)] * 12 + ["1"] * 4 + [str(section)] * 4 + ["1"] * 7
    return items + ["2"] * 7


def test_calm_answers_alike_section_by_section_are_not_taken_for_the_same_person(
    five: Vault, tmp_path: Path
) -> None:
    before = new_round(five, "Before")
    import_answers(
        five, before.id, write_csv(tmp_path / "b.csv", [*(varied(n) for n in range(6)), calm(4)])
    )
    after = new_round(five, "After")
    people = [*(varied(n) for n in range(6, 16)), calm(4)]
    assert import_answers(five, after.id, write_csv(tmp_path / "a.csv", people)).added == 11


def test_one_response_alike_among_many_new_is_taken_and_said(five: Vault, tmp_path: Path) -> None:
    """One match, ten new people: two people may answer alike, and no difference of two
    results isolates anyone; it is said, with its line."""
    before = new_round(five, "Before")
    import_answers(five, before.id, write_csv(tmp_path / "b.csv", [varied(n) for n in range(6)]))
    after = new_round(five, "After")
    people = [*(varied(n) for n in range(6, 16)), varied(0)]
    result = import_answers(five, after.id, write_csv(tmp_path / "a.csv", people))
    assert result.added == 11
    assert result.notes == (
        "Line 12 answers exactly as a response already in round 'Before' of NICU: taken as "
        "another person's, as answers this alike are rare; if it is the same, it is counted "
        "twice.",
    )
    # With fewer than the threshold's new people beside it, it is refused.
    small = new_round(five, "Small")
    with pytest.raises(AlreadyImported, match="Line 6 holds a response imported before"):
        import_answers(
            five,
            small.id,
            write_csv(tmp_path / "s.csv", [*(varied(n) for n in range(16, 20)), varied(1)]),
        )
