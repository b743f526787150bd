"""Which backups a rotation keeps: grandfather-father-son, as restic's ``forget`` defines it.

The rule, for a policy of ``daily`` D, ``weekly`` W and ``monthly`` M (7, 4, 12 by default):

- **daily**: walk the backups from newest to oldest; the first backup seen in each
  calendar day is that day's newest, and it is kept, for the D most recent days that
  hold a backup (days without one do not count, so a holiday fortnight empties nothing);
- **weekly**: the same with ISO 8601 weeks (Monday to Sunday, ``isocalendar()``), W of them;
- **monthly**: the same with calendar months, M of them.

A backup is kept when any of the three rules keeps it; each rule counts on its own,
so the newest backup fills the first slot of all three (restic's semantics, not
borg's, where a backup kept by an earlier rule moves the later rules further back).
Hence at most D + W + M backups are kept, the newest is always kept (policies keep at
least one), every kept backup is the newest of its day, and applying the rule again to
what it kept keeps all of it. With a backup a day, the oldest kept is the last backup of
the month eleven months before the newest's month (the newest's month is the first of
the twelve): 303 to 337 days back, about a year.

Times are naive local datetimes, as a backup's file name carries them; two backups of
the same time are ordered as given (the first counts as the newer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly) < 0:
            raise ValueError("A rotation keeps zero or more backups of each kind.")
        if self.daily + self.weekly + self.monthly < 1:
            raise ValueError("A rotation must keep at least one backup.")

    @property
    def most_kept(self) -> int:
        return self.daily + self.weekly + self.monthly


DEFAULT_POLICY = RotationPolicy()


def _day(at: dt.datetime) -> Hashable:
    return at.date()


def _iso_week(at: dt.datetime) -> Hashable:
    year, week, _ = at.isocalendar()
    return (year, week)


def _month(at: dt.datetime) -> Hashable:
    return (at.year, at.month)


def backups_to_keep(
    backups: Iterable[T],
    made_at: Callable[[T], dt.datetime],
    policy: RotationPolicy = DEFAULT_POLICY,
) -> list[T]:
    """The backups the rotation keeps, newest first (see the module's rule)."""
    # sorted() is stable: of two equal times, the one given first stays first (newer).
    newest_first = sorted(backups, key=made_at, reverse=True)
    kept: set[int] = set()  # positions in newest_first: items need not be hashable
    for period_of, count in (
        (_day, policy.daily),
        (_iso_week, policy.weekly),
        (_month, policy.monthly),
    ):
        seen: set[Hashable] = set()
        for position, backup in enumerate(newest_first):
            if len(seen) == count:
                break
            period = period_of(made_at(backup))
            if period not in seen:  # the first seen of a period is its newest
                seen.add(period)
                kept.add(position)
    return [backup for position, backup in enumerate(newest_first) if position in kept]


def times_to_keep(
    times: Iterable[dt.datetime], policy: RotationPolicy = DEFAULT_POLICY
) -> list[dt.datetime]:
    """``backups_to_keep`` over bare times, newest first."""
    return backups_to_keep(times, lambda at: at, policy)
