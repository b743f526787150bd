"""How figures read in each edition: exact for the program, suppressed for leadership."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from peersupport_desktop.core import small_numbers as sn

DASH = "–"  # nothing to measure (no cases), as opposed to a suppressed value


class Edition(StrEnum):
    INTERNAL = "internal"
    LEADERSHIP = "leadership"

    @property
    def heading(self) -> str:
        return "Internal edition" if self is Edition.INTERNAL else "Leadership edition"


@dataclass(frozen=True, slots=True)
class TableRow:
    label: str
    count: str
    share: str


@dataclass(frozen=True, slots=True)
class FigureText:
    edition: Edition
    threshold: int

    @property
    def suppresses(self) -> bool:
        return self.edition is Edition.LEADERSHIP

    def count(self, value: int) -> str:
        if self.suppresses:
            return sn.count(value, self.threshold).text()
        return f"{value:,}"

    def share(self, numerator: int, denominator: int) -> str:
        if denominator == 0:
            return DASH
        if self.suppresses:
            proportion = sn.share(numerator, denominator, self.threshold)
            return "suppressed" if proportion is None else _percent(proportion)
        return _percent(numerator / denominator)

    def part(self, whole: int, part: int) -> str:
        """A part of a shown count (accepted of reached, say)."""
        if self.suppresses:
            return sn.part_of(whole, part, self.threshold)[1].text()
        return f"{part:,}"

    def hours(self, value: float | None, cases: int) -> str:
        if value is None:
            return DASH
        if self.suppresses and not sn.enough(cases, self.threshold):
            return "suppressed"
        return f"{value:.1f} h"

    def hours_total(self, minutes: int, contacts: int) -> str:
        """Supporter hours, shown only where the count of contacts behind them is."""
        if self.suppresses and sn.count(contacts, self.threshold).hidden:
            return "suppressed"
        return f"{minutes / 60:,.1f}"

    def table(self, values: Mapping[str, int], labels: Mapping[str, str]) -> list[TableRow]:
        """Rows in the given order, then the total; shares of the total beside each."""
        total = sum(values.values())
        if self.suppresses:
            shown = sn.table(values, self.threshold)
            rows = [
                TableRow(
                    labels.get(key, key),
                    shown.cells[key].text(),
                    DASH if shown.cells[key].hidden or shown.total.hidden
                    else self.share(values[key], total),
                )
                for key in values
            ]  # fmt: skip
            rows.append(TableRow("Total", shown.total.text(), ""))
            return rows
        rows = [
            TableRow(labels.get(key, key), f"{value:,}", self.share(value, total))
            for key, value in values.items()
        ]
        rows.append(TableRow("Total", f"{total:,}", ""))
        return rows

    def plotted(self, value: int) -> int | None:
        """A value for a chart: None (no bar) where the edition hides it."""
        if self.suppresses and sn.is_small(value, self.threshold):
            return None
        return value


def _percent(proportion: float) -> str:
    return f"{100 * proportion:.0f}%"
