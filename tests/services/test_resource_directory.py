"""The resource directory: phone and hours, deactivation, plain refusals, old vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from peersupport_desktop.core.codes import ResourceKind
from peersupport_desktop.services import audit, contacts, resources
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.resources import ResourceInput
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.gui.window_helpers import referral
from tests.store.old_vaults import vault_at

BEFORE_PHONE_AND_HOURS = "0010"


def stored(vault: Vault, resource_id: int) -> tuple[object, ...]:
    with vault.reading() as session:
        row = session.execute(
            text(
                "SELECT kind, name, phone, hours, contact, notes, active "
                "FROM resources WHERE id = :i"
            ),
            {"i": resource_id},
        ).one()
    return tuple(row)


def test_an_entry_is_added_edited_and_taken_out_of_the_offer_list(vault: Vault) -> None:
    eap = resources.add_resource(
        vault,
        ResourceInput(
            "eap", " Employee Assistance ", phone=" 555-0100 ", hours="24 hours, every day",
            notes="Free for staff and family",
        ),
    )  # fmt: skip
    assert stored(vault, eap.id) == (
        "eap", "Employee Assistance", "555-0100", "24 hours, every day", None,
        "Free for staff and family", 1,
    )  # fmt: skip
    edited = resources.edit_resource(
        vault,
        eap.id,
        ResourceInput(ResourceKind.MENTAL_HEALTH, "Staff counselling", phone="555-0199 ext 2",
                      hours="", contact="counsel@example.org"),
    )  # fmt: skip
    assert (edited.phone, edited.hours, edited.contact) == (
        "555-0199 ext 2",
        None,
        "counsel@example.org",
    )
    assert stored(vault, eap.id)[:5] == (
        "mental_health",
        "Staff counselling",
        "555-0199 ext 2",
        None,
        "counsel@example.org",
    )
    chaplains = resources.add_resource(vault, ResourceInput("chaplaincy", "Chaplains"))

    resources.set_resource_active(vault, eap.id, False)
    assert [r.id for r in resources.list_resources(vault)] == [chaplains.id]
    assert {r.id for r in resources.list_resources(vault, include_inactive=True)} == {
        eap.id, chaplains.id
    }  # fmt: skip
    assert stored(vault, eap.id)[-1] == 0
    resources.set_resource_active(vault, eap.id, False)  # already out: nothing recorded again
    resources.set_resource_active(vault, eap.id, True)
    assert resources.get_resource(vault, eap.id).active
    actions = [e.action for e in audit.entries(vault, record_kind="resource")]
    assert sorted(actions) == sorted(
        ["resource.add", "resource.edit", "resource.add", "resource.deactivate",
         "resource.reactivate"]
    )  # fmt: skip


def test_an_inactive_entry_cannot_be_offered_and_its_past_offers_stay(vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    contacts.log_contact(vault, case_id, contacts.ContactInput("conversation", "phone"))
    eap = resources.add_resource(vault, ResourceInput("eap", "EAP", phone="555-0100"))
    offer = resources.offer_resource(vault, case_id, eap.id)
    resources.set_resource_active(vault, eap.id, False)
    with pytest.raises(InvalidInput) as refused:
        resources.offer_resource(vault, case_id, eap.id)
    assert "no longer offered" in refused.value.message and "EAP" not in refused.value.message
    with vault.reading() as session:
        kept = resources.offers_of(session, case_id)
    assert [(o.id, o.resource_name) for o in kept] == [(offer.id, "EAP")]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (ResourceInput("eap", "   "), "name", "The name is required."),
        (ResourceInput("eap", "EAP", phone="ask the desk"), "phone", "at least one digit"),
        (ResourceInput("eap", "EAP", phone="5" * 41), "phone", "at most 40 characters"),
        (ResourceInput("eap", "EAP", hours="x" * 101), "hours", "at most 100 characters"),
        (ResourceInput("eap", "EAP", notes="x" * 501), "notes", "at most 500 characters"),
        (ResourceInput("eap", "EAP", contact="x" * 201), "contact", "at most 200 characters"),
    ],
)
def test_bad_input_is_refused_in_a_sentence_and_nothing_is_stored(
    vault: Vault, data: ResourceInput, field: str, words: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        resources.add_resource(vault, data)
    assert refused.value.field == field and words in refused.value.message
    assert refused.value.message.endswith(".")
    assert resources.list_resources(vault, include_inactive=True) == []


def test_two_active_entries_alike_are_refused_as_the_offer_list_could_not_tell_them_apart(
    vault: Vault,
) -> None:
    first = resources.add_resource(vault, ResourceInput("eap", "EAP"))
    with pytest.raises(InvalidInput) as refused:
        resources.add_resource(vault, ResourceInput("eap", "EAP", phone="555-0100"))
    assert refused.value.field == "name" and "already offers" in refused.value.message
    resources.add_resource(vault, ResourceInput("wellness", "EAP"))  # another kind: fine
    resources.set_resource_active(vault, first.id, False)
    second = resources.add_resource(vault, ResourceInput("eap", "EAP", phone="555-0100"))
    with pytest.raises(InvalidInput):  # putting the old one back would make two alike
        resources.set_resource_active(vault, first.id, True)
    assert [r.id for r in resources.list_resources(vault) if r.kind is ResourceKind.EAP] == [
        second.id
    ]


def test_an_old_vaults_entries_survive_and_phone_numbers_move_to_the_phone(
    new_vault_path: Path,
) -> None:
    old = vault_at(new_vault_path, BEFORE_PHONE_AND_HOURS)
    with old.engine.begin() as conn:  # the directory as 0010 kept it: one free contact line
        for statement in (
            "INSERT INTO resources (id, kind, name, contact, notes, active) VALUES "
            "(1, 'eap', 'Employee Assistance Program', '24/7 line 555-0100', 'For staff', 1), "
            "(2, 'wellness', 'Clinician Wellness Program', 'wellness@example.org', NULL, 1), "
            "(3, 'chaplaincy', 'Chaplains', 'Ask the switchboard', NULL, 0), "
            "(4, 'other', 'Legal clinic', 'https://legal.example.org/intake/2', NULL, 1), "
            "(5, 'php', 'Physician Health', NULL, NULL, 1), "
            "(6, 'mental_health', 'Staff counselling', '+1 (555) 010-0170 ext. 2', NULL, 1)",
        ):
            conn.exec_driver_sql(statement)
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        entries = {r.id: r for r in resources.list_resources(vault, include_inactive=True)}
        assert [(r.name, r.phone, r.hours, r.contact, r.notes, r.active) for r in
                sorted(entries.values(), key=lambda r: r.id)] == [
            # More than a number: kept whole as the other contact.
            ("Employee Assistance Program", None, None, "24/7 line 555-0100", "For staff", True),
            ("Clinician Wellness Program", None, None, "wellness@example.org", None, True),
            ("Chaplains", None, None, "Ask the switchboard", None, False),
            ("Legal clinic", None, None, "https://legal.example.org/intake/2", None, True),
            ("Physician Health", None, None, None, None, True),
            ("Staff counselling", "+1 (555) 010-0170 ext. 2", None, None, None, True),
        ]  # fmt: skip
        # Each stays editable: what was moved passes the phone's own check.
        again = ResourceInput(
            "eap", "Employee Assistance Program", phone="24/7 line 555-0100", hours="Always"
        )
        resources.edit_resource(vault, 1, again)
        assert resources.get_resource(vault, 1).hours == "Always"
