"""Anonymized exports: the program's figures (summary) or one row per case (records),
safe by construction, previewed before they leave, and logged when they do.

``build_export`` makes the table the coordinator sees; ``save_export`` writes
exactly that table, and records in the vault when, what kind, which periods and
fields, the threshold, k and the file's SHA-256: never the content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from peersupport_desktop.core import k_anonymity
from peersupport_desktop.core.export_files import file_bytes, rules_note, rules_note_path
from peersupport_desktop.core.export_table import ExportFormat, ExportKind, ExportTable
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.export_records import records_table
from peersupport_desktop.services.export_request import ExportRequest, summary_periods
from peersupport_desktop.services.export_summary import summary_table
from peersupport_desktop.services.publication_log import adds_no_exposure, record_publication
from peersupport_desktop.services.saved_files import check_output, write_output
from peersupport_desktop.services.settings import get_settings
from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.models import ExportEntry
from peersupport_desktop.store.vault import Vault

__all__ = ["ExportRequest", "build_export", "export_log", "save_export", "summary_periods"]


@dataclass(frozen=True, slots=True)
class SavedExport:
    path: Path
    rules_note: Path | None  # the CSV's companion note
    sha256: str
    rows: int


@dataclass(frozen=True, slots=True)
class ExportLogRecord:
    at: dt.datetime
    kind: str
    file_format: str
    periods: str
    fields: str
    threshold: int
    k: int | None
    k_achieved: int | None
    rows: int
    sha256: str


def build_export(
    vault: Vault, request: ExportRequest, *, as_of: dt.datetime | None = None
) -> ExportTable:
    """The export exactly as it would be written: read-only, nothing logged."""
    if not request.quarters:
        raise InvalidInput("quarters", "Choose at least one quarter to export.")
    threshold = get_settings(vault).small_number_threshold
    if request.k is not None and not threshold <= request.k <= k_anonymity.MAX_K:
        raise InvalidInput(
            "k",
            f"k is from the small-number threshold ({threshold}) to {k_anonymity.MAX_K} rows: "
            "smaller crowds would show what the summary hides.",
        )
    moment = as_of or now()
    if request.kind is ExportKind.RECORDS:
        return records_table(vault, request, threshold, moment)
    return summary_table(vault, request, threshold, moment)


def save_export(
    vault: Vault,
    table: ExportTable,
    export_format: ExportFormat,
    destination: Path,
    *,
    replace: bool = False,
) -> SavedExport:
    """Write the previewed table; ``replace``: the coordinator said an existing file
    (and its rules note) may be replaced."""
    if table.publication is not None and not adds_no_exposure(vault, table.publication):
        raise InvalidInput(
            "export",
            "Another report or export of these periods was saved since this preview: "
            "make the preview again, so the two are checked together.",
        )
    data = file_bytes(table, export_format)
    note = rules_note_path(destination) if export_format is ExportFormat.CSV else None
    check_output(vault, destination, replace=replace)  # before the note: both or neither
    if note is not None:
        write_output(vault, note, rules_note(table), replace=replace)
    try:
        path = write_output(vault, destination, data, replace=replace)
    except VaultError:
        if note is not None:
            note.unlink(missing_ok=True)  # no rules note for a file that never came
        raise
    digest = hashlib.sha256(data).hexdigest()
    try:
        _log(vault, table, export_format, digest)
    except BaseException:
        # No export leaves unrecorded: without its log entry, the file goes too.
        for written in (path, note):
            if written is not None:
                written.unlink(missing_ok=True)
        raise
    return SavedExport(path, note, digest, len(table.rows))


def _log(vault: Vault, table: ExportTable, export_format: ExportFormat, digest: str) -> None:
    with vault.transaction() as session:
        entry = ExportEntry(
            at=now(),
            kind=table.kind.value,
            file_format=export_format.value,
            periods=",".join(table.periods),
            fields=",".join(table.field_names),
            threshold=table.threshold,
            k=table.k,
            k_achieved=table.k_achieved,
            rows=len(table.rows),
            sha256=digest,
        )
        session.add(entry)
        session.flush()
        if table.publication is not None:
            record_publication(session, table.kind.value, table.publication, entry.at, entry.id)
        audit.record(session, f"export.{table.kind.value}", "export", entry.id)


def export_log(vault: Vault) -> list[ExportLogRecord]:
    with vault.reading() as session:
        return [
            ExportLogRecord(
                e.at,
                e.kind,
                e.file_format,
                e.periods,
                e.fields,
                e.threshold,
                e.k,
                e.k_achieved,
                e.rows,
                e.sha256,
            )
            for e in session.scalars(select(ExportEntry).order_by(ExportEntry.id))
        ]
