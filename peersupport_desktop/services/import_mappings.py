"""Saved column mappings: how each source system names the canonical columns.

A mapping is saved under the source's name, so the next file from the same
system is recognised by its column names and needs no mapping again. Only
column names are kept, never a cell of a file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.event_notices import (
    CANONICAL_COLUMNS,
    CANONICAL_SOURCE,
    REQUIRED_COLUMNS,
    canonical_mapping,
    fits,
)
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.validation import required_text
from peersupport_desktop.store.models import Event, ImportMapping
from peersupport_desktop.store.vault import Vault

NOTICES = "events"  # the kind of the event notices' mappings (others: record_kinds.py)


@dataclass(frozen=True, slots=True)
class SourceMapping:
    """A source's name and its mapping: canonical column -> the file's column."""

    source: str
    columns: dict[str, str]


def save_mapping(vault: Vault, source: str, columns: Mapping[str, str]) -> SourceMapping:
    """Save (or replace) the mapping of ``source``."""
    with vault.transaction() as session:
        saved = remember(session, source, columns)
        audit.record(session, "import.mapping", "import_mapping", None)
        return saved


def source_name(session: Session, text: str) -> str:
    """A source's name as the vault already knows it, whatever its letter case or spacing.

    Events are told apart by their reference and source, so "Risk  system" and "risk
    system" must be one source, or the same file would import twice.
    """
    name = required_text("source", text or CANONICAL_SOURCE, max_length=80, what="The source")
    if name.casefold() == CANONICAL_SOURCE:
        return CANONICAL_SOURCE
    known = session.scalar(
        select(ImportMapping.name).where(
            ImportMapping.kind == NOTICES, func.lower(ImportMapping.name) == name.lower()
        )
    ) or session.scalar(
        select(Event.external_source)
        .where(func.lower(Event.external_source) == name.lower())
        .limit(1)
    )
    return known or name


def remember(session: Session, source: str, columns: Mapping[str, str]) -> SourceMapping:
    """Save the mapping within a transaction already under way (an import's own)."""
    name = source_name(session, source)
    if name == CANONICAL_SOURCE:
        raise InvalidInput(
            "source", f"'{CANONICAL_SOURCE}' is kept for files in the canonical columns."
        )
    clean = {k: v.strip() for k, v in columns.items() if k in CANONICAL_COLUMNS and v.strip()}
    missing = sorted(REQUIRED_COLUMNS - set(clean))
    if missing:
        raise InvalidInput("columns", f"Choose the file's column for {missing[0]}.")
    row = session.scalar(
        select(ImportMapping).where(ImportMapping.kind == NOTICES, ImportMapping.name == name)
    )
    if row is None:
        row = ImportMapping(kind=NOTICES, name=name, columns="", used_at=now())
        session.add(row)
    row.columns = json.dumps(clean, sort_keys=True)
    row.used_at = now()
    return SourceMapping(name, clean)


def get_mapping(vault: Vault, source: str) -> SourceMapping:
    with vault.reading() as session:
        name = source_name(session, source)
        row = session.scalar(
            select(ImportMapping).where(ImportMapping.kind == NOTICES, ImportMapping.name == name)
        )
        if row is None:
            raise InvalidInput("mapping", f"There is no saved mapping named '{source.strip()}'.")
        return SourceMapping(row.name, json.loads(row.columns))


def mapping_names(vault: Vault) -> list[str]:
    with vault.reading() as session:
        names = select(ImportMapping.name).where(ImportMapping.kind == NOTICES)
        return list(session.scalars(names.order_by(ImportMapping.name)))


def recognise(vault: Vault, headers: Sequence[str]) -> SourceMapping | None:
    """The mapping for a file with these column names: the canonical one if it has them,
    else the most recently used saved mapping whose columns are all there."""
    canonical = canonical_mapping(headers)
    if canonical is not None:
        return SourceMapping(CANONICAL_SOURCE, canonical)
    with vault.reading() as session:
        saved = session.scalars(
            select(ImportMapping)
            .where(ImportMapping.kind == NOTICES)
            .order_by(ImportMapping.used_at.desc())
        )
        for row in saved:
            columns: dict[str, str] = json.loads(row.columns)
            if fits(columns, headers):
                return SourceMapping(row.name, columns)
    return None
