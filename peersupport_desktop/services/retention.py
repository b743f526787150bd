"""Retention: closed cases past the program's retention period lose who they were about.

A case past retention (core/retention.py: on or after the day its latest closing
date plus the program's ``retention_months``) is de-identified in place:

- the case: its referrer is removed (often a person's name); its contacts' notes are
  removed. Its reference, dates, statuses, outcome, closings, contacts (kind, mode,
  time, duration, parts, supporter) and resource offers stay: they are the figures.
- the clinician: once *every* case of theirs is de-identified, the name becomes
  ``DEIDENTIFIED_NAME`` and email, phone and preferred language are removed; role and
  department stay (the figures split by them). A supporter record linked to that
  clinician is unlinked, or the supporter's name would say who the case was about.
  A clinician with a newer or open case keeps their identity until that one is due.
- the event: once every case of it is de-identified, its description and the
  notifying office's reference (``external_ref``, an identifier) are removed. Its
  type, date and department stay; so does ``external_source``, the name of the
  system the notice came from, which is about no one (and import_mappings reads it
  to keep one spelling per source).

Every figure of METRICS.md reads only what stays, so past quarters' figures (and
the anonymized exports) do not change. The removed text is made unrecoverable, not
just unlinked: ``PRAGMA secure_delete`` zeroes the freed bytes (within the encrypted
pages, where anyone with the passphrase could otherwise still read them), and a
truncating WAL checkpoint afterwards overwrites the main file's old pages and
empties the log that held them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlalchemy.exc
from sqlalchemy import ColumnElement, Connection, and_, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from peersupport_desktop.core.retention import latest_closing_past
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store import work_hold
from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.models import (
    Case,
    Clinician,
    Contact,
    Event,
    FeedbackInvitation,
    FeedbackResponse,
    ProgramSettings,
    Supporter,
)
from peersupport_desktop.store.vault import Vault, translate_errors

DEIDENTIFIED_NAME = "De-identified"  # a de-identified clinician's name, where a name is shown
_CHUNK = 500  # bound parameters per IN (...), well under SQLite's limit


@dataclass(frozen=True, slots=True)
class RetentionPreview:
    """What applying retention today would do, for a confirmation to show."""

    months: int | None  # the setting; None: retention is off (then nothing else is set)
    closed_on_or_before: dt.date | None  # the cases past retention closed on or before this
    cases: int  # closed cases past retention and not de-identified yet

    def sentence(self) -> str:
        """ "2 closed cases (closed on or before 2025-11-22) are past the 12-month retention
        period": said the same by the window's confirmation and the command line."""
        closed = (
            f" (closed on or before {self.closed_on_or_before})" if self.closed_on_or_before else ""
        )
        verb = "is" if self.cases == 1 else "are"
        return f"{closed_cases(self.cases)}{closed} {verb} past {self.period()}"

    def period(self) -> str:
        return f"the {self.months}-month retention period"


def closed_cases(count: int) -> str:
    return f"{count} closed case{'' if count == 1 else 's'}"


def retention_preview(vault: Vault, today: dt.date) -> RetentionPreview:
    """How many closed cases are past retention on ``today`` and not yet de-identified."""
    with vault.reading() as session:
        return _preview(session, today)


def cases_past_retention(vault: Vault, today: dt.date) -> int:
    """The count the confirmation lists; 0 when retention is off."""
    return retention_preview(vault, today).cases


def deidentify_past_retention(vault: Vault, today: dt.date) -> int:
    """De-identify every closed case past retention on ``today``; how many were.

    One transaction under the write lock: all of them or none. Irreversible, so
    never as of a day still to come. Audited per case ("retention.deidentify") and
    once for the run ("retention.run"), never with content.
    """
    if today > now().date():
        raise InvalidInput("today", "Retention is applied as of today, never a later day.")
    # Alone among tasks that hold the vault: no import from another process adds a
    # case past retention halfway, and the checkpoint after can wipe the old pages.
    with work_hold.exclusive(vault.path):
        with vault.transaction() as session:
            preview = _preview(session, today)
            if preview.months is None:
                return 0  # off: nothing ran, nothing to audit
            conn, latest = session.connection(), preview.closed_on_or_before
            with _secure_delete(conn):
                ids = _deidentify(conn, latest) if latest is not None and preview.cases else []
                audit.record_many(session, "retention.deidentify", "case", ids)
                audit.record(session, "retention.run", "retention", None)
                session.flush()  # every write while secure_delete is on
        _checkpoint(vault)
    return len(ids)


def _preview(session: Session, today: dt.date) -> RetentionPreview:
    settings = session.get(ProgramSettings, 1)
    months = settings.retention_months if settings is not None else None
    if months is None:
        return RetentionPreview(None, None, 0)
    latest = latest_closing_past(today, months)
    if latest is None:
        return RetentionPreview(months, None, 0)
    count = session.scalar(select(func.count()).select_from(Case).where(_past(latest)))
    return RetentionPreview(months, latest, int(count or 0))


def _past(latest: dt.date) -> ColumnElement[bool]:
    """Closed (its latest closing: a reopened case has none until closed again) on or
    before ``latest``, and not de-identified yet.

    ``closed_at`` alone says closed (the table's closed_has_outcome check ties it to
    the status): a scan of the table reads a 100,000-case vault in half the time the
    status index's row-by-row lookups take (0.05 s against 0.2 s, warm).
    """
    return and_(
        Case.deidentified_at.is_(None),
        Case.closed_at < dt.datetime.combine(latest + dt.timedelta(days=1), dt.time()),
    )


def _deidentify(conn: Connection, latest: dt.date) -> list[int]:
    rows = conn.execute(
        select(Case.id, Case.clinician_id, Case.event_id).where(_past(latest)).order_by(Case.id)
    ).all()
    ids = [r.id for r in rows]
    stamp = now()
    for chunk in _chunks(ids):
        conn.execute(
            update(Case).where(Case.id.in_(chunk)).values(referrer=None, deidentified_at=stamp)
        )
        conn.execute(
            update(Contact)
            .where(Contact.case_id.in_(chunk), Contact.note.is_not(None))
            .values(note=None)
        )
        # A feedback comment is the person's own words: its answers stay, for the figures.
        conn.execute(
            update(FeedbackResponse)
            .where(
                FeedbackResponse.invitation_id.in_(
                    select(FeedbackInvitation.id).where(FeedbackInvitation.case_id.in_(chunk))
                ),
                FeedbackResponse.comment.is_not(None),
            )
            .values(comment=None)
        )
    for chunk in _chunks(
        _fully_deidentified(conn, Case.clinician_id, {r.clinician_id for r in rows})
    ):
        conn.execute(
            update(Clinician)
            .where(Clinician.id.in_(chunk))
            .values(name=DEIDENTIFIED_NAME, email=None, phone=None, preferred_language=None)
        )
        conn.execute(
            update(Supporter).where(Supporter.clinician_id.in_(chunk)).values(clinician_id=None)
        )
    for chunk in _chunks(_fully_deidentified(conn, Case.event_id, {r.event_id for r in rows})):
        conn.execute(
            update(Event).where(Event.id.in_(chunk)).values(description=None, external_ref=None)
        )
    return ids


def _fully_deidentified(
    conn: Connection, owner: InstrumentedAttribute[int], candidates: set[int]
) -> list[int]:
    """The clinicians (or events) among ``candidates`` with no case left identified."""
    still: set[int] = set()
    for chunk in _chunks(sorted(candidates)):
        still.update(
            conn.scalars(
                select(owner).where(owner.in_(chunk), Case.deidentified_at.is_(None)).distinct()
            )
        )
    return sorted(candidates - still)


@contextlib.contextmanager
def _secure_delete(conn: Connection) -> Iterator[None]:
    """Zero what this connection frees, for this unit of work.

    SQLCipher already turns it on for every keyed connection; set here all the same,
    so the removed text never depends on a build's default. The setting is per
    connection, and this one goes back to the pool as it was.
    """
    before = int(conn.exec_driver_sql("PRAGMA secure_delete").scalar_one())
    on = int(conn.exec_driver_sql("PRAGMA secure_delete = 1").scalar_one())
    if on != 1:  # a build without it would leave the removed text readable
        raise VaultError("This SQLCipher build cannot overwrite deleted text; nothing was changed.")
    try:
        yield
    finally:
        # After a failure the connection may refuse; left on, it only writes zeros.
        with contextlib.suppress(sqlalchemy.exc.SQLAlchemyError):
            conn.exec_driver_sql(f"PRAGMA secure_delete = {before}")


def _checkpoint(vault: Vault) -> None:
    """Copy the new pages over the old ones in the main file and empty the WAL.

    Waits for readers as long as the busy timeout allows; should one still hold an
    old snapshot, SQLite finishes the job at its next checkpoint (at the latest when
    the vault closes), as it does for every write.
    """
    with translate_errors(vault.path):
        raw = vault.raw_connection()
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            raw.close()


def _chunks(values: Iterable[int]) -> Iterator[list[int]]:
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
