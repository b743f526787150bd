"""A vault from before the report's targets upgrades with none set, and then keeps them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from peersupport_desktop.services import settings
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.models import ProgramSettings
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

BEFORE_TARGETS = "0014"


def test_a_0014_vault_upgrades_with_no_targets_and_keeps_its_settings(
    new_vault_path: Path,
) -> None:
    old = vault_at(new_vault_path, BEFORE_TARGETS)
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO program_settings (id, program_name, outreach_target_hours, "
            "small_number_threshold, auto_lock_minutes, department_rule, outreach_clock, "
            "working_days, working_starts, working_ends, hospital_name, logo, logo_type) VALUES "
            "(1, 'Mercy Peer Support', 48, 11, 10, 'outside', 'hours', '0,1,2,3,4', "
            "'08:00:00.000000', '17:00:00.000000', 'Mercy General', X'89504E47', 'png')"
        )
        columns = {
            row[1] for row in connection.exec_driver_sql("PRAGMA table_info(program_settings)")
        }
    assert "target_within_percent" not in columns
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        kept = settings.get_settings(vault)
        assert (kept.program_name, kept.outreach_target_hours) == ("Mercy Peer Support", 48)
        assert kept.hospital_name == "Mercy General"
        with vault.reading() as session:  # the batch copy keeps the logo's bytes
            logo = session.execute(select(ProgramSettings.logo)).scalar()
        assert logo == b"\x89PNG"
        assert (
            kept.target_within_percent,
            kept.target_acceptance_percent,
            kept.target_refresher_percent,
        ) == (None, None, None)
        settings.change_settings(vault, target_within_percent=85)
        assert settings.get_settings(vault).target_within_percent == 85
