"""An older vault's freely typed languages become codes, so "English" matches "en"."""

from __future__ import annotations

from pathlib import Path

from peersupport_desktop.services import supporters
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

BEFORE_CODES = "0011"


def test_typed_languages_become_codes_and_unknown_ones_stay(new_vault_path: Path) -> None:
    old = vault_at(new_vault_path, BEFORE_CODES)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO supporters (id, name, role, languages, status, capacity, created_at) "
            "VALUES (1, 'Ana', 'nurse', 'english,Spanish,en', 'active', 3, '2026-01-01'), "
            "(2, 'Bo', 'nurse', 'klingon', 'active', 3, '2026-01-01'), "
            "(3, 'Cy', 'nurse', '', 'active', 3, '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO clinicians (id, name, role, preferred_language, created_at) VALUES "
            "(1, 'Di', 'nurse', 'Vietnamese', '2026-01-01'), (2, 'Ed', 'nurse', NULL, '2026-01-01')"
        )
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        spoken = {s.name: s.languages for s in supporters.list_supporters(vault)}
        assert spoken == {"Ana": ("en", "es"), "Bo": ("klingon",), "Cy": ()}
        # Bo's own language, unknown to the list, does not stop an edit of his record.
        bo = next(s for s in supporters.list_supporters(vault) if s.name == "Bo")
        supporters.edit_supporter(
            vault, bo.id, supporters.SupporterInput("Bo", "nurse", languages=(*bo.languages, "de"))
        )
        assert supporters.get_supporter(vault, bo.id).languages == ("klingon", "de")
        with vault.engine.connect() as conn:
            kept = conn.exec_driver_sql(
                "SELECT preferred_language FROM clinicians ORDER BY id"
            ).scalars()
            assert list(kept) == ["vi", None]
