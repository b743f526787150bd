"""How figures read in each edition: exact for the program; for leadership, as the
disclosure check published them, a hidden figure reading 'hidden'."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from peersupport_desktop.core.disclosure.model import (
    ALL,
    HIDDEN_TEXT,
    PROGRAM,
    TOTAL,
    CellKey,
    Publication,
)
from peersupport_desktop.core.disclosure.report_publication import (
    RESOURCE,
    SHARE,
    TREND,
    ReportDraft,
)

DASH = "–"  # nothing to measure (no cases), as opposed to a hidden value
HIDDEN = HIDDEN_TEXT


class Edition(StrEnum):
    INTERNAL = "internal"
    LEADERSHIP = "leadership"
    # One page for a board packet: the leadership edition's summary, targets and trends.
    GLANCE = "glance"

    @property
    def heading(self) -> str:
        return {
            Edition.INTERNAL: "Internal edition",
            Edition.LEADERSHIP: "Leadership edition",
            Edition.GLANCE: "At a glance, leadership edition",
        }[self]

    @property
    def checked(self) -> bool:
        """Through the disclosure check, logged when published, naming nobody."""
        return self is not Edition.INTERNAL


@dataclass(frozen=True, slots=True)
class Reading:
    """A figure as printed: its value, hidden, or None with nothing to measure."""

    value: int | None
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class TableRow:
    label: str
    count: str
    share: str


@dataclass(frozen=True, slots=True)
class FigureText:
    """Every figure of the report as text, read from one publication: the checked one
    (leadership) or the exact one (internal, where nothing is hidden)."""

    edition: Edition
    draft: ReportDraft
    published: Publication

    @property
    def suppresses(self) -> bool:
        return self.edition.checked

    def count(self, column: str, figure: str) -> str:
        value = self.published.value((column, figure, PROGRAM, ALL))
        return HIDDEN if value is None else f"{value:,}"

    def rate(self, column: str, figure: str) -> str:
        key = (column, figure, PROGRAM, ALL)
        if key in self.published.hidden:
            return HIDDEN
        value = self.published.value(key)
        return DASH if value is None else f"{value}%"

    def hours(self, column: str, figure: str) -> str:
        """A median or percentile of hours."""
        key = (column, figure, PROGRAM, ALL)
        value = self.draft.statistics.get(key)
        if value is None:
            return DASH
        return HIDDEN if key in self.published.hidden else f"{value:.1f} h"

    def hours_total(self, column: str) -> str:
        key = (column, "supporter_hours", PROGRAM, ALL)
        if key in self.published.hidden:
            return HIDDEN
        return f"{self.draft.statistics.get(key) or 0:,.1f}"

    def table(self, dimension: str, labels: Mapping[str, str]) -> list[TableRow]:
        """The split's rows in their fixed order, then the total; shares beside each."""
        keys = self.draft.tables.get(dimension, ())
        rows = []
        for key in keys:
            label = "Total" if key[3] == TOTAL else _label(labels, key[3])
            rows.append(TableRow(label, self._count(key), self._share(key, keys[-1])))
        return rows

    def resources(self, labels: Mapping[str, str]) -> list[tuple[str, str, str]]:
        """(resource, offered, accepted), in the fixed order of resource kinds."""
        return [
            (
                _label(labels, key[3]),
                self._count(key),
                self._count((key[0], "resource_offers_accepted", RESOURCE, key[3])),
            )
            for key in self.draft.tables.get(RESOURCE, ())
        ]

    def series(self, quarters: Sequence[str], figure: str) -> list[Reading]:
        """A trend figure over the quarters, hidden or with nothing to measure."""
        keys = [(q, figure, TREND, ALL) for q in quarters]
        return [
            Reading(None, hidden=True) if key in self.published.hidden
            else Reading(self.published.value(key))
            for key in keys
        ]  # fmt: skip

    def reading(self, column: str, figure: str) -> Reading:
        """A key figure as a number to compare, or why there is none."""
        key = (column, figure, PROGRAM, ALL)
        if key in self.published.hidden:
            return Reading(None, hidden=True)
        return Reading(self.published.value(key))

    def _count(self, key: CellKey) -> str:
        value = self.published.value(key)
        return HIDDEN if value is None else f"{value:,}"

    def _share(self, key: CellKey, total: CellKey) -> str:
        if key == total:
            return ""
        if (SHARE, *key[1:]) in self.published.hidden or key in self.published.hidden:
            return DASH
        part, whole = self.published.value(key), self.published.value(total)
        if part is None or not whole:
            return DASH
        return f"{100 * part / whole:.0f}%"


def _label(labels: Mapping[str, str], name: str) -> str:
    """A category's label; a group of small ones ('other roles') begins a row in capitals."""
    if name in labels:
        return labels[name]
    return name[:1].upper() + name[1:] if name.startswith("other") else name
