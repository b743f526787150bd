"""The program's figures, one definition each (shared/domain/METRICS.md), computed in SQL.

The Today page, the quarterly report and the anonymized exports all take their
numbers from here. Every count is an SQL aggregate; only the handful of grouped
rows comes back to Python.

Cut-off: figures are computed as known at ``as_of`` (the report's production
time). State figures of a period that has ended (open at its end, awaiting
outreach) are taken at the end of the period; for the current period, at ``as_of``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    distinct,
    exists,
    func,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from peersupport_desktop.core.codes import ContactKind, Outcome, ResourceKind, SupporterStatus
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.clock import now
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
from peersupport_desktop.store.vault import Vault

NO_DEPARTMENT = "(no department)"
_REACHING_KINDS = [kind for kind in ContactKind if kind.reaches_person]


@dataclass(frozen=True, slots=True)
class Period:
    label: str
    starts: dt.datetime
    ends: dt.datetime  # exclusive

    @classmethod
    def of(cls, quarter: Quarter) -> Period:
        return cls(str(quarter), quarter.starts, quarter.ends)

    @classmethod
    def year_to_date(cls, quarter: Quarter) -> Period:
        return cls(f"{quarter.year} to date", Quarter(quarter.year, 1).starts, quarter.ends)

    @property
    def last_day(self) -> dt.date:
        return (self.ends - dt.timedelta(days=1)).date()


@dataclass(frozen=True, slots=True)
class SupporterWorkload:
    supporter_id: int
    name: str
    contacts: int
    minutes: int


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    period: Period
    cutoff: dt.datetime
    referrals: int
    by_event_type: dict[str, int]
    by_referral_source: dict[str, int]
    by_role: dict[str, int]
    by_department: dict[str, int]
    events: int
    group_events: int
    with_outreach: int
    outreach_hours_median: float | None
    outreach_hours_p90: float | None
    within_target: int
    missed_target: int
    awaiting_outreach: int
    reached: int
    accepted: int
    declined_without_conversation: int
    contacts: int
    supporter_minutes: int
    referred_to_resources: int
    resources_accepted: int
    offers_by_kind: dict[str, tuple[int, int]]  # kind -> (offered, accepted)
    closed_by_outcome: dict[str, int]
    open_at_end: int
    active_trained_supporters: int
    trainings: int
    workload: tuple[SupporterWorkload, ...] = field(default=())

    @property
    def within_target_share(self) -> float | None:
        judged = self.within_target + self.missed_target
        return self.within_target / judged if judged else None

    @property
    def acceptance_rate(self) -> float | None:
        denominator = self.reached + self.declined_without_conversation
        return self.accepted / denominator if denominator else None

    @property
    def supporter_hours(self) -> float:
        return self.supporter_minutes / 60

    @property
    def closed(self) -> int:
        return sum(self.closed_by_outcome.values())


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One quarter of the trend chart: referrals, and cases reached within target."""

    quarter: Quarter
    referrals: int
    within_target: int


@dataclass(frozen=True, slots=True)
class ReportFigures:
    """A quarter in full, the quarter before and the year to date; eight quarters of trend."""

    quarter: PeriodFigures
    previous: PeriodFigures
    year_to_date: PeriodFigures
    trend: tuple[TrendPoint, ...]  # oldest first, the quarter itself last


def report_figures(
    vault: Vault, quarter: Quarter, *, as_of: dt.datetime | None = None
) -> ReportFigures:
    as_of = as_of or now()
    with vault.transaction() as session:
        return ReportFigures(
            quarter=period_figures(session, Period.of(quarter), as_of, with_workload=True),
            previous=period_figures(session, Period.of(quarter.previous()), as_of),
            year_to_date=period_figures(session, Period.year_to_date(quarter), as_of),
            trend=_trend(session, quarter.back(8), as_of),
        )


def figures_for(
    vault: Vault, quarter: Quarter, *, as_of: dt.datetime | None = None
) -> PeriodFigures:
    with vault.transaction() as session:
        return period_figures(session, Period.of(quarter), as_of or now(), with_workload=True)


def awaiting_outreach(vault: Vault, *, at: dt.datetime | None = None) -> int:
    """Cases without any contact now: the number the status bar and Today show."""
    moment = at or now()
    with vault.transaction() as session:
        return session.scalar(select(func.count()).where(_awaiting_at(moment))) or 0


def period_figures(
    session: Session, period: Period, as_of: dt.datetime, *, with_workload: bool = False
) -> PeriodFigures:
    cutoff = as_of
    state_at = min(period.ends, as_of)  # when the period's state figures are taken
    in_period = and_(Case.referred_at >= period.starts, Case.referred_at < period.ends)
    if as_of < period.ends:
        in_period = and_(in_period, Case.referred_at <= as_of)

    splits = _splits(session, in_period)
    events, group_events = _events(session, in_period)
    hours = _outreach_hours(session, in_period, cutoff)
    within, missed = _target(session, in_period, cutoff)
    reached, accepted, declined_silent = _acceptance(session, in_period, cutoff)
    contacts, minutes = _contacts(session, period, cutoff)
    offered_cases, accepted_cases, offers_by_kind = _resources(session, period, cutoff)
    return PeriodFigures(
        period=period,
        cutoff=cutoff,
        referrals=sum(splits["total"].values()),
        by_event_type=dict(splits["event_type"]),
        by_referral_source=dict(splits["referral_source"]),
        by_role=dict(splits["role"]),
        by_department=dict(splits["department"]),
        events=events,
        group_events=group_events,
        with_outreach=hours[0],
        outreach_hours_median=hours[1],
        outreach_hours_p90=hours[2],
        within_target=within,
        missed_target=missed,
        awaiting_outreach=session.scalar(select(func.count()).where(_awaiting_at(state_at))) or 0,
        reached=reached,
        accepted=accepted,
        declined_without_conversation=declined_silent,
        contacts=contacts,
        supporter_minutes=minutes,
        referred_to_resources=offered_cases,
        resources_accepted=accepted_cases,
        offers_by_kind=offers_by_kind,
        closed_by_outcome=_closings(session, period, cutoff),
        open_at_end=_open_count(session, state_at),
        active_trained_supporters=_active_trained(session, period),
        trainings=session.scalar(
            select(func.count()).where(
                Training.held_on >= period.starts.date(),
                Training.held_on <= min(period.last_day, cutoff.date()),
            )
        )
        or 0,
        workload=_workload(session, period, cutoff) if with_workload else (),
    )


def _trend(
    session: Session, quarters: list[Quarter], cutoff: dt.datetime
) -> tuple[TrendPoint, ...]:
    """Referrals and within-target counts per quarter: one index range each."""
    within = and_(
        Case.first_outreach_at.is_not(None),
        Case.first_outreach_at <= cutoff,
        Case.first_outreach_at <= Case.outreach_due_at,
    )
    points = []
    for quarter in quarters:
        n, reached_in_time = session.execute(
            select(func.count(), func.coalesce(func.sum(case((within, 1), else_=0)), 0)).where(
                Case.referred_at >= quarter.starts,
                Case.referred_at < quarter.ends,
                Case.referred_at <= cutoff,
            )
        ).one()
        points.append(TrendPoint(quarter, int(n), int(reached_in_time)))
    return tuple(points)


def _splits(session: Session, in_period: ColumnElement[bool]) -> dict[str, Counter[str]]:
    department = func.coalesce(Department.name, NO_DEPARTMENT)
    query = (
        select(Event.event_type, Case.referral_source, Clinician.role, department, func.count())
        .select_from(Case)
        .join(Event, Event.id == Case.event_id)
        .join(Clinician, Clinician.id == Case.clinician_id)
        .outerjoin(Department, Department.id == Clinician.department_id)
        .where(in_period)
        .group_by(Event.event_type, Case.referral_source, Clinician.role, department)
    )
    splits: dict[str, Counter[str]] = {
        name: Counter() for name in ("total", "event_type", "referral_source", "role", "department")
    }
    for event_type, source, role, department_name, count in session.execute(query):
        splits["total"]["all"] += count
        splits["event_type"][event_type] += count
        splits["referral_source"][source.value] += count
        splits["role"][role.value] += count
        splits["department"][department_name] += count
    return splits


def _events(session: Session, in_period: ColumnElement[bool]) -> tuple[int, int]:
    # A group event: two or more of the period's cases share it.
    per_event = (
        select(Case.event_id, func.count().label("n"))
        .where(in_period)
        .group_by(Case.event_id)
        .subquery()
    )
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(case((per_event.c.n >= 2, 1), else_=0)), 0))
    ).one()
    return int(row[0]), int(row[1])


def _hours_expression() -> ColumnElement[float]:
    return (func.julianday(Case.first_outreach_at) - func.julianday(Case.referred_at)) * 24.0


def _outreach_hours(
    session: Session, in_period: ColumnElement[bool], cutoff: dt.datetime
) -> tuple[int, float | None, float | None]:
    """How many cases had a first outreach by the cut-off; median and 90th percentile hours.

    The median is the usual one (the mean of the two middle values when even); the
    90th percentile is the nearest-rank one: the smallest value that at least 90%
    of the cases do not exceed. Both are picked out by SQL with ORDER BY/OFFSET.
    """
    hours = _hours_expression()
    condition = and_(
        in_period, Case.first_outreach_at.is_not(None), Case.first_outreach_at <= cutoff
    )
    count = session.scalar(select(func.count()).where(condition)) or 0
    if count == 0:
        return 0, None, None

    def nth(index: int) -> float:
        value = session.scalar(
            select(hours).where(condition).order_by(hours).offset(index).limit(1)
        )
        return round(float(value or 0.0), 6)

    middle = count // 2
    median = nth(middle) if count % 2 else (nth(middle - 1) + nth(middle)) / 2
    rank = -(-9 * count // 10)  # ceil(0.9 * count) without floating point
    return count, median, nth(rank - 1)


def _target(
    session: Session, in_period: ColumnElement[bool], cutoff: dt.datetime
) -> tuple[int, int]:
    reached_by_cutoff = and_(Case.first_outreach_at.is_not(None), Case.first_outreach_at <= cutoff)
    within = and_(reached_by_cutoff, Case.first_outreach_at <= Case.outreach_due_at)
    late = and_(reached_by_cutoff, Case.first_outreach_at > Case.outreach_due_at)
    overdue = and_(not_(reached_by_cutoff), Case.outreach_due_at < cutoff)
    row = session.execute(
        select(
            func.coalesce(func.sum(case((within, 1), else_=0)), 0),
            func.coalesce(func.sum(case((or_(late, overdue), 1), else_=0)), 0),
        ).where(in_period)
    ).one()
    return int(row[0]), int(row[1])


def _acceptance(
    session: Session, in_period: ColumnElement[bool], cutoff: dt.datetime
) -> tuple[int, int, int]:
    talked = exists().where(
        Contact.case_id == Case.id,
        Contact.kind.in_(_REACHING_KINDS),
        Contact.occurred_at <= cutoff,
    )
    declined = Case.outcome == Outcome.DECLINED
    row = session.execute(
        select(
            func.coalesce(func.sum(case((talked, 1), else_=0)), 0),
            func.coalesce(
                func.sum(
                    case((and_(talked, or_(Case.outcome.is_(None), not_(declined))), 1), else_=0)
                ),
                0,
            ),
            func.coalesce(func.sum(case((and_(not_(talked), declined), 1), else_=0)), 0),
        ).where(in_period)
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def _contacts(session: Session, period: Period, cutoff: dt.datetime) -> tuple[int, int]:
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(Contact.duration_minutes), 0)).where(
            *_dated(Contact.occurred_at, period, cutoff)
        )
    ).one()
    return int(row[0]), int(row[1])


def _resources(
    session: Session, period: Period, cutoff: dt.datetime
) -> tuple[int, int, dict[str, tuple[int, int]]]:
    dated = _dated(ResourceOffer.offered_at, period, cutoff)
    accepted = ResourceOffer.accepted.is_(True)
    cases_row = session.execute(
        select(
            func.count(distinct(ResourceOffer.case_id)),
            func.count(distinct(case((accepted, ResourceOffer.case_id)))),
        ).where(*dated)
    ).one()
    by_kind = session.execute(
        select(
            Resource.kind, func.count(), func.coalesce(func.sum(case((accepted, 1), else_=0)), 0)
        )
        .join(Resource, Resource.id == ResourceOffer.resource_id)
        .where(*dated)
        .group_by(Resource.kind)
    )
    offers = {kind.value: (int(n), int(took)) for kind, n, took in by_kind}
    ordered = {kind.value: offers[kind.value] for kind in ResourceKind if kind.value in offers}
    return int(cases_row[0]), int(cases_row[1]), ordered


def _closings(session: Session, period: Period, cutoff: dt.datetime) -> dict[str, int]:
    """Cases closed in the period, by the outcome of their last closing in it."""
    later = aliased(CaseClosing)
    dated = _dated(CaseClosing.closed_at, period, cutoff)
    superseded = exists().where(
        later.case_id == CaseClosing.case_id,
        later.closed_at > CaseClosing.closed_at,
        *_dated(later.closed_at, period, cutoff),
    )
    rows = session.execute(
        select(CaseClosing.outcome, func.count())
        .where(*dated, not_(superseded))
        .group_by(CaseClosing.outcome)
    )
    counts = {outcome.value: int(n) for outcome, n in rows}
    return {o.value: counts[o.value] for o in Outcome if o.value in counts}


def _active_trained(session: Session, period: Period) -> int:
    # Status has no history: "active on the last day" is the current status. The
    # roster's entry date is no guide either: programs enter supporters trained years ago.
    return (
        session.scalar(
            select(func.count()).where(
                Supporter.status == SupporterStatus.ACTIVE,
                Supporter.training_date <= period.last_day,
            )
        )
        or 0
    )


def _workload(
    session: Session, period: Period, cutoff: dt.datetime
) -> tuple[SupporterWorkload, ...]:
    rows = session.execute(
        select(
            Supporter.id,
            Supporter.name,
            func.count(Contact.id),
            func.coalesce(func.sum(Contact.duration_minutes), 0),
        )
        .join(Contact, Contact.supporter_id == Supporter.id)
        .where(*_dated(Contact.occurred_at, period, cutoff))
        .group_by(Supporter.id, Supporter.name)
        .order_by(func.count(Contact.id).desc(), Supporter.name)
    )
    return tuple(SupporterWorkload(int(i), name, int(n), int(m)) for i, name, n, m in rows)


def _open_count(session: Session, moment: dt.datetime) -> int:
    """Cases referred before ``moment`` and not closed then: two index counts.

    A case has at most one closing standing at any moment (a reopen ends one before
    the next begins), and a closing never precedes its referral.
    """
    referred = session.scalar(select(func.count()).where(Case.referred_at < moment)) or 0
    closed = (
        session.scalar(
            select(func.count()).where(
                CaseClosing.closed_at < moment,
                or_(CaseClosing.reopened_at.is_(None), CaseClosing.reopened_at >= moment),
            )
        )
        or 0
    )
    return referred - closed


def _open_at(moment: dt.datetime) -> ColumnElement[bool]:
    """Not closed at ``moment``: no closing before it that was still standing then."""
    standing = exists().where(
        CaseClosing.case_id == Case.id,
        CaseClosing.closed_at < moment,
        or_(CaseClosing.reopened_at.is_(None), CaseClosing.reopened_at >= moment),
    )
    return not_(standing)


def _awaiting_at(moment: dt.datetime) -> ColumnElement[bool]:
    return and_(
        Case.referred_at < moment,
        or_(Case.first_outreach_at.is_(None), Case.first_outreach_at >= moment),
        _open_at(moment),
    )


def _dated(
    column: QueryableAttribute[dt.datetime], period: Period, cutoff: dt.datetime
) -> tuple[ColumnElement[bool], ...]:
    return (
        column >= period.starts,
        column < min(period.ends, cutoff + dt.timedelta(microseconds=1)),
    )
