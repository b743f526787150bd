"""The scoring key each survey is scored with: the one the program entered from the
authors' form, else the program's own item table (core/svest.py).

A key comes in as a small file (item, factor, reverse), the whole key or nothing,
and can be listed back in the same columns. Changing the key re-scores every round
of the survey, so it is refused where that would let a reader solve for a few
respondents: a factor shown in a round before and after the change must be scored
for exactly the same respondents under both keys (a respondent who skipped items
may count under one key and not the other), else the two published means would
differ by those few.
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
from peersupport_desktop.core.svest import Instrument, instrument, score
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
    if row is None:
        return shipped
    return keyed(shipped, [KeyRow(n, factor, bool(r)) for n, factor, r in json.loads(row.items)])


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
        _refuse_rescoring(session, old, new)
        if stored is None:
            stored = SurveyKey(instrument=self.shipped.code, items="", entered_at=now())
            session.add(stored)
            result.added = len(given)
        else:
            result.updated = len(given)
        stored.items = json.dumps([[r.number, r.factor, r.reverse] for r in rows_of(new)])
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


def _refuse_rescoring(session: Session, old: Instrument, new: Instrument) -> None:
    threshold = program_row(session).small_number_threshold
    rounds = session.scalars(select(SurveyRound).where(SurveyRound.instrument == old.code))
    for row in rounds:
        answers = stored_answers(session, row.id)
        if len(answers) < threshold:
            continue  # no figure of the round is shown under either key
        before = [score(old, one) for one in answers]
        after = [score(new, one) for one in answers]
        for factor in old.factors:
            was = {i for i, scores in enumerate(before) if scores[factor.key] is not None}
            now_scored = {i for i, scores in enumerate(after) if scores[factor.key] is not None}
            if len(was) >= threshold and len(now_scored) >= threshold and was != now_scored:
                record = round_record(session, row)
                raise Rescoring(
                    f"The key is unchanged: under it, '{factor.named}' in round "
                    f"'{record.label}' of {record.unit} would be scored for other "
                    "respondents than before (some skipped items), and the two results "
                    "would tell those few apart by their difference."
                )
