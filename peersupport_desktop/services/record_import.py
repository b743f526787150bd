"""Importing a file of records of one kind (a roster, feedback answers, …): all of it,
or nothing.

Each kind (services/record_kinds.py) says what its columns are and how its rows are
checked and stored. Here the file is read, its columns mapped, and the kind's work
done in one transaction; a single row the kind cannot take undoes the whole import,
and every such row is listed with its line and reason, so the file can be mended
and imported again. Rows already in the vault are the kind's to recognise:
importing the same file twice adds nothing the second time.

Mappings are saved per kind, under the source's name (the survey tool, the HR
system), as event notices' are: column names only, never a cell.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.notice_files import NoticeTable
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.record_layout import Layout, LayoutProblem, MappedRow, RowProblem
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.record_files import read_record_file
from peersupport_desktop.services.validation import required_text
from peersupport_desktop.store.models import ImportMapping
from peersupport_desktop.store.vault import Vault

STANDARD = "standard columns"  # the source named for a file in the layout's own columns
MAX_SAID = 20  # rejected rows said in the message; all of them are in ``problems``


@dataclass(slots=True)
class KindResult:
    """What a kind made of the rows: counts, and the rows it could not take."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0  # already in the vault as they are (imported before)
    problems: list[RowProblem] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)  # the records added or changed, for the audit
    notes: list[str] = field(default_factory=list)  # a kind's own sentences, said after the counts


class RecordKind(Protocol):
    """A kind of record a file can bring in."""

    @property
    def layout(self) -> Layout: ...

    @property
    def record_name(self) -> str:
        """The audit's record kind of what it stores ("supporter")."""
        ...

    def apply(self, session: Session, rows: Sequence[MappedRow]) -> KindResult:
        """Check every row and store the good ones, within the caller's transaction;
        list every bad one in ``problems`` (the caller then undoes the rest)."""
        ...


@dataclass(frozen=True, slots=True)
class RecordImport:
    title: str  # the layout's
    source: str
    rows: int
    added: int
    updated: int
    unchanged: int
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        parts = [f"{self.added:,} added"]
        if self.updated:
            parts.append(f"{self.updated:,} updated")
        if self.unchanged:
            parts.append(f"{self.unchanged:,} already in the vault")
        said = f"{self.title}: {counted(self.rows, 'row')} read, {', '.join(parts)}."
        return " ".join((said, *self.notes))


class RowsRejected(Sayable, ValueError):
    """Some rows cannot be imported, so nothing was; ``problems`` lists every one."""

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        self.problems = tuple(problems)
        listed = "; ".join(problem.said() for problem in self.problems[:MAX_SAID])
        more = len(self.problems) - MAX_SAID
        tail = f"; and {counted(more, 'more row')}" if more > 0 else ""
        super().__init__(
            f"Nothing was imported: {counted(len(self.problems), 'row')} cannot be "
            f"({listed}{tail}). Mend them and import the file again."
        )


def read_file(path: Path) -> NoticeTable:
    return read_record_file(path)


def import_records(
    vault: Vault,
    kind: RecordKind,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    source: str | None = None,
) -> RecordImport:
    """Import the file whole, or nothing of it (RowsRejected).

    Without ``mapping``, the file's columns must be the layout's own or fit the saved
    mapping named ``source`` (or any saved one); with it, it is saved as ``source``.
    """
    return import_table(vault, kind, read_record_file(path), mapping=mapping, source=source)


def import_table(
    vault: Vault,
    kind: RecordKind,
    table: NoticeTable,
    *,
    mapping: Mapping[str, str] | None = None,
    source: str | None = None,
) -> RecordImport:
    layout = kind.layout
    if mapping is None:
        found = _mapping_for(vault, layout, table.headers, source)
        name, columns = found
    else:
        columns = layout.check_mapping(mapping, table.headers)
        name = source.strip() if source and source.strip() else STANDARD
    rows = layout.rows(columns, table.headers, table.rows)
    with vault.transaction() as session:
        result = kind.apply(session, rows)
        if result.problems:
            raise RowsRejected(sorted(result.problems, key=lambda problem: problem.line))
        if mapping is not None and name != STANDARD:
            _remember(session, layout, name, columns)
        audit.record_many(session, f"import.{layout.kind}", kind.record_name, result.ids)
        if not result.ids:
            audit.record(session, f"import.{layout.kind}", "import", None)
    return RecordImport(
        layout.title,
        name,
        len(rows),
        result.added,
        result.updated,
        result.unchanged,
        tuple(result.notes),
    )


def recognise(
    vault: Vault, layout: Layout, headers: Sequence[str]
) -> tuple[str, dict[str, str]] | None:
    """The source and mapping a file with these columns is read with: the standard
    columns, else the most recently used saved mapping of this kind that fits."""
    standard = layout.canonical(headers)
    if standard is not None:
        return STANDARD, standard
    with vault.reading() as session:
        saved = session.scalars(
            select(ImportMapping)
            .where(ImportMapping.kind == layout.kind)
            .order_by(ImportMapping.used_at.desc())
        )
        for row in saved:
            columns: dict[str, str] = json.loads(row.columns)
            if layout.fits(columns, headers):
                return row.name, columns
    return None


def saved_mapping(vault: Vault, layout: Layout, source: str) -> dict[str, str]:
    with vault.reading() as session:
        row = _saved(session, layout, source)
        if row is None:
            raise LayoutProblem(f"There is no saved mapping named '{source.strip()}'.")
        return dict(json.loads(row.columns))


def mapping_names(vault: Vault, layout: Layout) -> list[str]:
    with vault.reading() as session:
        names = select(ImportMapping.name).where(ImportMapping.kind == layout.kind)
        return list(session.scalars(names.order_by(ImportMapping.name)))


def _mapping_for(
    vault: Vault, layout: Layout, headers: Sequence[str], source: str | None
) -> tuple[str, dict[str, str]]:
    if source is not None and source.strip() and source.strip().casefold() != STANDARD:
        columns = saved_mapping(vault, layout, source)
        return source.strip(), layout.check_mapping(columns, headers)
    found = recognise(vault, layout, headers)
    if found is None:
        raise LayoutProblem(
            f"The file's columns are not the standard ones for {layout.title_in_sentence} and "
            "fit no saved mapping: map them in the window, or on the command line with "
            "--map FIELD=COLUMN, or name a saved mapping."
        )
    return found


def _saved(session: Session, layout: Layout, source: str) -> ImportMapping | None:
    return session.scalar(
        select(ImportMapping).where(
            ImportMapping.kind == layout.kind,
            func.lower(ImportMapping.name) == source.strip().lower(),
        )
    )


def _remember(session: Session, layout: Layout, source: str, columns: dict[str, str]) -> None:
    name = required_text("source", source, max_length=80, what="The source")
    row = _saved(session, layout, name)
    if row is None:
        row = ImportMapping(kind=layout.kind, name=name, columns="", used_at=now())
        session.add(row)
    row.columns = json.dumps(columns, sort_keys=True)
    row.used_at = now()
    audit.record(session, "import.mapping", "import_mapping", None)
