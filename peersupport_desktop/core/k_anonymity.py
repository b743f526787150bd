"""k-anonymity for exported records: generalise, then suppress, until every
combination of quasi-identifiers (period, role, department, event type) holds at
least k rows.

A reader who knows a colleague's role, department, the kind of event and roughly
when it happened must still find at least k rows that fit. Generalisation comes
first because it keeps rows; suppression (leaving rows out) comes when the rows
still too rare are few, or when no generalisation is left.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

DEFAULT_K = 5
MIN_K = 2
MAX_K = 100  # beyond it, nothing of a program's size could be published
# Rows in too-small combinations that may be left out rather than generalise further.
SUPPRESSION_LIMIT = 0.05

OTHER_DEPARTMENTS = "other departments"
OTHER_EVENT_TYPES = "other"
OTHER_ROLES = "other roles"
ALL_DEPARTMENTS = "all departments"
ALL_EVENT_TYPES = "all event types"
YEARS_STEP = "periods shown as years"


class QuasiIdentifiers(NamedTuple):
    period: str  # "2026Q3", or the year once generalised
    year: str
    role: str
    department: str
    event_type: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.period, self.role, self.department, self.event_type)


@dataclass(frozen=True, slots=True)
class KAnonymous:
    """Each input row's published quasi-identifiers, or None where it is left out."""

    rows: tuple[QuasiIdentifiers | None, ...]
    k: int
    achieved: int | None  # the smallest published combination; None when nothing is published
    steps: tuple[str, ...]  # the generalisations applied, in words
    suppressed: int


# How many rows each distinct published combination holds.
Shown = Counter[QuasiIdentifiers]
# A generalisation: the combinations it changes, and what each becomes.
Step = Callable[[Shown, int], dict[QuasiIdentifiers, QuasiIdentifiers]]


def anonymize(rows: Sequence[tuple[str, ...]], k: int = DEFAULT_K) -> KAnonymous:
    """Each row is (period, year, role, department, event type): a QuasiIdentifiers,
    or a plain tuple in that order."""
    if k < MIN_K:
        raise ValueError(f"k is at least {MIN_K}: one row alone is no crowd.")
    if k > MAX_K:
        raise ValueError(f"k is at most {MAX_K}.")
    # The work is on distinct combinations weighted by their rows, and these merge
    # as they are generalised: far fewer than a large program's cases.
    originals: Counter[tuple[str, ...]] = Counter(rows)
    shown: Shown = Counter({QuasiIdentifiers(*c): n for c, n in originals.items()})
    applied: list[dict[QuasiIdentifiers, QuasiIdentifiers]] = []
    steps: list[str] = []
    limit = int(SUPPRESSION_LIMIT * len(rows))
    for description, step in _LADDER:
        if sum(n for n in shown.values() if n < k) <= limit:
            break
        if changes := step(shown, k):
            merged: Shown = Counter()
            for combination, n in shown.items():
                merged[changes.get(combination, combination)] += n
            shown = merged
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
        suppressed=sum(n for n in shown.values() if n < k),
    )


def _fold_rare(field: str, label: str) -> Step:
    """Values held by fewer than k rows become ``label``."""

    def step(shown: Shown, k: int) -> dict[QuasiIdentifiers, QuasiIdentifiers]:
        counts: Counter[str] = Counter()
        for combination, n in shown.items():
            counts[getattr(combination, field)] += n
        rare = {value for value, n in counts.items() if n < k and value != label}
        return {c: c._replace(**{field: label}) for c in shown if getattr(c, field) in rare}

    return step


def _everything(field: str, label: str) -> Step:
    def step(shown: Shown, k: int) -> dict[QuasiIdentifiers, QuasiIdentifiers]:
        return {c: c._replace(**{field: label}) for c in shown if getattr(c, field) != label}

    return step


def _years(shown: Shown, k: int) -> dict[QuasiIdentifiers, QuasiIdentifiers]:
    return {c: c._replace(period=c.year) for c in shown if c.period != c.year}


# Cheapest loss first: rare values, then the period, then whole dimensions.
_LADDER: tuple[tuple[str, Step], ...] = (
    (
        f"departments with fewer than {{k}} rows shown as '{OTHER_DEPARTMENTS}'",
        _fold_rare("department", OTHER_DEPARTMENTS),
    ),
    (
        f"event types with fewer than {{k}} rows shown as '{OTHER_EVENT_TYPES}'",
        _fold_rare("event_type", OTHER_EVENT_TYPES),
    ),
    (
        f"roles with fewer than {{k}} rows shown as '{OTHER_ROLES}'",
        _fold_rare("role", OTHER_ROLES),
    ),
    (YEARS_STEP, _years),
    (f"departments not shown ('{ALL_DEPARTMENTS}')", _everything("department", ALL_DEPARTMENTS)),
    (f"event types not shown ('{ALL_EVENT_TYPES}')", _everything("event_type", ALL_EVENT_TYPES)),
)
