"""The audit log: who did what to which record, never the content.

Services write it (``record``, ``record_many``); the audit view reads it back
(``read_log``, ``count_log``), newest first, a page at a time, filtered by
period, kind of work and record.

The log grows by several entries per case (every case opened to read it is
one), so reads lean on ``ix_audit_log_at``: the newest entries in order, the
period as a range, and a page's continuation as a key (at, id) rather than an
offset. A filter on the kind of work or the record has no index of its own:
the newest entries are searched through the index first (a common kind fills a
page from them), and the rest by one pass over the table, which costs a fifth
of visiting every row through the index.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Row,
    SQLColumnExpression,
    and_,
    false,
    func,
    insert,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session

from peersupport_desktop.services.audit_actions import (
    RECORD_KINDS,
    ActionGroup,
    describe,
    group_of,
    prefixes_of,
    record_kind_label,
)
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import AuditEntry, Case, Contact, ExportEntry, ResourceOffer
from peersupport_desktop.store.vault import Vault

PAGE = 1000  # entries per read: a screenful many times over, and quick to show
# Entries searched through the at index before a filtered read falls back to a pass
# over the table, in pages: enough for a common kind of work to fill its page.
INDEX_WINDOW_PAGES = 20
# Above this share of the log, a range of `at` is read faster by a pass over the table
# than row by row through the index (measured: ~0.7 µs a row against ~0.17 µs).
INDEX_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: dt.datetime
    action: str
    record_kind: str
    record_id: int | None


# Where the login name stands in the environment (getpass's order).
LOGIN_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")


@functools.cache
def actor() -> str | None:
    """The computer account at work: who, in a vault one coordinator keeps.

    From the environment, else the numeric user id: never the user database, which
    on Linux may ask the name service cache over a socket (the app opens none).
    """
    for variable in LOGIN_VARIABLES:
        if name := os.environ.get(variable):
            return name[:100]
    getuid = getattr(os, "getuid", None)
    return f"uid {getuid()}" if getuid is not None else None


def record(session: Session, action: str, record_kind: str, record_id: int | None) -> None:
    session.add(
        AuditEntry(
            at=now(), action=action, record_kind=record_kind, record_id=record_id, actor=actor()
        )
    )


def record_many(session: Session, action: str, record_kind: str, record_ids: list[int]) -> None:
    """The same action on many records (an import's new cases), in one batch."""
    if not record_ids:
        return
    at = now()
    rows = [
        {"at": at, "action": action, "record_kind": record_kind, "record_id": i, "actor": actor()}
        for i in record_ids
    ]
    # Core's executemany: 10,000 entries through the ORM's unit of work cost ~0.5 s.
    session.connection().execute(insert(AuditEntry), rows)


def entries(
    vault: Vault, *, action: str | None = None, record_kind: str | None = None, limit: int = 1000
) -> list[AuditRecord]:
    """The raw newest entries, by insertion (tests and the command line check these)."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if record_kind is not None:
        query = query.where(AuditEntry.record_kind == record_kind)
    with vault.reading() as session:
        return [
            AuditRecord(e.id, e.at, e.action, e.record_kind, e.record_id)
            for e in session.scalars(query)
        ]


# -- the audit view ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilter:
    since: dt.date | None = None  # the first day shown
    until: dt.date | None = None  # the last day shown, whole
    group: ActionGroup | None = None
    # A case reference ("PS-000042": the case, its contacts and its resource offers),
    # or a kind of record and its number ("supporter 12", "export 3").
    record: str = ""


@dataclass(frozen=True, slots=True)
class AuditCursor:
    """Where a read stopped: the next page starts just before this entry."""

    at: dt.datetime
    id: int


@dataclass(frozen=True, slots=True)
class ExportDetail:
    """What the export log says of a saved export (never its content)."""

    file_format: str
    periods: tuple[str, ...]
    rows: int
    k_achieved: int | None
    sha256: str

    @property
    def short_sha256(self) -> str:
        return self.sha256[:12]

    @property
    def summary(self) -> str:
        parts = [self.file_format.upper(), ", ".join(self.periods), f"{self.rows:,} rows"]
        if self.k_achieved is not None:
            parts.append(f"k = {self.k_achieved}")
        parts.append(f"SHA-256 {self.short_sha256}…")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class AuditViewEntry:
    """One line of the audit view: when, who, what, on which record. Never content."""

    id: int
    at: dt.datetime
    actor: str | None  # the computer account; None before accounts were recorded
    action: str  # the code, as stored
    description: str  # the code in plain words ("Opened a case")
    group: ActionGroup | None
    record: str  # "PS-000042", "Supporter 12", "" when the action concerns no one record
    export: ExportDetail | None = None  # an export's entry in the export log


@dataclass(frozen=True, slots=True)
class AuditSlice:
    entries: tuple[AuditViewEntry, ...]
    more: AuditCursor | None  # where the next page starts; None when nothing is left
    # Entries matching the filter in all, when known without another pass over the log
    # (count_log says it otherwise); only for a first page.
    total: int | None


def read_log(
    vault: Vault,
    wanted: AuditFilter = AuditFilter(),
    *,
    limit: int = PAGE,
    after: AuditCursor | None = None,
) -> AuditSlice:
    """The newest ``limit`` entries matching ``wanted``, older than ``after`` if given.

    A first page (no ``after``) is itself audited: reading the log is an action too.
    Raises InvalidInput for a period that ends before it starts or a record not found.
    """
    if after is None:
        # In a transaction of its own, before the read (as the case list does), so
        # the read holds no write lock.
        with vault.transaction() as session:
            record(session, "audit.view", "audit", None)
    with vault.reading() as session:
        conditions = _conditions(session, wanted)
        narrowing = conditions.narrowing
        if narrowing is None:
            rows = _newest(session, conditions.period, after, limit + 1)
        else:
            rows = _newest_matching(session, conditions, after, limit + 1)
        shown = rows[:limit]
        more = AuditCursor(shown[-1].at, shown[-1].id) if len(rows) > limit else None
        total: int | None = None
        if after is None and more is None:
            total = len(shown)
        elif after is None and narrowing is None:
            total = _count(session, conditions.period)  # from the index alone
        return AuditSlice(tuple(_view_entries(session, shown)), more, total)


def count_log(vault: Vault, wanted: AuditFilter = AuditFilter()) -> int:
    """How many entries match ``wanted``: a pass over the log when it narrows by kind
    or record, so the view asks for it apart, after showing the first page."""
    with vault.reading() as session:
        conditions = _conditions(session, wanted)
        if conditions.narrowing is None:
            return _count(session, conditions.period)  # from the index alone
        at = _at_for(session, conditions.bounds)
        return _count(session, [*_period(at, conditions.bounds), conditions.narrowing])


# -- conditions ------------------------------------------------------------------

# `+at` keeps SQLite from reaching the rows through ix_audit_log_at, so it reads the
# table in one pass instead (see INDEX_SHARE); typed, so its values bind as dates do.
_AT_UNINDEXED = literal_column("+audit_log.at", type_=DateTime())
_RECORD_TEXT = re.compile(r"^\s*([a-z][a-z _-]*?)\s*(?:no\.?|#)?\s*(\d{1,18})\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Conditions:
    bounds: tuple[dt.datetime | None, dt.datetime | None]  # [start, end) of the period
    period: list[ColumnElement[bool]]  # through the at index
    narrowing: ColumnElement[bool] | None  # kind of work and record, or None


def _conditions(session: Session, wanted: AuditFilter) -> _Conditions:
    if wanted.since and wanted.until and wanted.until < wanted.since:
        raise InvalidInput("period", "The period ends before it starts.")
    start = dt.datetime.combine(wanted.since, dt.time()) if wanted.since else None
    end = (
        dt.datetime.combine(wanted.until + dt.timedelta(days=1), dt.time())
        if wanted.until
        else None
    )
    narrowing: list[ColumnElement[bool]] = []
    if wanted.record.strip():
        narrowing.append(_record_condition(session, wanted.record))
    if wanted.group is not None:
        narrowing.append(_group_condition(wanted.group))
    return _Conditions(
        (start, end),
        _period(AuditEntry.at, (start, end)),
        and_(*narrowing) if narrowing else None,
    )


def _period(
    at: SQLColumnExpression[dt.datetime], bounds: tuple[dt.datetime | None, dt.datetime | None]
) -> list[ColumnElement[bool]]:
    start, end = bounds
    return [c for c in (at >= start if start else None, at < end if end else None) if c is not None]


def _group_condition(group: ActionGroup) -> ColumnElement[bool]:
    # A range per prefix ("case." up to "case/", '/' following '.'): every code of the
    # prefix, known to this version or not, and no LIKE to read '_' as a wildcard.
    return or_(
        *(
            and_(AuditEntry.action >= f"{prefix}.", AuditEntry.action < f"{prefix}/")
            for prefix in prefixes_of(group)
        )
    )


def _record_condition(session: Session, text: str) -> ColumnElement[bool]:
    """The entries of the record the coordinator typed; InvalidInput if there is none."""
    typed = text.strip()
    case_id = session.scalar(select(Case.id).where(Case.reference.in_({typed, typed.upper()})))
    if case_id is not None:
        # A case's own entries, and those of its contacts and offers: its whole story.
        contact_ids = list(session.scalars(select(Contact.id).where(Contact.case_id == case_id)))
        offer_ids = list(
            session.scalars(select(ResourceOffer.id).where(ResourceOffer.case_id == case_id))
        )
        return _records({"case": [case_id], "contact": contact_ids, "resource_offer": offer_ids})
    match = _RECORD_TEXT.match(typed)
    if match is not None:
        kind = _record_kind(match.group(1))
        if kind is not None:
            return _records({kind: [int(match.group(2))]})
    raise InvalidInput(
        "record",
        "No case has that reference. Type a case reference as the case list shows it, "
        "or a kind of record and its number (supporter 12).",
    )


def _record_kind(typed: str) -> str | None:
    wanted = " ".join(typed.replace("_", " ").replace("-", " ").split()).casefold()
    for kind, label in RECORD_KINDS.items():
        if wanted in (kind.replace("_", " "), label.casefold()):
            return kind
    return None


def _records(ids_by_kind: dict[str, list[int]]) -> ColumnElement[bool]:
    every_id = [i for ids in ids_by_kind.values() for i in ids]
    if not every_id:
        return false()
    # The integer test first: SQLite checks terms in order, and most rows fail it at
    # once (a third of the cost of comparing the kind's text on every row).
    return and_(
        AuditEntry.record_id.in_(every_id),
        or_(
            *(
                and_(AuditEntry.record_kind == kind, AuditEntry.record_id.in_(ids))
                for kind, ids in ids_by_kind.items()
                if ids
            )
        ),
    )


def _before(at: SQLColumnExpression[dt.datetime], cursor: AuditCursor) -> ColumnElement[bool]:
    """Older than the cursor in the view's order (at, then id, both descending)."""
    return and_(at <= cursor.at, or_(at < cursor.at, AuditEntry.id < cursor.id))


def _from(at: SQLColumnExpression[dt.datetime], floor: AuditCursor) -> ColumnElement[bool]:
    """The cursor's entry and newer."""
    return and_(at >= floor.at, or_(at > floor.at, AuditEntry.id >= floor.id))


# -- reads ---------------------------------------------------------------------------

_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.action,
    AuditEntry.record_kind,
    AuditEntry.record_id,
    AuditEntry.actor,
)

_Row = Row[tuple[int, dt.datetime, str, str, int | None, str | None]]


def _newest(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    after: AuditCursor | None,
    limit: int,
    *,
    at: SQLColumnExpression[dt.datetime] = AuditEntry.at,
) -> list[_Row]:
    """Newest first; through the at index unless ``at`` is the unindexed column."""
    query = select(*_COLUMNS).where(*where)
    if after is not None:
        query = query.where(_before(at, after))
    query = query.order_by(at.desc(), AuditEntry.id.desc()).limit(limit)
    return list(session.execute(query))


def _newest_matching(
    session: Session, conditions: _Conditions, after: AuditCursor | None, limit: int
) -> list[_Row]:
    """Narrowed by kind or record: the newest entries through the index first, then,
    if they do not fill the page, the older ones in one pass over the table."""
    assert conditions.narrowing is not None
    window = session.execute(
        select(AuditEntry.at, AuditEntry.id)
        .where(*conditions.period, *([_before(AuditEntry.at, after)] if after else []))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .offset(INDEX_WINDOW_PAGES * PAGE - 1)
        .limit(1)
    ).first()  # from the index alone: a few milliseconds
    floor = AuditCursor(window.at, window.id) if window is not None else None
    recent_where = [*conditions.period, conditions.narrowing]
    if floor is not None:
        recent_where.append(_from(AuditEntry.at, floor))
    rows = _newest(session, recent_where, after, limit)
    if floor is None or len(rows) >= limit:
        return rows
    at = _at_for(session, (conditions.bounds[0], floor.at))
    older_where = [*_period(at, conditions.bounds), conditions.narrowing]
    return rows + _newest(session, older_where, floor, limit - len(rows), at=at)


def _at_for(
    session: Session, bounds: tuple[dt.datetime | None, dt.datetime | None]
) -> SQLColumnExpression[dt.datetime]:
    """The at column to read a range through: indexed for a small share of the log,
    unindexed (one pass over the table) for a large one."""
    if bounds[0] is None:
        return _AT_UNINDEXED  # everything up to a moment: most of the log, as a rule
    in_range = _count(session, _period(AuditEntry.at, bounds))  # from the index alone
    return AuditEntry.at if in_range < INDEX_SHARE * _count(session, []) else _AT_UNINDEXED


def _count(session: Session, where: Iterable[ColumnElement[bool]]) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry).where(*where)) or 0


# -- what the view shows ---------------------------------------------------------------


def _view_entries(session: Session, rows: Sequence[_Row]) -> list[AuditViewEntry]:
    """The rows with their records named: case references (for a case, its contacts
    and its offers) and the export log's entry of each export, read in a few batches."""
    ids: dict[str, set[int]] = {}
    for row in rows:
        if row.record_id is not None:
            ids.setdefault(row.record_kind, set()).add(row.record_id)
    references = _case_references(session, ids)
    exports = _exports(session, ids.get("export", set()))
    return [
        AuditViewEntry(
            id=row.id,
            at=row.at,
            actor=row.actor,
            action=row.action,
            description=describe(row.action),
            group=group_of(row.action),
            record=_record_text(row.record_kind, row.record_id, references),
            export=exports.get(row.record_id) if row.record_kind == "export" else None,
        )
        for row in rows
    ]


def _case_references(session: Session, ids: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    """(record kind, id) -> the reference of the case it belongs to."""
    found: dict[tuple[str, int], str] = {}
    queries = {
        "case": select(Case.id, Case.reference).where(Case.id.in_(ids.get("case", ()))),
        "contact": select(Contact.id, Case.reference)
        .join(Case, Case.id == Contact.case_id)
        .where(Contact.id.in_(ids.get("contact", ()))),
        "resource_offer": select(ResourceOffer.id, Case.reference)
        .join(Case, Case.id == ResourceOffer.case_id)
        .where(ResourceOffer.id.in_(ids.get("resource_offer", ()))),
    }
    for kind, query in queries.items():
        if ids.get(kind):
            found.update({(kind, record_id): ref for record_id, ref in session.execute(query)})
    return found


def _exports(session: Session, export_ids: set[int]) -> dict[int, ExportDetail]:
    if not export_ids:
        return {}
    query = select(ExportEntry).where(ExportEntry.id.in_(export_ids))
    return {
        e.id: ExportDetail(
            e.file_format,
            tuple(p for p in e.periods.split(",") if p),
            e.rows,
            e.k_achieved,
            e.sha256,
        )
        for e in session.scalars(query)
    }


def _record_text(
    record_kind: str, record_id: int | None, references: dict[tuple[str, int], str]
) -> str:
    if record_id is None:
        return ""  # the action concerns no one record (a list, a backup)
    if record_kind == "settings":
        return "Program settings"  # one row, always number 1
    label = f"{record_kind_label(record_kind)} {record_id}"
    reference = references.get((record_kind, record_id))
    if reference is None:
        return label
    return reference if record_kind == "case" else f"{label} · {reference}"
