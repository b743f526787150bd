"""Unit surveys before and after: rounds of SVEST or SVEST-R in a department, their
answers imported from the survey tool's file, scored per factor, and two rounds of a
unit compared.

Nothing of who answered is kept: an imported file's columns other than the items
(names, e-mails, record numbers, timestamps) are never read into the vault, and each
response is its answers alone (item key -> 1..5).

Small groups are not shown. A round with fewer respondents than the program's
small-number threshold gives no result at all, and a factor or support option
answered by fewer than the threshold within a round is withheld too. Two ways a
reader could still solve for a small group are closed here:
- a total across units (the hospital's) beside the units' own results would give a
  small unit by subtraction: no result is ever published across units or rounds;
- a round reported, then grown by a small file, would give that file's few answers
  by the difference: once a round has the threshold's respondents, a file added to
  it must itself bring at least the threshold; and once a factor or support option
  is shown (answered by the threshold), a file must add to it no answer or at least
  the threshold's, however many respondents it brings.
A survey tool's export grown since the last import (every stored answer and more) is
refused too: added whole, its earlier respondents would be counted twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.record_layout import (
    Column,
    Layout,
    LayoutProblem,
    MappedRow,
    RowProblem,
)
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.svest import (
    Factor,
    Instrument,
    SupportOption,
    desires,
    instrument,
    score,
)
from peersupport_desktop.core.svest import answer as read_answer
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.departments import department_id
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_files import read_record_file
from peersupport_desktop.services.record_import import (
    KindResult,
    RecordImport,
    import_table,
    recognise,
    saved_mapping,
)
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.settings import program_row
from peersupport_desktop.services.validation import required_text
from peersupport_desktop.store.models import Department, SurveyResponse, SurveyRound
from peersupport_desktop.store.vault import Vault

KIND = "survey"  # the saved mappings' kind, and the audit's import.survey
TOO_FEW = "fewer respondents than the program's threshold"


class AlreadyImported(Sayable, ValueError):
    """The same answers were imported into this round before."""


class SmallAddition(Sayable, ValueError):
    """A small file added to a round already reported would show its few answers."""


class NoAnswers(Sayable, ValueError):
    """The file holds no answered item at all."""


@dataclass(frozen=True, slots=True)
class RoundRecord:
    id: int
    unit: str
    label: str
    held_on: dt.date
    instrument: SurveyInstrument
    respondents: int


# ---------------------------------------------------------------- rounds


@dataclass(frozen=True, slots=True)
class NewRound:
    """A round to make, with its first file's answers or alone."""

    unit: str
    label: str
    held_on: dt.date
    instrument: SurveyInstrument | str = SurveyInstrument.SVEST_R


def create_round(
    vault: Vault,
    *,
    unit: str,
    label: str,
    held_on: dt.date,
    instrument: SurveyInstrument | str = SurveyInstrument.SVEST_R,
) -> RoundRecord:
    """A new round of the unit (the department, created if new)."""
    with vault.transaction() as session:
        return _record(session, _new_round(session, NewRound(unit, label, held_on, instrument)))


def _new_round(session: Session, spec: NewRound) -> SurveyRound:
    code = _instrument_code(spec.instrument)
    clean = required_text("label", spec.label, max_length=80, what="The round's label")
    unit_id = department_id(session, spec.unit, field="unit")
    if unit_id is None:
        raise InvalidInput("unit", "Name the unit (department) the survey was held in.")
    if _round_of(session, unit_id, clean) is not None:
        raise InvalidInput("label", "This unit already has a round with that label.")
    row = SurveyRound(
        department_id=unit_id,
        instrument=code,
        label=clean,
        held_on=spec.held_on,
        file_digests="",
        created_at=now(),
    )
    session.add(row)
    session.flush()
    audit.record(session, "import.survey_round", "survey_round", row.id)
    return row


def find_round(vault: Vault, unit: str, label: str) -> RoundRecord | None:
    with vault.reading() as session:
        unit_id = _unit_id(session, unit)
        row = None if unit_id is None else _round_of(session, unit_id, " ".join(label.split()))
        return None if row is None else _record(session, row)


def get_round(vault: Vault, round_id: int) -> RoundRecord:
    with vault.reading() as session:
        row = session.get(SurveyRound, round_id)
        if row is None:
            raise InvalidInput("round", "That survey round is no longer in the vault.")
        return _record(session, row)


def rounds(vault: Vault, unit: str | None = None) -> list[RoundRecord]:
    """Every round (or one unit's), by unit, then date."""
    with vault.reading() as session:
        query = (
            select(SurveyRound)
            .join(Department, Department.id == SurveyRound.department_id)
            .order_by(Department.name, SurveyRound.held_on, SurveyRound.id)
        )
        if unit is not None:
            query = query.where(Department.name == " ".join(unit.split()))
        return [_record(session, row) for row in session.scalars(query)]


def rounds_listing(vault: Vault) -> Listing:
    """The rounds for the command line and spreadsheets: no answers, only counts."""
    return Listing(
        "Survey rounds",
        ("unit", "label", "held_on", "instrument", "respondents"),
        [(r.unit, r.label, r.held_on, r.instrument.value, r.respondents) for r in rounds(vault)],
    )


# ---------------------------------------------------------------- importing


def _spellings(instrument_code: str, number: int, *, support: int | None = None) -> tuple[str, ...]:
    """The names survey tools give the column of the form's ``number``th question."""
    names = [f"svest_{number}", f"svest{number}", f"q{number}", f"item {number}"]
    names += [f"question {number}", f"svest_{number:02d}", f"q{number:02d}"]
    if instrument_code == SurveyInstrument.SVEST_R.value:
        names += [f"svest_r_{number}", f"svestr_{number}"]
    if support is not None:
        names = [f"support_{support}", f"desired_support_{support}", f"ds_{support}", *names]
    return tuple(names)


def survey_layout(survey: Instrument) -> Layout:
    """Every item a required column (a file of the other instrument will not fit);
    the desired-support options optional, read after the items on the form."""
    code = survey.code.value
    columns = [
        Column(
            item.key,
            f"Item {item.number}: {item.label}",
            required=True,
            spellings=_spellings(code, item.number),
        )
        for item in survey.items
    ]
    after = len(survey.items)
    columns += [
        Column(
            option.key,
            f"Support {option.number}: {option.label}",
            spellings=_spellings(code, after + option.number, support=option.number),
        )
        for option in survey.support
    ]
    return Layout(KIND, f"{survey.title} answers", tuple(columns))


class RoundAnswers:
    """A RecordKind bound to one round: its rows become that round's responses. Given
    a NewRound, the round is made in the import's transaction: no empty round is left
    when the file is refused."""

    record_name = "survey_round"

    def __init__(self, target: int | NewRound, survey: Instrument) -> None:
        self.target = target
        self.round_id: int | None = target if isinstance(target, int) else None
        self.survey = survey
        self.layout = survey_layout(survey)
        self._numbers = {item.key: f"item {item.number}" for item in survey.items} | {
            option.key: f"support option {option.number}" for option in survey.support
        }

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        if isinstance(self.target, NewRound):
            row: SurveyRound | None = _new_round(session, self.target)
        else:
            row = session.get(SurveyRound, self.target)
        if row is None:
            raise InvalidInput("round", "That survey round is no longer in the vault.")
        answered: list[dict[str, int]] = []
        blank = 0
        for mapped in rows:
            answers = self._answers(mapped, result)
            if answers is None:
                continue
            if answers:
                answered.append(answers)
            else:
                blank += 1
        if result.problems:
            return result
        if not answered:
            raise NoAnswers("The file holds no answers to the survey's items.")
        stored = _stored_answers(session, row.id)
        digest = _digest(self.survey, answered)
        digests = [d for d in row.file_digests.split(",") if d]
        if digest in digests:
            raise AlreadyImported("This file was already imported into this round.")
        _refuse_cumulative(stored, answered)
        _refuse_small_addition(
            self.survey, stored, answered, program_row(session).small_number_threshold
        )
        session.add_all(
            SurveyResponse(round_id=row.id, answers=_canonical(answers)) for answers in answered
        )
        row.file_digests = ",".join([*digests, digest])
        self.round_id = row.id
        result.added = len(answered)
        result.ids.append(row.id)
        if blank:
            result.notes.append(f"{counted(blank, 'row')} without any answer left out.")
        return result

    def _answers(self, mapped: MappedRow, result: KindResult) -> dict[str, int] | None:
        answers: dict[str, int] = {}
        for key in self.survey.keys:
            try:
                value = read_answer(mapped.get(key))
            except ValueError:
                result.problems.append(
                    RowProblem(
                        mapped.line,
                        f"The answer to {self._numbers[key]} is not 1 to 5 or the scale's words.",
                    )
                )
                return None
            if value is not None:
                answers[key] = value
        return answers


def _canonical(answers: Mapping[str, int]) -> str:
    """One response as the vault stores it."""
    return json.dumps(answers, sort_keys=True)


def _digest(survey: Instrument, answered: list[dict[str, int]]) -> str:
    """SHA-256 of the answers as read, in file order: the same file (CSV or its XLSX
    twin) twice is the same digest, and no respondent's identity enters it."""
    canonical = json.dumps([survey.code.value, answered], sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _refuse_cumulative(stored: list[dict[str, int]], answered: list[dict[str, int]]) -> None:
    """A survey tool's export grown since the last import holds every answer already
    stored and more: added whole, the earlier respondents would count twice. Answers
    are compared as a multiset (two respondents may answer alike), in any order."""
    if not stored:
        return
    had = Counter(_canonical(answers) for answers in stored)
    new = Counter(_canonical(answers) for answers in answered)
    if had <= new and new != had:
        raise AlreadyImported(
            "This file holds every answer already in this round and more: import only the "
            "new rows, or import it into a new round."
        )


def _refuse_small_addition(
    survey: Instrument,
    stored: list[dict[str, int]],
    answered: list[dict[str, int]],
    threshold: int,
) -> None:
    """Once a figure is shown, every later file must move it by at least the
    threshold's answers: the old and new figures with their counts would otherwise
    give the few added answers by the difference. Respondents first (a round
    reported), then each factor and support option shown."""
    if len(stored) >= threshold and len(answered) < threshold:
        raise SmallAddition(
            f"A file added to a round already reported must bring at least {threshold} "
            "respondents, so the few it adds cannot be told apart by the difference."
        )
    before = _answered_counts(survey, stored)
    added = _answered_counts(survey, answered)
    for key, name in _measure_names(survey).items():
        if before[key] >= threshold and 0 < added[key] < threshold:
            raise SmallAddition(
                f"{name} is already shown for this round, so a file may add either no answers "
                f"to it or at least {threshold}, lest the few it adds be told by the difference."
            )


def _measure_names(survey: Instrument) -> dict[str, str]:
    """Each factor and support option in plain words, as a refusal names it."""
    return {factor.key: f"'{factor.label}'" for factor in survey.factors} | {
        option.key: f"Support option {option.number} ('{option.label}')"
        for option in survey.support
    }


def _values(survey: Instrument, answers: Mapping[str, int]) -> dict[str, float | None]:
    """One respondent's score on each factor and, per support option, 1.0 desired or
    0.0 not (a mean of these is the share desiring it); None: not answered."""
    values = score(survey, answers)
    for key, wish in desires(survey, answers).items():
        values[key] = None if wish is None else float(wish)
    return values


def _answered_counts(survey: Instrument, answers: list[dict[str, int]]) -> Counter[str]:
    counts: Counter[str] = Counter({key: 0 for key in _measure_names(survey)})
    for one in answers:
        counts.update(key for key, value in _values(survey, one).items() if value is not None)
    return counts


def round_kind(vault: Vault, round_id: int) -> RoundAnswers:
    """The kind a file for this round is imported as (built per call)."""
    return RoundAnswers(round_id, instrument(get_round(vault, round_id).instrument))


def import_answers(
    vault: Vault,
    target: int | NewRound,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    source: str | None = None,
) -> RecordImport:
    """The file's answers into the round (made with them when a NewRound), all of them
    or none (RowsRejected).

    Columns: a mapping given, else the saved mapping named ``source``, else the
    standard columns or a saved mapping they fit, else a guess from the names survey
    tools give items ("svest_1", "q1", "Item 1") when it finds every item.
    """
    if isinstance(target, NewRound):
        kind = RoundAnswers(target, instrument(_instrument_code(target.instrument)))
    else:
        kind = round_kind(vault, target)
    table = read_record_file(path)
    if mapping is None and not (source and source.strip()):
        if recognise(vault, kind.layout, table.headers) is None:
            guessed = kind.layout.guess(table.headers)
            if not kind.layout.fits(guessed, table.headers):
                raise LayoutProblem(
                    "The file's columns are not the survey's items by any name this program "
                    "knows and fit no saved mapping: map them in the window, or name a mapping."
                )
            mapping = guessed
    elif mapping is None and source is not None:
        mapping = saved_mapping(vault, kind.layout, source)
    return import_table(vault, kind, table, mapping=mapping, source=source)


# ---------------------------------------------------------------- results


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

    @property
    def withheld(self) -> bool:
        """No result at all: fewer respondents than the threshold."""
        return self.round.respondents < self.threshold


def round_result(vault: Vault, round_id: int) -> RoundResult:
    with vault.reading() as session:
        row = session.get(SurveyRound, round_id)
        if row is None:
            raise InvalidInput("round", "That survey round is no longer in the vault.")
        record = _record(session, row)
        threshold = program_row(session).small_number_threshold
        answers = _stored_answers(session, row.id)
    survey = instrument(record.instrument)
    small = record.respondents < threshold
    values = [_values(survey, one) for one in answers]

    def figure(key: str) -> tuple[float | None, int, bool]:
        """A factor's mean or an option's share, its answered count, and whether withheld."""
        said = [v for one in values if (v := one[key]) is not None]
        hidden = small or len(said) < threshold
        mean = None if hidden or not said else sum(said) / len(said)
        return mean, 0 if small else len(said), hidden

    factors = [FactorResult(factor, *figure(factor.key)) for factor in survey.factors]
    support = [SupportResult(option, *figure(option.key)) for option in survey.support]
    return RoundResult(record, threshold, tuple(factors), tuple(support))


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
        """Scored with an item table not checked against the authors' (SVEST-R)."""
        return not instrument(self.before.round.instrument).settled


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


# ---------------------------------------------------------------- helpers


def _instrument_code(value: SurveyInstrument | str) -> SurveyInstrument:
    try:
        return SurveyInstrument(value) if not isinstance(value, SurveyInstrument) else value
    except ValueError:
        raise InvalidInput("instrument", "The survey is svest_r or svest.") from None


def _unit_id(session: Session, unit: str) -> int | None:
    return session.scalar(select(Department.id).where(Department.name == " ".join(unit.split())))


def _round_of(session: Session, unit_id: int, label: str) -> SurveyRound | None:
    return session.scalar(
        select(SurveyRound).where(
            SurveyRound.department_id == unit_id,
            func.lower(SurveyRound.label) == label.lower(),
        )
    )


def _stored_answers(session: Session, round_id: int) -> list[dict[str, int]]:
    stored = session.scalars(
        select(SurveyResponse.answers)
        .where(SurveyResponse.round_id == round_id)
        .order_by(SurveyResponse.id)
    )
    return [json.loads(text) for text in stored]


def _respondents(session: Session, round_id: int) -> int:
    count = session.scalar(
        select(func.count()).select_from(SurveyResponse).where(SurveyResponse.round_id == round_id)
    )
    return int(count or 0)


def _record(session: Session, row: SurveyRound) -> RoundRecord:
    unit = session.get(Department, row.department_id)
    return RoundRecord(
        row.id,
        unit.name if unit is not None else "",
        row.label,
        row.held_on,
        SurveyInstrument(row.instrument),
        _respondents(session, row.id),
    )
