"""One process at a time per vault: an exclusive OS lock on a companion file beside it.

The window holds the lock for as long as it runs, and the commands that replace or
re-encrypt the file (``restore``, ``change-passphrase``) take it too, so neither can
pull the file from under the other.

The lock is on ``<vault>.lock``, never on the vault itself: SQLite keeps POSIX record
locks on the vault, and POSIX drops all of a process's record locks on a file the
moment the process closes *any* descriptor on it, so opening and closing the vault for
a lock of our own would silently undo SQLite's. The operating system frees the lock
when the process ends, however it ends (even killed), so a lock is never stale and
there is nothing to clean up. The file stays behind, empty: deleting it on release
would let a process that had just opened the old file lock it while a third one
locks a new file under the same name, and both would believe they hold the vault.
"""

from __future__ import annotations

import errno
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from peersupport_desktop.store.errors import VaultInUse, VaultStorageError

LOCK_SUFFIX = ".lock"

# Lock files held by this process. flock already refuses a second open file in the same
# process, but on some network file systems it falls back to POSIX record locks, which
# never conflict within one process; this set makes the refusal hold everywhere.
_held_here: set[str] = set()
_held_guard = threading.Lock()


def lock_path(vault_path: Path) -> Path:
    """The companion file whose lock stands for the vault: ``<vault>.lock``."""
    return vault_path.with_name(vault_path.name + LOCK_SUFFIX)


class InstanceLock:
    """The exclusive lock on one vault; ``with InstanceLock(path):`` holds it."""

    def __init__(self, vault_path: Path) -> None:
        self.vault_path = Path(vault_path)
        self.path = lock_path(self.vault_path)
        self._fd: int | None = None
        self._key = ""

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise VaultInUse (someone holds it) or VaultStorageError
        (its file cannot be made: a missing or read-only folder)."""
        if self._fd is not None:
            return
        key = os.path.normcase(str(self.path.resolve()))
        with _held_guard:
            if key in _held_here:
                raise VaultInUse()
            fd = _open_lock_file(self.path)
            try:
                _lock(fd, self.path)
            except BaseException:
                os.close(fd)
                raise
            _held_here.add(key)
        self._fd, self._key = fd, key

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with _held_guard:
            _held_here.discard(self._key)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def hold(vault_path: Path) -> InstanceLock:
    """The vault's lock, taken; release it (or leave the ``with`` block) when done."""
    lock = InstanceLock(vault_path)
    lock.acquire()
    return lock


def _open_lock_file(path: Path) -> int:
    # O_NOFOLLOW: a link planted under the lock's name must not make us create or lock
    # some other file. The file holds nothing, so its permissions only keep it tidy.
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, flags, 0o600)
    except (FileNotFoundError, NotADirectoryError):
        if path.parent.is_dir():  # /proc, say: a folder that holds no files of ours
            raise VaultStorageError(
                f"No file can be made in the folder {path.parent}: keep the vault in a "
                "folder on a disk."
            ) from None
        raise VaultStorageError(f"The folder {path.parent} does not exist.") from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise VaultStorageError(
                f"The folder {path.parent} cannot be written to (it is read-only or not "
                "yours), so the vault cannot be opened from there."
            ) from None
        raise VaultStorageError(
            f"The lock file {path} cannot be made, so the vault cannot be opened safely."
        ) from None


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int, path: Path) -> None:
        # A one-byte region at offset 0 (a new descriptor's position); Windows allows
        # locking past the end of a file, so the file can stay empty.
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):
                raise VaultInUse() from None
            raise VaultStorageError(
                f"The lock file {path} cannot be locked, so the vault cannot be opened safely."
            ) from None

    def _unlock(fd: int) -> None:
        # Windows frees a closed handle's locks only eventually; unlock at once.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, path: Path) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise VaultInUse() from None
        except OSError:
            # A file system without locks (some network shares): SQLite could not keep
            # the vault safe there either.
            raise VaultStorageError(
                f"The folder {path.parent} does not support file locks: "
                "keep the vault on this computer's own disk."
            ) from None

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
