"""A vault as the current release leaves it (0015) gains tiers, attempt results,
referral steps, urgent events, milestones and their settings, keeping what it held."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from peersupport_desktop.core.codes import ReferralStep
from peersupport_desktop.services import settings
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.models import Case, Contact, Event, ResourceOffer
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

CURRENT_RELEASE = "0015"
AT = "'2026-07-02 08:00:00.000000'"


def test_a_0015_vault_upgrades_and_keeps_its_cases(new_vault_path: Path) -> None:
    old = vault_at(new_vault_path, CURRENT_RELEASE)
    with old.engine.begin() as connection:
        for statement in (
            "INSERT INTO event_types VALUES ('trauma', 'Traumatic event or loss', 1)",
            f"INSERT INTO clinicians (id, name, role, created_at) VALUES (1, 'A B', 'nurse', {AT})",
            f"INSERT INTO events (id, event_type, occurred_on, created_at) "
            f"VALUES (1, 'trauma', '2026-07-01', {AT})",
            "INSERT INTO cases (id, reference, clinician_id, event_id, referral_source, "
            "referred_at, status, outreach_due_at, reopened_count) VALUES (1, 'PS-000001', 1, 1, "
            f"'self', {AT}, 'in_support', '2026-07-03 08:00:00.000000', 0)",
            "INSERT INTO contacts (id, case_id, kind, mode, occurred_at, duration_minutes, parts) "
            f"VALUES (1, 1, 'outreach_attempt', 'phone', {AT}, 0, '')",
            "INSERT INTO resources (id, kind, name, active) VALUES (1, 'eap', 'EAP', 1)",
            "INSERT INTO resource_offers (id, case_id, resource_id, offered_at, accepted) VALUES "
            f"(1, 1, 1, {AT}, 1), (2, 1, 1, {AT}, 0), (3, 1, 1, {AT}, NULL)",
        ):
            connection.exec_driver_sql(statement)
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        with vault.reading() as session:
            case = session.scalars(select(Case)).one()
            assert (case.tier, case.highest_tier, case.next_attempt_due_at) == (2, 2, None)
            assert session.scalars(select(Contact.result)).one() is None
            assert session.scalars(select(Event.urgent)).one() is False
            steps = session.scalars(select(ResourceOffer.step).order_by(ResourceOffer.id)).all()
        assert steps == [ReferralStep.ACCEPTED, ReferralStep.DECLINED, ReferralStep.OFFERED]
        kept = settings.get_settings(vault)
        assert kept.program_name  # the settings row was copied whole
