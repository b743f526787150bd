"""Unit surveys before and after: rounds of SVEST or SVEST-R held in a department.

A round is its unit, label, date and survey, and the scoring key it keeps from its
first answers on (services/survey_keys.py); its answers come in through
services/survey_answers.py and are scored and compared in services/survey_results.py.
Nothing of who answered is kept: each response is its answers alone (item key -> 1..5).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.response_fingerprints import fingerprint
from peersupport_desktop.core.svest import Instrument
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.departments import department_id
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.survey_keys import check_version, key_words
from peersupport_desktop.services.validation import required_text
from peersupport_desktop.store.models import Department, SurveyResponse, SurveyRound
from peersupport_desktop.store.vault import Vault

KIND = "survey"  # the saved mappings' kind, and the audit's import.survey


@dataclass(frozen=True, slots=True)
class RoundRecord:
    id: int
    unit: str
    label: str
    held_on: dt.date
    instrument: SurveyInstrument
    respondents: int
    scored_with: str  # the key, in words (services/survey_keys.key_words)


@dataclass(frozen=True, slots=True)
class NewRound:
    """A round to make, with its first file's answers or alone."""

    unit: str
    label: str
    held_on: dt.date
    instrument: SurveyInstrument | str = SurveyInstrument.SVEST_R
    key_version: int | None = None  # None: the newest key when its first answers come in


def create_round(
    vault: Vault,
    *,
    unit: str,
    label: str,
    held_on: dt.date,
    instrument: SurveyInstrument | str = SurveyInstrument.SVEST_R,
    key_version: int | None = None,
) -> RoundRecord:
    """A new round of the unit (the department, created if new), scored with key
    ``key_version`` (None: the newest when its first answers come in)."""
    spec = NewRound(unit, label, held_on, instrument, key_version)
    with vault.transaction() as session:
        return round_record(session, new_round(session, spec))


def new_round(session: Session, spec: NewRound) -> SurveyRound:
    code = instrument_code(spec.instrument)
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
        key_version=None
        if spec.key_version is None
        else check_version(session, code, spec.key_version),
    )
    session.add(row)
    session.flush()
    audit.record(session, "import.survey_round", "survey_round", row.id)
    return row


def find_round(vault: Vault, unit: str, label: str) -> RoundRecord | None:
    with vault.reading() as session:
        unit_id = _unit_id(session, unit)
        row = None if unit_id is None else _round_of(session, unit_id, " ".join(label.split()))
        return None if row is None else round_record(session, row)


def get_round(vault: Vault, round_id: int) -> RoundRecord:
    with vault.reading() as session:
        row = session.get(SurveyRound, round_id)
        if row is None:
            raise InvalidInput("round", "That survey round is no longer in the vault.")
        return round_record(session, row)


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
        return [round_record(session, row) for row in session.scalars(query)]


def rounds_listing(vault: Vault) -> Listing:
    """The rounds for the command line and spreadsheets: no answers, only counts."""
    return Listing(
        "Survey rounds",
        ("unit", "label", "held_on", "instrument", "respondents", "scored_with"),
        [
            (r.unit, r.label, r.held_on, r.instrument.value, r.respondents, r.scored_with)
            for r in rounds(vault)
        ],
    )


def instrument_code(value: SurveyInstrument | str) -> SurveyInstrument:
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


def stored_answers(session: Session, round_id: int) -> list[dict[str, int]]:
    stored = session.scalars(
        select(SurveyResponse.answers)
        .where(SurveyResponse.round_id == round_id)
        .order_by(SurveyResponse.id)
    )
    return [json.loads(text) for text in stored]


def seen_responses(session: Session, survey: Instrument, round_id: int) -> dict[str, str]:
    """Every response of the survey's rounds that can be recognised again (its
    fingerprint), with where it is: "this round", or "round 'Spring' of NICU"."""
    stored = session.execute(
        select(SurveyRound.id, SurveyRound.label, Department.name, SurveyResponse.answers)
        .join(SurveyRound, SurveyRound.id == SurveyResponse.round_id)
        .join(Department, Department.id == SurveyRound.department_id)
        .where(SurveyRound.instrument == survey.code)
    )
    seen: dict[str, str] = {}
    for found_id, label, unit, text in stored:
        mark = fingerprint(survey, json.loads(text))
        if mark is not None and found_id == round_id:
            seen[mark] = "this round"  # said first: the same round counts them twice
        elif mark is not None:
            seen.setdefault(mark, f"round '{label}' of {unit}")
    return seen


def _respondents(session: Session, round_id: int) -> int:
    count = session.scalar(
        select(func.count()).select_from(SurveyResponse).where(SurveyResponse.round_id == round_id)
    )
    return int(count or 0)


def round_record(session: Session, row: SurveyRound) -> RoundRecord:
    unit = session.get(Department, row.department_id)
    return RoundRecord(
        row.id,
        unit.name if unit is not None else "",
        row.label,
        row.held_on,
        SurveyInstrument(row.instrument),
        _respondents(session, row.id),
        key_words(session, row),
    )
