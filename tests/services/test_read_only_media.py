"""A backup on read-only media (a DVD, a write-protected stick, a read-only share)
verifies and restores, and nothing is written beside it.

SQLite cannot make a WAL database's index in a folder it cannot write, so such a
backup is read as immutable. The real case mounts a read-only file system (root on
Linux); the other tells the application the folder cannot be written, as the
operating system would, and runs everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from peersupport_desktop.cli import main as cli_main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import backups, vault_care
from peersupport_desktop.store import vault as vault_module
from peersupport_desktop.store.errors import VaultStorageError
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.file_systems import make_read_only, small_file_system
from tests.program_builder import build_program
from tests.store.test_copies import table_contents


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    with small_file_system(tmp_path / "media", "8m") as mounted:
        yield mounted


def test_a_backup_on_a_read_only_file_system_verifies_and_restores(
    vault: Vault, read_only_mount: Path, passfile: Path
) -> None:
    build_program(vault)
    expected = table_contents(vault)["cases"]
    backup = vault_care.back_up(vault, read_only_mount / "backup.vault")
    make_read_only(read_only_mount)
    assert backups.verify_backup(backup, PASSPHRASE).ok
    vault.close()
    code = cli_main(
        ["restore", "--from", str(backup), "--vault", str(vault.path),
         "--passphrase-file", str(passfile)]
    )  # fmt: skip
    assert code == ExitCode.OK
    with open_vault(vault.path, PASSPHRASE) as restored:
        assert table_contents(restored)["cases"] == expected
    assert sorted(p.name for p in read_only_mount.iterdir()) == ["backup.vault"]


@pytest.fixture
def protected_media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder the operating system says cannot be written, as a DVD's would be."""
    media = tmp_path / "media"
    media.mkdir()
    real_access = os.access

    def write_protected(path: object, mode: int, **options: object) -> bool:
        if Path(str(path)) == media and mode & os.W_OK:
            return False
        return real_access(path, mode, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(vault_module.os, "access", write_protected)
    return media


def test_a_folder_that_cannot_be_written_is_read_as_immutable(
    vault: Vault, protected_media: Path
) -> None:
    build_program(vault)
    expected = table_contents(vault)["cases"]
    backup = vault_care.back_up(vault, protected_media / "backup.vault")
    vault.close()
    with open_vault(backup, PASSPHRASE, migrate=False) as opened:
        assert opened.on_read_only_media
    result = vault_care.restore(backup, vault.path, PASSPHRASE)
    with open_vault(result.vault_path, PASSPHRASE) as restored:
        assert table_contents(restored)["cases"] == expected
    assert sorted(p.name for p in protected_media.iterdir()) == ["backup.vault"]


def test_a_backup_with_a_journal_on_read_only_media_is_refused_in_a_sentence(
    vault: Vault, protected_media: Path
) -> None:
    """Read as immutable, SQLite would not read the WAL: the copy would lack its changes."""
    backup = vault_care.back_up(vault, protected_media / "backup.vault")
    Path(f"{backup}-wal").write_bytes(bytes(4096))  # as copied with its journal
    with pytest.raises(VaultStorageError, match="copy both files to a folder on this computer"):
        open_vault(backup, PASSPHRASE, migrate=False)
