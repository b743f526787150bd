"""The audit log: who did what to which record, never the content."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from peersupport_desktop.services.clock import now
from peersupport_desktop.store.models import AuditEntry
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: dt.datetime
    action: str
    record_kind: str
    record_id: int | None


@functools.cache
def actor() -> str | None:
    """The computer account at work: who, in a vault one coordinator keeps."""
    try:
        return getpass.getuser()[:100]
    except (OSError, KeyError, ImportError):  # no login name to be had (a service account)
        return None


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
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if record_kind is not None:
        query = query.where(AuditEntry.record_kind == record_kind)
    with vault.transaction() as session:
        return [
            AuditRecord(e.id, e.at, e.action, e.record_kind, e.record_id)
            for e in session.scalars(query)
        ]
