"""Writing a file the coordinator chose: whole or not at all, and nowhere else."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from peersupport_desktop.store.errors import VaultError, VaultStorageError
from peersupport_desktop.store.sqlcipher_connection import storage_error


def write_atomically(destination: Path, data: bytes) -> Path:
    """Write beside the destination under a temporary name, then rename into place.

    A crash or a full disk leaves either the old file or the new one, never half
    of one; the temporary name lives in the chosen folder, never in a temp folder.
    """
    destination = Path(destination)
    if destination.is_dir():
        raise VaultStorageError(f"{destination} is a folder: choose a file name.")
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(destination)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise _unwritable(exc, destination) from None
    return destination


def _unwritable(exc: OSError, destination: Path) -> VaultStorageError | VaultError:
    if exc.errno == errno.ENOENT:
        return VaultStorageError(f"The folder {destination.parent} does not exist.")
    known = storage_error(exc, destination)  # a full disk, a read-only folder
    if exc.errno in (errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS):
        return known
    return VaultStorageError(f"{destination} could not be written: nothing was saved.")
