"""A unit survey's answers imported into a round, whole or not at all.

An imported file's columns other than the items (names, e-mails, record numbers,
timestamps) are never read into the vault. Two ways a reader could solve for a small
group by the difference between two published results are closed here:
- a round reported, then grown by a small file, would give that file's few answers:
  once a round has the threshold's respondents, a file added to it must itself bring
  at least the threshold; and once a factor or support option is shown (answered by
  the threshold), a file must add to it no answer or at least the threshold's,
  however many respondents it brings;
- a survey tool's export grown since the last import (every stored answer and more)
  is refused: added whole, its earlier respondents would be counted twice;
- so is a file that holds the answers of one file imported before into any round of
  the survey (of any unit), in another order, with more, or only some of them (the
  same export regrown, or filtered otherwise): its totals less the earlier file's,
  each known from the results published, would give the few it adds or leaves out.
  Answers are compared as multisets, in any order.
A round is scored with the key it was first scored with (services/survey_keys.py), so
the small-addition checks run under the one key its results were ever shown under.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

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
from peersupport_desktop.core.svest import Instrument, measures
from peersupport_desktop.core.svest import answer as read_answer
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_files import read_record_file
from peersupport_desktop.services.record_import import (
    KindResult,
    RecordImport,
    import_table,
    recognise,
    saved_mapping,
)
from peersupport_desktop.services.settings import program_row
from peersupport_desktop.services.survey_keys import key_of, round_survey, round_version, scoring
from peersupport_desktop.services.unit_surveys import (
    KIND,
    ImportedFile,
    NewRound,
    imported_files,
    instrument_code,
    new_round,
    stored_answers,
)
from peersupport_desktop.store.models import SurveyResponse, SurveyRound
from peersupport_desktop.store.vault import Vault


class AlreadyImported(Sayable, ValueError):
    """The same answers were imported into this round before."""


class SmallAddition(Sayable, ValueError):
    """A small file added to a round already reported would show its few answers."""


class NoAnswers(Sayable, ValueError):
    """The file holds no answered item at all."""


def _spellings(survey_code: str, number: int, *, support: int | None = None) -> tuple[str, ...]:
    """The names survey tools give the column of the form's ``number``th question."""
    names = [f"svest_{number}", f"svest{number}", f"q{number}", f"item {number}"]
    names += [f"question {number}", f"svest_{number:02d}", f"q{number:02d}"]
    if survey_code == SurveyInstrument.SVEST_R.value:
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
            row: SurveyRound | None = new_round(session, self.target)
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
        # The round's own key once it has answers; the newest (kept for good) until then.
        version = round_version(session, row)
        survey = key_of(session, self.survey.code, version)
        stored = stored_answers(session, row.id)
        digest = _digest(survey, answered)
        digests = [d for d in row.file_digests.split(",") if d]
        if digest in digests:
            raise AlreadyImported("This file was already imported into this round.")
        _refuse_cumulative(stored, answered)
        _refuse_overlap(imported_files(session, survey.code), answered, row.id)
        _refuse_small_addition(
            survey, stored, answered, program_row(session).small_number_threshold
        )
        batch = len(digests) + 1
        session.add_all(
            SurveyResponse(round_id=row.id, answers=_canonical(answers), batch=batch)
            for answers in answered
        )
        row.file_digests = ",".join([*digests, digest])
        row.key_version = version
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
            "This file holds every answer already in this round and more: import only the new rows."
        )


def _refuse_overlap(
    files: list[ImportedFile], answered: list[dict[str, int]], round_id: int
) -> None:
    """A file imported before into any round of the survey, again: the same answers in
    another order, the same and more, or only some of them. Into another round (of any
    unit) it would publish the same people twice, and the two results would give the
    few it adds or leaves out."""
    new = Counter(_canonical(answers) for answers in answered)
    for earlier in files:
        where = "this round" if earlier.round_id == round_id else earlier.where
        had = Counter(_canonical(answers) for answers in earlier.answers)
        if had == new:
            raise AlreadyImported(f"This file was already imported into {where}.")
        if had < new:
            raise AlreadyImported(
                f"This file holds every answer of a file already imported into {where} "
                "and more: import only the new rows."
            )
        if new < had:
            raise AlreadyImported(
                f"This file holds only answers of a file already imported into {where}, "
                "which are counted already."
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


def _answered_counts(survey: Instrument, answers: list[dict[str, int]]) -> Counter[str]:
    counts: Counter[str] = Counter({key: 0 for key in _measure_names(survey)})
    for one in answers:
        counts.update(key for key, value in measures(survey, one).items() if value is not None)
    return counts


def round_kind(vault: Vault, round_id: int) -> RoundAnswers:
    """The kind a file for this round is imported as (built per call), with the key the
    round is scored with."""
    with vault.reading() as session:
        row = session.get(SurveyRound, round_id)
        if row is None:
            raise InvalidInput("round", "That survey round is no longer in the vault.")
        return RoundAnswers(round_id, round_survey(session, row))


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
        kind = RoundAnswers(target, scoring(vault, instrument_code(target.instrument)))
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
