"""The scoring keys surveys are scored with: the program's own item table
(core/svest.py), or a key the program entered from the authors' form.

Keys are numbered per survey (0: the program's own table). The newest scores every
round whose answers come in after it, and a round keeps the key it was first scored
with for good: a result once shown is never re-scored. Re-scoring the same answers
under another key would hand a reader two results of the same people to subtract (a
respondent who skipped items counted under one key and not the other, a reverse
mark corrected on an item one person answered). Rounds scored with different keys
are not compared (services/survey_results.py): their factors are not the same items.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.record_layout import Column, Layout, MappedRow, RowProblem
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.scoring_keys import KeyRow, factor_named, keyed, rows_of
from peersupport_desktop.core.svest import Instrument, instrument
from peersupport_desktop.core.yes_no import NotYesOrNo, folded, yes_or_no
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.store.models import SurveyKey, SurveyRound
from peersupport_desktop.store.vault import Vault

KIND = "survey_key"  # the saved mappings' kind, and the audit's import.survey_key
OWN_TABLE = 0  # the version that is the program's own item table
REVERSE_MARKS = frozenset({"r", "(r)", "reverse", "reversed", "reverse-scored", "reverse scored"})


class OwnTable(Sayable, ValueError):
    """The key given is the program's own provisional table, not the authors'."""


def newest_version(session: Session, code: SurveyInstrument) -> int:
    version = session.scalar(
        select(func.max(SurveyKey.version)).where(SurveyKey.instrument == code)
    )
    return int(version or OWN_TABLE)


def _entered(session: Session, code: SurveyInstrument, version: int) -> SurveyKey:
    row = session.scalar(
        select(SurveyKey).where(SurveyKey.instrument == code, SurveyKey.version == version)
    )
    if row is None:  # a round names a key the vault does not hold: never written so
        raise LookupError(f"scoring key {version} of {code.value} is missing")
    return row


def key_of(session: Session, code: SurveyInstrument, version: int) -> Instrument:
    """The survey as key ``version`` scores it."""
    shipped = instrument(code)
    if version == OWN_TABLE:
        return shipped
    table = json.loads(_entered(session, code, version).items)
    return keyed(shipped, [KeyRow(int(n), str(factor), bool(r)) for n, factor, r in table])


def round_version(session: Session, row: SurveyRound) -> int:
    """The key a round is scored with: its own once it has answers, else the newest."""
    if row.key_version is not None:
        return row.key_version
    return newest_version(session, SurveyInstrument(row.instrument))


def round_survey(session: Session, row: SurveyRound) -> Instrument:
    return key_of(session, SurveyInstrument(row.instrument), round_version(session, row))


def key_words(session: Session, row: SurveyRound) -> str:
    """Which key a round is scored with, in words."""
    code = SurveyInstrument(row.instrument)
    return version_words(session, code, round_version(session, row))


def version_words(session: Session, code: SurveyInstrument, version: int) -> str:
    """ "the program's own table (provisional)", "key 2, entered 2026-12-03"."""
    if version == OWN_TABLE:
        settled = instrument(code).settled
        return "the program's own table" + ("" if settled else " (provisional)")
    entered = _entered(session, code, version).entered_at.date().isoformat()
    return f"key {version}, entered {entered}"


def key_choices(vault: Vault, code: SurveyInstrument | str) -> list[tuple[int, str]]:
    """Every key a new round of the survey may be scored with, newest first, in words:
    a unit's next round made for its earlier rounds' key stays comparable with them."""
    found = SurveyInstrument(code)
    with vault.reading() as session:
        newest = newest_version(session, found)
        return [(v, version_words(session, found, v)) for v in range(newest, OWN_TABLE - 1, -1)]


def check_version(session: Session, code: SurveyInstrument, version: int) -> int:
    """``version`` when the survey has such a key, else InvalidInput."""
    if not OWN_TABLE <= version <= newest_version(session, code):
        raise InvalidInput(
            "key", "The survey has no such key: 0 is the program's own table, then 1, 2, …"
        )
    return version


def key_layout(survey: Instrument) -> Layout:
    return Layout(
        KIND,
        f"{survey.name} scoring key",
        (
            Column("item", "Item number", required=True, spellings=("number", "item number")),
            Column("factor", "Factor", required=True, spellings=("dimension", "subscale")),
            # Required: a key read without it would score every item forward, silently.
            Column(
                "reverse",
                "Reverse-worded",
                required=True,
                spellings=("reversed", "reverse scored", "reverse-scored", "r"),
            ),
        ),
    )


def key_in_use(
    vault: Vault, code: SurveyInstrument | str, version: int | None = None
) -> Instrument:
    """The survey as key ``version`` scores it; the newest when None (what rounds
    answered from now on get)."""
    found = SurveyInstrument(code)
    with vault.reading() as session:
        wanted = newest_version(session, found) if version is None else version
        return key_of(session, found, check_version(session, found, wanted))


def key_listing(vault: Vault, code: SurveyInstrument | str, version: int | None = None) -> Listing:
    """Key ``version`` (the newest when None), in the columns a key file is imported in."""
    return listing_of(key_in_use(vault, code, version))


def listing_of(survey: Instrument) -> Listing:
    names = {factor.key: factor.named for factor in survey.factors}
    return Listing(
        key_layout(survey).title,
        ("item", "factor", "reverse"),
        [
            (row.number, names[row.factor], "yes" if row.reverse else "no")
            for row in rows_of(survey)
        ],
    )


class ScoringKey:
    """A RecordKind: a key file's rows become the survey's newest key, whole."""

    record_name = "survey_key"

    def __init__(self, code: SurveyInstrument | str) -> None:
        self.shipped = instrument(code)
        self.layout = key_layout(self.shipped)

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        read = [self._row(mapped, result) for mapped in rows]
        if result.problems:
            return result
        new = keyed(self.shipped, [row for row in read if row is not None])  # or KeyProblem
        code, name = self.shipped.code, self.shipped.name
        if not self.shipped.settled and rows_of(new) == rows_of(self.shipped):
            raise OwnTable(
                f"This is the program's own provisional {name} table, not the authors' key: "
                "enter the key printed with the authors' form."
            )
        version = newest_version(session, code)
        if rows_of(new) == rows_of(key_of(session, code, version)):
            result.unchanged = len(read)
            result.notes.append(f"{name} is already scored with this key.")
            return result
        stored = SurveyKey(
            instrument=code,
            version=version + 1,
            items=json.dumps([[r.number, r.factor, r.reverse] for r in rows_of(new)]),
            entered_at=now(),
        )
        session.add(stored)
        session.flush()
        result.added = len(read)
        result.ids.append(stored.id)
        result.notes.append(_kept(session, code, name))
        return result

    def _row(self, mapped: MappedRow, result: KindResult) -> KeyRow | None:
        size = len(self.shipped.items)
        number = _item_number(mapped.get("item"), size)
        if number is None:
            result.problems.append(
                RowProblem(mapped.line, f"The item is not a number 1 to {size}.")
            )
            return None
        factor = factor_named(self.shipped, mapped.get("factor"))
        if factor is None:
            names = ", ".join(f.named for f in self.shipped.factors)
            result.problems.append(
                RowProblem(
                    mapped.line, f"The factor is none of the {self.shipped.name}'s: {names}."
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
        return KeyRow(number, factor.key, reverse)


def _item_number(text: str, size: int) -> int | None:
    """1 to ``size`` as a spreadsheet writes it ("7", "7.0"); None for anything else."""
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value) or value != int(value) or not 1 <= value <= size:
        return None
    return int(value)


def _kept(session: Session, code: SurveyInstrument, name: str) -> str:
    """What the new key scores, and which rounds keep theirs."""
    kept = session.scalar(
        select(func.count())
        .select_from(SurveyRound)
        .where(SurveyRound.instrument == code, SurveyRound.key_version.is_not(None))
    )
    said = f"{name} rounds are scored with this key from their first answers on"
    if not kept:
        return said + "."
    keeps = "keeps the key it was" if kept == 1 else "keep the key they were"
    return f"{said}; {counted(int(kept), 'round')} already holding answers {keeps} scored with."
