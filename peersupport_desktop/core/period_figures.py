"""The program's figures for a period, as plain values: what services compute (one
definition each, shared/domain/METRICS.md), and reports and exports print.

Here, below both, so that the report layer needs nothing from the services: it is
given these and draws them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peersupport_desktop.core.quarters import Quarter


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
    # Of the active trained supporters, those whose refresher was not overdue.
    refreshers_current: int = 0
    # Referrals by the highest tier of support their case reached ("1" to "3"), and the
    # cases referred on whose referral was followed until connected.
    by_highest_tier: dict[str, int] = field(default_factory=dict)
    resources_connected: int = 0

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
    """A quarter in full, the quarter before and the year to date; eight quarters of trend,
    each quarter's figures in full (the disclosure check reasons about each of them)."""

    quarter: PeriodFigures
    previous: PeriodFigures
    year_to_date: PeriodFigures
    trend: tuple[TrendPoint, ...]  # oldest first, the quarter itself last
    quarters: dict[str, PeriodFigures]  # the trend's quarters, "2026Q3": figures

    @property
    def year_ago(self) -> PeriodFigures:
        """The same quarter a year before: the trend's fifth quarter from the end."""
        return self.quarters[str(self.trend[-5].quarter)]
