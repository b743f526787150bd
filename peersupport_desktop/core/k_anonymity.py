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
from dataclasses import dataclass, replace

DEFAULT_K = 5
MIN_K = 2
# Rows in too-small combinations that may be left out rather than generalise further.
SUPPRESSION_LIMIT = 0.05

OTHER_DEPARTMENTS = "other departments"
OTHER_EVENT_TYPES = "other"
OTHER_ROLES = "other roles"
ALL_DEPARTMENTS = "all departments"
ALL_EVENT_TYPES = "all event types"
YEARS_STEP = "periods shown as years"


@dataclass(frozen=True, slots=True)
class QuasiIdentifiers:
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


Step = Callable[[list[QuasiIdentifiers], int], list[QuasiIdentifiers]]


def anonymize(rows: Sequence[QuasiIdentifiers], k: int = DEFAULT_K) -> KAnonymous:
    if k < MIN_K:
        raise ValueError(f"k is at least {MIN_K}: one row alone is no crowd.")
    current = list(rows)
    steps: list[str] = []
    limit = int(SUPPRESSION_LIMIT * len(current))
    for description, step in _LADDER:
        if _too_rare(current, k) <= limit:
            break
        generalised = step(current, k)
        if generalised != current:
            current = generalised
            steps.append(description.format(k=k))
    sizes = Counter(row.key for row in current)
    published = tuple(row if sizes[row.key] >= k else None for row in current)
    kept = [sizes[row.key] for row in current if sizes[row.key] >= k]
    return KAnonymous(
        rows=published,
        k=k,
        achieved=min(kept) if kept else None,
        steps=tuple(steps),
        suppressed=sum(1 for row in published if row is None),
    )


def _too_rare(rows: list[QuasiIdentifiers], k: int) -> int:
    sizes = Counter(row.key for row in rows)
    return sum(size for size in sizes.values() if size < k)


def _fold_rare(field: str, label: str) -> Step:
    """Values held by fewer than k rows become ``label``."""

    def step(rows: list[QuasiIdentifiers], k: int) -> list[QuasiIdentifiers]:
        counts = Counter(getattr(row, field) for row in rows)
        rare = {value for value, n in counts.items() if n < k}
        return [
            replace(row, **{field: label}) if getattr(row, field) in rare else row for row in rows
        ]

    return step


def _everything(field: str, label: str) -> Step:
    def step(rows: list[QuasiIdentifiers], k: int) -> list[QuasiIdentifiers]:
        return [replace(row, **{field: label}) for row in rows]

    return step


def _years(rows: list[QuasiIdentifiers], k: int) -> list[QuasiIdentifiers]:
    return [replace(row, period=row.year) for row in rows]


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
