"""Importing event notices: a file of involved clinicians becomes outreach cases, at once.

Every row is checked, and the valid ones stored, a batch at a time in one transaction,
so a crash, a kill or a file that breaks halfway leaves the vault as before the import
or after it. The same file imported twice creates nothing the second time.

A notice referred long ago would open a case already overdue; the coordinator may
choose to leave such notices out (``leave_out_older_than``): they are listed with
the rejected rows, to deal with by hand, and a later import can still bring them in.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import CaseStatus, MilestoneKind
from peersupport_desktop.core.event_notices import (
    ColumnMapping,
    MappingProblem,
    Notice,
    NoticeChecker,
    RejectedRow,
    code_spellings,
    column_positions,
)
from peersupport_desktop.core.notice_files import (
    FileRow,
    NoticeTable,
    UnreadableFile,
    stream_table,
)
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.services import audit
from peersupport_desktop.services.cases import reference_for
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.departments import department_id
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import event_types
from peersupport_desktop.services.import_mappings import (
    get_mapping,
    recognise,
    remember,
    source_name,
)
from peersupport_desktop.services.milestones import add_event_milestones
from peersupport_desktop.services.outreach_targets import retarget_event, target_rule
from peersupport_desktop.services.saved_files import write_output
from peersupport_desktop.store.models import (
    Case,
    Clinician,
    Department,
    Event,
)
from peersupport_desktop.store.vault import Vault

_CHUNK = 500  # bound parameters per IN (...) query, well under SQLite's limit
_BATCH_ROWS = 20_000  # rows read, checked and stored at a time
OLD_REFERRAL_DAYS = 30  # the window warns of notices referred longer ago than this


@dataclass(frozen=True, slots=True)
class ImportResult:
    source: str
    rows: int  # data rows in the file
    events: int  # new events
    cases: int  # new cases
    new_clinicians: int
    reused_clinicians: int  # clinicians already in the vault who got a new case
    duplicates: int  # valid rows that were already in the vault, or twice in the file
    rejected: tuple[RejectedRow, ...]  # the rows not imported: refused, then left out
    headers: tuple[str, ...] = ()  # the file's column names, for the rejected rows' file
    left_out: int = 0  # of ``rejected``: valid rows left out as referred long ago
    milestones: int = 0  # new milestones of events (a date the vault did not have)

    def summary(self) -> str:
        """One line of counts, as the command line and the window say it."""
        if self.cases == 0 and self.duplicates and not self.rejected and not self.milestones:
            return f"Nothing new: all {self.duplicates} rows were imported before."
        left_out = f", {counted(self.left_out, 'old referral')} left out" if self.left_out else ""
        milestones = f", {counted(self.milestones, 'new milestone')}" if self.milestones else ""
        return (
            f"{_count(self.events, 'new event')}, {_count(self.cases, 'new case')}, "
            f"{_count(self.reused_clinicians, 'clinician')} already known, "
            f"{_count(self.duplicates, 'duplicate')}, {_count(self.refused, 'row')} rejected"
            f"{left_out}{milestones}."
        )

    @property
    def refused(self) -> int:
        """Rows the checking refused (not those left out by choice)."""
        return len(self.rejected) - self.left_out


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


# A notice file of a million rows is about 200 MB; past this it is no notice file, and
# /dev/zero must not fill the memory.
MOST_BYTES = 512 * 1024 * 1024


def read_notice_file(path: Path) -> NoticeTable:
    """The file's whole table (for the window's preview); one sentence when it cannot
    be read at all."""
    with _notice_file(path) as handle:
        stream = stream_table(handle)
        return NoticeTable(stream.headers, tuple(stream.rows), stream.encoding, stream.separator)


@contextlib.contextmanager
def _notice_file(path: Path) -> Iterator[BinaryIO]:
    path = Path(path)
    try:
        if path.is_dir():
            raise UnreadableFile(f"{path} is a folder, not a file.")
        if path.exists() and not path.is_file():  # a pipe would wait, a device never end
            raise UnreadableFile(f"{path} is not a regular file.")
        if path.stat().st_size > MOST_BYTES:
            raise UnreadableFile(f"The file {path} is larger than any notice file (512 MB).")
        handle = path.open("rb")
    except FileNotFoundError:
        raise UnreadableFile(f"There is no file {path}.") from None
    except OSError:
        raise UnreadableFile(f"The file {path} could not be read.") from None
    with handle:
        try:
            yield handle
        except OSError:
            raise UnreadableFile(f"The file {path} could not be read.") from None


def import_file(
    vault: Vault,
    path: Path,
    *,
    mapping: str | None = None,
    source: str | None = None,
    leave_out_older_than: int | None = None,
) -> ImportResult:
    """Import a notice file: with the named saved mapping, else the one its columns fit.

    The file is read as it is stored, a few thousand rows at a time, so a file of a
    million rows takes no more memory than one of fifty thousand. With
    ``leave_out_older_than`` (days), see ``import_table``.
    """
    with _notice_file(path) as handle:
        stream = stream_table(handle)
        if mapping is not None:
            chosen = get_mapping(vault, mapping)
        else:
            found = recognise(vault, stream.headers)
            if found is None:
                raise MappingProblem(
                    "The file's columns are not the canonical ones and fit no saved mapping: "
                    "map them in the window first, or name a mapping."
                )
            chosen = found
        return _store(
            vault,
            stream.headers,
            stream.rows,
            chosen.columns,
            source or chosen.source,
            leave_out_older_than=leave_out_older_than,
        )


def import_table(
    vault: Vault,
    table: NoticeTable,
    mapping: ColumnMapping,
    source: str,
    *,
    save_mapping: bool = False,
    leave_out_older_than: int | None = None,
) -> ImportResult:
    """Store every valid row of a table read whole (the window's, after its preview).

    ``source`` names the system the file came from: an event is the same event
    when its ``event_ref`` and source are. ``save_mapping`` keeps the mapping
    under the source's name, in the same transaction. ``leave_out_older_than``
    (days): a new case referred longer ago than that is not opened, and its row is
    listed among the rejected ones with the reason.
    """
    rows = iter(table.rows)
    return _store(
        vault,
        table.headers,
        rows,
        mapping,
        source,
        save_mapping=save_mapping,
        leave_out_older_than=leave_out_older_than,
    )


def old_referrals(
    vault: Vault, table: NoticeTable, mapping: ColumnMapping, source: str, days: int
) -> int:
    """How many rows ``import_table`` would leave out with ``leave_out_older_than=days``:
    valid, referred longer ago, and not already a case in the vault."""
    moment = now()
    checker = NoticeChecker(
        column_positions(mapping, table.headers), code_spellings(event_types(vault)), moment
    )
    cutoff = moment - dt.timedelta(days=days)
    with vault.reading() as session:
        stored = _NoticeStore(session, source_name(session, source), moment)
        notices = [notice for row in table.rows if (notice := checker.check(row)) is not None]
        return len(stored.new_and_referred_before(notices, cutoff))


def left_out_reason(days: int) -> str:
    """Why a row was left out, as the rejected rows' list and file say it."""
    return f"Referred more than {counted(days, 'day')} ago; left out at import."


def _store(
    vault: Vault,
    headers: tuple[str, ...],
    rows: Iterator[FileRow],
    mapping: ColumnMapping,
    source: str,
    *,
    save_mapping: bool = False,
    leave_out_older_than: int | None = None,
) -> ImportResult:
    """Check the rows and store the valid ones, batch by batch, in one transaction:
    all of them or, if the file breaks halfway, none."""
    if leave_out_older_than is not None and leave_out_older_than < 0:
        raise InvalidInput("leave_out_older_than", "Give a number of days from 0 up.")
    moment = now()
    checker = NoticeChecker(
        column_positions(mapping, headers), code_spellings(event_types(vault)), moment
    )
    read = 0
    left_out: list[RejectedRow] = []
    with vault.transaction() as session:
        name = source_name(session, source)
        if save_mapping:
            remember(session, name, mapping)
        stored = _NoticeStore(session, name, moment)
        while batch := list(itertools.islice(rows, _BATCH_ROWS)):
            read += len(batch)
            notices = [notice for row in batch if (notice := checker.check(row)) is not None]
            if leave_out_older_than is not None:
                notices = stored.leave_out(batch, notices, leave_out_older_than, left_out)
            stored.take(notices)
        audit.record(session, "import.events", "import", None)
        return ImportResult(
            source=stored.source,
            rows=read,
            events=stored.new_events,
            cases=stored.new_cases,
            new_clinicians=stored.new_clinicians,
            reused_clinicians=len(stored.reused),
            duplicates=stored.duplicates,
            rejected=tuple(sorted((*checker.rejected, *left_out), key=lambda row: row.line)),
            headers=headers,
            left_out=len(left_out),
            milestones=stored.new_milestones,
        )


def rejects_csv(headers: Sequence[str], rejected: Iterable[RejectedRow]) -> bytes:
    """The rejected rows as they were, after their line number and reason, to correct."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["line", "reason", *headers])
    for row in rejected:
        writer.writerow([row.line, row.reason, *row.cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM lets spreadsheets see UTF-8


def save_rejects(
    vault: Vault,
    destination: Path,
    result: ImportResult,
    *,
    source: Path | None = None,
    replace: bool = False,
) -> Path:
    """The rejected rows, only to the file the coordinator named (they hold names):
    never over the vault, its backups or ``source``, the file imported."""
    data = rejects_csv(result.headers, result.rejected)
    inputs = [source] if source is not None else []
    return write_output(vault, destination, data, replace=replace, inputs=inputs)


class _NoticeStore:
    """Turns valid notices into events, clinicians and cases, reusing what is there.

    Everything already in the vault that the file may meet is read up front, so
    storing costs a few batched inserts, not queries per row.
    """

    def __init__(self, session: Session, source: str, moment: dt.datetime) -> None:
        self.session, self.source, self.moment = session, source, moment
        self.due = target_rule(session)  # (referral time, urgent event) -> due time
        self.urgent_events: set[int] = set()  # of the events this import met
        self.new_milestones = 0
        self.departments: dict[str, int | None] = {
            name.casefold(): did
            for did, name in session.execute(select(Department.id, Department.name))
        }
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, int | None], int] = {}
        for cid, email, name, dept in session.execute(
            select(Clinician.id, Clinician.email, Clinician.name, Clinician.department_id)
        ):
            if email:
                self.by_email.setdefault(email.lower(), cid)
            self.by_name.setdefault((name.casefold(), dept), cid)
        self.new_events = self.new_cases = self.new_clinicians = self.duplicates = 0
        # Ids from here on are this import's (SQLite counts up from the largest in use).
        self.first_new_clinician = (session.scalar(select(func.max(Clinician.id))) or 0) + 1
        self.reused: set[int] = set()  # clinicians from before the import, given a new case
        # Clinicians a batch creates, stored together at its end; until then each is
        # known by a negative stand-in id, -1 for the first, under these keys.
        self.batch_clinicians: list[dict[str, object]] = []
        self.batch_keys: list[tuple[str | None, tuple[str, int | None]]] = []

    def take(self, notices: Sequence[Notice]) -> None:
        events = self._events(notices)
        pairs = self._pairs_with_cases(set(events.values()))
        cases: list[dict[str, object]] = []
        for notice in notices:
            event_id = events[notice.event_ref]
            clinician_id = self._clinician(notice)
            if (event_id, clinician_id) in pairs:
                self.duplicates += 1
                continue
            pairs.add((event_id, clinician_id))
            if 0 < clinician_id < self.first_new_clinician:
                self.reused.add(clinician_id)
            referred_at = notice.referred_at or self.moment
            urgent = event_id in self.urgent_events
            cases.append(
                {
                    "reference": f"~{len(cases)}",  # a stand-in until the id is known
                    "clinician_id": clinician_id,
                    "event_id": event_id,
                    "referral_source": notice.referral_source,
                    "referred_at": referred_at,
                    "status": CaseStatus.NEW,
                    "outreach_due_at": self.due(referred_at, urgent),
                    "reopened_count": 0,
                }
            )
        created = self._store_batch_clinicians()
        for case in cases:
            stand_in = case["clinician_id"]
            assert isinstance(stand_in, int)
            if stand_in < 0:
                case["clinician_id"] = created[-stand_in - 1]
        ids = self._insert(Case, cases)
        if ids:
            references = [{"row_id": i, "reference": reference_for(i)} for i in ids]
            cases_table = _table(Case)
            by_id = update(cases_table).where(cases_table.c.id == bindparam("row_id"))
            self.session.connection().execute(by_id, references)
        audit.record_many(self.session, "case.open", "case", ids)
        self.new_cases += len(ids)

    def _store_batch_clinicians(self) -> list[int]:
        """Insert the batch's new clinicians; later batches find them by their real ids
        (a stand-in still in the indexes is one of this batch's)."""
        created = self._insert(Clinician, self.batch_clinicians)
        for (email, name_key), real in zip(self.batch_keys, created, strict=True):
            if email is not None and self.by_email.get(email, 0) < 0:
                self.by_email[email] = real
            if self.by_name.get(name_key, 0) < 0:
                self.by_name[name_key] = real
        self.new_clinicians += len(created)
        self.batch_clinicians, self.batch_keys = [], []
        return created

    def leave_out(
        self,
        batch: Sequence[FileRow],
        notices: Sequence[Notice],
        days: int,
        left: list[RejectedRow],
    ) -> list[Notice]:
        """The notices to store: those that would open a case referred more than ``days``
        ago are added to ``left``, as their rows were, with the reason."""
        old = self.new_and_referred_before(notices, self.moment - dt.timedelta(days=days))
        if old:
            reason = left_out_reason(days)
            left += [RejectedRow(row.line, reason, row.cells) for row in batch if row.line in old]
        return [notice for notice in notices if notice.line not in old]

    def new_and_referred_before(self, notices: Sequence[Notice], cutoff: dt.datetime) -> set[int]:
        """The lines of notices referred before ``cutoff`` that would open a new case
        (those whose clinician already has a case for the event are duplicates).

        Only reads: the same clinician is found as ``_clinician`` finds them, but an
        unknown one is not created."""
        old = [n for n in notices if n.referred_at is not None and n.referred_at < cutoff]
        if not old:
            return set()
        events = self._known_events(list(dict.fromkeys(n.event_ref for n in old)))
        known: list[tuple[int, int, int]] = []  # line, event, clinician, both in the vault
        for notice in old:
            event_id, clinician_id = events.get(notice.event_ref), self._known_clinician(notice)
            if event_id is not None and clinician_id is not None and clinician_id > 0:
                known.append((notice.line, event_id, clinician_id))
        pairs = self._pairs_with_cases({event for _line, event, _clinician in known})
        cased = {line for line, event, clinician in known if (event, clinician) in pairs}
        return {n.line for n in old} - cased

    def _known_clinician(self, notice: Notice) -> int | None:
        if notice.clinician_email is not None and notice.clinician_email in self.by_email:
            return self.by_email[notice.clinician_email]
        department = notice.clinician_department
        if department is not None and department.casefold() not in self.departments:
            return None  # a department new to the vault: nobody there yet
        dept = self.departments[department.casefold()] if department is not None else None
        return self.by_name.get((notice.clinician_name.casefold(), dept))

    def _known_events(self, refs: Sequence[str]) -> dict[str, int]:
        """Each of these event_refs imported before from this source, to its event."""
        found: dict[str, int] = {}
        for start in range(0, len(refs), _CHUNK):
            query = select(Event.external_ref, Event.id).where(
                Event.external_source == self.source,
                Event.external_ref.in_(refs[start : start + _CHUNK]),
            )
            found.update({ref: eid for ref, eid in self.session.execute(query) if ref})
        return found

    def _events(self, notices: Sequence[Notice]) -> dict[str, int]:
        """Each event_ref of the file to its event: the one imported before, or a new one;
        with the urgency and milestones its rows give."""
        refs = list(dict.fromkeys(n.event_ref for n in notices))
        found = self._known_events(refs)
        first = {n.event_ref: n for n in reversed(notices)}  # each event's first row
        urgent = {n.event_ref for n in notices if n.urgent}
        new = [first[ref] for ref in refs if ref not in found]
        ids = self._insert(
            Event,
            [
                {
                    "event_type": n.event_type,
                    "occurred_on": n.event_date,
                    "department_id": self._department(n.event_department),
                    "external_source": self.source,
                    "external_ref": n.event_ref,
                    "created_at": self.moment,
                    "urgent": n.event_ref in urgent,
                }
                for n in new
            ],
        )
        self.urgent_events.update(i for n, i in zip(new, ids, strict=True) if n.event_ref in urgent)
        known = [found[ref] for ref in refs if ref in found]
        self._mark_urgent([found[ref] for ref in urgent if ref in found])
        found.update(zip((n.event_ref for n in new), ids, strict=True))
        self.new_events += len(ids)
        self._remember_urgency(known)
        self._add_milestones(notices, found)
        return found

    def _mark_urgent(self, event_ids: Sequence[int]) -> None:
        """A file may say an event already in the vault is urgent: marked as the window
        marks it (services/events.py), its cases still waiting retargeted. A file never
        unmarks one: that is the coordinator's to decide."""
        for event_id in event_ids:
            event = self.session.get(Event, event_id)
            if event is None or event.urgent:
                continue
            event.urgent = True
            self.session.flush()
            retarget_event(self.session, event)
            audit.record(self.session, "event.urgent", "event", event.id)

    def _remember_urgency(self, event_ids: Sequence[int]) -> None:
        """Which events met before are urgent: their new cases get the urgent target."""
        ordered = sorted(set(event_ids) - self.urgent_events)
        for start in range(0, len(ordered), _CHUNK):
            query = select(Event.id).where(
                Event.id.in_(ordered[start : start + _CHUNK]), Event.urgent.is_(True)
            )
            self.urgent_events.update(self.session.scalars(query))

    def _add_milestones(self, notices: Sequence[Notice], events: dict[str, int]) -> None:
        wanted: dict[int, list[tuple[MilestoneKind, dt.date]]] = {}
        for notice in notices:
            if notice.milestones:
                wanted.setdefault(events[notice.event_ref], []).extend(notice.milestones)
        for event_id, milestones in wanted.items():
            self.new_milestones += add_event_milestones(self.session, event_id, milestones)

    def _pairs_with_cases(self, event_ids: set[int]) -> set[tuple[int, int]]:
        """(event, clinician) pairs that already have a case, open or closed."""
        ordered = sorted(event_ids)
        pairs: set[tuple[int, int]] = set()
        for start in range(0, len(ordered), _CHUNK):
            query = select(Case.event_id, Case.clinician_id).where(
                Case.event_id.in_(ordered[start : start + _CHUNK])
            )
            pairs.update((e, c) for e, c in self.session.execute(query))
        return pairs

    def _clinician(self, notice: Notice) -> int:
        """The clinician of a row: their id if in the vault before, else a stand-in.

        Same email, or same name and department, is the same person.
        """
        dept = self._department(notice.clinician_department)
        name_key = (notice.clinician_name.casefold(), dept)
        known = None
        if notice.clinician_email is not None:
            known = self.by_email.get(notice.clinician_email)
        if known is None:
            known = self.by_name.get(name_key)
        if known is not None:
            return known
        self.batch_clinicians.append(
            {
                "name": notice.clinician_name,
                "role": notice.clinician_role,
                "department_id": dept,
                "email": notice.clinician_email,
                "phone": notice.clinician_phone,
                "created_at": self.moment,
            }
        )
        self.batch_keys.append((notice.clinician_email, name_key))
        stand_in = -len(self.batch_clinicians)
        if notice.clinician_email is not None:
            self.by_email[notice.clinician_email] = stand_in
        self.by_name.setdefault(name_key, stand_in)
        return stand_in

    def _department(self, name: str | None) -> int | None:
        if name is None:
            return None
        key = name.casefold()
        if key not in self.departments:
            # A name from a file is not printed in publications until the coordinator
            # marks it in the department list: it may name a person's practice.
            self.departments[key] = department_id(self.session, name, named=False)
        return self.departments[key]

    def _insert(
        self, table: type[Case] | type[Event] | type[Clinician], rows: list[dict[str, object]]
    ) -> list[int]:
        """Insert in one batch; the new ids, in the order of ``rows``.

        SQLite gives a new row one more than the largest id in use, and nothing else
        writes during this transaction, so the ids after the largest one before are
        ours, in order. (RETURNING in parameter order made SQLAlchemy insert row by row.)
        """
        if not rows:
            return []
        before = self.session.scalar(select(func.max(table.id))) or 0
        self._insert_rows(_table(table), rows)
        query = select(table.id).where(table.id > before).order_by(table.id)
        ids = list(self.session.scalars(query))
        if len(ids) != len(rows):  # never: but a case must never get another's clinician
            raise RuntimeError("The new rows' ids could not be told apart; nothing was saved.")
        return ids

    def _insert_rows(self, table: Table, rows: list[dict[str, object]]) -> None:
        # Core's executemany: the ORM's bulk insert costs more per row than SQLite does.
        self.session.connection().execute(insert(table), rows)


def _table(model: type[Case] | type[Event] | type[Clinician]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table
