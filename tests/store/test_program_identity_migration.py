"""A vault from before the program's identity upgrades: the new settings start unset."""

from __future__ import annotations

from pathlib import Path

from peersupport_desktop.services import settings
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

BEFORE_IDENTITY = "0012"


def test_a_0012_vault_upgrades_with_no_hospital_lead_or_logo(new_vault_path: Path) -> None:
    old = vault_at(new_vault_path, BEFORE_IDENTITY)
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO program_settings (id, program_name, outreach_target_hours, "
            "small_number_threshold, auto_lock_minutes, department_rule, outreach_clock, "
            "working_days, working_starts, working_ends) VALUES "
            "(1, 'Mercy Peer Support', 48, 11, 10, 'outside', 'hours', '0,1,2,3,4', "
            "'08:00:00.000000', '17:00:00.000000')"
        )
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        kept = settings.get_settings(vault)
        assert (kept.program_name, kept.outreach_target_hours) == ("Mercy Peer Support", 48)
        assert (kept.hospital_name, kept.program_lead) == (None, None)
        assert settings.get_logo(vault) is None
        settings.change_settings(vault, hospital_name="Mercy General")
        assert settings.get_settings(vault).hospital_name == "Mercy General"
