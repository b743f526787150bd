"""Looking after the vault itself: check, back up, restore, change the passphrase."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.core.passphrase_policy import evaluate
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.store import copies, work_hold
from peersupport_desktop.store.copies import IntegrityReport
from peersupport_desktop.store.errors import DamagedVault, InvalidPassphrase, VaultStorageError
from peersupport_desktop.store.keying import VaultKey
from peersupport_desktop.store.sqlcipher_connection import storage_error
from peersupport_desktop.store.vault import Vault, open_vault, translate_errors


@dataclass(frozen=True, slots=True)
class RestoreResult:
    vault_path: Path
    replaced: Path | None  # where the vault that was replaced now lies, if there was one


def check(vault: Vault) -> IntegrityReport:
    conn = vault.raw_connection()
    try:
        report = copies.integrity(conn)
    finally:
        conn.close()
    vault.damaged = vault.damaged or not report.ok  # then closing it writes nothing
    if report.ok:  # a damaged vault is never written to, not even to audit the check
        with vault.transaction() as session:
            audit.record(session, "vault.check", "vault", None)
    return report


class BackupNotWritten(VaultStorageError):
    """The destination's disk refused a backup; the vault itself is fine."""


def back_up(vault: Vault, destination: Path) -> Path:
    """An encrypted copy (itself a vault, same passphrase) at a new path.

    Audited once written, so the log never tells of a backup the disk refused. A vault
    whose pages do not all verify is not copied: its backup would carry the damage,
    and the rotation could then remove the last good one.
    """
    refuse_if_damaged(vault)
    conn = vault.raw_connection()
    try:
        copies.copy_to(conn, vault.key(), Path(destination))
    except BackupNotWritten:
        raise
    except VaultStorageError as exc:
        # Same sentence; the type tells a caller the copy failed, not the audit entry.
        raise BackupNotWritten(str(exc)) from None
    finally:
        conn.close()
    with vault.transaction() as session:
        audit.record(session, "vault.backup", "vault", None)
    return Path(destination)


def refuse_if_damaged(vault: Vault) -> None:
    """The damaged-vault sentence, when a page no longer verifies (0.65 s at 100,000
    cases): for work that would spread the damage or publish from it."""
    if not vault.pages_intact():
        raise DamagedVault(
            f"The vault at {vault.path} is damaged: a page no longer verifies. Nothing was "
            "done, and the file has not been changed; restore it from a backup."
        )


def restore(backup: Path, vault_path: Path, passphrase: str) -> RestoreResult:
    """Replace the vault at ``vault_path`` by a verified backup; the old one is set aside.

    The vault being replaced must be closed. The backup must open with the
    passphrase and pass both integrity checks before anything moves; the backup
    itself is only read, so it can be restored again. A disk refusing the last
    renames puts the old vault back in place.
    """
    vault_path = Path(vault_path)
    with work_hold.exclusive(vault_path):  # no other process's task goes on in the old file
        return _restore(Path(backup), vault_path, passphrase)


def _restore(backup: Path, vault_path: Path, passphrase: str) -> RestoreResult:
    staging = vault_path.with_name(vault_path.name + ".restoring")
    source = open_vault(backup, passphrase, migrate=False)
    try:
        conn = source.raw_connection()
        try:
            report = copies.integrity(conn)
            if not report.ok:
                raise DamagedVault(
                    "That backup is damaged and was not restored; choose another backup."
                )
            copies.remove_with_companions(staging)  # left by a restore cut short: ours
            copies.copy_to(conn, source.key(), staging)
        finally:
            conn.close()
    finally:
        source.close()
    replaced: Path | None = None
    try:
        replaced = _set_aside(vault_path) if vault_path.exists() else None
        staging.replace(vault_path)
    except OSError as exc:
        if replaced is not None:  # never leave the coordinator without a vault in place
            _move_with_companions(replaced, vault_path)
        copies.remove_with_companions(staging)
        raise storage_error(exc, vault_path) from None
    restored = open_vault(vault_path, passphrase)  # migrates a backup from an older version
    try:
        with restored.transaction() as session:
            audit.record(session, "vault.restore", "vault", None)
    finally:
        restored.close()
    return RestoreResult(vault_path, replaced)


def _set_aside(vault_path: Path) -> Path:
    """Set the vault aside under a name no earlier restore has taken."""
    when = now()
    # Two restores in one second would otherwise share a name, and the rename
    # would overwrite the vault the first one kept.
    while any(
        vault_path.with_name(f"{vault_path.name}.replaced-{when:%Y%m%d-%H%M%S}{suffix}").exists()
        for suffix in ("", *copies.COMPANIONS)
    ):
        when += dt.timedelta(seconds=1)
    return copies.set_aside(vault_path, when)


def _move_with_companions(source: Path, destination: Path) -> None:
    for suffix in ("", *copies.COMPANIONS):
        with contextlib.suppress(OSError):
            Path(f"{source}{suffix}").replace(Path(f"{destination}{suffix}"))


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    """Re-encrypt under a new passphrase; earlier backups keep the old one.

    Crash-safe at every instant: the re-keyed copy is written beside the vault, audited
    and checked there, and takes the vault's place in one rename. Until then the vault
    is as it was, under the old passphrase; after it, whole under the new one. No other
    connection may have the vault open meanwhile (one that does is refused).
    """
    verdict = evaluate(new_passphrase)
    if not verdict.acceptable:
        raise InvalidPassphrase(verdict.problem)
    new_key = copies.key_for_new_passphrase(vault.path, new_passphrase)
    staging = copies.rekeying_path(vault.path)
    vault.engine.dispose()  # this process's own connections would hold the vault too
    with work_hold.exclusive(vault.path):  # our other processes wait, or are waited for
        try:
            with copies.held_alone(vault.path, vault.key()) as conn:  # and so must any other
                copies.write_rekeyed(conn, new_key, staging)
                _audit_rekey_in(staging, new_key)
                _refuse_unless_intact(staging, new_key)
            # Still within the hold: no task of ours can open the old file meanwhile. (The
            # connection is closed first: Windows cannot rename over an open file.)
            copies.put_in_place(staging, vault.path)
        except BaseException:
            copies.remove_with_companions(staging)  # ours, and under the new key: it goes
            raise
    vault.replace_key(new_key)


def _audit_rekey_in(path: Path, key: VaultKey) -> None:
    """The audit entry goes into the copy that becomes the vault, so the log and the
    change are one: neither exists without the other."""
    staged = Vault(path, key)
    try:
        with staged.transaction() as session:
            audit.record(session, "vault.rekey", "vault", None)
    finally:
        staged.close()


def copy_verifies(path: Path, key: VaultKey) -> bool:
    """Whether every page of a copy just written under ``key`` (a backup, a re-keyed
    vault) verifies: the disk wrote what it was given. (The structure is the source's,
    page for page, and the source's was checked; checking it again would take 3 s more
    at 100,000 cases.) Only read; opened for writing all the same, so that closing it
    removes the WAL files SQLite makes beside it (a read-only connection leaves them)."""
    with translate_errors(path):
        copy = Vault(path, key)
        try:
            return copy.pages_intact()
        finally:
            copy.close()


def _refuse_unless_intact(path: Path, key: VaultKey) -> None:
    if not copy_verifies(path, key):
        raise VaultStorageError(
            "The re-encrypted copy did not verify, so the passphrase was not changed: "
            "the disk may be failing. The vault is as it was."
        )
