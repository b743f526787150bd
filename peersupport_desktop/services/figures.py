"""The program's figures, one definition each (shared/domain/METRICS.md), computed in SQL.

The Today page, the quarterly report and the anonymized exports all take their
numbers from here. Every count is an SQL aggregate (figure_queries); only the
handful of grouped rows comes back to Python. Periods asked for together are read
together, on one snapshot of the vault: a report's quarter, previous quarter and year
to date share the reads of what adds up over time.

Cut-off: figures are computed as known at ``as_of`` (the report's production
time). State figures of a period that has ended (open at its end, awaiting
outreach) are taken at the end of the period; for the current period, at ``as_of``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial

from peersupport_desktop.core.period_figures import (
    Period,
    PeriodFigures,
    ReportFigures,
    SupporterWorkload,
    TrendPoint,
)
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import figure_queries as q
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.parallel_reads import ReadPlan
from peersupport_desktop.services.time_slices import Window
from peersupport_desktop.store.vault import Vault

NO_DEPARTMENT = q.NO_DEPARTMENT


def report_figures(
    vault: Vault, quarter: Quarter, *, as_of: dt.datetime | None = None
) -> ReportFigures:
    as_of = as_of or now()
    trend = quarter.back(8)
    periods = [Period.of(quarter), Period.of(quarter.previous()), Period.year_to_date(quarter)]
    periods += [Period.of(q) for q in trend[:-2]]
    this, previous, year, *earlier = periods_figures(vault, periods, as_of, workload_of=0)
    by_quarter = dict(zip(map(str, trend), [*earlier, previous, this], strict=True))
    return ReportFigures(
        quarter=this,
        previous=previous,
        year_to_date=year,
        trend=tuple(
            TrendPoint(q, by_quarter[str(q)].referrals, by_quarter[str(q)].within_target)
            for q in trend
        ),
        quarters=by_quarter,
    )


def figures_for(
    vault: Vault, quarter: Quarter, *, as_of: dt.datetime | None = None
) -> PeriodFigures:
    return periods_figures(vault, [Period.of(quarter)], as_of or now(), workload_of=0)[0]


def awaiting_outreach(vault: Vault, *, at: dt.datetime | None = None) -> int:
    """Cases without any contact now: the number the status bar and Today show."""
    with vault.reading() as session:
        return q.awaiting_count(session, at or now())


def periods_figures(
    vault: Vault,
    periods: Sequence[Period],
    as_of: dt.datetime,
    *,
    workload_of: int | None = None,
) -> list[PeriodFigures]:
    """The figures of each period as known at ``as_of``, all read from one state of the
    vault; the supporter workload for one of them.

    State figures (open at the end, awaiting outreach) are taken at the period's end,
    or at ``as_of`` for a period not yet over.
    """
    plan = ReadPlan()
    figures = _plan_figures(plan, periods, as_of, workload_of=workload_of)
    plan.run(vault)
    return figures()


def _plan_figures(
    plan: ReadPlan, periods: Sequence[Period], as_of: dt.datetime, *, workload_of: int | None
) -> Callable[[], list[PeriodFigures]]:
    """Queue the reads the periods' figures need; what is returned puts them together."""
    windows = [Window.known_at(period.starts, period.ends, as_of) for period in periods]
    # The longest reads first (see ReadPlan).
    splits = plan.add(partial(q.splits, windows=windows))
    case_counts = plan.add(partial(q.case_counts, windows=windows, cutoff=as_of))
    longest_first = sorted(range(len(windows)), key=lambda i: windows[i].starts - windows[i].ends)
    hours_of = {
        i: plan.add(partial(q.outreach_hours, window=windows[i], cutoff=as_of))
        for i in longest_first
    }
    hours = [hours_of[i] for i in range(len(windows))]
    events = [plan.add(partial(q.events, window=w)) for w in windows]
    closings = [plan.add(partial(q.closings, window=w)) for w in windows]
    contacts = plan.add(partial(q.contacts, windows=windows))
    resources = plan.add(partial(q.resources, windows=windows))
    state_moments = {min(period.ends, as_of) for period in periods}
    awaiting = {
        m: plan.add(partial(q.awaiting_count, moment=m, long_past=m < as_of)) for m in state_moments
    }
    open_at = {m: plan.add(partial(q.open_count, moment=m)) for m in state_moments}
    active = [plan.add(partial(q.active_trained, last_day=p.last_day)) for p in periods]
    current = [plan.add(partial(q.refreshers_current, last_day=p.last_day)) for p in periods]
    trainings = [
        plan.add(
            partial(q.trainings, first_day=p.starts.date(), last_day=min(p.last_day, as_of.date()))
        )
        for p in periods
    ]
    workload = (
        plan.add(partial(q.workload, window=windows[workload_of]))
        if workload_of is not None
        else None
    )

    def put_together() -> list[PeriodFigures]:
        figures = []
        for i, period in enumerate(periods):
            counts, split = case_counts.value[i], splits.value[i]
            with_outreach, median, p90 = hours[i].value
            state_at = min(period.ends, as_of)
            figures.append(
                PeriodFigures(
                    period=period,
                    cutoff=as_of,
                    referrals=counts["referrals"],
                    by_event_type=_split(split, "event_type"),
                    by_referral_source=_split(split, "referral_source"),
                    by_role=_split(split, "role"),
                    by_department=_split(split, "department"),
                    by_highest_tier=_split(split, "highest_tier"),
                    events=events[i].value[0],
                    group_events=events[i].value[1],
                    with_outreach=with_outreach,
                    outreach_hours_median=median,
                    outreach_hours_p90=p90,
                    within_target=counts["within_target"],
                    missed_target=counts["missed_target"],
                    awaiting_outreach=awaiting[state_at].value,
                    reached=counts["reached"],
                    accepted=counts["accepted"],
                    declined_without_conversation=counts["declined_without_conversation"],
                    contacts=contacts.value[i]["contacts"],
                    supporter_minutes=contacts.value[i]["minutes"],
                    referred_to_resources=resources.value[i].cases_offered,
                    resources_accepted=resources.value[i].cases_accepted,
                    resources_connected=resources.value[i].cases_connected,
                    offers_by_kind=resources.value[i].by_kind,
                    closed_by_outcome=closings[i].value,
                    open_at_end=open_at[state_at].value,
                    active_trained_supporters=active[i].value,
                    refreshers_current=current[i].value,
                    trainings=trainings[i].value,
                    workload=(
                        tuple(SupporterWorkload(*row) for row in workload.value)
                        if workload is not None and i == workload_of
                        else ()
                    ),
                )
            )
        return figures

    return put_together


def _split(counts: Counter[tuple[str, str]], dimension: str) -> dict[str, int]:
    return {value: n for (name, value), n in counts.items() if name == dimension}
