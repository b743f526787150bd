"""The case list: one row per case, every case, from one SQL join.

The window keeps these rows in memory and sorts and filters them itself; at
100,000 cases that beats asking SQL again on every keystroke. Rows come straight
from the driver (no per-value ORM processing): times stay in their stored ISO
text, which sorts correctly and is parsed only for the rows on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from peersupport_desktop.core.codes import CaseStatus, Role
from peersupport_desktop.services import audit
from peersupport_desktop.store.vault import Vault

_QUERY = """
SELECT c.id, c.reference, cl.name, cl.role, coalesce(d.name, ''), e.id, e.event_type,
       et.label, c.referred_at, c.outreach_due_at, c.first_outreach_at, c.status,
       c.supporter_id, coalesce(s.name, ''), c.next_follow_up, c.next_attempt_due_at
FROM cases c
JOIN clinicians cl ON cl.id = c.clinician_id
JOIN events e ON e.id = c.event_id
JOIN event_types et ON et.code = e.event_type
LEFT JOIN departments d ON d.id = cl.department_id
LEFT JOIN supporters s ON s.id = c.supporter_id
"""
_ROLES = {role.value: role for role in Role}
_STATUSES = {status.value: status for status in CaseStatus}


class CaseRow(NamedTuple):
    """One case as the list shows it (a tuple: 100,000 of them build in a blink)."""

    case_id: int
    reference: str
    clinician: str
    role: Role
    department: str
    event_id: int
    event_type: str
    event_type_label: str
    referred_at: str  # stored ISO text: "YYYY-MM-DD HH:MM:SS.ffffff"
    outreach_due_at: str
    first_outreach_at: str | None
    status: CaseStatus
    supporter_id: int | None
    supporter: str
    next_follow_up: str | None  # "YYYY-MM-DD"
    # The next outreach try after an unanswered attempt (services.outreach_attempts).
    next_attempt_due_at: str | None = None

    @property
    def referred(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.referred_at)

    @property
    def hours_to_first_outreach(self) -> float | None:
        if self.first_outreach_at is None:
            return None
        delta = dt.datetime.fromisoformat(self.first_outreach_at) - self.referred
        return delta.total_seconds() / 3600

    def overdue(self, now: dt.datetime) -> bool:
        """Still waiting for outreach after its target time."""
        return (
            self.first_outreach_at is None
            and self.status is not CaseStatus.CLOSED
            and dt.datetime.fromisoformat(self.outreach_due_at) < now
        )


def all_case_rows(vault: Vault) -> list[CaseRow]:
    """Every case, newest referral first."""
    return _rows(vault, " ORDER BY c.referred_at DESC")


def newest_case_rows(vault: Vault, count: int) -> list[CaseRow]:
    """The newest referrals only: a first screenful while the rest loads."""
    return _rows(vault, f" ORDER BY c.referred_at DESC LIMIT {int(count)}")


def _rows(vault: Vault, tail: str) -> list[CaseRow]:
    # The audit entry first, in a transaction of its own, so the long read after it
    # holds no write lock (an import, the watch folder's say, need not wait for it).
    # And a list that could not be audited is not read.
    with vault.transaction() as session:
        audit.record(session, "case.list", "case", None)
    with vault.reading() as session:
        # The driver's own cursor, inside the session's transaction: SQLAlchemy's
        # row wrapping would cost more than the query itself at 100,000 rows.
        driver = session.connection().connection.dbapi_connection
        assert driver is not None
        return [_row(r) for r in driver.cursor().execute(_QUERY + tail)]


def case_row(vault: Vault, case_id: int) -> CaseRow | None:
    """One case's row, to refresh the table after a change."""
    with vault.reading() as session:
        r = session.connection().exec_driver_sql(_QUERY + " WHERE c.id = ?", (case_id,)).first()
    return None if r is None else _row(r)


def _row(r: Sequence[Any]) -> CaseRow:
    return CaseRow(
        r[0], r[1], r[2], _ROLES[r[3]], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
        _STATUSES[r[11]], r[12], r[13], r[14], r[15],
    )  # fmt: skip
