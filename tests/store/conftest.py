"""The store's tests are about the vault file itself (its creation, salt, schema and
migrations, its pages on disk): their new vaults come from create_vault, never from
the session's template copy (see VaultTemplate in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.store.vault import Vault, create_vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def make_vault() -> Callable[..., Vault]:
    def made_by_create_vault(path: Path, passphrase: str = PASSPHRASE) -> Vault:
        return create_vault(path, passphrase)

    return made_by_create_vault
