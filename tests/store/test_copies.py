"""Backups, restores and passphrase changes, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from peersupport_desktop.services import audit, vault_care
from peersupport_desktop.store.errors import (
    DamagedVault,
    InvalidPassphrase,
    VaultExists,
    WrongPassphrase,
)
from peersupport_desktop.store.models import Base
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import build_program

NEW_PASSPHRASE = "seven brass lanterns over the marsh"


def table_contents(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    with vault.transaction() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(text(f"SELECT * FROM {table.name} ORDER BY 1"))
            ]
            for table in Base.metadata.sorted_tables
        }


def test_backup_and_restore_round_trip_every_table(vault: Vault, tmp_path: Path) -> None:
    build_program(vault)
    backup = tmp_path / "backups" / "monday.vault"
    backup.parent.mkdir()
    vault_care.back_up(vault, backup)
    expected = table_contents(vault)
    assert all(expected[name] for name in expected), "the builder must fill every table"
    assert expected["audit_log"][-1][2] == "vault.backup"
    expected["audit_log"] = expected["audit_log"][:-1]  # audited once written: not in it
    # Work goes on after the backup, then the backup is restored over it.
    build_program(vault)
    vault.close()

    result = vault_care.restore(backup, vault.path, PASSPHRASE)
    assert result.replaced is not None and result.replaced.exists()
    with open_vault(vault.path, PASSPHRASE) as restored:
        contents = table_contents(restored)
        restore_entries = audit.entries(restored, action="vault.restore")
    assert len(restore_entries) == 1
    contents["audit_log"] = contents["audit_log"][:-1]  # the restore's own entry
    assert contents == expected
    # The vault that was replaced is kept whole, with the later work in it.
    with open_vault(result.replaced, PASSPHRASE) as kept:
        assert len(table_contents(kept)["cases"]) == 4


def test_backup_is_a_vault_with_the_same_passphrase(vault: Vault, tmp_path: Path) -> None:
    build_program(vault)
    backup = vault_care.back_up(vault, tmp_path / "copy.vault")
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(WrongPassphrase):
        open_vault(backup, NEW_PASSPHRASE)
    with open_vault(backup, PASSPHRASE) as copy:
        assert table_contents(copy)["cases"] == table_contents(vault)["cases"]
    assert not list(tmp_path.glob("*.partial*"))


def test_backup_never_overwrites(vault: Vault, tmp_path: Path) -> None:
    taken = tmp_path / "taken.vault"
    taken.write_text("something else")
    with pytest.raises(VaultExists):
        vault_care.back_up(vault, taken)
    assert taken.read_text() == "something else"


def test_restore_refuses_a_damaged_backup_and_keeps_the_vault(vault: Vault, tmp_path: Path) -> None:
    build_program(vault)
    backup = vault_care.back_up(vault, tmp_path / "copy.vault")
    vault.close()
    data = bytearray(backup.read_bytes())
    data[len(data) - 3000] ^= 0xFF
    backup.write_bytes(bytes(data))
    before = vault.path.read_bytes()
    with pytest.raises(DamagedVault):
        vault_care.restore(backup, vault.path, PASSPHRASE)
    assert vault.path.read_bytes() == before
    assert not list(tmp_path.glob("*.replaced-*"))


def test_restore_with_the_wrong_passphrase_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    backup = vault_care.back_up(vault, tmp_path / "copy.vault")
    vault.close()
    before = vault.path.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault_care.restore(backup, vault.path, NEW_PASSPHRASE)
    assert vault.path.read_bytes() == before


def test_restore_to_a_new_place(vault: Vault, tmp_path: Path) -> None:
    backup = vault_care.back_up(vault, tmp_path / "copy.vault")
    target = tmp_path / "elsewhere.vault"
    result = vault_care.restore(backup, target, PASSPHRASE)
    assert result.replaced is None
    with open_vault(target, PASSPHRASE):
        pass


def test_change_passphrase(vault: Vault, tmp_path: Path) -> None:
    build_program(vault)
    old_backup = vault_care.back_up(vault, tmp_path / "before.vault")
    expected = table_contents(vault)["cases"]
    vault_care.change_passphrase(vault, NEW_PASSPHRASE)
    assert table_contents(vault)["cases"] == expected  # the open vault goes on working
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, PASSPHRASE)
    with open_vault(vault.path, NEW_PASSPHRASE) as reopened:
        assert table_contents(reopened)["cases"] == expected
        assert audit.entries(reopened, action="vault.rekey")
    with open_vault(old_backup, PASSPHRASE):  # earlier backups keep the old passphrase
        pass


def test_change_passphrase_refuses_a_weak_one(vault: Vault) -> None:
    with pytest.raises(InvalidPassphrase):
        vault_care.change_passphrase(vault, "password")
    vault.close()
    with open_vault(vault.path, PASSPHRASE):
        pass


def test_integrity_check_of_a_healthy_vault(vault: Vault) -> None:
    build_program(vault)
    assert vault_care.check(vault).ok
    assert audit.entries(vault, action="vault.check")
