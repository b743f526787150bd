"""Calendar quarters, written 2026Q3, in local wall-clock time."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

FIRST_YEAR, LAST_YEAR = 1900, 2999
_PATTERN = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise ValueError(f"A quarter is numbered 1 to 4, not {self.number}.")

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _PATTERN.match(text)
        if match is None:
            raise ValueError(f"'{text}' is not a quarter; write it like 2026Q3.")
        year = int(match.group(1))
        # A report reaches two years back and a year on: far from the calendar's ends.
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(f"A quarter's year is from {FIRST_YEAR} to {LAST_YEAR}.")
        return cls(year, int(match.group(2)))

    @classmethod
    def containing(cls, moment: dt.date | dt.datetime) -> Quarter:
        return cls(moment.year, (moment.month - 1) // 3 + 1)

    @property
    def starts(self) -> dt.datetime:
        """The first instant of the quarter."""
        return dt.datetime(self.year, 3 * self.number - 2, 1)

    @property
    def ends(self) -> dt.datetime:
        """The first instant after the quarter (exclusive bound)."""
        return self.next().starts

    @property
    def last_day(self) -> dt.date:
        return (self.ends - dt.timedelta(days=1)).date()

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def back(self, count: int) -> list[Quarter]:
        """This quarter and the ``count - 1`` before it, oldest first."""
        quarters = [self]
        while len(quarters) < count:
            quarters.append(quarters[-1].previous())
        return quarters[::-1]

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"
