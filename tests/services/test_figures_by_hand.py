"""Every figure of METRICS.md, recomputed in plain Python over a random demo program.

The figures module reads several periods together, sharing reads between them; this
checks each period against the definitions applied case by case: every quarter,
the year to date and a whole year, as known at two different moments.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import Outcome, SupporterStatus
from peersupport_desktop.core.period_figures import Period
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.figures import NO_DEPARTMENT, periods_figures
from peersupport_desktop.store import keying
from peersupport_desktop.store.models import (
    Case,
    CaseClosing,
    Clinician,
    Contact,
    Department,
    Event,
    Resource,
    ResourceOffer,
    Supporter,
    Training,
)
from peersupport_desktop.store.vault import Vault, create_vault
from tests.conftest import CHEAP_KDF_ITERATIONS, PASSPHRASE

AS_OF = dt.datetime(2026, 11, 20, 15, 0)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path: Path = tmp_path_factory.mktemp("by_hand") / "demo.vault"
    with pytest.MonkeyPatch.context() as patch:  # module scope: before the autouse fixture
        patch.setattr(keying, "KDF_ITERATIONS", CHEAP_KDF_ITERATIONS)
        vault = create_vault(path, PASSPHRASE)
    fill_demo_program(vault, cases=600, seed=23, as_of=AS_OF)
    yield vault
    vault.close()


@dataclass
class Program:
    """The whole program as plain rows."""

    cases: list[tuple[Case, str, str, str]]  # case, event type, role, department
    contacts: list[Contact]
    closings: list[CaseClosing]
    offers: list[tuple[ResourceOffer, str]]  # offer, resource kind
    supporters: list[Supporter]
    trainings: list[Training]


def load(session: Session) -> Program:
    cases = [
        (case, event_type, role.value, department or NO_DEPARTMENT)
        for case, event_type, role, department in session.execute(
            select(Case, Event.event_type, Clinician.role, Department.name)
            .join(Event, Event.id == Case.event_id)
            .join(Clinician, Clinician.id == Case.clinician_id)
            .outerjoin(Department, Department.id == Clinician.department_id)
        )
    ]
    return Program(
        cases=cases,
        contacts=list(session.scalars(select(Contact))),
        closings=list(session.scalars(select(CaseClosing))),
        offers=[
            (offer, kind.value)
            for offer, kind in session.execute(
                select(ResourceOffer, Resource.kind).join(
                    Resource, Resource.id == ResourceOffer.resource_id
                )
            )
        ],
        supporters=list(session.scalars(select(Supporter))),
        trainings=list(session.scalars(select(Training))),
    )


def by_hand(program: Program, period: Period, cutoff: dt.datetime) -> dict[str, object]:
    """The METRICS.md definitions, one case at a time."""
    ends = min(period.ends, cutoff + dt.timedelta(microseconds=1))

    def dated(moment: dt.datetime) -> bool:
        return period.starts <= moment < ends

    state_at = min(period.ends, cutoff)
    cases = [row for row in program.cases if dated(row[0].referred_at)]

    def reached_by_cutoff(case: Case) -> bool:
        return case.first_outreach_at is not None and case.first_outreach_at <= cutoff

    talked = {
        c.case_id for c in program.contacts if c.kind.reaches_person and c.occurred_at <= cutoff
    }
    hours = sorted(
        round((c.first_outreach_at - c.referred_at).total_seconds() / 3600, 6)  # type: ignore[operator]
        for c, *_ in cases
        if reached_by_cutoff(c)
    )
    events = Counter(c.event_id for c, *_ in cases)

    def closed_at(case_id: int, moment: dt.datetime) -> bool:
        return any(
            k.case_id == case_id
            and k.closed_at < moment
            and (k.reopened_at is None or k.reopened_at >= moment)
            for k in program.closings
        )

    last_closing: dict[int, CaseClosing] = {}
    for k in sorted(program.closings, key=lambda k: k.closed_at):
        if dated(k.closed_at):
            last_closing[k.case_id] = k
    offers = [(o, kind) for o, kind in program.offers if dated(o.offered_at)]
    before = [c for c, *_ in program.cases if c.referred_at < state_at]
    open_then = [c for c in before if not closed_at(c.id, state_at)]
    declined = {c.id for c, *_ in cases if c.outcome is Outcome.DECLINED}
    ids = {c.id for c, *_ in cases}
    kinds = sorted({kind for _, kind in offers})
    return {
        "referrals": len(cases),
        "by_event_type": dict(Counter(e for _, e, _, _ in cases)),
        "by_referral_source": dict(Counter(c.referral_source.value for c, *_ in cases)),
        "by_role": dict(Counter(r for _, _, r, _ in cases)),
        "by_department": dict(Counter(d for *_, d in cases)),
        "events": len(events),
        "group_events": sum(1 for n in events.values() if n >= 2),
        "with_outreach": len(hours),
        "outreach_hours_median": statistics.median(hours) if hours else None,
        "outreach_hours_p90": hours[-(-9 * len(hours) // 10) - 1] if hours else None,
        "within_target": sum(
            1
            for c, *_ in cases
            if reached_by_cutoff(c) and c.first_outreach_at <= c.outreach_due_at  # type: ignore[operator]
        ),
        "missed_target": sum(
            1
            for c, *_ in cases
            if (reached_by_cutoff(c) and c.first_outreach_at > c.outreach_due_at)  # type: ignore[operator]
            or (not reached_by_cutoff(c) and c.outreach_due_at < cutoff)
        ),
        "awaiting_outreach": sum(
            1 for c in open_then if c.first_outreach_at is None or c.first_outreach_at >= state_at
        ),
        "reached": len(ids & talked),
        "accepted": len((ids & talked) - declined),
        "declined_without_conversation": len(declined - talked),
        "contacts": sum(1 for c in program.contacts if dated(c.occurred_at)),
        "supporter_minutes": sum(
            c.duration_minutes for c in program.contacts if dated(c.occurred_at)
        ),
        "referred_to_resources": len({o.case_id for o, _ in offers}),
        "resources_accepted": len({o.case_id for o, _ in offers if o.accepted}),
        "offers_by_kind": {
            kind: (
                sum(1 for _, k in offers if k == kind),
                sum(1 for o, k in offers if k == kind and o.accepted),
            )
            for kind in kinds
        },
        "closed_by_outcome": dict(Counter(k.outcome.value for k in last_closing.values())),
        "open_at_end": len(open_then),
        "active_trained_supporters": sum(
            1
            for s in program.supporters
            if s.status is SupporterStatus.ACTIVE
            and s.training_date is not None
            and s.training_date <= period.last_day
        ),
        "trainings": sum(
            1
            for t in program.trainings
            if period.starts.date() <= t.held_on <= min(period.last_day, cutoff.date())
        ),
    }


PERIODS = [
    *(Period.of(q) for q in Quarter(2026, 4).back(9)),
    Period.year_to_date(Quarter(2026, 3)),
    Period("2025", Quarter(2025, 1).starts, Quarter(2026, 1).starts),
]


def overdue_moment(program: Program) -> dt.datetime:
    """Half an hour past the target of a case first reached late: it waits, overdue."""
    late = next(
        c
        for c, *_ in program.cases
        if c.first_outreach_at is not None
        and c.first_outreach_at > c.outreach_due_at + dt.timedelta(hours=1)
        and c.referred_at > Quarter(2026, 1).starts
    )
    return late.outreach_due_at + dt.timedelta(minutes=30)


@pytest.mark.parametrize("when", ["now", "while a case was overdue"])
def test_every_figure_of_every_period_as_defined(demo: Vault, when: str) -> None:
    with demo.transaction() as session:
        program = load(session)
    assert any(k.reopened_at is not None for k in program.closings)  # the hard cases are there
    cutoff = AS_OF if when == "now" else overdue_moment(program)
    computed = periods_figures(demo, PERIODS, cutoff)
    for period, figures in zip(PERIODS, computed, strict=True):
        expected = by_hand(program, period, cutoff)
        got = {name: getattr(figures, name) for name in expected}
        for name in ("outreach_hours_median", "outreach_hours_p90"):
            if expected[name] is not None:
                expected[name] = pytest.approx(expected[name])
        assert got == expected, period.label
    assert sum(f.referrals for f in computed[:9]) == len(
        [c for c, *_ in program.cases if c.referred_at <= cutoff]
    )
