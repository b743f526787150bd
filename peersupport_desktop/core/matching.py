"""Best-fit matching: which supporters to suggest for a case, in what order, and why.

Pure and explainable. Hard exclusions come first: an excluded supporter is never
suggested, whatever their score. The rest are ranked by a sum of bounded parts, and
each part that counts is said in words, so the coordinator sees why a name is first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peersupport_desktop.core.codes import DepartmentRule, Role, SupporterStatus
from peersupport_desktop.core.free_time import Availability
from peersupport_desktop.core.languages import language_name
from peersupport_desktop.core.plurals import counted

HORIZON = dt.timedelta(hours=72)  # "available soon": within the next three days
RECENT = dt.timedelta(days=90)  # the window of the fairness part

# The most each part adds to a score; fairness subtracts up to its weight.
ROLE_WEIGHT = 30
SOON_WEIGHT = 25
LOAD_WEIGHT = 15
EXPERIENCE_WEIGHT = 10
LANGUAGE_WEIGHT = 10
DEPARTMENT_WEIGHT = 10  # only where the rule is "within the department"
FAIRNESS_WEIGHT = 10
EXPERIENCE_ENOUGH = 3  # cases after this kind of event that count as fully experienced
FAIRNESS_HEAVY = 6  # new cases in the recent window that count as a full load

PHYSICIANS = frozenset({Role.ATTENDING, Role.TRAINEE})


@dataclass(frozen=True, slots=True)
class CaseNeeds:
    """What matters about the case; nothing here names the person."""

    clinician_id: int
    role: Role
    department_id: int | None
    event_type: str
    event_label: str
    event_clinician_ids: frozenset[int]  # everyone with a case after the same event
    language: str | None
    department_rule: DepartmentRule  # the person's wish on the case, else the program's
    now: dt.datetime


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    name: str
    role: Role
    department_id: int | None
    status: SupporterStatus
    trained_on: dt.date | None
    refresher_due: dt.date | None
    capacity: int
    open_cases: int
    recent_cases: int  # cases assigned within RECENT before now
    event_type_cases: int  # cases supported after this kind of event, ever
    languages: tuple[str, ...]
    clinician_id: int | None  # when the supporter is also a clinician of the hospital
    availability: Availability
    capacity_is_default: bool = False  # the program's default cap, not one of their own


def cap_phrase(open_cases: int, capacity: int, *, is_default: bool) -> str:
    """ "3 open cases of 3 (the program's default)": whose cap it is, in words."""
    whose = "the program's default" if is_default else "their own cap"
    return f"{counted(open_cases, 'open case')} of {capacity} ({whose})"


@dataclass(frozen=True, slots=True)
class Suggestion:
    candidate: Candidate
    score: float
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return " · ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class Exclusion:
    candidate: Candidate
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return " · ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class Ranking:
    suggestions: tuple[Suggestion, ...]
    excluded: tuple[Exclusion, ...]


def rank(needs: CaseNeeds, candidates: Iterable[Candidate]) -> Ranking:
    suggestions: list[Suggestion] = []
    excluded: list[Exclusion] = []
    for candidate in candidates:
        why_not = exclusions(needs, candidate)
        if why_not:
            excluded.append(Exclusion(candidate, why_not))
        else:
            suggestions.append(suggest(needs, candidate))
    suggestions.sort(key=lambda s: (-s.score, s.candidate.name.casefold(), s.candidate.id))
    excluded.sort(key=lambda e: (e.candidate.name.casefold(), e.candidate.id))
    return Ranking(tuple(suggestions), tuple(excluded))


def exclusions(needs: CaseNeeds, c: Candidate) -> tuple[str, ...]:
    """Every reason this supporter is never suggested for the case; empty if none."""
    today = needs.now.date()
    reasons: list[str] = []
    if c.status is not SupporterStatus.ACTIVE:
        reasons.append(c.status.label.lower())
    if c.trained_on is None:
        reasons.append("no training on record")
    if c.refresher_due is not None and c.refresher_due < today:
        reasons.append(f"refresher overdue since {c.refresher_due:%d %b %Y}")
    if c.clinician_id is not None and c.clinician_id == needs.clinician_id:
        reasons.append("is the person themself")
    elif c.clinician_id is not None and c.clinician_id in needs.event_clinician_ids:
        reasons.append("involved in the same event")
    if c.open_cases >= c.capacity:
        at = cap_phrase(c.open_cases, c.capacity, is_default=c.capacity_is_default)
        reasons.append(f"at capacity: {at}")
    if c.availability.away_throughout(needs.now, needs.now + HORIZON):
        reasons.append("away for the next 72 hours")
    if needs.department_rule is DepartmentRule.OUTSIDE and _same_department(needs, c):
        reasons.append("same department (support comes from outside it)")
    return tuple(reasons)


def suggest(needs: CaseNeeds, c: Candidate) -> Suggestion:
    score = 0.0
    reasons: list[str] = []

    points, phrase = role_fit(needs.role, c.role)
    score += points
    reasons.append(phrase)

    if needs.department_id is None or c.department_id is None:
        reasons.append("department not known")
    elif _same_department(needs, c):
        reasons.append("same department")
        if needs.department_rule is DepartmentRule.WITHIN:
            score += DEPARTMENT_WEIGHT
    else:
        reasons.append("other department")

    free = c.availability.free_spans(needs.now, needs.now + HORIZON)
    if free:
        start, end = free[0]
        hours = (start - needs.now) / dt.timedelta(hours=1)
        score += SOON_WEIGHT * (1 - hours / (HORIZON / dt.timedelta(hours=1)))
        reasons.append(free_phrase(needs.now, start, end))
    else:
        reasons.append("not free in the next 72 hours")

    score += LOAD_WEIGHT * (1 - c.open_cases / c.capacity)
    reasons.append(f"{c.open_cases} of {c.capacity} cases")

    if c.event_type_cases:
        score += EXPERIENCE_WEIGHT * min(c.event_type_cases, EXPERIENCE_ENOUGH) / EXPERIENCE_ENOUGH
        reasons.append(f"supported {c.event_type_cases} after {needs.event_label.lower()}")

    if needs.language and needs.language in c.languages:
        score += LANGUAGE_WEIGHT
        reasons.append(f"speaks {language_name(needs.language)}")

    if c.recent_cases:
        score -= FAIRNESS_WEIGHT * min(c.recent_cases, FAIRNESS_HEAVY) / FAIRNESS_HEAVY
        plural = "case" if c.recent_cases == 1 else "cases"
        reasons.append(f"{c.recent_cases} new {plural} in 90 days")
    return Suggestion(c, round(score, 3), tuple(reasons))


def role_fit(person: Role, supporter: Role) -> tuple[int, str]:
    """Peer means the same profession; a resident with an attending is a near-peer."""
    if person is supporter:
        return ROLE_WEIGHT, "same role"
    if person in PHYSICIANS and supporter in PHYSICIANS:
        return ROLE_WEIGHT * 2 // 3, f"near-peer ({supporter.label.lower()})"
    return 0, f"other role ({supporter.label.lower()})"


def free_phrase(now: dt.datetime, start: dt.datetime, end: dt.datetime) -> str:
    """ "free now until 14:00", "free tomorrow 12:00-14:00", "free Thu 09:00-11:00"."""
    if start <= now:
        until = _clock(end) if end.date() == now.date() else f"{_day(end)} {_clock(end)}"
        return f"free now until {until}"
    days = (start.date() - now.date()).days
    day = "today" if days == 0 else "tomorrow" if days == 1 else _day(start)
    finish = _clock(end) if end.date() == start.date() else f"{_day(end)} {_clock(end)}"
    return f"free {day} {_clock(start)}-{finish}"


# Formatted by hand: strftime is locale-dependent and, for hundreds of rows, slow.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(moment: dt.datetime) -> str:
    return _DAYS[moment.weekday()]


def _clock(moment: dt.datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _same_department(needs: CaseNeeds, c: Candidate) -> bool:
    return needs.department_id is not None and needs.department_id == c.department_id
