"""A case's level of support (Scott's three tiers), and every move between them.

A move is kept as it was made (tier_changes); the case holds the tier it is at and
the highest it reached, which the report counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core import tiers
from peersupport_desktop.core.codes import CaseStatus, TierReason
from peersupport_desktop.services import audit
from peersupport_desktop.services.case_state import load_case
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.validation import code_value
from peersupport_desktop.store.models import Case, TierChange
from peersupport_desktop.store.vault import Vault

# A clock a little fast on another computer is no move made in the future.
_LEEWAY = dt.timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class TierMove:
    id: int
    changed_at: dt.datetime
    from_tier: int
    to_tier: int
    reason: TierReason

    @property
    def up(self) -> bool:
        return self.to_tier > self.from_tier


@dataclass(frozen=True, slots=True)
class TierHistory:
    case_id: int
    reference: str
    tier: int
    highest_tier: int
    moves: tuple[TierMove, ...]  # oldest first

    @property
    def label(self) -> str:
        return tiers.LABELS[self.tier]


def move_tier(
    vault: Vault,
    case_id: int,
    to_tier: int,
    reason: TierReason | str,
    at: dt.datetime | None = None,
) -> TierHistory:
    """Move a case to another level of support, for a reason from the list."""
    with vault.transaction() as session:
        case = load_case(session, case_id)
        if case.deidentified_at is not None:
            raise InvalidInput("tier", "A de-identified case keeps the tier it had.")
        if case.status is CaseStatus.CLOSED:
            raise InvalidInput("tier", "The case is closed: reopen it to change its tier.")
        if to_tier not in tiers.TIERS:
            raise InvalidInput("tier", "The tier is 1, 2 or 3.")
        if to_tier == case.tier:
            raise InvalidInput("tier", f"The case is at {tiers.SHORT[to_tier]} already.")
        why = code_value("reason", TierReason, reason)
        changed_at = (at or now()).replace(microsecond=0)
        if changed_at < case.referred_at:
            raise InvalidInput("changed_at", "A tier cannot change before the referral.")
        if changed_at > now() + _LEEWAY:
            raise InvalidInput("changed_at", "A tier change cannot be dated in the future.")
        latest = _moves(session, case.id)[-1:]
        if latest and changed_at < latest[0].changed_at:
            raise InvalidInput(
                "changed_at", "A tier change cannot come before the case's last one."
            )
        move = TierChange(
            case_id=case.id, changed_at=changed_at, from_tier=case.tier, to_tier=to_tier,
            reason=why,
        )  # fmt: skip
        session.add(move)
        case.tier = to_tier
        case.highest_tier = max(case.highest_tier, to_tier)
        session.flush()
        audit.record(session, "case.tier", "case", case.id)
        return _history(session, case)


def tier_history(vault: Vault, case_id: int) -> TierHistory:
    """The case's tier now, the highest it reached, and each move, oldest first."""
    with vault.reading() as session:
        return _history(session, load_case(session, case_id))


def _moves(session: Session, case_id: int) -> list[TierChange]:
    query = (
        select(TierChange)
        .where(TierChange.case_id == case_id)
        .order_by(TierChange.changed_at, TierChange.id)
    )
    return list(session.scalars(query))


def _history(session: Session, case: Case) -> TierHistory:
    return TierHistory(
        case_id=case.id,
        reference=case.reference,
        tier=case.tier,
        highest_tier=case.highest_tier,
        moves=tuple(
            TierMove(m.id, m.changed_at, m.from_tier, m.to_tier, m.reason)
            for m in _moves(session, case.id)
        ),
    )
