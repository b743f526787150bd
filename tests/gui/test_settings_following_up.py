"""Settings' Following up group: the five settings of following the person, each in a
spin box with its range, saved with the rest and asked about when left unsaved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from peersupport_desktop.services import settings
from peersupport_desktop.services.settings import FOLLOW_UP_LIMITS
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import settings_page


def test_each_follow_up_setting_is_shown_ranged_and_saved(qtbot: QtBot, vault: Vault) -> None:
    page = settings_page(qtbot, vault)
    spins = page._follow_up_spins()
    assert set(spins) == set(FOLLOW_UP_LIMITS)
    current = settings.get_settings(vault)
    for field, spin in spins.items():
        lowest, highest, _sentence = FOLLOW_UP_LIMITS[field]
        assert (spin.minimum(), spin.maximum()) == (lowest, highest), field
        assert spin.value() == getattr(current, field)
        assert spin.accessibleName() and spin.toolTip()
    assert not page.has_unsaved_changes()
    wanted = {"retry_after_hours": 8, "max_attempts": 5, "urgent_target_minutes": 45,
              "milestone_check_in_days": 3, "referral_step_days": 14}  # fmt: skip
    for field, value in wanted.items():
        spins[field].setValue(value)
    assert page.has_unsaved_changes()  # leaving the page asks
    assert page.save()
    saved = settings.get_settings(vault)
    assert {field: getattr(saved, field) for field in wanted} == wanted
    assert not page.has_unsaved_changes()
