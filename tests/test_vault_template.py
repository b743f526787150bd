"""The tests' template vault: each copy is a new vault as create_vault makes it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from peersupport_desktop.store import keying, schema_migrations
from peersupport_desktop.store.models import ProgramSettings
from peersupport_desktop.store.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE, VaultTemplate


def test_a_copy_is_a_whole_new_vault_of_its_own(
    vault: Vault, vault_template: VaultTemplate, tmp_path: Path
) -> None:
    made = create_vault(tmp_path / "made.vault", PASSPHRASE)
    try:
        for opened in (vault, made):
            assert schema_migrations.current_revision(opened.engine) == (
                schema_migrations.head_revision()
            )
            with opened.reading() as session:
                assert session.get(ProgramSettings, 1) is not None
            assert opened.pages_intact()
        assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
        assert vault.opens_with(PASSPHRASE)
    finally:
        made.close()
    vault.close()
    # A copy alone: no journal beside it, and the passphrase opens it.
    assert sorted(p.name for p in vault.path.parent.iterdir()) == ["made.vault", "program.vault"]
    with open_vault(vault.path, PASSPHRASE):
        pass
    with pytest.raises(FileExistsError):
        vault_template.new_vault(vault.path)


@pytest.mark.real_kdf
def test_under_the_real_kdf_a_new_vault_is_made_for_real(
    vault: Vault, vault_template: VaultTemplate, tmp_path: Path
) -> None:
    other = vault_template.new_vault(tmp_path / "other.vault")
    try:
        assert keying.read_salt(other.path) != keying.read_salt(vault.path)
    finally:
        other.close()
