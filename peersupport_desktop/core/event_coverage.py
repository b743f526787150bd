"""Whether everyone a serious event involved was offered support within target: the
figures of the internal event coverage report (Leapfrog's Never Events policy asks a
hospital to show that it supports the caregivers involved).

A clinician was offered support at the case's first outreach of any kind (an attempt
counts), within target when that came by the case's own due time (an urgent event's
cases have the urgent target). An event is covered when it involved someone and every
one of them was offered support within target; one still waiting whose target has not
passed keeps the event from being covered, and is said apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from peersupport_desktop.core.codes import Outcome, Role
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.quarters import Quarter


class Timeliness(StrEnum):
    """Whether support was offered within the case's target, as of the report."""

    WITHIN = "yes"
    LATE = "no"  # offered after the due time
    MISSED = "no, not offered"  # never offered, and the due time has passed
    NOT_YET_DUE = "not yet due"  # not offered yet, and the due time is still ahead

    @property
    def within(self) -> bool:
        return self is Timeliness.WITHIN

    @property
    def csv_value(self) -> str:
        """The CSV's within_target: yes, no or not yet due."""
        return "no" if self is Timeliness.MISSED else self.value


def timeliness(
    offered_at: dt.datetime | None, due_at: dt.datetime, as_of: dt.datetime
) -> Timeliness:
    if offered_at is not None and offered_at <= as_of:
        return Timeliness.WITHIN if offered_at <= due_at else Timeliness.LATE
    return Timeliness.MISSED if due_at < as_of else Timeliness.NOT_YET_DUE


@dataclass(frozen=True, slots=True)
class CoveragePeriod:
    """The days whose serious events are reported, both ends included."""

    first_day: dt.date
    last_day: dt.date
    quarter: Quarter | None = None  # the quarter these days are, if they are one

    @classmethod
    def of_quarter(cls, quarter: Quarter) -> CoveragePeriod:
        return cls(quarter.starts.date(), quarter.last_day, quarter)

    @property
    def words(self) -> str:
        """ "Q3 2026", or "1 July 2026 to 15 August 2026"."""
        if self.quarter is not None:
            return f"Q{self.quarter.number} {self.quarter.year}"
        return f"{_day(self.first_day)} to {_day(self.last_day)}"

    @property
    def label(self) -> str:
        """For file names and the audit: 2026Q3, or 2026-07-01_2026-08-15."""
        if self.quarter is not None:
            return str(self.quarter)
        return f"{self.first_day.isoformat()}_{self.last_day.isoformat()}"


@dataclass(frozen=True, slots=True)
class InvolvedPerson:
    """One clinician an event involved: one case of it."""

    case_reference: str
    clinician: str
    role: Role
    referred_at: dt.datetime
    due_at: dt.datetime
    offered_at: dt.datetime | None  # the first outreach of any kind
    timeliness: Timeliness
    closed: bool
    outcome: Outcome | None
    reached: bool  # at least one conversation

    @property
    def offered(self) -> dt.datetime | None:
        """When support was offered, as of the report (a later outreach is not yet)."""
        return self.offered_at if self.timeliness in (Timeliness.WITHIN, Timeliness.LATE) else None

    @property
    def outcome_words(self) -> str:
        """ "open, reached", "closed (declined), not reached"."""
        state = "open"
        if self.closed:
            state = f"closed ({self.outcome.label.lower()})" if self.outcome else "closed"
        return f"{state}, {'reached' if self.reached else 'not reached'}"


@dataclass(frozen=True, slots=True)
class EventCoverage:
    event_ref: int  # the vault's own event number
    occurred_on: dt.date
    event_type: str
    event_type_label: str
    department: str | None
    urgent: bool
    involved: tuple[InvolvedPerson, ...]

    @property
    def covered(self) -> bool:
        """Everyone involved was offered support within target."""
        return bool(self.involved) and all(p.timeliness.within for p in self.involved)

    @property
    def waiting(self) -> bool:
        """Not covered yet, but nobody's target has passed unmet."""
        judged = [p.timeliness for p in self.involved]
        return Timeliness.NOT_YET_DUE in judged and all(
            t in (Timeliness.WITHIN, Timeliness.NOT_YET_DUE) for t in judged
        )


@dataclass(frozen=True, slots=True)
class Coverage:
    period: CoveragePeriod
    as_of: dt.datetime
    events: tuple[EventCoverage, ...]
    outreach_target: str  # the program's target in words: "24 working hours"
    urgent_target_minutes: int

    @property
    def covered(self) -> int:
        return sum(1 for event in self.events if event.covered)

    @property
    def people(self) -> int:
        return sum(len(event.involved) for event in self.events)

    @property
    def share(self) -> str:
        """ "n of m events (p%)"; the percent rounded half up."""
        n, m = self.covered, len(self.events)
        return f"{n:,} of {counted(m, 'event')} ({percent(n, m)}%)"

    @property
    def sentence(self) -> str:
        """The share in words, then as figures; the events still waiting said apart."""
        m, n, period = len(self.events), self.covered, self.period.words
        offered = "offered support within target"
        if m == 0:
            return f"There were no serious events in {period}."
        if m == 1:
            who = "everyone" if n else "not everyone"
            said = f"In the one serious event of {period}, {who} involved was {offered}"
        elif n == 0:
            said = (
                f"In none of the {_number(m)} serious events of {period} was everyone "
                f"involved {offered}"
            )
        else:
            said = (
                f"In {_number(n)} of the {_number(m)} serious events of {period}, everyone "
                f"involved was {offered}"
            )
        said += f": {self.share}."
        waiting = sum(1 for event in self.events if event.waiting)
        if waiting:
            has = "has" if waiting == 1 else "have"
            said += f" {counted(waiting, 'event')} {has} someone whose target has not passed yet."
        return said


def percent(part: int, whole: int) -> int:
    """A whole percent, rounded half up (0 of 0 is 0)."""
    return (200 * part + whole) // (2 * whole) if whole else 0


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _number(count: int) -> str:
    """Up to ten in words, as prose says them; more in figures."""
    return _NUMBERS[count] if count < len(_NUMBERS) else f"{count:,}"


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
