"""A vault from before the quarter highlights upgrades with none, and then keeps them."""

from __future__ import annotations

from pathlib import Path

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import highlights
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

BEFORE_HIGHLIGHTS = "0013"


def test_a_0013_vault_upgrades_with_no_highlights(new_vault_path: Path) -> None:
    old = vault_at(new_vault_path, BEFORE_HIGHLIGHTS)
    with old.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "quarter_highlights" not in tables
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        q3 = Quarter(2026, 3)
        assert highlights.get_highlights(vault, q3) == ""
        highlights.set_highlights(vault, q3, "A good quarter.")
        assert highlights.get_highlights(vault, q3) == "A good quarter."
