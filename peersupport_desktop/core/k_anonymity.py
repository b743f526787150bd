"""k-anonymity for exported records: generalise until every combination of
quasi-identifiers (period, role, department, event type, referral source) holds at
least k rows. No single row is ever left out: a reader holding the summary of the
same period would find it by subtraction. Only a whole period that cannot reach k
even with every other identifier removed is left out.

A reader who knows a colleague's role, department, the kind of event, who referred
them and roughly when must still find at least k rows that fit. The referral source
counts as an identifier: the referrer is the likeliest reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

# k is never below the small-number threshold (so never below 5): a crowd of alike
# rows smaller than the summary's smallest shown count would show what it hides.
MIN_K = 5
MAX_K = 100  # beyond it, nothing of a program's size could be published

OTHER_DEPARTMENTS = "other departments"
OTHER_EVENT_TYPES = "other"
OTHER_ROLES = "other roles"
OTHER_SOURCES = "other"
ALL_DEPARTMENTS = "all departments"
ALL_EVENT_TYPES = "all event types"
ALL_ROLES = "all roles"
ALL_SOURCES = "all sources"
YEARS_STEP = "periods shown as years"
DEPARTMENTS_STEP = (
    "departments the program does not name, or with fewer than {k} rows, shown as their "
    f"service line or '{OTHER_DEPARTMENTS}'"
)


class QuasiIdentifiers(NamedTuple):
    period: str  # "2026Q3", or the year once generalised
    year: str
    role: str
    department: str
    event_type: str
    referral_source: str

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.period, self.role, self.department, self.event_type, self.referral_source)


@dataclass(frozen=True, slots=True)
class KAnonymous:
    """Each input row's published quasi-identifiers, or None where its whole period
    is left out."""

    rows: tuple[QuasiIdentifiers | None, ...]
    k: int
    achieved: int | None  # the smallest published combination; None when nothing is published
    steps: tuple[str, ...]  # the generalisations applied, in words
    periods_left_out: bool
    # Each distinct input row's published quasi-identifiers (None: left out).
    published: dict[tuple[str, ...], QuasiIdentifiers | None] = field(default_factory=dict)


# How many rows each distinct published combination holds.
Shown = Counter[QuasiIdentifiers]
# A generalisation: the combinations it changes, and what each becomes.
Step = Callable[[Shown, int], dict[QuasiIdentifiers, QuasiIdentifiers]]


def anonymize(
    rows: Sequence[tuple[str, ...]],
    k: int,
    *,
    at_least: int = 0,
    departments: Mapping[str, str] | None = None,
) -> KAnonymous:
    """Each row is (period, year, role, department, event type, referral source).
    ``at_least``: apply at least that many steps of the ladder (when what k alone
    allows would still let a reader work out a hidden count). ``departments``: how the
    program's list groups departments (into service lines, or 'other departments')
    before anything else."""
    if not MIN_K <= k <= MAX_K:
        raise ValueError(f"k is from {MIN_K} to {MAX_K}.")
    # The work is on distinct combinations weighted by their rows, and these merge
    # as they are generalised: far fewer than a large program's cases.
    originals: Counter[tuple[str, ...]] = Counter(rows)
    shown: Shown = Counter({QuasiIdentifiers(*c): n for c, n in originals.items()})
    applied: list[dict[QuasiIdentifiers, QuasiIdentifiers]] = []
    steps: list[str] = []
    if departments and (changes := _grouped(shown, departments)):
        shown = _merged(shown, changes)
        applied.append(changes)
        steps.append(DEPARTMENTS_STEP.format(k=k))
    for number, (description, name, step) in enumerate(LADDER):
        if number >= at_least and all(n >= k for n in shown.values()):
            break
        if len({getattr(c, name) for c in shown}) < 2:
            continue  # one value for every row (one quarter, say): nothing to blur
        if not (changes := step(shown, k)):
            continue
        shown = _merged(shown, changes)
        applied.append(changes)
        steps.append(description.format(k=k))
    published: dict[tuple[str, ...], QuasiIdentifiers | None] = {}
    for original in originals:
        combination = QuasiIdentifiers(*original)
        for changes in applied:
            combination = changes.get(combination, combination)
        published[original] = combination if shown[combination] >= k else None
    kept = [n for n in shown.values() if n >= k]
    return KAnonymous(
        rows=tuple(published[row] for row in rows),
        k=k,
        achieved=min(kept) if kept else None,
        steps=tuple(steps),
        periods_left_out=any(n < k for n in shown.values()),
        published=published,
    )


def _merged(shown: Shown, changes: dict[QuasiIdentifiers, QuasiIdentifiers]) -> Shown:
    merged: Shown = Counter()
    for combination, n in shown.items():
        merged[changes.get(combination, combination)] += n
    return merged


def _grouped(
    shown: Shown, departments: Mapping[str, str]
) -> dict[QuasiIdentifiers, QuasiIdentifiers]:
    return {
        c: c._replace(department=departments[c.department])
        for c in shown
        if departments.get(c.department, c.department) != c.department
    }


def _fold_rare(field: str, label: str) -> Step:
    """Values held by fewer than k rows become ``label``; while ``label`` itself holds
    fewer than k, the next smallest value joins it."""

    def step(shown: Shown, k: int) -> dict[QuasiIdentifiers, QuasiIdentifiers]:
        counts: Counter[str] = Counter()
        for combination, n in shown.items():
            counts[getattr(combination, field)] += n
        rare = {value for value, n in counts.items() if n < k and value != label}
        together = counts[label] + sum(counts[value] for value in rare)
        rest = sorted((n, value) for value, n in counts.items() if value not in rare | {label})
        while rare and together < k and rest:
            n, value = rest.pop(0)
            rare.add(value)
            together += n
        return {c: c._replace(**{field: label}) for c in shown if getattr(c, field) in rare}

    return step


def _everything(field: str, label: str) -> Step:
    def step(shown: Shown, k: int) -> dict[QuasiIdentifiers, QuasiIdentifiers]:
        return {c: c._replace(**{field: label}) for c in shown if getattr(c, field) != label}

    return step


def _years(shown: Shown, k: int) -> dict[QuasiIdentifiers, QuasiIdentifiers]:
    return {c: c._replace(period=c.year) for c in shown if c.period != c.year}


# Cheapest loss first: rare values, then the source, the period, then whole dimensions.
LADDER: tuple[tuple[str, str, Step], ...] = (
    (
        f"departments with fewer than {{k}} rows shown as '{OTHER_DEPARTMENTS}'",
        "department",
        _fold_rare("department", OTHER_DEPARTMENTS),
    ),
    (
        f"event types with fewer than {{k}} rows shown as '{OTHER_EVENT_TYPES}'",
        "event_type",
        _fold_rare("event_type", OTHER_EVENT_TYPES),
    ),
    (
        f"roles with fewer than {{k}} rows shown as '{OTHER_ROLES}'",
        "role",
        _fold_rare("role", OTHER_ROLES),
    ),
    (
        f"referral sources with fewer than {{k}} rows shown as '{OTHER_SOURCES}'",
        "referral_source",
        _fold_rare("referral_source", OTHER_SOURCES),
    ),
    (
        f"referral sources not shown ('{ALL_SOURCES}')",
        "referral_source",
        _everything("referral_source", ALL_SOURCES),
    ),
    (YEARS_STEP, "period", _years),
    (
        f"departments not shown ('{ALL_DEPARTMENTS}')",
        "department",
        _everything("department", ALL_DEPARTMENTS),
    ),
    (
        f"event types not shown ('{ALL_EVENT_TYPES}')",
        "event_type",
        _everything("event_type", ALL_EVENT_TYPES),
    ),
    (f"roles not shown ('{ALL_ROLES}')", "role", _everything("role", ALL_ROLES)),
)
