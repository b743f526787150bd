"""Encounters supporters report on the survey tool's form (case code, date, minutes, how
they met, tier, whether a follow-up is needed, whether it was hard; never a name nor
what was said): imported whole or not at all, attached to their case by its code,
and waiting on Today until the coordinator confirms each as a contact or dismisses it.

Confirming goes through the contacts service, so the case's status, its outreach
and the figures move exactly as for a contact the coordinator logs by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.check_ins import CheckIn
from peersupport_desktop.core.codes import CaseStatus, ContactKind, ContactMode, EncounterState
from peersupport_desktop.core.encounter_rows import LAYOUT, EncounterRow, RowReading, read_row
from peersupport_desktop.core.record_layout import Layout, MappedRow, RowProblem
from peersupport_desktop.core.supporter_lookup import Missing, SupporterLookup
from peersupport_desktop.services import audit, contacts
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.store.models import Case, Contact, ReportedEncounter, Supporter
from peersupport_desktop.store.vault import Vault

BATCH = 500  # references (or keys) asked for at once: well under SQLite's 32,766 variables
# The form gives a day, not a time: the contact is put at noon, inside anyone's working
# day, so it falls on its own day in every list and count; never before the referral
# (the contacts service refuses that) nor after now (nor a contact in the future).
REPORTED_TIME = dt.time(12, 0)


@dataclass(frozen=True, slots=True)
class EncounterRecord:
    id: int
    case_id: int
    case_reference: str
    case_tier: int  # the case's tier now, beside the one the supporter reported
    occurred_on: dt.date
    minutes: int
    mode: ContactMode
    tier: int | None
    follow_up_needed: bool
    intense: bool
    supporter_id: int | None
    supporter_name: str | None
    state: EncounterState
    contact_id: int | None

    @property
    def tier_differs(self) -> bool:
        return self.tier is not None and self.tier != self.case_tier


@dataclass(frozen=True, slots=True)
class _CaseFacts:
    id: int
    status: CaseStatus
    referred_on: dt.date
    deidentified: bool
    supporter_id: int | None


class EncounterKind:
    """The record kind the watch folder and `import-encounters` take."""

    layout: Layout = LAYOUT
    record_name = "reported_encounter"

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        read: list[EncounterRow] = []
        today = now().date()
        for mapped in rows:
            try:
                read.append(read_row(mapped, today))
            except RowReading as unreadable:
                result.problems.append(RowProblem(mapped.line, str(unreadable)))
        cases = _cases(session, {row.reference for row in read})
        people = _Supporters(session)
        keyed: list[tuple[EncounterRow, _CaseFacts, int | None, tuple[str, ...]]] = []
        for row in read:
            case = cases.get(row.reference)
            if case is None:
                result.problems.append(RowProblem(row.line, "No case has this case code."))
                continue
            named: int | None = None
            if row.supporter:
                named, problem = people.find(row.supporter)
                if problem is not None:
                    result.problems.append(RowProblem(row.line, problem))
                    continue
            # The case's own supporter named, or left blank, says the same: either
            # finds the row (a listing, which names every supporter, imported again
            # adds nothing); it is stored under what the row says.
            keys: tuple[str, ...] = (row.key(named),)
            if named is None and case.supporter_id is not None:
                keys += (row.key(case.supporter_id),)
            elif named is not None and named == case.supporter_id:
                keys += (row.key(None),)
            keyed.append((row, case, named, keys))
        known = _known_keys(session, [key for *_, keys in keyed for key in keys])
        added: list[dict[str, object]] = []
        received = now()
        for row, case, named, keys in keyed:
            if not known.isdisjoint(keys):  # imported before, or earlier in this file
                result.unchanged += 1
                continue
            problem = _refusal(row, case)
            if problem is not None:
                result.problems.append(RowProblem(row.line, problem))
                continue
            known.add(keys[0])
            added.append(
                {
                    "case_id": case.id,
                    "supporter_id": named if named is not None else case.supporter_id,
                    "occurred_on": row.occurred_on,
                    "minutes": row.minutes,
                    "mode": row.mode,
                    "tier": row.tier,
                    "follow_up_needed": row.follow_up_needed,
                    "intense": row.intense,
                    "state": EncounterState.WAITING,
                    "row_key": keys[0],
                    "received_at": received,
                }
            )
        if result.problems:
            return result  # the caller undoes everything: no need to store
        if added:
            # Core's executemany with RETURNING: 5,000 rows through the ORM's unit of
            # work took about a second of a 1.5-second import.
            stored = insert(ReportedEncounter).returning(ReportedEncounter.id)
            result.ids = list(session.connection().execute(stored, added).scalars())
        result.added = len(added)
        if added:
            result.notes.append("They await confirmation on Today.")
        return result


KIND = EncounterKind()


def waiting(vault: Vault) -> list[EncounterRecord]:
    """The encounters awaiting the coordinator, oldest first."""
    return encounters(vault, only_waiting=True)


def encounters(vault: Vault, *, only_waiting: bool = False) -> list[EncounterRecord]:
    query = (
        select(ReportedEncounter, Case.reference, Case.tier, Supporter.name)
        .join(Case, Case.id == ReportedEncounter.case_id)
        .outerjoin(Supporter, Supporter.id == ReportedEncounter.supporter_id)
        .order_by(ReportedEncounter.occurred_on, ReportedEncounter.id)
    )
    if only_waiting:
        query = query.where(ReportedEncounter.state == EncounterState.WAITING)
    with vault.reading() as session:
        return [_record(*found) for found in session.execute(query)]


def confirm(vault: Vault, encounter_id: int) -> contacts.ContactRecord:
    """The encounter becomes a contact of its case, logged as the coordinator logs one.

    The first conversation with the person is a conversation, a later one a follow-up.
    A follow-up the supporter asked for schedules the case's next check-in as the
    contact dialog's "Check in again" does (a week on). A tier the supporter reported
    that differs from the case's is left for the coordinator to move: moving a tier
    notes why and changes the supporter's load and the figures, so it is their
    decision, which the Today row puts in front of them.
    """
    with vault.transaction() as session:
        encounter = _waiting_one(session, encounter_id)
        case = session.get(Case, encounter.case_id)
        assert case is not None  # the foreign key cascades
        when = _occurred_at(encounter.occurred_on, case.referred_at)
        kind = (
            ContactKind.FOLLOW_UP
            if _conversed(session, case.id, when)
            else (ContactKind.CONVERSATION)
        )
        contact = contacts.log_contact_in(
            session,
            case.id,
            contacts.ContactInput(
                kind=kind,
                mode=encounter.mode,
                occurred_at=when,
                duration_minutes=encounter.minutes,
                supporter_id=encounter.supporter_id,
                intense=encounter.intense,
            ),
            check_in=CheckIn.WEEK if encounter.follow_up_needed else CheckIn.NONE,
        )
        encounter.state = EncounterState.CONFIRMED
        encounter.contact_id = contact.id
        audit.record(session, "encounter.confirm", "reported_encounter", encounter.id)
        return contact


def dismiss(vault: Vault, encounter_id: int) -> None:
    """Not a contact (reported by mistake, or already logged): kept, so the same row
    imported again stays dismissed."""
    with vault.transaction() as session:
        encounter = _waiting_one(session, encounter_id)
        encounter.state = EncounterState.DISMISSED
        audit.record(session, "encounter.dismiss", "reported_encounter", encounter.id)


def listing(vault: Vault, *, only_waiting: bool = False) -> Listing:
    """For the command line and a spreadsheet: the import's columns, and what became of each."""
    return Listing(
        "Reported encounters",
        (
            "id", "case_code", "occurred_on", "minutes", "mode", "tier", "follow_up_needed",
            "intense", "supporter", "state", "contact_id", "case_tier",
        ),
        [
            (
                r.id, r.case_reference, r.occurred_on, r.minutes, r.mode.value, r.tier,
                r.follow_up_needed, r.intense, r.supporter_name, r.state.value, r.contact_id,
                r.case_tier,
            )
            for r in encounters(vault, only_waiting=only_waiting)
        ],
    )  # fmt: skip


def _occurred_at(day: dt.date, referred_at: dt.datetime) -> dt.datetime:
    moment = max(dt.datetime.combine(day, REPORTED_TIME), referred_at)
    return min(moment, now()).replace(microsecond=0)


def _conversed(session: Session, case_id: int, before: dt.datetime) -> bool:
    found = session.scalar(
        select(Contact.id)
        .where(
            Contact.case_id == case_id,
            Contact.kind == ContactKind.CONVERSATION,
            Contact.occurred_at <= before,
        )
        .limit(1)
    )
    return found is not None


def _waiting_one(session: Session, encounter_id: int) -> ReportedEncounter:
    encounter = session.get(ReportedEncounter, encounter_id)
    if encounter is None:
        raise NotFound("reported encounter", encounter_id)
    if encounter.state is not EncounterState.WAITING:
        raise InvalidInput("state", f"That encounter was already {encounter.state.label.lower()}.")
    return encounter


def _record(
    row: ReportedEncounter, reference: str, case_tier: int, supporter: str | None
) -> EncounterRecord:
    return EncounterRecord(
        id=row.id,
        case_id=row.case_id,
        case_reference=reference,
        case_tier=case_tier,
        occurred_on=row.occurred_on,
        minutes=row.minutes,
        mode=row.mode,
        tier=row.tier,
        follow_up_needed=row.follow_up_needed,
        intense=row.intense,
        supporter_id=row.supporter_id,
        supporter_name=supporter,
        state=row.state,
        contact_id=row.contact_id,
    )


def _refusal(row: EncounterRow, case: _CaseFacts) -> str | None:
    if case.deidentified:
        return "The case was de-identified: it takes no more encounters."
    if case.status is CaseStatus.CLOSED:
        return "The case is closed: reopen it to add an encounter."
    if row.occurred_on < case.referred_on:
        return "The date of the encounter comes before the case's referral."
    return None


def _batches(values: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _cases(session: Session, references: set[str]) -> dict[str, _CaseFacts]:
    """The cases named, by reference, asked for a batch at a time (the reference's
    unique index answers each batch)."""
    found: dict[str, _CaseFacts] = {}
    for batch in _batches(sorted(references)):
        query = select(
            Case.reference,
            Case.id,
            Case.status,
            Case.referred_at,
            Case.deidentified_at,
            Case.supporter_id,
        ).where(Case.reference.in_(batch))
        for (
            reference,
            case_id,
            status,
            referred_at,
            deidentified_at,
            supporter_id,
        ) in session.execute(query):
            found[reference] = _CaseFacts(
                case_id, status, referred_at.date(), deidentified_at is not None, supporter_id
            )
    return found


def _known_keys(session: Session, keys: Sequence[str]) -> set[str]:
    known: set[str] = set()
    for batch in _batches(set(keys)):
        query = select(ReportedEncounter.row_key).where(ReportedEncounter.row_key.in_(batch))
        known.update(session.scalars(query))
    return known


class _Supporters:
    """The roster (at most a few hundred), found by e-mail or by name (core/supporter_lookup)."""

    def __init__(self, session: Session) -> None:
        self.lookup = SupporterLookup(
            (email, name, supporter_id)
            for supporter_id, name, email in session.execute(
                select(Supporter.id, Supporter.name, Supporter.email)
            )
        )

    def find(self, given: str) -> tuple[int | None, str | None]:
        """The supporter's id, or why none (one sentence, never the name)."""
        if "@" in given:
            found = self.lookup.by_email(given)
            return (
                (found, None)
                if found is not None
                else (None, "No supporter has this e-mail address.")
            )
        named = self.lookup.find(given)
        if named is Missing.SHARED:
            return None, "Two supporters have this name: give the supporter's e-mail instead."
        if named is Missing.NOBODY:
            return None, "No supporter has this name or e-mail address."
        return named, None
