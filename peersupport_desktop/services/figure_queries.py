"""The SQL behind the program's figures.

Counts that add up over time are taken per slice and summed per window (see
time_slices.added_up). Figures that do not add up (distinct events, percentiles, a
case's last closing, distinct cases with an offer) are taken per window.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    distinct,
    exists,
    func,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from peersupport_desktop.core.codes import (
    ContactKind,
    Outcome,
    ReferralStep,
    ResourceKind,
    SupporterStatus,
)
from peersupport_desktop.services.time_slices import Window, added_up
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

NO_DEPARTMENT = "(no department)"
_REACHING_KINDS = [kind for kind in ContactKind if kind.reaches_person]


def case_counts(
    session: Session, windows: Sequence[Window], cutoff: dt.datetime
) -> list[Counter[str]]:
    """What is counted over each window's cases (those referred in it): referrals,
    with_outreach, within_target, missed_target, reached, accepted and
    declined_without_conversation."""
    return added_up(windows, lambda part: _case_counts_in(session, part, cutoff))


def _case_counts_in(session: Session, part: Window, cutoff: dt.datetime) -> Counter[str]:
    first, due = Case.first_outreach_at, Case.outreach_due_at
    reached_by_cutoff = and_(first.is_not(None), first <= cutoff)
    talked = exists().where(
        Contact.case_id == Case.id,
        Contact.kind.in_(_REACHING_KINDS),
        Contact.occurred_at <= cutoff,
    )
    per_case = (
        select(
            case((reached_by_cutoff, 1), else_=0).label("outreach"),
            case((and_(reached_by_cutoff, first <= due), 1), else_=0).label("within"),
            case((due < cutoff, 1), else_=0).label("due"),
            case((talked, 1), else_=0).label("talked"),
            case((Case.outcome == Outcome.DECLINED, 1), else_=0).label("declined"),
        )
        .where(part.holds(Case.referred_at))
        # A subquery with a LIMIT is not merged into the outer one, which would
        # otherwise copy the EXISTS above into each sum below and run it three times.
        .limit(-1)
        .subquery()
    )
    c = per_case.c
    names = (
        "referrals",
        "with_outreach",
        "within_target",
        "missed_target",
        "reached",
        "accepted",
        "declined_without_conversation",
    )
    row = session.execute(
        select(
            func.count(),
            func.sum(c.outreach),
            func.sum(c.within),
            # Late, or not reached by the cut-off with the target passed.
            func.sum(case((c.outreach == 1, 1 - c.within), else_=c.due)),
            func.sum(c.talked),
            func.sum(c.talked * (1 - c.declined)),
            func.sum((1 - c.talked) * c.declined),
        )
    ).one()
    return Counter({name: int(value or 0) for name, value in zip(names, row, strict=True)})


def splits(session: Session, windows: Sequence[Window]) -> list[Counter[tuple[str, str]]]:
    """Each window's referrals by (dimension, value): event type, referral source, role,
    department and the highest tier of support reached ("1" to "3")."""
    return added_up(windows, lambda part: _splits_in(session, part))


def _splits_in(session: Session, part: Window) -> Counter[tuple[str, str]]:
    # Two groupings of two columns each, not one of all four: the report wants each
    # dimension alone, and the four together come back as thousands of rows, whose
    # fetching cost several times the counting.
    department = func.coalesce(Department.name, NO_DEPARTMENT)
    by_event = session.execute(
        select(Event.event_type, Case.referral_source, Case.highest_tier, func.count())
        .select_from(Case)
        .join(Event, Event.id == Case.event_id)
        .where(part.holds(Case.referred_at))
        .group_by(Event.event_type, Case.referral_source, Case.highest_tier)
    )
    counts: Counter[tuple[str, str]] = Counter()
    for event_type, source, tier, count in by_event:
        counts["event_type", event_type] += count
        counts["referral_source", source.value] += count
        counts["highest_tier", str(tier)] += count
    by_clinician = session.execute(
        select(Clinician.role, department, func.count())
        .select_from(Case)
        .join(Clinician, Clinician.id == Case.clinician_id)
        .outerjoin(Department, Department.id == Clinician.department_id)
        .where(part.holds(Case.referred_at))
        .group_by(Clinician.role, department)
    )
    for role, department_name, count in by_clinician:
        counts["role", role.value] += count
        counts["department", department_name] += count
    return counts


def events(session: Session, window: Window) -> tuple[int, int]:
    """The window's events and group events (two or more of its cases share one)."""
    per_event = (
        select(func.count().label("n"))
        .where(window.holds(Case.referred_at))
        .group_by(Case.event_id)
        .subquery()
    )
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(case((per_event.c.n >= 2, 1), else_=0)), 0))
    ).one()
    return int(row[0]), int(row[1])


def outreach_hours(
    session: Session, window: Window, cutoff: dt.datetime
) -> tuple[int, float | None, float | None]:
    """How many cases had a first outreach by the cut-off; median and 90th percentile hours.

    The median is the usual one (the mean of the two middle values when even); the
    90th percentile is the nearest-rank one: the smallest value that at least 90%
    of the cases do not exceed. One sort in SQL numbers the values; only the two
    middle ones and the 90th percentile's come back.
    """
    hours = (func.julianday(Case.first_outreach_at) - func.julianday(Case.referred_at)) * 24.0
    measured = and_(
        window.holds(Case.referred_at),
        Case.first_outreach_at.is_not(None),
        Case.first_outreach_at <= cutoff,
    )
    # The count first, so the ranks wanted are known: numbering the sorted values
    # alone streams, where a count over the whole window would hold them all first.
    count = session.scalar(select(func.count()).where(measured)) or 0
    if not count:
        return 0, None, None
    wanted = {(count + 1) // 2, count // 2 + 1, (9 * count + 9) // 10}
    ranked = (
        select(hours.label("hours"), func.row_number().over(order_by=hours).label("rank"))
        .where(measured)
        .subquery()
    )
    picked = session.execute(
        select(ranked.c.rank, ranked.c.hours).where(ranked.c.rank.in_(sorted(wanted)))
    ).all()
    value = {int(r): round(float(h), 6) for r, h in picked}
    median = (value[(count + 1) // 2] + value[count // 2 + 1]) / 2
    return count, median, value[(9 * count + 9) // 10]  # the rank ceil(0.9 * count)


def contacts(session: Session, windows: Sequence[Window]) -> list[Counter[str]]:
    """Each window's contacts and their minutes."""

    def measure(part: Window) -> Counter[str]:
        n, minutes = session.execute(
            select(func.count(), func.sum(Contact.duration_minutes)).where(
                part.holds(Contact.occurred_at)
            )
        ).one()
        return Counter(contacts=int(n), minutes=int(minutes or 0))

    return added_up(windows, measure)


@dataclass(frozen=True, slots=True)
class ResourceCounts:
    cases_offered: int
    cases_accepted: int
    by_kind: dict[str, tuple[int, int]]  # kind -> (offered, accepted)
    cases_connected: int = 0  # with an offer followed until connected


def resources(session: Session, windows: Sequence[Window]) -> list[ResourceCounts]:
    accepted = ResourceOffer.accepted.is_(True)
    connected = ResourceOffer.step == ReferralStep.CONNECTED

    def cases_with(window: Window, condition: ColumnElement[bool]) -> ColumnElement[int]:
        offer = and_(window.holds(ResourceOffer.offered_at), condition)
        return func.count(distinct(case((offer, ResourceOffer.case_id))))

    # Offers are few: one pass counts each window's cases with an offer, distinct.
    per_case = session.execute(
        select(
            *(
                column
                for w in windows
                for column in (
                    cases_with(w, true()),
                    cases_with(w, accepted),
                    cases_with(w, connected),
                )
            )
        )
    ).one()

    def by_kind_in(part: Window) -> Counter[tuple[str, bool]]:
        rows = session.execute(
            select(Resource.kind, ResourceOffer.accepted, func.count())
            .join(Resource, Resource.id == ResourceOffer.resource_id)
            .where(part.holds(ResourceOffer.offered_at))
            .group_by(Resource.kind, ResourceOffer.accepted)
        )
        counts: Counter[tuple[str, bool]] = Counter()
        for kind, took, n in rows:  # took: True, False or not yet known (None)
            counts[kind.value, bool(took)] += int(n)
        return counts

    result = []
    for i, by_kind in enumerate(added_up(windows, by_kind_in)):
        offers = {
            str(k.value): (by_kind[k.value, False] + by_kind[k.value, True], by_kind[k.value, True])
            for k in ResourceKind
            if by_kind[k.value, False] + by_kind[k.value, True]
        }
        offered, took, connected_cases = per_case[3 * i : 3 * i + 3]
        result.append(ResourceCounts(int(offered), int(took), offers, int(connected_cases)))
    return result


def closings(session: Session, window: Window) -> dict[str, int]:
    """Cases closed in the window, by the outcome of their last closing in it."""
    # A closing not reopened before the window ends cannot be followed by another in
    # it (a case closes again only after a reopen): only reopened ones need the search.
    later = aliased(CaseClosing)
    last_in_window = or_(
        CaseClosing.reopened_at.is_(None),
        CaseClosing.reopened_at >= window.ends,
        ~exists().where(
            later.case_id == CaseClosing.case_id,
            later.closed_at > CaseClosing.closed_at,
            later.closed_at < window.ends,
        ),
    )
    row = session.execute(
        select(*(func.sum(case((CaseClosing.outcome == o, 1), else_=0)) for o in Outcome)).where(
            window.holds(CaseClosing.closed_at), last_in_window
        )
    ).one()
    return {o.value: int(n) for o, n in zip(Outcome, row, strict=True) if n}


def workload(session: Session, window: Window) -> list[tuple[int, str, int, int]]:
    """(supporter id, name, contacts, minutes), busiest first."""
    rows = session.execute(
        select(
            Supporter.id,
            Supporter.name,
            func.count(Contact.id),
            func.coalesce(func.sum(Contact.duration_minutes), 0),
        )
        .join(Contact, Contact.supporter_id == Supporter.id)
        .where(window.holds(Contact.occurred_at))
        .group_by(Supporter.id, Supporter.name)
        .order_by(func.count(Contact.id).desc(), Supporter.name)
    )
    return [(int(i), name, int(n), int(m)) for i, name, n, m in rows]


def active_trained(session: Session, last_day: dt.date) -> int:
    # Status has no history: "active on the last day" is the current status. The
    # roster's entry date is no guide either: programs enter supporters trained years ago.
    return (
        session.scalar(
            select(func.count()).where(
                Supporter.status == SupporterStatus.ACTIVE,
                Supporter.training_date <= last_day,
            )
        )
        or 0
    )


def refreshers_current(session: Session, last_day: dt.date) -> int:
    """Active trained supporters whose refresher was not overdue on ``last_day``, by the
    due dates held now (as for status, the roster keeps no history of them)."""
    return (
        session.scalar(
            select(func.count()).where(
                Supporter.status == SupporterStatus.ACTIVE,
                Supporter.training_date <= last_day,
                or_(Supporter.refresher_due.is_(None), Supporter.refresher_due >= last_day),
            )
        )
        or 0
    )


def trainings(session: Session, first_day: dt.date, last_day: dt.date) -> int:
    return (
        session.scalar(
            select(func.count()).where(Training.held_on >= first_day, Training.held_on <= last_day)
        )
        or 0
    )


def open_count(session: Session, moment: dt.datetime) -> int:
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


def awaiting_count(session: Session, moment: dt.datetime, *, long_past: bool = False) -> int:
    """Cases referred before ``moment`` with no contact and not closed then.

    ``long_past``: a moment well before now (a quarter's end in a report), when most
    cases were first reached after it.
    """
    not_closed = ~exists().where(
        CaseClosing.case_id == Case.id,
        CaseClosing.closed_at < moment,
        or_(CaseClosing.reopened_at.is_(None), CaseClosing.reopened_at >= moment),
    )
    never = select(func.count()).where(
        Case.first_outreach_at.is_(None), Case.referred_at < moment, not_closed
    )
    # Near now few cases were first reached after the moment: an index search on the
    # first outreach (`likelihood` tells SQLite the term is rare). Long past, those
    # are most of the vault and each costs a read of its row; the cases referred
    # before the moment are read from one covering index instead.
    reached_after = Case.first_outreach_at >= moment
    not_yet = select(func.count()).where(
        reached_after if long_past else func.likelihood(reached_after, literal_column("0.01")),
        Case.referred_at < moment,
        not_closed,
    )
    return (session.scalar(never) or 0) + (session.scalar(not_yet) or 0)
