"""The watch folder: files dropped there are imported, then moved out of the way.

Most are event notices; a file whose columns are a watched record kind's instead
(feedback answers, encounters supporters reported: services/record_kinds.py) is
imported as that kind, whole or not at all. A file is imported with the mapping its
columns fit, then moved to "imported"
(its rejected rows, if any, beside it as NAME.rejected.csv); a file that cannot be
imported at all goes to "not imported", so it is not tried again and again. A
file the vault could not take (a full disk, say) stays where it is, to be tried
again. Files still being written (changed, copied or moved in the last seconds)
wait, and spreadsheet lock files (~$NAME) and hidden files are never read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.core.event_notices import MappingProblem
from peersupport_desktop.core.notice_files import UnreadableFile, stream_table
from peersupport_desktop.core.record_layout import LayoutProblem
from peersupport_desktop.services import import_mappings, record_kinds
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.event_import import ImportResult, import_file, save_rejects
from peersupport_desktop.services.record_import import (
    RecordImport,
    RecordKind,
    RowsRejected,
    import_records,
)
from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.vault import Vault

IMPORTED = "imported"
NOT_IMPORTED = "not imported"
SETTLE_SECONDS = 5.0  # a file changed more recently may still be being written


@dataclass(frozen=True, slots=True)
class DroppedFile:
    name: str
    at: dt.datetime
    result: ImportResult | None  # None: no notices were imported
    problem: str | None = None  # why not, in one sentence
    moved_to: Path | None = None  # None: left in place, to be tried again
    records: RecordImport | None = None  # a watched record kind's import, instead

    def summary(self) -> str:
        if self.records is not None:
            return f"{self.name}: {self.records.summary()}"
        if self.result is not None and self.moved_to is None:
            return (
                f"{self.name}: {self.result.summary()} It could not be moved to '{IMPORTED}', "
                "so it will be read again (adding nothing)."
            )
        if self.result is not None:
            return f"{self.name}: {self.result.summary()}"
        return f"{self.name} was not imported: {self.problem}"


def folder_problem(folder: Path) -> str | None:
    """Why the folder cannot be watched, or None."""
    if not folder.is_dir():
        return f"The watch folder {folder} does not exist (or is not a folder)."
    return None


def files_waiting(folder: Path, *, settled_before: float | None = None) -> list[Path]:
    """The CSV files in the folder (not its subfolders) that nobody is still writing."""
    cutoff = time.time() - SETTLE_SECONDS if settled_before is None else settled_before
    try:
        candidates = sorted(folder.iterdir())
    except OSError:
        return []
    waiting = []
    for path in candidates:
        if path.suffix.lower() != ".csv" or path.name.startswith(("~$", ".")):
            continue
        try:
            status = path.stat()
        except OSError:
            continue  # gone, or not ours to read: the next look will tell
        # A copy keeps its original modification time; the change time (POSIX) or
        # creation time (Windows) is when it arrived here.
        if path.is_file() and max(status.st_mtime, status.st_ctime) < cutoff:
            waiting.append(path)
    return waiting


def import_dropped(
    vault: Vault, folder: Path, *, settled_before: float | None = None
) -> list[DroppedFile]:
    """Import each waiting file, one transaction each, and move it out of the way."""
    outcomes = []
    for path in files_waiting(folder, settled_before=settled_before):
        outcomes.append(_import_one(vault, path))
    return outcomes


def _import_one(vault: Vault, path: Path) -> DroppedFile:
    at = now()
    try:
        watched = _record_kind_of(vault, path)
        if watched is not None:
            kind, source = watched
            records = import_records(vault, kind, path, source=source)
            return DroppedFile(path.name, at, None, None, _move(path, IMPORTED, at), records)
        result = import_file(vault, path)
    except (UnreadableFile, MappingProblem, InvalidInput, LayoutProblem, RowsRejected) as exc:
        return DroppedFile(path.name, at, None, str(exc), _move(path, NOT_IMPORTED, at))
    except VaultError as exc:  # a full disk, a busy vault: the file waits for the next look
        return DroppedFile(path.name, at, None, str(exc))
    except Exception:  # its text is never shown: it might quote the file
        # Put aside, or the same failure would come back at every look.
        problem = "an unexpected error; nothing of it was stored."
        return DroppedFile(path.name, at, None, problem, _move(path, NOT_IMPORTED, at))
    moved = _move(path, IMPORTED, at)
    if result.rejected and moved is not None:
        with contextlib.suppress(VaultError):  # the counts still say how many were rejected
            save_rejects(vault, moved.with_name(f"{moved.stem}.rejected.csv"), result)
    return DroppedFile(path.name, at, result, None, moved)


def _record_kind_of(vault: Vault, path: Path) -> tuple[RecordKind, str] | None:
    """The watched record kind the file's columns fit, unless they fit event notices'."""
    try:
        with path.open("rb") as handle:
            headers = stream_table(handle).headers
    except OSError:
        return None  # the notices' import says why, in its own words
    if import_mappings.recognise(vault, headers) is not None:
        return None
    return record_kinds.watched_kind(vault, headers)


def _move(path: Path, subfolder: str, at: dt.datetime) -> Path | None:
    """Into the subfolder, never over an earlier file of the same name."""
    target_dir = path.parent / subfolder
    try:
        target_dir.mkdir(mode=0o700, exist_ok=True)  # it holds the notices, names and all
        target = target_dir / path.name
        if target.exists():
            target = target_dir / f"{path.stem}-{at:%Y%m%d-%H%M%S}{path.suffix}"
        number = 1
        while target.exists():
            number += 1
            target = target_dir / f"{path.stem}-{at:%Y%m%d-%H%M%S}-{number}{path.suffix}"
        return path.rename(target)
    except OSError:
        return None
