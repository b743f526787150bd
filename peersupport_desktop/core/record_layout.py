"""The columns a kind of imported file holds (a supporter roster, feedback answers, …),
and how a file's own column names are matched to them.

A file in the layout's own column names (its keys) needs no mapping. Any other is
mapped once, column by column, and the mapping saved under the source's name; a
guess from the usual names (REDCap's, Microsoft Forms', a spreadsheet's) is offered
first. Nothing here reads a file or knows what a value means.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from peersupport_desktop.core.export_files import FORMULA_STARTS
from peersupport_desktop.core.sayable import Sayable


class LayoutProblem(Sayable, ValueError):
    """The file's columns cannot be read as this kind of file; said in one sentence."""


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the canonical column name, as a file in the standard columns spells it
    label: str  # what the mapping dialog calls it
    required: bool = False
    spellings: tuple[str, ...] = ()  # other names a file often gives it, for the guess


@dataclass(frozen=True, slots=True)
class MappedRow:
    line: int  # where the row starts in the file, the header being line 1
    values: dict[str, str]  # column key -> the cell, stripped; "" when empty or unmapped

    def get(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    reason: str  # one sentence that never quotes the row's cells

    def said(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Layout:
    kind: str  # "supporters", "feedback", …: the saved mappings' kind and the audit's
    title: str  # "Supporter roster"
    columns: tuple[Column, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(column.key for column in self.columns)

    @property
    def title_in_sentence(self) -> str:
        """The title inside a sentence: "supporter roster", but "SVEST-R answers"."""
        return in_sentence(self.title)

    @property
    def required(self) -> frozenset[str]:
        return frozenset(column.key for column in self.columns if column.required)

    def label(self, key: str) -> str:
        return next(column.label for column in self.columns if column.key == key)

    def canonical(self, headers: Sequence[str]) -> dict[str, str] | None:
        """The identity mapping, when the file has every required key as a column name
        (any letter case); its other keys are taken where present."""
        present = {header.strip().casefold(): header for header in headers if header.strip()}
        if not all(key in present for key in self.required):
            return None
        return {key: present[key] for key in self.keys if key in present}

    def guess(self, headers: Sequence[str]) -> dict[str, str]:
        """A first mapping from the names files usually give each column."""
        by_name = {_folded(header): header for header in headers if header.strip()}
        guessed: dict[str, str] = {}
        for column in self.columns:
            for name in (column.key, column.label, *column.spellings):
                found = by_name.get(_folded(name))
                if found is not None and found not in guessed.values():
                    guessed[column.key] = found
                    break
        return guessed

    def check_mapping(self, mapping: Mapping[str, str], headers: Sequence[str]) -> dict[str, str]:
        """The mapping cleaned (unknown keys and blanks dropped), or LayoutProblem."""
        clean = {k: v.strip() for k, v in mapping.items() if k in self.keys and v.strip()}
        missing = [key for key in self.keys if key in self.required and key not in clean]
        if missing:
            raise LayoutProblem(f"Choose the file's column for {self.label(missing[0])}.")
        present = {header.strip().casefold() for header in headers}
        absent = [key for key, header in clean.items() if header.casefold() not in present]
        if absent:
            raise LayoutProblem(
                f"The file has no column '{clean[absent[0]]}' for {self.label(absent[0])}."
            )
        chosen = [header.casefold() for header in clean.values()]
        if len(set(chosen)) < len(chosen):
            raise LayoutProblem("One of the file's columns is chosen for two things.")
        return clean

    def fits(self, mapping: Mapping[str, str], headers: Sequence[str]) -> bool:
        try:
            self.check_mapping(mapping, headers)
        except LayoutProblem:
            return False
        return True

    def rows(
        self, mapping: Mapping[str, str], headers: Sequence[str], rows: Sequence[FileCells]
    ) -> list[MappedRow]:
        """Each row's cells under the layout's keys (the mapping already checked)."""
        position = {header.strip().casefold(): index for index, header in enumerate(headers)}
        where = {key: position[header.casefold()] for key, header in mapping.items()}
        mapped = []
        for row in rows:
            cells = row.cells
            mapped.append(
                MappedRow(
                    row.line,
                    {
                        key: _unguarded(cells[index].strip()) if index < len(cells) else ""
                        for key, index in where.items()
                    },
                )
            )
        return mapped


class FileCells(Protocol):
    """What Layout.rows reads of a file row (notice_files.FileRow is one)."""

    @property
    def line(self) -> int: ...

    @property
    def cells(self) -> tuple[str, ...]: ...


def in_sentence(title: str) -> str:
    """A title's first word lower-cased for use inside a sentence, unless it is an
    acronym (SVEST-R) that keeps its capitals."""
    first = title.split(" ", 1)[0]
    return title if first[1:2].isupper() else title[:1].lower() + title[1:]


def _unguarded(cell: str) -> str:
    """A cell as typed: the listings write text that starts like a formula ("+1 555 …")
    behind an apostrophe, so a spreadsheet shows it as text; reading it back, it goes."""
    if cell.startswith("'") and cell[1:2] in FORMULA_STARTS:
        return cell[1:]
    return cell


def _folded(name: str) -> str:
    """ "Case code", "case_code" and "CaseCode " fold alike; accents fold away."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.casefold())
