"""Rows every vault must hold: the glossary's event types and the settings row.

Kept out of the migrations so a later version that adds a glossary code brings
it to old and new vaults alike; inserting only what is missing makes it idempotent.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import EventType
from peersupport_desktop.store.models import DEFAULT_PROGRAM_NAME, EventTypeRow, ProgramSettings


def ensure_reference_data(session: Session) -> None:
    present = set(session.scalars(select(EventTypeRow.code)))
    for member in EventType:
        if member.value not in present:
            session.add(EventTypeRow(code=member.value, label=member.label, builtin=True))
    if session.get(ProgramSettings, 1) is None:
        session.add(
            ProgramSettings(
                id=1,
                program_name=DEFAULT_PROGRAM_NAME,
                outreach_target_hours=24,
                small_number_threshold=11,
                lowest_threshold=11,
                auto_lock_minutes=10,
                retention_months=None,
            )
        )
