"""A unit survey's results: a round scored per factor and per desired-support option,
and two rounds of a unit compared.

Small groups are not shown. A round with fewer respondents than the program's
small-number threshold gives no result at all, and a factor or support option
answered by fewer than the threshold within a round is withheld too. No result is
ever published across units or rounds: a total across units (the hospital's) beside
the units' own would give a small unit by subtraction.
"""

from __future__ import annotations

from dataclasses import dataclass

from peersupport_desktop.core.scoring_keys import rows_of
from peersupport_desktop.core.svest import Factor, Instrument, SupportOption, measures
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.settings import program_row
from peersupport_desktop.services.survey_keys import round_survey
from peersupport_desktop.services.unit_surveys import (
    RoundRecord,
    find_round,
    round_record,
    stored_answers,
)
from peersupport_desktop.store.models import SurveyRound
from peersupport_desktop.store.vault import Vault

TOO_FEW = "fewer respondents than the program's threshold"


@dataclass(frozen=True, slots=True)
class FactorResult:
    factor: Factor
    mean: float | None  # None: withheld or not answered
    answered: int  # respondents with a score for it
    withheld: bool  # fewer than the threshold


@dataclass(frozen=True, slots=True)
class SupportResult:
    option: SupportOption
    share: float | None  # of those who answered it, who desire it (4 or 5)
    answered: int
    withheld: bool


@dataclass(frozen=True, slots=True)
class RoundResult:
    round: RoundRecord
    threshold: int
    factors: tuple[FactorResult, ...]
    support: tuple[SupportResult, ...]
    survey: Instrument  # as the round's key scores it

    @property
    def provisional(self) -> bool:
        """Scored with an item table not checked against the authors' form."""
        return not self.survey.settled

    @property
    def withheld(self) -> bool:
        """No result at all: fewer respondents than the threshold."""
        return self.round.respondents < self.threshold


def round_result(vault: Vault, round_id: int) -> RoundResult:
    with vault.reading() as session:
        row = session.get(SurveyRound, round_id)
        if row is None:
            raise InvalidInput("round", "That survey round is no longer in the vault.")
        record = round_record(session, row)
        threshold = program_row(session).small_number_threshold
        answers = stored_answers(session, row.id)
        survey = round_survey(session, row)
    small = record.respondents < threshold
    values = [measures(survey, one) for one in answers]

    def figure(key: str) -> tuple[float | None, int, bool]:
        """A factor's mean or an option's share, its answered count, and whether withheld."""
        said = [v for one in values if (v := one[key]) is not None]
        hidden = small or len(said) < threshold
        mean = None if hidden or not said else sum(said) / len(said)
        return mean, 0 if small else len(said), hidden

    factors = [FactorResult(factor, *figure(factor.key)) for factor in survey.factors]
    support = [SupportResult(option, *figure(option.key)) for option in survey.support]
    return RoundResult(record, threshold, tuple(factors), tuple(support), survey)


@dataclass(frozen=True, slots=True)
class FactorChange:
    factor: Factor
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    def change_words(self) -> str:
        """The change said as better or worse, in the factor's own direction."""
        change = self.change
        if change is None:
            return "not compared"
        if abs(change) < 0.005:
            return "no change"
        better = (change < 0) == self.factor.higher_is_worse
        return f"{change:+.2f} ({'better' if better else 'worse'})"


@dataclass(frozen=True, slots=True)
class Comparison:
    unit: str
    before: RoundResult
    after: RoundResult
    factors: tuple[FactorChange, ...]

    @property
    def provisional(self) -> bool:
        """Scored with an item table not checked against the authors' (the program's own
        SVEST-R table): both rounds are, as only rounds of one key are compared."""
        return self.before.provisional


def compare(vault: Vault, unit: str, before: str, after: str) -> Comparison:
    """Two rounds of the unit, factor by factor; a withheld side is None."""
    first = find_round(vault, unit, before)
    second = find_round(vault, unit, after)
    for found, label in ((first, before), (second, after)):
        if found is None:
            raise InvalidInput("round", f"The unit has no round labelled '{label.strip()}'.")
    assert first is not None and second is not None
    if first.id == second.id:
        raise InvalidInput("round", "Choose two different rounds to compare.")
    if first.instrument != second.instrument:
        raise InvalidInput(
            "round", "The two rounds used different surveys; they cannot be compared."
        )
    one, two = round_result(vault, first.id), round_result(vault, second.id)
    if rows_of(one.survey) != rows_of(two.survey):
        raise InvalidInput(
            "round",
            f"'{first.label}' is scored with {first.scored_with} and '{second.label}' with "
            f"{second.scored_with}, so their factors are not made of the same items: "
            "compare two rounds scored with the same key (a unit's new round can be made "
            "for an earlier key: New round… in the window, import-survey --key).",
        )
    changes = tuple(
        FactorChange(a.factor, a.mean, b.mean)
        for a, b in zip(one.factors, two.factors, strict=True)
    )
    return Comparison(first.unit, one, two, changes)


def said(value: float | None, result: RoundResult, withheld: bool) -> str:
    """A cell in words: the mean, or why there is none."""
    if result.withheld:
        return TOO_FEW
    if withheld:
        return "answered by fewer than the program's threshold"
    return "no answers" if value is None else f"{value:.2f}"


def comparison_listing(comparison: Comparison) -> Listing:
    """The comparison as rows: factor, direction, before, after, change (words where
    a side is withheld), and whether its scoring is provisional (svest.PROVISIONAL)."""
    rows = []
    for change, a, b in zip(
        comparison.factors, comparison.before.factors, comparison.after.factors, strict=True
    ):
        rows.append(
            (
                change.factor.label,
                change.factor.direction,
                said(a.mean, comparison.before, a.withheld),
                said(b.mean, comparison.after, b.withheld),
                None if change.change is None else round(change.change, 2),
                change.change_words(),
                comparison.provisional,
            )
        )
    return Listing(
        "Survey comparison",
        ("factor", "direction", "before", "after", "change", "meaning", "provisional"),
        rows,
    )
