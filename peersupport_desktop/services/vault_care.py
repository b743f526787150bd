"""Looking after the vault itself: check, back up, restore, change the passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.core.passphrase_policy import evaluate
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.store import copies
from peersupport_desktop.store.copies import IntegrityReport
from peersupport_desktop.store.errors import DamagedVault, InvalidPassphrase
from peersupport_desktop.store.vault import Vault, open_vault


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
    if report.ok:  # a damaged vault is never written to, not even to audit the check
        with vault.transaction() as session:
            audit.record(session, "vault.check", "vault", None)
    return report


def back_up(vault: Vault, destination: Path) -> Path:
    """An encrypted copy (itself a vault, same passphrase) at a new path."""
    with vault.transaction() as session:
        audit.record(session, "vault.backup", "vault", None)
    conn = vault.raw_connection()
    try:
        copies.copy_to(conn, vault.key(), Path(destination))
    finally:
        conn.close()
    return Path(destination)


def restore(backup: Path, vault_path: Path, passphrase: str) -> RestoreResult:
    """Replace the vault at ``vault_path`` by a verified backup; the old one is set aside.

    The vault being replaced must be closed. The backup must open with the
    passphrase and pass both integrity checks before anything moves.
    """
    source = open_vault(Path(backup), passphrase, migrate=False)
    try:
        conn = source.raw_connection()
        try:
            report = copies.integrity(conn)
            if not report.ok:
                raise DamagedVault(
                    "That backup is damaged and was not restored; choose another backup."
                )
            staging = vault_path.with_name(vault_path.name + ".restoring")
            copies.copy_to(conn, source.key(), staging)
        finally:
            conn.close()
    finally:
        source.close()
    replaced = copies.set_aside(vault_path, now()) if vault_path.exists() else None
    staging.replace(vault_path)
    restored = open_vault(vault_path, passphrase)  # migrates a backup from an older version
    try:
        with restored.transaction() as session:
            audit.record(session, "vault.restore", "vault", None)
    finally:
        restored.close()
    return RestoreResult(vault_path, replaced)


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    """Re-encrypt under a new passphrase; earlier backups keep the old one."""
    verdict = evaluate(new_passphrase)
    if not verdict.acceptable:
        raise InvalidPassphrase(verdict.problem)
    new_key = copies.key_for_new_passphrase(vault.path, new_passphrase)
    vault.engine.dispose()  # no other connection may hold the old key while pages change
    conn = vault.raw_connection()
    try:
        copies.rekey(conn, new_key)
    finally:
        conn.close()
    vault.replace_key(new_key)
    with vault.transaction() as session:
        audit.record(session, "vault.rekey", "vault", None)
