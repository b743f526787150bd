"""The report's targets: three optional whole percents, kept in the vault."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from peersupport_desktop.services import settings
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.models import AuditEntry, ProgramSettings
from peersupport_desktop.store.vault import Vault


def test_a_new_vault_has_no_targets(vault: Vault) -> None:
    kept = settings.get_settings(vault)
    assert kept.target_within_percent is None
    assert kept.target_acceptance_percent is None
    assert kept.target_refresher_percent is None


def test_targets_are_kept_changed_and_cleared(vault: Vault) -> None:
    settings.change_settings(
        vault, target_within_percent=90, target_acceptance_percent=1, target_refresher_percent=100
    )
    kept = settings.get_settings(vault)
    assert (
        kept.target_within_percent,
        kept.target_acceptance_percent,
        kept.target_refresher_percent,
    ) == (90, 1, 100)
    settings.change_settings(vault, target_acceptance_percent=None)
    changed = settings.get_settings(vault)
    assert (
        changed.target_within_percent,
        changed.target_acceptance_percent,
        changed.target_refresher_percent,
    ) == (90, None, 100)


def test_a_change_of_target_is_audited(vault: Vault) -> None:
    settings.change_settings(vault, target_refresher_percent=80)
    with vault.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None
    assert (last.action, last.record_kind) == ("settings.edit", "settings")


@pytest.mark.parametrize(
    ("field", "sentence"),
    [
        ("target_within_percent", "The timely-outreach target"),
        ("target_acceptance_percent", "The acceptance target"),
        ("target_refresher_percent", "The refresher target"),
    ],
)
@pytest.mark.parametrize("bad", [0, 101, -5, True, 75.5])
def test_a_target_outside_1_to_100_is_refused_in_one_sentence(
    vault: Vault, field: str, sentence: str, bad: object
) -> None:
    settings.change_settings(vault, **{field: 50})
    with pytest.raises(InvalidInput) as refused:
        settings.change_settings(vault, **{field: bad})
    assert refused.value.field == field
    assert str(refused.value) == f"{sentence} must be a whole percent from 1 to 100, or none."
    assert getattr(settings.get_settings(vault), field) == 50  # nothing was written


def test_the_vault_itself_refuses_a_target_past_100(vault: Vault) -> None:
    """The check in the schema, for a writer that skips the service."""
    with pytest.raises(VaultError), vault.transaction() as session:
        row = session.get(ProgramSettings, 1)
        assert row is not None
        row.target_acceptance_percent = 150
    assert settings.get_settings(vault).target_acceptance_percent is None


@pytest.mark.parametrize(
    ("field", "bad", "sentence"),
    [
        ("retry_after_hours", 0, "1 to 168 hours"),
        ("max_attempts", 11, "1 to 10 tries"),
        ("urgent_target_minutes", 4, "5 to 1,440 minutes"),
        ("milestone_check_in_days", 91, "0 to 90 days"),
        ("referral_step_days", True, "1 to 90 days"),
    ],
)
def test_following_up_settings_keep_their_ranges(
    vault: Vault, field: str, bad: object, sentence: str
) -> None:
    assert settings.get_settings(vault).retry_after_hours == 24
    with pytest.raises(InvalidInput, match=sentence):
        settings.change_settings(vault, **{field: bad})
    settings.change_settings(vault, max_attempts=5, urgent_target_minutes=45)
    kept = settings.get_settings(vault)
    assert (kept.max_attempts, kept.urgent_target_minutes) == (5, 45)
