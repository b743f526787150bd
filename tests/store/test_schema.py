"""Migrations and the column classification."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from peersupport_desktop.core.data_classes import DataClass
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.column_classes import COLUMN_CLASSES
from peersupport_desktop.store.models import Base
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

FIRST_REVISION = "0001"


def test_vault_is_at_the_newest_revision(vault: Vault) -> None:
    assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()


def test_migrations_match_the_models(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


def test_a_vault_made_at_the_first_revision_is_upgraded_on_open(new_vault_path: Path) -> None:
    old = vault_at(new_vault_path, FIRST_REVISION)
    assert schema_migrations.current_revision(old.engine) == FIRST_REVISION
    with old.engine.begin() as conn:  # a closed case, as the first version stored it
        for statement in (
            "INSERT INTO event_types VALUES ('trauma', 'Traumatic event or loss', 1)",
            "INSERT INTO clinicians (id, name, role, created_at) "
            "VALUES (1, 'A B', 'nurse', '2026-01-02 08:00:00.000000')",
            "INSERT INTO events (id, event_type, occurred_on, created_at) "
            "VALUES (1, 'trauma', '2026-01-01', '2026-01-02 08:00:00.000000')",
            "INSERT INTO cases (id, reference, clinician_id, event_id, referral_source, "
            "referred_at, status, outreach_due_at, closed_at, outcome, reopened_count) "
            "VALUES (1, 'PS-000001', 1, 1, 'self', '2026-01-02 08:00:00.000000', 'closed', "
            "'2026-01-03 08:00:00.000000', '2026-02-01 10:00:00.000000', 'declined', 0)",
        ):
            conn.exec_driver_sql(statement)
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        with vault.transaction() as session:
            assert session.execute(text("SELECT count(*) FROM program_settings")).scalar() == 1
            closings = session.execute(
                text("SELECT case_id, closed_at, outcome, reopened_at FROM case_closings")
            ).all()
    assert closings == [(1, "2026-02-01 10:00:00.000000", "declined", None)]


def test_a_vault_from_a_newer_version_is_refused_untouched(vault: Vault) -> None:
    with vault.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    vault.close()
    before = vault.path.read_bytes()
    try:
        open_vault(vault.path, PASSPHRASE)
    except schema_migrations.VaultTooNew as exc:
        assert "newer version" in str(exc)
    else:
        raise AssertionError("a vault from a newer version was opened")
    assert vault.path.read_bytes() == before


def test_every_column_is_classified_once(vault: Vault) -> None:
    inspector = inspect(vault.engine)
    stored = {
        table: {column["name"] for column in inspector.get_columns(table)}
        for table in inspector.get_table_names()
        if table != "alembic_version"
    }
    classified = {table: set(columns) for table, columns in COLUMN_CLASSES.items()}
    assert stored == classified


def test_identifying_columns_are_never_statistics() -> None:
    must_be_identifiers = {
        ("clinicians", "name"),
        ("clinicians", "email"),
        ("clinicians", "phone"),
        ("supporters", "name"),
        ("cases", "reference"),
        ("cases", "referrer"),
    }
    for table, column in must_be_identifiers:
        assert COLUMN_CLASSES[table][column] is DataClass.IDENTIFIER
    free_text = {("contacts", "note"), ("events", "description")}
    for table, column in free_text:
        assert COLUMN_CLASSES[table][column] is DataClass.FREE_TEXT
