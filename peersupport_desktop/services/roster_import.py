"""The supporter roster as a file: imported from the program's spreadsheet (50 to 700
trained supporters), and listed in the same columns, so a roster written out imports
back unchanged.

A row is matched to a supporter already on the roster by e-mail address (any letter
case), else by name (case, accents and spacing aside); a matched row changes only the
fields it fills in, and a row saying what is stored already changes nothing. A row
for a new supporter needs a role; one for a known supporter may leave it empty. Each
value is checked by the supporters' own rules (services/supporters.py), the same as
the form's. Refused rather than guessed: the same person twice in the file, a name two
supporters share with no e-mail to tell them apart, a known name with another e-mail
address, and dates whose day and month could be either way round.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import LabelledCode, Role, SupporterStatus
from peersupport_desktop.core.languages import language_code, language_name
from peersupport_desktop.core.record_layout import Column, Layout, MappedRow, RowProblem
from peersupport_desktop.core.role_words import role_of
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.spreadsheet_dates import spreadsheet_date
from peersupport_desktop.core.supporter_lookup import SupporterLookup, folded_name
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.departments import department_id, department_name
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_import import KindResult
from peersupport_desktop.services.record_listing import Listing
from peersupport_desktop.services.supporters import SupporterInput, fill_supporter
from peersupport_desktop.services.validation import optional_email
from peersupport_desktop.store.models import Department, Supporter
from peersupport_desktop.store.vault import Vault

LAYOUT = Layout(
    "supporters",
    "Supporter roster",
    (
        Column(
            "name",
            "Name",
            required=True,
            spellings=(
                "full name",
                "supporter",
                "supporter name",
                "staff name",
                "staff member",
                "employee name",
            ),
        ),
        Column("email", "E-mail", spellings=("email address", "work email", "mail")),
        Column("phone", "Phone", spellings=("telephone", "phone number", "mobile", "pager")),
        # Not required of the file: rows for supporters already on the roster may leave
        # it out; a new supporter's row without one is refused.
        Column(
            "role",
            "Role (for new supporters)",
            spellings=("role", "job", "position", "profession", "discipline", "job title"),
        ),
        Column("department", "Department", spellings=("dept", "unit", "service")),
        Column("specialty", "Specialty", spellings=("speciality", "specialisation")),
        Column("languages", "Languages", spellings=("language", "languages spoken")),
        Column(
            "training_date",
            "Training date",
            spellings=("trained", "trained on", "date trained", "training completed"),
        ),
        Column(
            "refresher_due",
            "Refresher due",
            spellings=("refresher", "next refresher", "refresher date"),
        ),
        Column("status", "Status", spellings=("state", "active")),
        Column("capacity", "Capacity", spellings=("max cases", "caseload", "case limit")),
    ),
)

C = TypeVar("C", bound=LabelledCode)
_LANGUAGE_SEPARATORS = re.compile(r"[,;/]")


class _Refused(Sayable, ValueError):
    """A row that cannot be taken; the sentence never quotes its cells."""


@dataclass(frozen=True, slots=True)
class _Read:
    """What one row says; None where the cell is empty (stored value kept, or default)."""

    line: int
    name: str
    email: str | None
    phone: str | None
    role: Role | None
    department: str | None
    specialty: str | None
    languages: tuple[str, ...] | None  # codes
    training_date: dt.date | None
    refresher_due: dt.date | None
    status: SupporterStatus | None
    capacity: int | None


class RosterKind:
    layout = LAYOUT
    record_name = "supporter"

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        return _Roster(session).apply(rows)


KIND = RosterKind()


class _Roster:
    """The roster as it stands, and the rows of one file against it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        people = list(session.scalars(select(Supporter)))
        self.lookup = SupporterLookup((p.email, p.name, p) for p in people)
        # A department written in another letter case is the one on file, not a new one.
        self.departments = {
            name.casefold(): name for name in session.scalars(select(Department.name))
        }
        self.seen_people: dict[int, int] = {}  # supporter id -> the file's line
        self.seen_emails: dict[str, int] = {}
        # New supporters by name: each one's line and e-mail address.
        self.seen_new: dict[str, list[tuple[int, str | None]]] = defaultdict(list)

    def apply(self, rows: Sequence[MappedRow]) -> KindResult:
        result = KindResult()
        added: list[Supporter] = []
        # The rules' department look-up would otherwise write every row changed so far
        # before each query: 700 rows took 2.5 s, most of it there. Written once below.
        with self.session.no_autoflush:
            for row in rows:
                try:
                    read = _read(row)
                    person = self._match(read)
                    self._once(read, person)
                    if person is None:
                        added.append(self._add(read))
                    elif self._update(person, read):
                        result.ids.append(person.id)
                        result.updated += 1
                    else:
                        result.unchanged += 1
                except Sayable as problem:  # one sentence, never quoting a cell
                    result.problems.append(RowProblem(row.line, str(problem)))
        if not result.problems:
            self.session.flush()
            result.ids.extend(person.id for person in added)
            result.added = len(added)
        return result

    def _match(self, read: _Read) -> Supporter | None:
        by_email = self.lookup.by_email(read.email) if read.email is not None else None
        if by_email is not None:
            return by_email
        named = self.lookup.by_name(read.name)
        if len(named) > 1:
            raise _Refused(
                "Two or more supporters on the roster have this name: give the row the "
                "e-mail address of the one it is."
            )
        if not named:
            return None
        person = named[0]
        if read.email is not None and person.email:
            raise _Refused(
                "A supporter of this name is on the roster with another e-mail address: "
                "correct the row, or change the address on the Supporters page first."
            )
        return person

    def _once(self, read: _Read, person: Supporter | None) -> None:
        """The same person twice in one file is a mistake to mend, not to pick from."""
        earlier = self.seen_emails.get(read.email) if read.email else None
        if earlier is None and person is not None:
            earlier = self.seen_people.get(person.id)
        if earlier is None and person is None:
            # Two new people of one name are two only when their addresses say so.
            for line, email in self.seen_new.get(folded_name(read.name), []):
                if email is None or read.email is None:
                    earlier = line
                    break
        if earlier is not None:
            raise _Refused(f"The same person is on line {earlier}: list each person once.")
        if read.email:
            self.seen_emails[read.email] = read.line
        if person is not None:
            self.seen_people[person.id] = read.line
        else:
            self.seen_new[folded_name(read.name)].append((read.line, read.email))

    def _department(self, read: _Read) -> str | None:
        if read.department is None:
            return None
        name = self.departments.get(" ".join(read.department.split()).casefold())
        if name is None:  # new: not printed in publications until the coordinator says so
            department_id(self.session, read.department, named=False)
            name = " ".join(read.department.split())
            self.departments[name.casefold()] = name
        return name

    def _add(self, read: _Read) -> Supporter:
        if read.role is None:
            raise _Refused("A new supporter needs a role: fill in the role column.")
        data = SupporterInput(
            name=read.name,
            role=read.role,
            department=self._department(read),
            specialty=read.specialty,
            email=read.email,
            phone=read.phone,
            languages=read.languages or (),
            training_date=read.training_date,
            refresher_due=read.refresher_due,
            capacity=read.capacity,
        )
        person = Supporter(status=read.status or SupporterStatus.ACTIVE, created_at=now())
        fill_supporter(self.session, person, data)
        self.session.add(person)
        return person

    def _update(self, person: Supporter, read: _Read) -> bool:
        """Fill in what the row gives; True if the supporter changed."""
        before = _state(person)
        stored = tuple(code for code in person.languages.split(",") if code)
        languages = stored
        if read.languages is not None and set(read.languages) != set(stored):
            languages = read.languages
        # The name as stored, unless the row spells another (not merely in other case).
        name = person.name if folded_name(read.name) == folded_name(person.name) else read.name
        data = SupporterInput(
            name=name,
            role=read.role or person.role,
            department=self._department(read)
            or department_name(self.session, person.department_id),
            specialty=read.specialty or person.specialty,
            email=read.email or person.email,
            phone=read.phone or person.phone,
            languages=languages,
            training_date=read.training_date or person.training_date,
            refresher_due=read.refresher_due or person.refresher_due,
            capacity=read.capacity if read.capacity is not None else person.capacity,
            clinician_id=person.clinician_id,
        )
        fill_supporter(self.session, person, data)
        if read.status is not None:
            person.status = read.status
        return _state(person) != before


def _read(row: MappedRow) -> _Read:
    name = " ".join(row.get("name").split())
    if not name:
        raise _Refused("The name is empty: every row names its supporter.")
    return _Read(
        line=row.line,
        name=name,
        email=_email(row.get("email")),
        phone=row.get("phone") or None,
        role=_role(row.get("role")),
        department=row.get("department") or None,
        specialty=row.get("specialty") or None,
        languages=_languages(row.get("languages")),
        training_date=_date(row.get("training_date"), "The training date"),
        refresher_due=_date(row.get("refresher_due"), "The refresher's due date"),
        status=_code(row.get("status"), SupporterStatus, "status"),
        capacity=_capacity(row.get("capacity")),
    )


def _email(text: str) -> str | None:
    if not text:
        return None
    try:  # the form's check, so an address the form refuses is refused here too
        return optional_email("email", text)
    except InvalidInput:
        raise _Refused(
            "The e-mail address is not one: it needs a name, an @ and a domain."
        ) from None


def _role(text: str) -> Role | None:
    if not text:
        return None
    try:
        return role_of(text)
    except ValueError:
        allowed = ", ".join(member.label.lower() for member in Role)
        raise _Refused(
            f"The role is not one of: {allowed} (nor a usual word for one, such as "
            "physician, resident, RN or NP)."
        ) from None


def _code(text: str, codes: type[C], what: str) -> C | None:
    if not text:
        return None
    try:
        return codes(codes.parse(text))
    except ValueError:
        allowed = ", ".join(member.label.lower() for member in codes)
        raise _Refused(f"The {what} is not one of: {allowed}.") from None


def _languages(text: str) -> tuple[str, ...] | None:
    if not text:
        return None
    codes = []
    for part in _LANGUAGE_SEPARATORS.split(text):
        if not part.strip():
            continue
        code = language_code(part)
        if code is None:
            raise _Refused(
                "A language is neither a language's name in English nor its two-letter "
                "ISO code, like es for Spanish."
            )
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def _date(text: str, what: str) -> dt.date | None:
    return spreadsheet_date(text, what) if text else None


def _capacity(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise _Refused(
            "The capacity is not a whole number: leave it empty for the program's default."
        )
    return int(text)


def _state(person: Supporter) -> tuple[object, ...]:
    return (
        person.name,
        person.role,
        person.department_id,
        person.specialty,
        person.email,
        person.phone,
        person.languages,
        person.training_date,
        person.refresher_due,
        person.capacity,
        person.status,
        person.clinician_id,
    )


def roster_listing(vault: Vault) -> Listing:
    """Every supporter, retired ones too, in the import's columns: imported back, the
    file changes nothing."""
    from peersupport_desktop.services.supporters import list_supporters

    rows = [
        (
            person.name,
            person.email,
            person.phone,
            person.role.value,
            person.department,
            person.specialty,
            ", ".join(language_name(code) for code in person.languages),
            person.training_date,
            person.refresher_due,
            person.status.value,
            person.own_capacity,
        )
        for person in list_supporters(vault, include_retired=True)
    ]
    return Listing("Supporters", LAYOUT.keys, rows)
