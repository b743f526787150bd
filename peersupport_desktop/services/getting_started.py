"""Getting started: the five things a new program sets up, each read from the vault.

A vault counts as getting started until it has closed a case: a program that has
seen a case through has set itself up, and a long-used vault that never renamed
the program (say) is not shown a beginner's list. The steps are judged from what
the vault holds, so nothing is stored to remember them:

- the program is named once its name is not the one every new vault starts with;
- supporters are added once one is on the roster and not retired;
- the outreach target is set once the settings have been saved at least once (the
  audit log's "settings.edit"): 24 hours may be right, but only the coordinator says so;
- the resource directory is filled once one entry is in the offer list (active);
- the first case is taken in once there is one.

Each read is a lookup through an index (or the first row of a small table), so
Today can ask every minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.store.models import (
    DEFAULT_PROGRAM_NAME,
    AuditEntry,
    Case,
    CaseClosing,
    ProgramSettings,
    Resource,
    Supporter,
)
from peersupport_desktop.store.vault import Vault

# The name every vault is created with (store/reference_data.py).


@dataclass(frozen=True, slots=True)
class GettingStarted:
    program_named: bool
    supporters_added: bool
    target_set: bool
    resources_listed: bool
    first_case: bool
    outreach_target_hours: int
    established: bool  # a case has been closed: past getting started

    @property
    def steps(self) -> tuple[bool, ...]:
        return (
            self.program_named,
            self.supporters_added,
            self.target_set,
            self.resources_listed,
            self.first_case,
        )

    @property
    def done(self) -> int:
        return sum(self.steps)

    @property
    def complete(self) -> bool:
        return all(self.steps)

    @property
    def offered(self) -> bool:
        """Whether the list has anything to say: a vault still setting up, not all done."""
        return not self.established and not self.complete


def progress(vault: Vault) -> GettingStarted:
    with vault.reading() as session:
        row = session.get(ProgramSettings, 1)
        assert row is not None  # every open vault holds it (reference_data)
        return GettingStarted(
            program_named=row.program_name != DEFAULT_PROGRAM_NAME,
            supporters_added=_any(
                session, select(Supporter.id).where(Supporter.status != SupporterStatus.RETIRED)
            ),
            target_set=_any(
                session,
                # Through ix_audit_log_record: the settings' entries only.
                select(AuditEntry.id).where(
                    AuditEntry.record_kind == "settings",
                    AuditEntry.record_id == 1,
                    AuditEntry.action == "settings.edit",
                ),
            ),
            resources_listed=_any(session, select(Resource.id).where(Resource.active.is_(True))),
            first_case=_any(session, select(Case.id)),
            outreach_target_hours=row.outreach_target_hours,
            established=_any(session, select(CaseClosing.id)),
        )


def _any(session: Session, query: Select[Any]) -> bool:
    return session.scalar(query.limit(1)) is not None
