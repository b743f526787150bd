"""Opening raw SQLCipher connections: the one place that speaks PRAGMA key."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlcipher3

from peersupport_desktop.store.errors import (
    DamagedVault,
    VaultBusy,
    VaultError,
    VaultStorageError,
    WrongPassphrase,
)
from peersupport_desktop.store.keying import VaultKey

PAGE_SIZE = 4096  # SQLCipher 4 default cipher_page_size
# How long a unit waits for another writer (a backup, an import) before giving up.
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"
_FOREIGN_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"{\\rtf",
    b"\xd0\xcf\x11\xe0",
)

if TYPE_CHECKING:
    # sqlcipher3 ships no types; its connection is the sqlite3 one, keyed.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
    from sqlite3 import OperationalError as OperationalError
else:
    from sqlcipher3 import Connection, DatabaseError, IntegrityError, OperationalError

__all__ = ["DBAPI", "Connection", "DatabaseError", "IntegrityError", "connect"]

DBAPI = sqlcipher3


def connect(
    path: Path,
    key: VaultKey,
    *,
    create: bool = False,
    read_only: bool = False,
    immutable: bool = False,
) -> Connection:
    """A keyed connection; mode=rw never creates a missing file behind our back.

    A ``read_only`` one can never write the file, not even the checkpoint SQLite
    makes when the last connection to a WAL database closes. An ``immutable`` one is
    read-only too, and takes no locks and makes no WAL files: for a file on media
    nothing can write to.
    """
    mode = "ro" if read_only or immutable else "rwc" if create else "rw"
    made = create and _private_file(path)
    # fsencode: a name that is not UTF-8 (a Linux folder named in Latin-1) passes as bytes.
    uri = f"file:{quote(os.fsencode(path))}?mode={mode}{'&immutable=1' if immutable else ''}"
    try:
        conn: Connection = sqlcipher3.connect(
            uri, uri=True, check_same_thread=False, isolation_level=None
        )
    except OperationalError as exc:
        if made:  # the empty file made for it goes with the refusal
            path.unlink(missing_ok=True)
        raise storage_error(exc, path) from None
    # SQLCipher would otherwise write its own diagnostics to stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key.pragma_literal()}")
    return conn


def _private_file(path: Path) -> bool:
    """Create the new file readable by its owner only (0600), before SQLite does:
    SQLite would make it 0644 less the umask, and gives its WAL the file's mode.
    Whether a file was made."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False  # a file that is there keeps what it has (SQLite decides on it)
    except OSError:
        return False  # a missing or read-only folder: SQLite's own refusal says it
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # the umask cannot widen it, but say it exactly
    finally:
        os.close(descriptor)
    return True


def configure(conn: Connection) -> None:
    """Per-connection settings; journal mode is stored in the file at creation."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA synchronous = FULL")
    wait_when_busy(conn)
    # Decrypting a page costs more than reading it: keep up to 32 MB of them, so a
    # report's many aggregates over the same tables decrypt each page once.
    conn.execute("PRAGMA cache_size = -32768")


def wait_when_busy(conn: Connection) -> None:
    """Wait up to the busy timeout for another connection's lock, as every unit does,
    rather than failing at once."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def diagnose_file(path: Path) -> None:
    """Raise DamagedVault for files that cannot be a vault, before any key is tried."""
    if not path.exists():
        from peersupport_desktop.store.errors import VaultNotFound

        raise VaultNotFound(f"There is no vault at {path}.")
    if path.is_dir():
        raise DamagedVault(f"{path} is a folder, not a vault file.")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(PAGE_SIZE)
    except OSError as exc:
        raise storage_error(exc, path) from None
    if size == 0:
        raise DamagedVault("The vault file is empty: it holds no data and cannot be opened.")
    if head.startswith(_SQLITE_MAGIC):
        raise DamagedVault("This file is an unencrypted SQLite database, not a Peer Support vault.")
    if head.startswith(_FOREIGN_MAGIC) or _looks_like_text(head):
        raise DamagedVault("This file is not a Peer Support vault.")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise DamagedVault(
            "The vault file is truncated or damaged. Restore it from a backup; "
            "the damaged file has not been changed."
        )


def verify_key(conn: Connection, path: Path) -> None:
    """Read the schema: the first read that needs the right key."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        text = str(exc).lower()
        if "file is not a database" in text:
            raise WrongPassphrase() from None
        if "locked" in text or "busy" in text:
            raise VaultBusy(
                "The vault is busy: another task has it to itself for a moment (a change "
                "of passphrase, say). Try again shortly."
            ) from None
        if any(refusal in text for refusal in _DISK_REFUSALS):
            # A sound vault the disk will not serve: in a read-only folder, SQLite
            # cannot make the WAL's index and says "attempt to write a readonly database".
            raise storage_error(exc, path) from None
        raise damaged(exc) from None


_DISK_REFUSALS = ("readonly", "unable to open", "disk i/o", "full")


def damaged(exc: BaseException) -> DamagedVault:
    del exc  # its text may quote data; the sentence must not
    return DamagedVault(
        "The vault is damaged and cannot be read. Restore it from a backup; "
        "the damaged file has not been changed."
    )


def storage_error(exc: BaseException, path: Path) -> VaultError:
    """The disk said no: say which way, in words."""
    number = getattr(exc, "errno", None)
    # An OSError's text names its file, which may say anything ("Full backups"): its
    # number decides. SQLite's errors have no number, only their words.
    text = "" if number is not None else str(exc).lower()
    if number == errno.ENOSPC or "full" in text:
        return VaultStorageError(DISK_FULL)
    if (
        number in (errno.EACCES, errno.EPERM, errno.EROFS)
        or "readonly" in text
        or "read-only" in text
    ):
        return VaultStorageError(
            f"The folder {path.parent} cannot be written to (it is read-only or not yours)."
        )
    if number is None and _no_room_left(path):
        # SQLite says only "disk I/O error" when the WAL's index cannot grow on a full
        # disk, or "unable to open" when its WAL cannot be made.
        return VaultStorageError(DISK_FULL)
    if "unable to open" in text:
        return VaultStorageError(
            f"The vault at {path} cannot be opened: "
            "check that its folder exists and can be written to."
        )
    return VaultStorageError(f"The vault at {path} could not be read or written.")


DISK_FULL = "The disk is full: nothing was changed. Free some space and try again."
_ROOM_NEEDED = 1 << 20  # below a megabyte free, a refusal to write is a full disk


def _no_room_left(path: Path) -> bool:
    folder = path.parent
    try:
        # Read-only media often report no free space, and /proc no size at all: neither
        # is a full disk.
        usage = shutil.disk_usage(folder)
        return os.access(folder, os.W_OK) and usage.total > 0 and usage.free < _ROOM_NEEDED
    except OSError:
        return False


def _looks_like_text(head: bytes) -> bool:
    # Encrypted pages are uniformly random; a page that is nearly all printable
    # ASCII is a text file (CSV, JSON...) someone picked by mistake.
    printable = sum(1 for b in head if 32 <= b < 127 or b in (9, 10, 13))
    return printable > 0.9 * len(head)
