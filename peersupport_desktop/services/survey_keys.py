"""The scoring key each survey is scored with: the one the program entered from the
authors' form, else the program's own item table (core/svest.py).

A key comes in as a small file (item, factor, reverse), the whole key or nothing,
and can be listed back in the same columns. Changing the key re-scores every round
of the survey, so it is refused where that would let a reader solve for a few
respondents: a factor shown in a round under the new key must be scored for exactly
the same respondents as under every key it was shown under before (the shipped
table, and each key entered since), since a respondent who skipped items may count
under one key and not another, and the two published means would then differ by
those few. Held against every earlier key, not only the last: a key that withheld
the factor in between must not open the way to a third that shows it again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.record_layout import Column, Layout, MappedRow, RowProblem
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.scoring_keys import KeyRow, factor_named, keyed, rows_of
from peersupport_desktop.core.svest import Instrument, instrument, needed
from peersupport_desktop.core.yes_no import NotYesOrNo, folded, yes_or_no
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.settings import program_row
from peersupport_desktop.services.unit_surveys import round_record, stored_answers
from peersupport_desktop.store.models import SurveyKey, SurveyRound
from peersupport_desktop.store.vault import Vault

KIND = "survey_key"  # the saved mappings' kind, and the audit's import.survey_key
REVERSE_MARKS = frozenset({"r", "(r)", "reverse", "reversed", "reverse-scored", "reverse scored"})


class Rescoring(Sayable, ValueError):
    """The new key would score a shown factor for other respondents than the old."""


def held(session: Session, code: SurveyInstrument) -> Instrument:
    """The survey as this vault scores it: with the program's key when it has one."""
    shipped = instrument(code)
    row = session.get(SurveyKey, code)
    return shipped if row is None else keyed(shipped, _rows(json.loads(row.items)))


def _rows(table: list[list[object]]) -> list[KeyRow]:
    return [KeyRow(int(str(n)), str(factor), bool(r)) for n, factor, r in table]


def _table(survey: Instrument) -> list[list[object]]:
    return [[row.number, row.factor, row.reverse] for row in rows_of(survey)]


def _earlier(session: Session, shipped: Instrument) -> list[Instrument]:
    """Every key results may have been shown under: the shipped table, then each key
    the program entered, the one in use last."""
    row = session.get(SurveyKey, shipped.code)
    if row is None:
        return [shipped]
    tables = [*json.loads(row.earlier), json.loads(row.items)]
    return [shipped, *(keyed(shipped, _rows(table)) for table in tables)]


def scoring(vault: Vault, code: SurveyInstrument | str) -> Instrument:
    with vault.reading() as session:
        return held(session, SurveyInstrument(code))


def key_layout(survey: Instrument) -> Layout:
    return Layout(
        KIND,
        f"{survey.name} scoring key",
        (
            Column("item", "Item number", required=True, spellings=("number", "item number")),
            Column("factor", "Factor", required=True, spellings=("dimension", "subscale")),
            Column(
                "reverse",
                "Reverse-worded",
                spellings=("reversed", "reverse scored", "reverse-scored", "r"),
            ),
        ),
    )


def key_listing(vault: Vault, code: SurveyInstrument | str) -> Listing:
    """The key a survey is scored with, in the columns a key file is imported in."""
    survey = scoring(vault, code)
    names = {factor.key: factor.named for factor in survey.factors}
    return Listing(
        f"{survey.name} scoring key",
        ("item", "factor", "reverse"),
        [
            (row.number, names[row.factor], "yes" if row.reverse else "no")
            for row in rows_of(survey)
        ],
    )


class ScoringKey:
    """A RecordKind: a key file's rows become the survey's scoring key, whole."""

    record_name = "survey_key"

    def __init__(self, code: SurveyInstrument | str) -> None:
        self.shipped = instrument(code)
        self.layout = key_layout(self.shipped)

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        read = [self._row(mapped, result) for mapped in rows]
        if result.problems:
            return result
        given = [row for row in read if row is not None]
        new = keyed(self.shipped, given)  # KeyProblem when the key is not whole
        old = held(session, self.shipped.code)
        title = self.shipped.name
        stored = session.get(SurveyKey, self.shipped.code)
        if stored is not None and rows_of(new) == rows_of(old):
            result.unchanged = len(given)
            result.notes.append(f"{title} is already scored with this key.")
            return result
        _refuse_rescoring(session, _earlier(session, self.shipped), new)
        if stored is None:
            stored = SurveyKey(instrument=self.shipped.code, items="", earlier="[]")
            session.add(stored)
            result.added = len(given)
        else:
            stored.earlier = json.dumps([*json.loads(stored.earlier), json.loads(stored.items)])
            result.updated = len(given)
        stored.items = json.dumps(_table(new))
        stored.entered_at = now()
        result.notes.append(f"{title} is now scored with this key.")
        return result

    def _row(self, mapped: MappedRow, result: KindResult) -> KeyRow | None:
        size = len(self.shipped.items)
        number = mapped.get("item")
        if not number.isdigit() or not 1 <= int(number) <= size:
            result.problems.append(
                RowProblem(mapped.line, f"The item is not a number 1 to {size}.")
            )
            return None
        factor = factor_named(self.shipped, mapped.get("factor"))
        if factor is None:
            names = ", ".join(f.named for f in self.shipped.factors)
            result.problems.append(
                RowProblem(
                    mapped.line,
                    f"The factor is none of the {self.shipped.name}'s: {names}.",
                )
            )
            return None
        mark = mapped.get("reverse")
        try:
            reverse = folded(mark) in REVERSE_MARKS or bool(yes_or_no(mark))
        except NotYesOrNo:
            result.problems.append(
                RowProblem(mapped.line, "Reverse-worded is not yes, no, R or blank.")
            )
            return None
        return KeyRow(int(number), factor.key, reverse)


def _refuse_rescoring(session: Session, earlier: list[Instrument], new: Instrument) -> None:
    threshold = program_row(session).small_number_threshold
    rounds = session.scalars(select(SurveyRound).where(SurveyRound.instrument == new.code))
    for row in rounds:
        answers = stored_answers(session, row.id)
        if len(answers) < threshold:
            continue  # no figure of the round is shown under any key
        scored = _scored(new, answers)
        before = [_scored(old, answers) for old in earlier]
        for factor in new.factors:
            now_scored = scored[factor.key]
            if len(now_scored) < threshold:
                continue  # withheld under the new key: nothing to subtract from
            if any(
                len(was[factor.key]) >= threshold and was[factor.key] != now_scored
                for was in before
            ):
                record = round_record(session, row)
                raise Rescoring(
                    f"The key is unchanged: under it, '{factor.named}' in round "
                    f"'{record.label}' of {record.unit} would be scored for other "
                    "respondents than under a key it was shown under before (some "
                    "skipped items), and the two results would tell those few apart "
                    "by their difference."
                )


def _scored(survey: Instrument, answers: list[dict[str, int]]) -> dict[str, set[int]]:
    """Per factor, the respondents (by place in the round) the survey scores on it:
    those who answered enough of its items (svest.needed, as svest.score counts)."""
    scored = {}
    for factor in survey.factors:
        keys = [item.key for item in survey.items_of(factor.key)]
        enough = needed(len(keys))
        scored[factor.key] = {
            i for i, one in enumerate(answers) if sum(key in one for key in keys) >= enough
        }
    return scored
