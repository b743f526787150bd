"""Backups in the backup folder: made on demand or daily on unlock, rotated, verified.

Each backup is a whole vault under the same key (``vault_care.back_up``: written under
a temporary name, renamed when complete, audited), named
``<vault stem>-YYYYMMDD-HHMMSS.vault`` in local time, with ``-2``, ``-3``... when two
fall in one second. The folder is the coordinator's choice (Settings), by default
``backups`` beside the vault, so there are backups from the first day; a folder on
another drive is better.

The folder may hold other files, and even another vault's backups under the same name
(every install's vault is ``program.vault``). Only files named as this vault's backups
*and* carrying its salt (the first 16 bytes, which a backup, a restore and a passphrase
change all keep) are counted and rotated; nothing else is ever touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import math
import os
import re
import shutil
import stat
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.core.backup_rotation import (
    DEFAULT_POLICY,
    RotationPolicy,
    backups_to_keep,
)
from peersupport_desktop.services import clock, vault_care
from peersupport_desktop.services.settings import get_settings
from peersupport_desktop.store import copies, keying
from peersupport_desktop.store.copies import IntegrityReport
from peersupport_desktop.store.errors import VaultError, VaultExists, VaultStorageError
from peersupport_desktop.store.vault import Vault, open_vault

DEFAULT_FOLDER_NAME = "backups"
SUFFIX = ".vault"
DUE_AFTER = dt.timedelta(days=1)
_NAME_ATTEMPTS = 3  # another process may take a free name between the look and the write
_making = threading.Lock()


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    made_at: dt.datetime  # local time, from the file's name
    size: int  # bytes

    @property
    def size_text(self) -> str:
        """ "840 kB", "147.2 MB": as the window and the command line list it."""
        size = self.size
        return f"{size / 1000:.0f} kB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


@dataclass(frozen=True, slots=True)
class BackupMade:
    path: Path
    removed: tuple[Path, ...]  # older backups the rotation deleted, newest first


def default_backup_folder(vault_path: Path) -> Path:
    return Path(vault_path).parent / DEFAULT_FOLDER_NAME


def backup_folder(vault: Vault) -> Path:
    """The folder chosen in Settings, else ``backups`` beside the vault.

    A relative setting is taken from the vault's folder, never from wherever the
    program happened to start.
    """
    chosen = get_settings(vault).backup_folder
    if chosen is None:
        return default_backup_folder(vault.path)
    folder = Path(chosen).expanduser()
    return folder if folder.is_absolute() else vault.path.parent / folder


def backup_name(vault_path: Path, made_at: dt.datetime, sequence: int = 1) -> str:
    extra = f"-{sequence}" if sequence > 1 else ""
    return f"{Path(vault_path).stem}-{made_at:%Y%m%d-%H%M%S}{extra}{SUFFIX}"


def list_backups(source: Vault | Path, folder: Path | None = None) -> list[BackupFile]:
    """This vault's backups in ``folder``, newest first; a missing folder has none.

    ``source`` is the open vault (its backup folder by default, and only files with
    its salt), or the path of a vault that is closed or will not open (the default
    folder beside it, and every file named as its backup, since a damaged vault's
    salt cannot be trusted). ``folder_problem`` says why a folder cannot be read.
    """
    if isinstance(source, Vault):
        salt: bytes | None = source.key().salt
        vault_path = source.path
        folder = backup_folder(source) if folder is None else folder
    else:
        salt = None
        vault_path = Path(source)
        folder = default_backup_folder(vault_path) if folder is None else folder
    return [backup for _, backup in _scan(Path(folder), vault_path, salt)]


def folder_problem(folder: Path, needed: int = 0) -> str | None:
    """Why a backup of ``needed`` bytes cannot be written to ``folder`` (one sentence), or None.

    A missing folder whose parent exists is no problem: the first backup creates it.
    """
    try:
        return _problem(folder, needed)
    except OSError as exc:  # even asking can fail: a network share gone, a dying drive
        return _refusal(folder, exc)


def _problem(folder: Path, needed: int) -> str | None:
    if not folder.exists():
        if folder.parent.is_dir():
            return None
        return (
            f"The backup folder {folder} cannot be reached: "
            "connect its drive, or choose another backup folder in Settings."
        )
    if not folder.is_dir():
        return f"The backup folder {folder} is a file, not a folder: choose another in Settings."
    # The only sure test of writing is to write (a read-only mount, a full disk's inodes).
    descriptor, probe = tempfile.mkstemp(prefix=".peersupport-probe-", dir=folder)
    os.close(descriptor)
    Path(probe).unlink()
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None  # no figure to go by: the copy itself will tell
    return _full(folder, needed - free) if free < needed else None


def backup_due(vault: Vault, now: dt.datetime | None = None) -> bool:
    """True when no backup of this vault in its folder is younger than a day.

    A backup dated after ``now`` (made while the clock was wrong) does not count.
    """
    at = clock.now() if now is None else now
    return not any(at - DUE_AFTER < backup.made_at <= at for backup in list_backups(vault))


def make_backup(
    vault: Vault, now: dt.datetime | None = None, policy: RotationPolicy = DEFAULT_POLICY
) -> BackupMade:
    """Back the vault up into its backup folder, then apply the rotation.

    A folder that cannot be reached or written, or a full disk, raises a
    VaultStorageError naming the folder: nothing is left half written, and no
    earlier backup is removed.
    """
    made_at = (clock.now() if now is None else now).replace(microsecond=0)
    folder = backup_folder(vault)
    needed = _vault_size(vault.path)
    # One at a time in this process: the backup on unlock (a worker thread) and one
    # asked for meanwhile would pick the same free name and share its ".partial" file.
    with _making:
        _ensure_folder(folder)
        problem = folder_problem(folder, needed)
        if problem is not None:
            raise VaultStorageError(problem)
        destination = _write(vault, folder, made_at, needed)
        _refuse_unless_verified(vault, destination)
        return BackupMade(destination, _rotate(vault, folder, destination, policy))


def back_up_if_due(
    vault: Vault, now: dt.datetime | None = None, policy: RotationPolicy = DEFAULT_POLICY
) -> BackupMade | None:
    """The backup on unlock: made (and rotated) when ``backup_due``, else None."""
    at = clock.now() if now is None else now
    return make_backup(vault, at, policy) if backup_due(vault, at) else None


def verify_backup(path: Path, passphrase: str) -> IntegrityReport:
    """Open a backup (never migrating it), run both integrity checks, close it.

    Raises WrongPassphrase or DamagedVault as opening does; the file is only read.
    """
    backup = open_vault(Path(path), passphrase, migrate=False)
    try:
        conn = backup.raw_connection()
        try:
            return copies.integrity(conn)
        finally:
            conn.close()
    finally:
        backup.close()


def _ensure_folder(folder: Path) -> None:
    try:
        if folder.exists() or not folder.parent.is_dir():
            return  # folder_problem says what is wrong with a folder that cannot be used
        folder.mkdir(mode=0o700)
        if os.name == "posix":  # mkdir's mode passes through the umask; say it exactly
            folder.chmod(0o700)
    except FileExistsError:
        pass  # made a moment ago by another backup
    except OSError as exc:
        raise VaultStorageError(_refusal(folder, exc)) from None


def _write(vault: Vault, folder: Path, made_at: dt.datetime, needed: int) -> Path:
    for attempt in range(1, _NAME_ATTEMPTS + 1):
        destination = _free_name(folder, vault.path, made_at)
        try:
            return vault_care.back_up(vault, destination)
        except VaultExists:
            if attempt == _NAME_ATTEMPTS:
                raise
        except vault_care.BackupNotWritten:
            # Say it of the folder: the copy's own sentence names a file, or no place at all.
            raise VaultStorageError(
                folder_problem(folder, needed)
                or f"The backup could not be written to the backup folder {folder}: "
                "check that its drive is connected and has room."
            ) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _refuse_unless_verified(vault: Vault, made: Path) -> None:
    """The rotation deletes older backups only once the new one verifies: otherwise a
    disk that damaged the copy would leave, as the day's newest, one that cannot be
    restored, and the rotation would delete the good ones behind it."""
    try:
        verified = vault_care.copy_verifies(made, vault.key())
    except VaultError:
        verified = False
    if verified:
        return
    copies.remove_with_companions(made)
    raise VaultStorageError(
        f"The backup written to {made.parent} did not verify, so it was deleted and no "
        "older backup was removed: the disk there may be failing. Try another folder."
    )


def _free_name(folder: Path, vault_path: Path, made_at: dt.datetime) -> Path:
    """The next name for that second: above every sequence there, so order follows age.

    (Reusing a number the rotation freed would make the newer backup sort as the older.)
    """
    stamp = backup_name(vault_path, made_at)[: -len(SUFFIX)]
    taken = [0]
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            name = path.name.removesuffix(SUFFIX)
            if name == stamp:
                taken.append(1)
            elif name.startswith(stamp + "-") and name[len(stamp) + 1 :].isdigit():
                taken.append(int(name[len(stamp) + 1 :]))
    return folder / backup_name(vault_path, made_at, max(taken) + 1)


def _rotate(vault: Vault, folder: Path, made: Path, policy: RotationPolicy) -> tuple[Path, ...]:
    backups = [backup for _, backup in _scan(folder, vault.path, vault.key().salt)]
    kept = {backup.path for backup in backups_to_keep(backups, _made_at, policy)}
    removed = []
    for backup in backups:
        if backup.path in kept or backup.path == made:
            continue
        try:
            backup.path.unlink()
        except OSError:
            continue  # not ours to delete after all; the next rotation tries again
        for companion in copies.COMPANIONS:  # left if someone opened the backup
            with contextlib.suppress(OSError):
                Path(f"{backup.path}{companion}").unlink()
        removed.append(backup.path)
    return tuple(removed)


def _made_at(backup: BackupFile) -> dt.datetime:
    return backup.made_at


def _scan(
    folder: Path, vault_path: Path, salt: bytes | None
) -> list[tuple[tuple[dt.datetime, int], BackupFile]]:
    """Recognised backups with their order (time, then sequence), newest first."""
    pattern = re.compile(
        re.escape(Path(vault_path).stem)
        + r"-(\d{8})-(\d{6})(?:-([2-9]|[1-9]\d{1,5}))?"
        + re.escape(SUFFIX)
    )
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []  # missing, or a drive gone: folder_problem says which
    found = []
    for path in entries:
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        try:
            made_at = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
            status = path.lstat()
        except (ValueError, OSError):
            continue  # not a real date, or gone since the listing
        if not stat.S_ISREG(status.st_mode) or _same_file(path, vault_path):
            continue  # never a link, a folder, or the vault itself
        if salt is not None and _salt_of(path) != salt:
            continue  # another vault's backup under the same name
        order = (made_at, int(match[3] or 1))
        found.append((order, BackupFile(path, made_at, status.st_size)))
    found.sort(key=lambda item: item[0], reverse=True)
    return found


def _salt_of(path: Path) -> bytes | None:
    try:
        return keying.read_salt(path)
    except OSError:
        return None


def _same_file(path: Path, other: Path) -> bool:
    try:
        return path.samefile(other)
    except OSError:
        return False


def _vault_size(path: Path) -> int:
    """What a backup will take: the vault's pages, including those still in its WAL."""
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += Path(f"{path}{suffix}").stat().st_size
    return size


def _refusal(folder: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return _full(folder, 0)
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO):
        return (
            f"The backup folder {folder} cannot be reached: "
            "connect its drive, or choose another backup folder in Settings."
        )
    return f"The backup folder {folder} cannot be written to (it is read-only or not yours)."


def _full(folder: Path, short: int) -> str:
    more = f" (about {math.ceil(short / 1_000_000)} MB more is needed)" if short > 0 else ""
    return f"The disk holding the backup folder {folder} is full{more}: free some space there."
