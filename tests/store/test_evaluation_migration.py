"""A vault as the current release leaves it (0016) gains feedback, surveys, training
sessions, debriefs, reported encounters and the supporters' default capacity, and
keeps its supporters' own capacities, its contacts and its saved mappings."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from peersupport_desktop.services import import_mappings
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.models import Contact, ImportMapping, ProgramSettings, Supporter
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

CURRENT_RELEASE = "0016"
AT = "'2026-07-02 08:00:00.000000'"


def test_a_0016_vault_upgrades_and_keeps_its_supporters(new_vault_path: Path) -> None:
    old = vault_at(new_vault_path, CURRENT_RELEASE)
    with old.engine.begin() as connection:
        for statement in (
            "INSERT INTO event_types VALUES ('trauma', 'Traumatic event or loss', 1)",
            "INSERT INTO supporters (id, name, role, languages, status, capacity, created_at) "
            f"VALUES (1, 'Dr Kept', 'nurse', 'en', 'active', 5, {AT})",
            f"INSERT INTO clinicians (id, name, role, created_at) VALUES (1, 'A B', 'nurse', {AT})",
            f"INSERT INTO events (id, event_type, occurred_on, created_at) "
            f"VALUES (1, 'trauma', '2026-07-01', {AT})",
            "INSERT INTO cases (id, reference, clinician_id, event_id, referral_source, "
            "referred_at, status, outreach_due_at, reopened_count, supporter_id) VALUES "
            f"(1, 'PS-000001', 1, 1, 'self', {AT}, 'in_support', {AT}, 0, 1)",
            "INSERT INTO contacts (id, case_id, kind, mode, occurred_at, duration_minutes, parts, "
            f"supporter_id) VALUES (1, 1, 'conversation', 'phone', {AT}, 45, '', 1)",
            "INSERT INTO import_mappings (id, name, columns, used_at) "
            f"""VALUES (1, 'Risk system', '{{"event_ref": "Ref"}}', {AT})""",
        ):
            connection.exec_driver_sql(statement)
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        with vault.reading() as session:
            assert session.scalars(select(Supporter.capacity)).one() == 5
            contact = session.scalars(select(Contact)).one()
            assert (contact.duration_minutes, contact.intense) == (45, False)
            kept = session.scalars(select(ImportMapping)).one()
            assert (kept.kind, kept.name) == ("events", "Risk system")
            program = session.get(ProgramSettings, 1)
            assert program is not None
            assert (program.default_capacity, program.debrief_every_days) == (3, 120)
        assert import_mappings.mapping_names(vault) == ["Risk system"]
