"""Who is available when: weekly slots, less time away, plus extra dated slots."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.store.models import AvailabilityException, AvailabilitySlot, Supporter
from peersupport_desktop.store.vault import Vault


def available_at(vault: Vault, moment: dt.datetime) -> list[tuple[int, str]]:
    """(id, name) of the active supporters free at ``moment``, by name."""
    at_time = moment.time()
    with vault.transaction() as session:
        weekly = set(
            session.scalars(
                select(AvailabilitySlot.supporter_id).where(
                    AvailabilitySlot.weekday == moment.weekday(),
                    AvailabilitySlot.starts <= at_time,
                    AvailabilitySlot.ends > at_time,
                )
            )
        )
        exceptions = session.execute(
            select(AvailabilityException.supporter_id, AvailabilityException.available).where(
                AvailabilityException.starts_at <= moment, AvailabilityException.ends_at > moment
            )
        ).all()
        away = {sid for sid, available in exceptions if not available}
        extra = {sid for sid, available in exceptions if available}
        free = (weekly - away) | extra
        if not free:
            return []
        rows = session.execute(
            select(Supporter.id, Supporter.name)
            .where(Supporter.id.in_(free), Supporter.status == SupporterStatus.ACTIVE)
            .order_by(Supporter.name)
        )
        return [(int(sid), name) for sid, name in rows]
