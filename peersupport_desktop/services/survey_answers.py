"""A unit survey's answers imported into a round, whole or not at all.

An imported file's columns other than the items (names, e-mails, record numbers,
timestamps) are never read into the vault. Two ways a reader could solve for a small
group by the difference between two published results are closed here:
- a round reported, then grown by a small file, would give that file's few answers:
  once a round has the threshold's respondents, a file added to it must itself bring
  at least the threshold; and once a factor or support option is shown (answered by
  the threshold), a file must add to it no answer or at least the threshold's,
  however many respondents it brings ("shown" by the lowest threshold the program
  ever had, "the threshold" the one it has now);
- responses imported before into any round of the survey (of any unit), brought
  again by a file (an export regrown, cut down, or both; with or without the support
  options) refuse it: into its own round they would count twice, and into another
  the two rounds' results would give the few added or left out. One alike among many
  new people may be someone else answering alike: it is taken, and said. Responses
  are recognised by their item answers (core/response_fingerprints.py), which only
  varied answers make safe to do: straight-lined or sparse ones are alike across
  people and are not compared, so a file of such responses alone, brought again, is
  not caught (the same file twice is, by its digest); nor is a file whose every
  response changed an answer between exports. A file that lost an item's column or
  a page is refused, as its responses could not be recognised.
A round is scored with the key it was first scored with (services/survey_keys.py), so
the small-addition checks run under the one key its results were ever shown under.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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
from peersupport_desktop.core.response_fingerprints import fingerprint
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.svest import Instrument, measures, needed
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
from peersupport_desktop.services.settings import MIN_THRESHOLD, program_row
from peersupport_desktop.services.survey_keys import key_in_use, key_of, round_survey, round_version
from peersupport_desktop.services.unit_surveys import (
    KIND,
    NewRound,
    instrument_code,
    new_round,
    seen_responses,
    stored_answers,
)
from peersupport_desktop.store.models import SurveyResponse, SurveyRound
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class Thresholds:
    now: int  # the program's small-number threshold
    lowest: int  # the lowest it ever was


class AlreadyImported(Sayable, ValueError):
    """The file, or responses it holds, were imported before."""


class SmallAddition(Sayable, ValueError):
    """A small file added to a round already reported would show its few answers."""


class EmptyItem(Sayable, ValueError):
    """No row of a file of several people answers an item: its column is lost."""


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
        lines: list[int] = []  # each answered row's line in the file
        answered: list[dict[str, int]] = []
        blank = 0
        for mapped in rows:
            answers = self._answers(mapped, result)
            if answers is None:
                continue
            if answers:
                lines.append(mapped.line)
                answered.append(answers)
            else:
                blank += 1
        if result.problems:
            return result
        if not answered:
            raise NoAnswers("The file holds no answers to the survey's items.")
        _refuse_an_empty_item(self.survey, answered)
        # The round's own key once it has answers; the newest (kept for good) until then.
        version = round_version(session, row)
        survey = key_of(session, self.survey.code, version)
        stored = stored_answers(session, row.id)
        digest = _digest(survey, answered)
        digests = [d for d in row.file_digests.split(",") if d]
        if digest in digests:
            raise AlreadyImported("This file was already imported into this round.")
        program = program_row(session)
        thresholds = Thresholds(program.small_number_threshold, program.lowest_threshold)
        alike = _refuse_seen(
            seen_responses(session, survey, row.id), survey, answered, lines, thresholds.now
        )
        _refuse_small_addition(survey, stored, answered, thresholds)
        session.add_all(
            SurveyResponse(round_id=row.id, answers=_canonical(answers)) for answers in answered
        )
        row.file_digests = ",".join([*digests, digest])
        row.key_version = version
        self.round_id = row.id
        result.added = len(answered)
        result.ids.append(row.id)
        if blank:
            result.notes.append(f"{counted(blank, 'row')} without any answer left out.")
        result.notes.extend(alike)
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


def _refuse_an_empty_item(survey: Instrument, answered: list[dict[str, int]]) -> None:
    """A file of several people of whom none answered an item of a factor the others'
    items were answered of has lost that item's column (a question re-made in the
    survey tool, a mapping pointing at an empty column), and one answering under half
    the items was cut down (a page exported): either way its responses could not be
    recognised if a file brought them again. A whole factor left out (a form without
    it) is not a lost column."""
    if len(answered) < MIN_THRESHOLD:
        return  # a few people may all have skipped one question
    empty = {item.key for item in survey.items if not any(item.key in one for one in answered)}
    if len(survey.items) - len(empty) < needed(len(survey.items)):
        raise EmptyItem(
            f"The file answers only {len(survey.items) - len(empty)} of the "
            f"{survey.name}'s {len(survey.items)} items: export the whole survey."
        )
    for factor in survey.factors:
        items = survey.items_of(factor.key)
        lost = [item for item in items if item.key in empty]
        if lost and len(lost) < len(items):
            raise EmptyItem(
                f"No row answers item {lost[0].number}: map item {lost[0].number} to the "
                "column that holds its answers, or export the whole survey."
            )


def _refuse_seen(
    seen: Mapping[str, str],
    survey: Instrument,
    answered: list[dict[str, int]],
    lines: list[int],
    threshold: int,
) -> list[str]:
    """Responses imported before into any round of the survey, brought again: a
    regrown export, one cut down or both at once, with or without the support
    options. Into its own round they would count twice; into another, the two rounds'
    results would give the few added or left out by their difference. Refused when
    several match one round, or when the file's other rows are fewer than the
    threshold; one match among many new rows may be two people answering alike, and
    is said in a note (the sentences returned)."""
    found: dict[str, list[int]] = {}
    for line, one in zip(lines, answered, strict=True):
        mark = fingerprint(survey, one)
        if mark is not None and mark in seen:
            found.setdefault(seen[mark], []).append(line)
    matched = sum(len(at) for at in found.values())
    for where, at in found.items():
        if len(at) >= 2 or len(answered) - matched < threshold:
            raise AlreadyImported(
                f"{_lines(at)} {'holds a response' if len(at) == 1 else 'hold responses'} "
                f"imported before, into {where}: the survey tool's export brings them again; "
                "import only the rows not imported before."
            )
    return [
        f"{_lines(at)} answers exactly as a response already in {where}: taken as another "
        "person's, as answers this alike are rare; if it is the same, it is counted twice."
        for where, at in found.items()
    ]


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    more = f" and {len(numbers) - 8} more" if len(numbers) > 8 else ""
    return f"Line{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _refuse_small_addition(
    survey: Instrument,
    stored: list[dict[str, int]],
    answered: list[dict[str, int]],
    thresholds: Thresholds,
) -> None:
    """Once a figure is shown, every later file must move it by at least the
    threshold's answers: the old and new figures with their counts would otherwise
    give the few added answers by the difference. Respondents first (a round
    reported), then each factor and support option shown. Shown means shown under
    the lowest threshold the program ever had (a reader may hold that figure, however
    the threshold was raised since); few means fewer than the threshold now."""
    shown, few = thresholds.lowest, thresholds.now
    wait = f"keep the rows until at least {few} have come in, then import them together."
    if len(stored) >= shown and len(answered) < few:
        raise SmallAddition(
            f"A file added to a round of {len(stored)} respondents (shown under the lowest "
            f"threshold the program has had, {shown}) must bring at least {few}, so the few "
            f"it adds cannot be told apart by the difference: {wait}"
        )
    before = _answered_counts(survey, stored)
    added = _answered_counts(survey, answered)
    for key, name in _measure_names(survey).items():
        if before[key] >= shown and 0 < added[key] < few:
            raise SmallAddition(
                f"{name} is already shown for this round, so a file may add either no answers "
                f"to it or at least {few}, lest the few it adds be told by the difference: "
                f"{wait}"
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
        kind = RoundAnswers(target, key_in_use(vault, instrument_code(target.instrument)))
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
