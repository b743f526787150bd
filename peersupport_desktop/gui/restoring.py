"""Restoring a backup in the window's background: put it in place, then open it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.services import vault_care
from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.keying import VaultKey
from peersupport_desktop.store.vault import Vault, open_vault, open_with_key


@dataclass(frozen=True, slots=True)
class Restored:
    sentence: str  # what happened, to say
    vault: Vault | None = None  # open again: the backup, or the vault as it was
    replaced: bool = False  # the backup is the vault now


def restore_and_open(backup: Path, path: Path, passphrase: str, key: VaultKey) -> Restored:
    """The backup in place of the (closed) vault at ``path``, opened; or, if the restore
    was refused, the vault as it was, opened with its ``key``; or nothing opens."""
    try:
        result = vault_care.restore(backup, path, passphrase)
    except VaultError as exc:
        try:
            return Restored(str(exc), open_with_key(path, key))
        except VaultError:
            return Restored(str(exc))
    kept = f" The vault it replaced is kept at {result.replaced}." if result.replaced else ""
    sentence = f"The backup {backup.name} is now the vault.{kept}"
    try:
        fresh = open_vault(path, passphrase)
    except VaultError as exc:
        return Restored(f"{sentence} {exc}")
    if fresh.key().key != key.key:
        sentence += " It opens with the passphrase the vault had when it was made."
    return Restored(sentence, fresh, replaced=True)
