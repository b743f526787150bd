"""What an anonymized export holds, before it becomes a file: its named fields, its
rows (hidden cells marked), and the plain-language rules that made it safe."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from peersupport_desktop.core.anonymized_summary import Suppressed, Value
from peersupport_desktop.core.disclosure.model import Publication

Cell = Value | Suppressed


class ExportKind(StrEnum):
    SUMMARY = "summary"
    RECORDS = "records"


class Granularity(StrEnum):
    """What dates become: the quarter, or the year."""

    QUARTER = "quarter"
    YEAR = "year"


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"


@dataclass(frozen=True, slots=True)
class ExportField:
    name: str
    meaning: str
    sources: tuple[str, ...]  # the stored columns ("table.column") it is made from


@dataclass(frozen=True, slots=True)
class ExportTable:
    kind: ExportKind
    fields: tuple[ExportField, ...]
    rows: tuple[tuple[Cell, ...], ...]
    rules: tuple[str, ...]  # plain-language sentences, one per rule applied
    periods: tuple[str, ...]
    threshold: int
    k: int | None = None  # records only: the k asked for
    k_achieved: int | None = None  # records only; None when no row could be published
    # What a reader learns from it, for the publication log (never written to the file).
    publication: Publication | None = None

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields)

    @property
    def suppressed_cells(self) -> int:
        return sum(isinstance(cell, Suppressed) for row in self.rows for cell in row)
