"""A vault as an older version left it: made at a given schema revision, not migrated
further, for the tests that show each migration keeps what the vault held."""

from __future__ import annotations

from pathlib import Path

from peersupport_desktop.store import keying, schema_migrations, sqlcipher_connection
from peersupport_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE


def vault_at(path: Path, revision: str) -> Vault:
    """A new vault at ``path``, under the tests' passphrase, at schema ``revision``."""
    key = keying.new_key(PASSPHRASE)
    conn = sqlcipher_connection.connect(path, key, create=True)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    old = Vault(path, key)
    schema_migrations.upgrade(old.engine, revision)
    return old
