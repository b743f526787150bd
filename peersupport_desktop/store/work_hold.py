"""Holds on a vault across processes: many tasks may work on it at once, but none
while it is restored, re-encrypted or de-identified.

SQLite keeps two writers from mixing their transactions, but not a task that replaces
the file: an import in one process would go on writing into the vault a restore in
another had just set aside, and report success. So every command that opens the vault
takes a *shared* hold for as long as it has it open, and the tasks that replace or
re-encrypt the file (or rewrite many of its rows) take an *exclusive* one. A task that
cannot have its hold in time says the vault is busy; nothing was done.

The hold is an OS lock on ``<vault>.hold`` (not ``<vault>.lock``, which stands for
the one window or command that has the vault as its own; see ``instance_lock`` for why
neither is a lock on the vault itself). The operating system frees it when the process
ends, however it ends. POSIX ``flock`` has shared and exclusive locks; Windows' C
runtime has only exclusive byte ranges, so there a shared hold is one byte of a range
and an exclusive one is the whole range.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from peersupport_desktop.store.errors import VaultBusy
from peersupport_desktop.store.sqlcipher_connection import storage_error

HOLD_SUFFIX = ".hold"
SHARED_WAIT_S = 30.0  # a restore or a change of passphrase takes seconds at most
EXCLUSIVE_WAIT_S = 5.0
_POLL_S = 0.05

BEING_REPLACED = (
    "The vault is being restored, re-encrypted or de-identified by another task: "
    "try again when it has finished. Nothing was done."
)
IN_USE = (
    "Another task is working on the vault (an import, an export, a backup or a report, "
    "say): try again when it has finished. Nothing was changed."
)


def hold_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + HOLD_SUFFIX)


@contextlib.contextmanager
def shared(vault_path: Path, wait_s: float = SHARED_WAIT_S) -> Iterator[None]:
    """Work on the vault alongside others; waits out an exclusive holder, up to ``wait_s``.

    A folder where the hold cannot be made (read-only) is a folder where nothing can
    replace the vault either, so the work goes on without one.
    """
    with _held(Path(vault_path), exclusive=False, wait_s=wait_s, refusal=BEING_REPLACED):
        yield


@contextlib.contextmanager
def exclusive(vault_path: Path, wait_s: float = EXCLUSIVE_WAIT_S) -> Iterator[None]:
    """The vault to this task alone among those that take holds; up to ``wait_s`` to get it.

    In a read-only folder there is none to take, and the task will say it cannot write.
    """
    with _held(Path(vault_path), exclusive=True, wait_s=wait_s, refusal=IN_USE):
        yield


@contextlib.contextmanager
def _held(vault_path: Path, *, exclusive: bool, wait_s: float, refusal: str) -> Iterator[None]:
    key = os.path.normcase(str(hold_path(vault_path).absolute()))
    alone_here = _alone_in_this_thread()
    if key in alone_here:  # a task that holds the vault alone calls another
        yield
        return
    with _taken(vault_path, exclusive=exclusive, wait_s=wait_s, refusal=refusal):
        if not exclusive:
            yield
            return
        alone_here.add(key)
        try:
            yield
        finally:
            alone_here.discard(key)


# The vaults this thread holds alone: a command that holds the vault alone (retention,
# a change of passphrase) calls services that take the hold again, and must not wait
# for itself. Per thread: another thread of the window is another task.
_local = threading.local()


def _alone_in_this_thread() -> set[str]:
    if not hasattr(_local, "alone"):
        _local.alone = set()
    held: set[str] = _local.alone
    return held


@contextlib.contextmanager
def _taken(vault_path: Path, *, exclusive: bool, wait_s: float, refusal: str) -> Iterator[None]:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(hold_path(vault_path), flags, 0o600)
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
            raise storage_error(exc, vault_path) from None  # a full disk, say: in words
        yield
        return
    try:
        deadline = time.monotonic() + wait_s
        region = _try(descriptor, exclusive)
        while region is None:
            if time.monotonic() >= deadline:
                raise VaultBusy(refusal)
            time.sleep(_POLL_S)
            region = _try(descriptor, exclusive)
        try:
            yield
        finally:
            _release(descriptor, region)
    finally:
        os.close(descriptor)


if sys.platform == "win32":
    import msvcrt

    _SLOTS = 1024  # bytes 1..1024: a shared hold locks one, an exclusive one all of them

    def _try(descriptor: int, exclusive: bool) -> tuple[int, int] | None:
        start, length = (1, _SLOTS) if exclusive else (random.randint(1, _SLOTS), 1)
        os.lseek(descriptor, start, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, length)
        except OSError:
            return None
        return start, length

    def _release(descriptor: int, region: tuple[int, int]) -> None:
        # Windows frees a closed handle's locks only eventually; unlock at once.
        os.lseek(descriptor, region[0], os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, region[1])

else:
    import fcntl

    def _try(descriptor: int, exclusive: bool) -> tuple[int, int] | None:
        kind = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(descriptor, kind | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return 0, 0  # the whole file

    def _release(descriptor: int, region: tuple[int, int]) -> None:
        del region
        fcntl.flock(descriptor, fcntl.LOCK_UN)
