"""Getting started: each step judged from what the vault holds."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.services import cases, getting_started, resources, settings, supporters
from peersupport_desktop.services.resources import ResourceInput
from peersupport_desktop.services.supporters import SupporterInput
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral


def test_a_new_vault_has_done_nothing_yet(vault: Vault) -> None:
    fresh = getting_started.progress(vault)
    assert fresh.steps == (False, False, False, False, False)
    assert (fresh.done, fresh.complete, fresh.established, fresh.offered) == (0, False, False, True)
    assert fresh.outreach_target_hours == 24
    assert settings.get_settings(vault).program_name == getting_started.DEFAULT_PROGRAM_NAME


def test_each_step_is_ticked_by_doing_it(vault: Vault) -> None:
    settings.change_settings(vault, program_name="St. Elsewhere Peer Support")
    assert getting_started.progress(vault).steps == (True, False, True, False, False)

    person = supporters.add_supporter(vault, SupporterInput("Ada Park", "nurse"))
    assert getting_started.progress(vault).supporters_added

    eap = resources.add_resource(vault, ResourceInput("eap", "Employee Assistance"))
    assert getting_started.progress(vault).resources_listed

    referral(vault, "Lin Okafor", hours_ago=2)
    done = getting_started.progress(vault)
    assert (done.first_case, done.done, done.complete, done.offered) == (True, 5, True, False)

    # What is undone is no longer done: a retired roster, a directory taken out of use.
    supporters.set_status(vault, person.id, SupporterStatus.RETIRED)
    resources.set_resource_active(vault, eap.id, False)
    undone = getting_started.progress(vault)
    assert (undone.supporters_added, undone.resources_listed, undone.done) == (False, False, 3)


def test_saving_the_settings_confirms_the_target_even_unchanged(vault: Vault) -> None:
    settings.add_holiday(vault, dt.date(2026, 12, 25), "Christmas Day")  # not the target
    assert not getting_started.progress(vault).target_set
    settings.change_settings(vault)  # saved as they are: 24 hours is the coordinator's choice
    confirmed = getting_started.progress(vault)
    assert (confirmed.target_set, confirmed.program_named) == (True, False)


def test_a_vault_that_has_closed_a_case_is_past_getting_started(vault: Vault) -> None:
    case_id = referral(vault, "Lin Okafor", hours_ago=30)
    assert getting_started.progress(vault).offered
    cases.close_case(vault, case_id, "declined")
    seasoned = getting_started.progress(vault)
    assert (seasoned.established, seasoned.complete, seasoned.offered) == (True, False, False)
    # Reopened, it stays past getting started: the closing is kept.
    cases.reopen_case(vault, case_id)
    assert getting_started.progress(vault).established
