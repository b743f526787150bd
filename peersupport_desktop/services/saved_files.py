"""Writing a file the coordinator chose: whole or not at all, and nowhere else.

No output ever replaces the vault, its companions (journal, WAL, lock), a backup, a
vault of any name, or the file it was made from; replacing any other file needs the
coordinator's say-so (--force, or the save dialog's question); a folder, device or
pipe is never written to.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from peersupport_desktop.services.backups import backup_folder
from peersupport_desktop.store.copies import COMPANIONS, rekeying_path
from peersupport_desktop.store.errors import (
    OutputExists,
    OutputRefused,
    VaultError,
    VaultStorageError,
)
from peersupport_desktop.store.instance_lock import lock_path
from peersupport_desktop.store.sqlcipher_connection import storage_error
from peersupport_desktop.store.vault import Vault
from peersupport_desktop.store.work_hold import hold_path

VAULT_SUFFIX = ".vault"


def vault_files(vault_path: Path, backup_folder: Path | None = None) -> list[Path]:
    """What an output may never replace: the vault, its companions and its backups."""
    files = [
        vault_path,
        lock_path(vault_path),
        hold_path(vault_path),
        rekeying_path(vault_path),
        *(Path(f"{vault_path}{c}") for c in COMPANIONS),
    ]
    if backup_folder is not None and backup_folder.is_dir():
        files += [p for p in backup_folder.iterdir() if p.name.endswith(VAULT_SUFFIX)]
    return files


def check_destination(destination: Path, *, replace: bool, protect: Iterable[Path] = ()) -> None:
    """Refuse, in one sentence, a destination an output must not take."""
    target = _resolved(destination)
    name = destination.name
    protected = {_resolved(path) for path in protect}
    if target in protected or any(name.endswith(VAULT_SUFFIX + c) for c in ("", *COMPANIONS)):
        raise OutputRefused(
            f"{destination} is a vault, a backup or the file being read: an output never "
            "replaces it. Choose another name."
        )
    try:
        mode = destination.stat().st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # what cannot be looked at is said by the write itself
    if stat.S_ISDIR(mode):
        raise VaultStorageError(f"{destination} is a folder: choose a file name.")
    if not stat.S_ISREG(mode):
        raise OutputRefused(f"{destination} is not a regular file: choose a file name.")
    if not replace:
        raise OutputExists(
            f"{destination} already exists: choose another name, or replace it (--force)."
        )


def write_atomically(
    destination: Path, data: bytes, *, replace: bool = False, protect: Iterable[Path] = ()
) -> Path:
    """Write beside the destination under a temporary name, then rename into place.

    A crash or a full disk leaves either the old file or the new one, never half
    of one; the temporary name lives in the chosen folder, never in a temp folder.
    """
    destination = Path(destination)
    check_destination(destination, replace=replace, protect=protect)
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        # Readable by the owner only: reports, exports and rejected rows are confidential.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), 0o600)  # an older partial keeps no wider mode
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(destination)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise _unwritable(exc, destination) from None
    return destination


def write_output(
    vault: Vault,
    destination: Path,
    data: bytes,
    *,
    replace: bool = False,
    inputs: Iterable[Path] = (),
) -> Path:
    """Write a report, an export or a file of the vault's where the coordinator chose:
    never over the vault, its backups or ``inputs`` (the file an import read)."""
    protect = [*vault_files(vault.path, backup_folder(vault)), *inputs]
    return write_atomically(destination, data, replace=replace, protect=protect)


def check_output(
    vault: Vault, destination: Path, *, replace: bool = False, inputs: Iterable[Path] = ()
) -> None:
    """What write_output would refuse, said before any work is done."""
    protect = [*vault_files(vault.path, backup_folder(vault)), *inputs]
    check_destination(destination, replace=replace, protect=protect)


def _resolved(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


def _unwritable(exc: OSError, destination: Path) -> VaultStorageError | VaultError:
    if exc.errno == errno.ENOENT:
        return VaultStorageError(f"The folder {destination.parent} does not exist.")
    known = storage_error(exc, destination)  # a full disk, a read-only folder
    if exc.errno in (errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS):
        return known
    return VaultStorageError(f"{destination} could not be written: nothing was saved.")
