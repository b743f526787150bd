"""The roster as the Supporters page shows it: each supporter with their load,
when they last supported someone, and whether a refresher is overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from peersupport_desktop.core.capacity_words import load_words
from peersupport_desktop.core.codes import ContactKind, SupporterStatus
from peersupport_desktop.core.lifecycle import OPEN_STATUSES
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.supporters import SupporterRecord, list_supporters
from peersupport_desktop.store.models import Case, Contact
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class RosterRow:
    supporter: SupporterRecord
    open_cases: int
    last_supported: dt.datetime | None  # the last conversation they had with someone
    refresher_overdue: bool

    @property
    def capacity_is_default(self) -> bool:
        """Their cap is the program's default (Settings), not one of their own."""
        return self.supporter.own_capacity is None

    @property
    def load(self) -> str:
        """ "2 of 3", or "2 of 3 (program default)" when the cap is the program's."""
        return load_words(self.open_cases, self.supporter.capacity, self.capacity_is_default)


def roster(vault: Vault, *, today: dt.date | None = None) -> list[RosterRow]:
    """Everyone, retired included (they keep their history), by name."""
    today = today or now().date()
    people = list_supporters(vault, include_retired=True)
    with vault.reading() as session:
        load = dict(
            session.execute(
                select(Case.supporter_id, func.count())
                .where(Case.supporter_id.is_not(None), Case.status.in_(OPEN_STATUSES))
                .group_by(Case.supporter_id)
            ).all()
        )
        last = dict(
            session.execute(
                select(Contact.supporter_id, func.max(Contact.occurred_at))
                .where(
                    Contact.supporter_id.is_not(None),
                    Contact.kind != ContactKind.OUTREACH_ATTEMPT,
                )
                .group_by(Contact.supporter_id)
            ).all()
        )
    return [
        RosterRow(
            supporter=person,
            open_cases=load.get(person.id, 0),
            last_supported=last.get(person.id),
            refresher_overdue=refresher_overdue(person, today),
        )
        for person in people
    ]


def refresher_overdue(person: SupporterRecord, today: dt.date) -> bool:
    """A refresher whose date has passed, for anyone not retired."""
    return (
        person.status is not SupporterStatus.RETIRED
        and person.refresher_due is not None
        and person.refresher_due < today
    )


def refreshers_overdue(vault: Vault, *, today: dt.date | None = None) -> dict[int, dt.date]:
    """Each supporter whose refresher is overdue, and when it was due: the roster's
    rule without its counts over every case (the calendar asks at every unlock)."""
    today = today or now().date()
    return {
        person.id: person.refresher_due
        for person in list_supporters(vault, include_retired=True)
        if refresher_overdue(person, today) and person.refresher_due is not None
    }
