"""Whole-vault copies and checks: backups, restores, integrity, re-keying.

Every copy is written beside its destination under a temporary name and renamed
into place only when complete, so a crash or a full disk never leaves half a vault
where a vault is expected. Copies are encrypted page by page with the same key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.store import keying, sqlcipher_connection
from peersupport_desktop.store.errors import VaultBusy, VaultExists, VaultStorageError
from peersupport_desktop.store.keying import VaultKey
from peersupport_desktop.store.sqlcipher_connection import Connection, storage_error

COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def integrity(conn: Connection) -> IntegrityReport:
    """SQLite's structural check and SQLCipher's per-page HMAC check."""
    problems: list[str] = []
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems += [str(r[0]) for r in rows if r[0] != "ok"]
    except sqlcipher_connection.DatabaseError:
        problems.append("The database structure cannot be read.")
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems += [str(r[0]) for r in rows]
    except sqlcipher_connection.DatabaseError:
        problems.append("The encrypted pages cannot be verified.")
    return IntegrityReport(tuple(problems))


def copy_to(conn: Connection, key: VaultKey, destination: Path) -> None:
    """Write a consistent copy of the open vault to a new file ``destination``."""
    if destination.exists():
        raise VaultExists(f"A file already exists at {destination}: choose another name.")
    partial = destination.with_name(destination.name + ".partial")
    remove_with_companions(partial)
    try:
        try:
            target = sqlcipher_connection.connect(partial, key, create=True)
        except VaultStorageError:
            # SQLite says only that it cannot open the new file: a missing or read-only
            # folder. Name the folder chosen, not the temporary file nor "the vault".
            raise VaultStorageError(
                f"The folder {destination.parent} cannot be written to: "
                "check that it exists and is not read-only."
            ) from None
        try:
            conn.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
        _fsync(partial)
        _remove_companions(partial)
        partial.replace(destination)
        _fsync_folder(destination.parent)
    except sqlcipher_connection.DatabaseError as exc:
        remove_with_companions(partial)
        raise storage_error(exc, destination) from None
    except OSError as exc:
        remove_with_companions(partial)
        raise storage_error(exc, destination) from None


def set_aside(path: Path, when: dt.datetime) -> Path:
    """Move a vault (and its WAL files) out of the way, never deleting it."""
    aside = path.with_name(f"{path.name}.replaced-{when:%Y%m%d-%H%M%S}")
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{aside}{suffix}"))
    path.replace(aside)
    return aside


def rekeying_path(path: Path) -> Path:
    """Where a change of passphrase writes the re-keyed copy before it takes the vault's place."""
    return path.with_name(path.name + ".rekeying")


@contextlib.contextmanager
def held_alone(path: Path, key: VaultKey) -> Iterator[Connection]:
    """A connection that has the vault to itself until it closes: no other connection
    may read or write meanwhile, and one already open (any program's) is refused.

    SQLite's exclusive locking mode keeps the lock its first write transaction takes;
    in WAL mode that lock cannot be had while another connection has the file open.
    """
    conn = sqlcipher_connection.connect(path, key)
    try:
        sqlcipher_connection.wait_when_busy(conn)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlcipher_connection.OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                raise storage_error(exc, path) from None
            raise VaultBusy(
                "Another program has the vault open (a second copy of this application, "
                "or a database tool): close it and try again. Nothing was changed."
            ) from None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        yield conn
    except sqlcipher_connection.DatabaseError as exc:
        raise storage_error(exc, path) from None
    finally:
        conn.close()


def write_rekeyed(conn: Connection, new_key: VaultKey, staging: Path) -> None:
    """A copy of the vault under ``new_key`` at ``staging`` (a name of ours, replaced).

    The page-by-page copy re-encrypts each page with the copy's key; the salt, and so
    the standard clients' view of the file, stays the same.
    """
    remove_with_companions(staging)
    try:
        target = sqlcipher_connection.connect(staging, new_key, create=True)
        try:
            conn.backup(target)
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
    except (sqlcipher_connection.DatabaseError, OSError) as exc:
        remove_with_companions(staging)
        raise storage_error(exc, staging) from None


def put_in_place(staging: Path, path: Path) -> None:
    """Make the finished copy at ``staging`` the vault, in one rename: a crash leaves the
    old vault or the new one, whole, never a mixture."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        # Written since the vault was held alone (a database tool, in the instant between
        # closing and renaming): replacing the file would lose that change.
        raise VaultBusy(
            "Another program wrote to the vault during the change, so the passphrase was "
            "not changed: close it and try again."
        )
    try:
        _fsync(staging)
        _remove_companions(path)  # the old vault's: empty, its last connection closed
        staging.replace(path)
        _fsync_folder(path.parent)
    except OSError as exc:
        raise storage_error(exc, path) from None


def key_for_new_passphrase(path: Path, passphrase: str) -> VaultKey:
    return keying.derive(passphrase, keying.read_salt(path))


def _fsync(path: Path) -> None:
    # Windows flushes only a handle opened for writing.
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to sync it
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


def _remove_companions(path: Path) -> None:
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def remove_with_companions(path: Path) -> None:
    """Delete a file of ours (a copy on its way in, a failed backup, a vault just made)
    with its WAL files. Best effort: a cleanup never hides the error being handled."""
    for suffix in ("", *COMPANIONS):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
