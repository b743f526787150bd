"""Event notices: the canonical columns, mapping a file's columns onto them, checking each row.

One row per involved clinician; rows sharing ``event_ref`` are one event. Every
row is checked before anything is stored, and a rejected row's reason names the
column and the rule, never the value (it may be a name).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from peersupport_desktop.core.codes import MilestoneKind, ReferralSource, Role
from peersupport_desktop.core.milestone_dates import date_problem
from peersupport_desktop.core.notice_files import FileRow, NoticeTable
from peersupport_desktop.core.quarters import FIRST_YEAR, LAST_YEAR
from peersupport_desktop.core.sayable import Sayable

CANONICAL_COLUMNS = (
    "event_ref",
    "event_date",
    "event_type",
    "event_department",
    "clinician_name",
    "clinician_role",
    "clinician_department",
    "clinician_email",
    "clinician_phone",
    "referral_source",
    "referred_at",
    # Optional facts of the event (issue 23): its urgency, and the dates of an
    # investigation or legal process, each a milestone with a check-in before it.
    "urgent",
    "rca_meeting_on",
    "peer_review_on",
    "board_hearing_on",
    "deposition_on",
    "trial_on",
    "settlement_on",
)
# Each milestone column, and the kind of milestone its date is.
MILESTONE_COLUMNS = {
    "rca_meeting_on": MilestoneKind.RCA_MEETING,
    "peer_review_on": MilestoneKind.PEER_REVIEW,
    "board_hearing_on": MilestoneKind.BOARD_HEARING,
    "deposition_on": MilestoneKind.DEPOSITION,
    "trial_on": MilestoneKind.TRIAL,
    "settlement_on": MilestoneKind.SETTLEMENT,
}
# What an urgent cell may say, case aside; an empty cell says nothing.
_URGENT_WORDS = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}
REQUIRED_COLUMNS = frozenset(
    {"event_ref", "event_date", "event_type", "clinician_name", "clinician_role", "referral_source"}
)
# What a person reads for each column (the window says "(required)" after the required
# ones); the codes stay the files' column names and the command line's words.
COLUMN_LABELS = {
    "event_ref": "Event reference",
    "event_date": "Event date",
    "event_type": "Event type",
    "event_department": "Event department",
    "clinician_name": "Clinician's name",
    "clinician_role": "Clinician's role",
    "clinician_department": "Clinician's department",
    "clinician_email": "Clinician's email",
    "clinician_phone": "Clinician's phone",
    "referral_source": "Referral source",
    "referred_at": "Referral time",
    "urgent": "Urgent event",
    "rca_meeting_on": "Root-cause analysis meeting date",
    "peer_review_on": "Peer review date",
    "board_hearing_on": "Board hearing date",
    "deposition_on": "Deposition date",
    "trial_on": "Trial date",
    "settlement_on": "Settlement date",
}
CANONICAL_SOURCE = "canonical"  # the source of files already in the canonical columns (stored)

# canonical column -> the file's column that holds it (optional ones may be left out)
ColumnMapping = Mapping[str, str]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LIMITS = {
    "event_ref": 120,
    "event_department": 120,
    "clinician_name": 200,
    "clinician_department": 120,
    "clinician_email": 254,
    "clinician_phone": 40,
}
_FUTURE_SLACK = dt.timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Notice:
    """One valid row: one clinician involved in one event."""

    line: int
    event_ref: str
    event_date: dt.date
    event_type: str  # a code of the vault's event types
    event_department: str | None
    clinician_name: str
    clinician_role: Role
    clinician_department: str | None
    clinician_email: str | None  # lower case, as the vault keeps it
    clinician_phone: str | None
    referral_source: ReferralSource
    referred_at: dt.datetime | None  # None: the time of the import
    urgent: bool | None = None  # None: the row does not say
    milestones: tuple[tuple[MilestoneKind, dt.date], ...] = ()  # the event's, by the row


@dataclass(frozen=True, slots=True)
class RejectedRow:
    line: int
    reason: str
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CheckedRows:
    notices: tuple[Notice, ...]
    rejected: tuple[RejectedRow, ...]


class MappingProblem(Sayable, ValueError):
    """The mapping does not fit the file: one sentence naming the column."""


def canonical_mapping(headers: Sequence[str]) -> dict[str, str] | None:
    """The identity mapping when the file has every required canonical column, else None."""
    by_name = {h.strip().casefold(): h for h in headers}
    if not all(column in by_name for column in REQUIRED_COLUMNS):
        return None
    return {column: by_name[column] for column in CANONICAL_COLUMNS if column in by_name}


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Columns named like canonical ones (any case, spaces for underscores), to start from."""
    by_name = {h.strip().casefold().replace(" ", "_"): h for h in headers}
    return {column: by_name[column] for column in CANONICAL_COLUMNS if column in by_name}


def code_spellings(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each (code, label)'s code and label, case-folded, to the code: what a cell may say."""
    spellings = {}
    for code, label in pairs:
        spellings[label.casefold()] = code
        spellings[code.casefold()] = code
    return spellings


def fits(mapping: ColumnMapping, headers: Sequence[str]) -> bool:
    """Whether every column the mapping reads is in the file."""
    present = {h.strip().casefold() for h in headers}
    return all(column.strip().casefold() in present for column in mapping.values())


def column_positions(mapping: ColumnMapping, headers: Sequence[str]) -> dict[str, int]:
    """Where each mapped canonical column sits in the file's rows."""
    missing = sorted(REQUIRED_COLUMNS - {k for k, v in mapping.items() if v})
    if missing:
        raise MappingProblem(f"Choose the file's column for {missing[0]}.")
    unknown = sorted(set(mapping) - set(CANONICAL_COLUMNS))
    if unknown:
        raise MappingProblem(f"{unknown[0]} is not one of the canonical columns.")
    index = {h.strip().casefold(): i for i, h in enumerate(headers)}
    positions = {}
    for column, header in mapping.items():
        if not header:
            continue
        position = index.get(header.strip().casefold())
        if position is None:
            raise MappingProblem(f"The file has no column '{header}' to read {column} from.")
        positions[column] = position
    return positions


def check_rows(
    table: NoticeTable,
    mapping: ColumnMapping,
    event_types: Mapping[str, str],
    now: dt.datetime,
) -> CheckedRows:
    """Every row checked: the valid notices, and the rest with their line and reason
    (see NoticeChecker)."""
    checker = NoticeChecker(column_positions(mapping, table.headers), event_types, now)
    notices = [notice for row in table.rows if (notice := checker.check(row)) is not None]
    return CheckedRows(tuple(notices), tuple(checker.rejected))


class NoticeChecker:
    """Checks rows one at a time, so a file of any length can be read as it goes.

    ``event_types`` maps each accepted spelling (code or label, case-folded) to
    its code. Rows of one event must agree on its date, type and department;
    a row that disagrees with the event's first valid row is rejected. Its urgency
    and milestone dates may be given on any of its rows, or several that agree.
    """

    def __init__(
        self, positions: Mapping[str, int], event_types: Mapping[str, str], now: dt.datetime
    ) -> None:
        self.positions, self.event_types, self.now = positions, event_types, now
        self.rejected: list[RejectedRow] = []
        # Each event's first valid row, by event_ref: only what later rows must agree on.
        self._first_of_event: dict[str, _EventFacts] = {}
        # Each event's urgency and milestone dates, by the line that first gave each.
        self._said_of_event: dict[str, dict[str, tuple[int, object]]] = {}

    def check(self, row: FileRow) -> Notice | None:
        """The row's notice, or None once it is added to ``rejected``."""
        try:
            notice = _notice(row, self.positions, self.event_types, self.now)
            facts = _EventFacts.of(notice)
            first = self._first_of_event.get(notice.event_ref, facts)
            if first is not facts:
                first.agree(facts)
            said = _said(notice)
            known = self._said_of_event.get(notice.event_ref, {})
            for column, value in said.items():
                if column in known and known[column][1] != value:
                    raise _RowProblem(
                        f"{column} differs from line {known[column][0]} of the same event_ref."
                    )
            self._first_of_event.setdefault(notice.event_ref, facts)
            for column, value in said.items():
                self._said_of_event.setdefault(notice.event_ref, {}).setdefault(
                    column, (notice.line, value)
                )
        except _RowProblem as problem:
            self.rejected.append(RejectedRow(row.line, str(problem), row.cells))
            return None
        return notice


def _said(notice: Notice) -> dict[str, object]:
    """What the row says of its event beyond date, type and department."""
    said: dict[str, object] = {} if notice.urgent is None else {"urgent": notice.urgent}
    columns = {kind: column for column, kind in MILESTONE_COLUMNS.items()}
    said.update({columns[kind]: on for kind, on in notice.milestones})
    return said


@dataclass(frozen=True, slots=True)
class _EventFacts:
    line: int
    event_date: dt.date
    event_type: str
    event_department: str  # case-folded; "" for none

    @classmethod
    def of(cls, notice: Notice) -> _EventFacts:
        department = (notice.event_department or "").casefold()
        return cls(notice.line, notice.event_date, notice.event_type, department)

    def agree(self, later: _EventFacts) -> None:
        for column in ("event_date", "event_type", "event_department"):
            if getattr(later, column) != getattr(self, column):
                raise _RowProblem(f"{column} differs from line {self.line} of the same event_ref.")


class _RowProblem(ValueError):
    pass


def _notice(
    row: FileRow, positions: Mapping[str, int], event_types: Mapping[str, str], now: dt.datetime
) -> Notice:
    cell = _cells(row, positions)
    event_date = _date(cell("event_date"), "event_date")
    if event_date > now.date():
        raise _RowProblem("event_date is in the future.")
    event_type = event_types.get(cell("event_type").casefold())
    if event_type is None:
        raise _RowProblem("event_type is not a known event type code or label.")
    referred_at = _optional_datetime(cell("referred_at"), "referred_at")
    if referred_at is not None:
        if referred_at > now + _FUTURE_SLACK:
            raise _RowProblem("referred_at is in the future.")
        if referred_at.date() < event_date:
            raise _RowProblem("referred_at comes before event_date.")
    email = cell("clinician_email").lower() or None
    if email is not None and not _EMAIL.match(email):
        raise _RowProblem("clinician_email does not look like an email address.")
    return Notice(
        line=row.line,
        event_ref=cell("event_ref"),
        event_date=event_date,
        event_type=event_type,
        event_department=cell("event_department") or None,
        clinician_name=cell("clinician_name"),
        clinician_role=Role(_code(Role, cell("clinician_role"), "clinician_role")),
        clinician_department=cell("clinician_department") or None,
        clinician_email=email,
        clinician_phone=cell("clinician_phone") or None,
        referral_source=ReferralSource(
            _code(ReferralSource, cell("referral_source"), "referral_source")
        ),
        referred_at=referred_at,
        urgent=_urgent(cell("urgent")),
        milestones=_milestones(cell, event_date, now.date()),
    )


def _urgent(text: str) -> bool | None:
    if not text:
        return None
    said = _URGENT_WORDS.get(text.casefold())
    if said is None:
        raise _RowProblem("urgent is not yes or no (yes, no, true, false, 1 or 0).")
    return said


def _milestones(
    cell: Callable[[str], str], event_date: dt.date, today: dt.date
) -> tuple[tuple[MilestoneKind, dt.date], ...]:
    """The row's milestone dates, each checked as one typed in the window is."""
    found = []
    for column, kind in MILESTONE_COLUMNS.items():
        text = cell(column)
        if not text:
            continue
        on = _date(text, column)
        problem = date_problem(on, today, event_date, what=column)
        if problem is not None:
            raise _RowProblem(problem)
        found.append((kind, on))
    return tuple(found)


def _cells(row: FileRow, positions: Mapping[str, int]) -> Callable[[str], str]:
    """A reader of one row's cells by canonical column, cleaned and checked for presence."""

    def cell(column: str) -> str:
        position = positions.get(column)
        value = "" if position is None or position >= len(row.cells) else row.cells[position]
        clean = " ".join(value.split())
        if not clean and column in REQUIRED_COLUMNS:
            raise _RowProblem(f"{column} is empty.")
        limit = _LIMITS.get(column)
        if limit is not None and len(clean) > limit:
            raise _RowProblem(f"{column} is longer than {limit} characters.")
        return clean

    return cell


def _code(enum_cls: type[Role] | type[ReferralSource], text: str, column: str) -> str:
    code = _spellings(enum_cls).get(text.casefold())
    if code is None:
        raise _RowProblem(f"{column} is not a known code or label.")
    return code


@functools.cache
def _spellings(enum_cls: type[Role] | type[ReferralSource]) -> dict[str, str]:
    """What ``parse`` accepts, as one lookup."""
    return code_spellings((member.value, member.label) for member in enum_cls)


def _date(text: str, column: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        try:
            day = dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise _RowProblem(f"{column} is not an ISO 8601 date (like 2026-03-31).") from None
    return _within_years(day, column)


def _optional_datetime(text: str, column: str) -> dt.datetime | None:
    """A local wall-clock time; a time with an offset is converted to this computer's zone."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise _RowProblem(
            f"{column} is not an ISO 8601 date and time (like 2026-03-31T14:30)."
        ) from None
    _within_years(moment.date(), column)
    if moment.tzinfo is not None:  # an offset can still carry it past year 1 or 9999
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _within_years(day: dt.date, column: str) -> dt.date:
    """Years a program's records can hold (the reports' quarters run 1900 to 2999)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _RowProblem(
            f"{column} is in the year {day.year}: give a year from {FIRST_YEAR} to {LAST_YEAR}."
        )
    return day
