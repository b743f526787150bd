"""Referrals on to professional help, followed step by step until connected."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from peersupport_desktop.core.codes import ContactKind, ReferralStep
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.services import audit, contacts, referral_steps, resources, settings
from peersupport_desktop.services.audit_actions import DESCRIPTIONS
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import ResourceOffer
from peersupport_desktop.store.vault import Vault
from tests.services.test_services import REFERRED, contact, referral

DAY = dt.timedelta(days=1)
OFFERED = REFERRED + dt.timedelta(hours=3)  # Tuesday 1 September 2026, 11:30


def offered(vault: Vault, at: dt.datetime = OFFERED, name: str = "Ingrid Solberg") -> int:
    """A reached case offered the EAP; the offer's id."""
    case = referral(vault, name=name)
    contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2))
    known = {r.name: r.id for r in resources.list_resources(vault)}
    eap = (
        known.get("EAP")
        or resources.add_resource(vault, resources.ResourceInput(kind="eap", name="EAP")).id
    )
    return resources.offer_resource(vault, case.id, eap, at).id


def stored(vault: Vault, offer_id: int) -> ResourceOffer:
    with vault.reading() as session:
        row = session.get(ResourceOffer, offer_id)
        assert row is not None
        session.expunge(row)
        return row


def test_an_offer_is_followed_until_connected(vault: Vault) -> None:
    offer_id = offered(vault)
    row = stored(vault, offer_id)
    assert (row.step, row.accepted, row.step_due_on) == (
        ReferralStep.OFFERED,
        None,
        dt.date(2026, 9, 8),
    )

    accepted_at = OFFERED + 2 * DAY
    referral_steps.record_step(vault, offer_id, "accepted", accepted_at)
    row = stored(vault, offer_id)
    assert (row.step, row.accepted, row.decided_at) == (ReferralStep.ACCEPTED, True, accepted_at)
    assert row.step_due_on == dt.date(2026, 9, 10)  # seven days on from the answer

    made_at = accepted_at + 3 * DAY
    appointment = dt.date(2026, 9, 15)
    # A label is as good as a code.
    referral_steps.record_step(vault, offer_id, "Appointment made", made_at, appointment)
    row = stored(vault, offer_id)
    assert (row.step, row.appointment_made_at, row.appointment_on) == (
        ReferralStep.APPOINTMENT_MADE, made_at, appointment,
    )  # fmt: skip
    assert row.step_due_on == dt.date(2026, 9, 13) and row.accepted is True

    connected_at = made_at + 10 * DAY
    referral_steps.record_step(vault, offer_id, ReferralStep.CONNECTED, connected_at)
    row = stored(vault, offer_id)
    assert (row.step, row.connected_at, row.step_due_on, row.accepted) == (
        ReferralStep.CONNECTED, connected_at, None, True,
    )  # fmt: skip
    (line,) = referral_steps.referrals(vault)
    assert (line.step, line.step_at, line.due_on, line.appointment_on) == (
        ReferralStep.CONNECTED, connected_at, None, appointment,
    )  # fmt: skip
    logged = [e.action for e in audit.entries(vault) if e.action.startswith("resource.")]
    assert logged[::-1] == [  # the log reads newest first
        "resource.add", "resource.offer", "resource.accepted", "resource.appointment_made",
        "resource.connected",
    ]  # fmt: skip


def test_declined_ends_the_referral(vault: Vault) -> None:
    offer_id = offered(vault)
    referral_steps.record_step(vault, offer_id, "declined", OFFERED + DAY)
    row = stored(vault, offer_id)
    assert (row.step, row.accepted, row.decided_at, row.step_due_on) == (
        ReferralStep.DECLINED, False, OFFERED + DAY, None,
    )  # fmt: skip
    for step in ReferralStep:
        with pytest.raises(InvalidInput) as refused:
            referral_steps.record_step(vault, offer_id, step, OFFERED + 2 * DAY)
        assert refused.value.message in ("The referral is declined: it has no next step.",)


@pytest.mark.parametrize(
    ("taken", "accepted"),
    [((), None), (("accepted",), True), (("accepted", "appointment_made"), True)],
)
def test_lost_from_any_open_step_keeps_the_answer(
    vault: Vault, taken: tuple[str, ...], accepted: bool | None
) -> None:
    offer_id = offered(vault)
    for n, step in enumerate(taken, start=1):
        referral_steps.record_step(vault, offer_id, step, OFFERED + n * DAY)
    lost_at = OFFERED + 5 * DAY
    referral_steps.record_step(vault, offer_id, "lost", lost_at)
    row = stored(vault, offer_id)
    assert (row.step, row.lost_at, row.step_due_on, row.accepted) == (
        ReferralStep.LOST, lost_at, None, accepted,
    )  # fmt: skip
    with pytest.raises(
        InvalidInput, match=re.escape("The referral is lost to follow-up: it has no next step.")
    ):
        referral_steps.record_step(vault, offer_id, "connected", lost_at + DAY)


@pytest.mark.parametrize(
    ("taken", "wanted", "sentence"),
    [
        ((), "appointment_made", "Record 'Accepted' first: a step cannot be skipped."),
        ((), "connected", "Record 'Accepted' first: a step cannot be skipped."),
        (("accepted",), "connected", "Record 'Appointment made' first"),
        (("accepted",), "declined", "The referral is accepted already: a step cannot be taken"),
        (("accepted",), "accepted", "The referral is accepted already"),
        (("accepted", "appointment_made"), "accepted", "is appointment made already"),
        ((), "offered", "The referral is offered already"),
        (("accepted", "appointment_made", "connected"), "lost", "is connected: it has no next"),
    ],
)
def test_a_step_never_goes_back_or_skips(
    vault: Vault, taken: tuple[str, ...], wanted: str, sentence: str
) -> None:
    offer_id = offered(vault)
    for n, step in enumerate(taken, start=1):
        referral_steps.record_step(vault, offer_id, step, OFFERED + n * DAY)
    before = stored(vault, offer_id)
    with pytest.raises(InvalidInput, match=sentence):
        referral_steps.record_step(vault, offer_id, wanted, OFFERED + 9 * DAY)
    after = stored(vault, offer_id)
    assert (after.step, after.step_due_on, after.accepted) == (
        before.step, before.step_due_on, before.accepted,
    )  # fmt: skip


def test_a_step_is_dated_after_the_one_it_follows_and_not_in_the_future(vault: Vault) -> None:
    offer_id = offered(vault)
    with pytest.raises(InvalidInput, match="cannot come before the step it follows"):
        referral_steps.record_step(vault, offer_id, "accepted", OFFERED - dt.timedelta(minutes=1))
    with pytest.raises(InvalidInput, match="cannot be dated in the future"):
        referral_steps.record_step(vault, offer_id, "accepted", dt.datetime.now() + DAY)
    referral_steps.record_step(vault, offer_id, "accepted", OFFERED + 4 * DAY)
    with pytest.raises(InvalidInput, match="cannot come before the step it follows"):
        referral_steps.record_step(vault, offer_id, "lost", OFFERED + 3 * DAY)
    with pytest.raises(
        InvalidInput, match=re.escape("An appointment cannot come before it was made.")
    ):
        referral_steps.record_step(
            vault, offer_id, "appointment_made", OFFERED + 5 * DAY, dt.date(2026, 9, 5)
        )
    with pytest.raises(
        InvalidInput, match=re.escape("Only an appointment made has an appointment date.")
    ):
        referral_steps.record_step(vault, offer_id, "lost", OFFERED + 5 * DAY, dt.date(2026, 9, 9))
    with pytest.raises(InvalidInput, match="'maybe' is not one of"):
        referral_steps.record_step(vault, offer_id, "maybe", OFFERED + 5 * DAY)
    assert stored(vault, offer_id).step is ReferralStep.ACCEPTED
    # The same moment as the step before is allowed: two steps told in one call.
    referral_steps.record_step(vault, offer_id, "appointment_made", OFFERED + 4 * DAY)
    assert stored(vault, offer_id).appointment_on is None


def test_due_dates_count_working_days_across_a_weekend_and_a_holiday(vault: Vault) -> None:
    settings.change_settings(
        vault, outreach_clock=OutreachClock.WORKING_HOURS, referral_step_days=3
    )
    settings.add_holiday(vault, dt.date(2026, 11, 26), "Thanksgiving")
    # Tuesday 24 November: Wednesday 25, (Thursday 26 off), Friday 27, (the weekend),
    # Monday 30 November.
    offer_id = offered(vault, dt.datetime(2026, 11, 24, 16, 0))
    assert stored(vault, offer_id).step_due_on == dt.date(2026, 11, 30)
    # An answer on a Saturday counts from Monday: Mon 30, Tue 1, Wed 2 December.
    referral_steps.record_step(vault, offer_id, "accepted", dt.datetime(2026, 11, 28, 10))
    assert stored(vault, offer_id).step_due_on == dt.date(2026, 12, 2)

    settings.change_settings(vault, outreach_clock=OutreachClock.HOURS)
    other = offered(vault, dt.datetime(2026, 11, 24, 16, 0), name="Tomás Ferreira")
    assert stored(vault, other).step_due_on == dt.date(2026, 11, 27)  # calendar days


def test_overdue_steps_are_the_open_ones_past_their_due_date(vault: Vault) -> None:
    waiting = offered(vault)  # due 8 September
    answered = offered(vault, OFFERED + DAY, name="Tomás Ferreira")
    referral_steps.record_step(vault, answered, "accepted", OFFERED + 2 * DAY)  # due 10 Sept
    done = offered(vault, name="Ruth Abebe")
    referral_steps.record_step(vault, done, "declined", OFFERED + DAY)
    assert referral_steps.overdue_steps(vault, dt.date(2026, 9, 8)) == []  # due today: not yet
    first = referral_steps.overdue_steps(vault, dt.date(2026, 9, 9))
    assert [(s.offer_id, s.step, s.due_on) for s in first] == [
        (waiting, ReferralStep.OFFERED, dt.date(2026, 9, 8))
    ]
    later = referral_steps.overdue_steps(vault, dt.date(2026, 9, 11))
    assert [(s.offer_id, s.step, s.resource_name) for s in later] == [
        (waiting, ReferralStep.OFFERED, "EAP"),
        (answered, ReferralStep.ACCEPTED, "EAP"),
    ]
    assert later[0].case_reference == "PS-000001" and later[1].step_at == OFFERED + 2 * DAY
    assert later[0].overdue(dt.date(2026, 9, 11))


def test_an_answer_through_record_response_is_the_step(vault: Vault) -> None:
    offer_id = offered(vault)
    assert resources.record_response(vault, offer_id, None).step is ReferralStep.OFFERED
    record = resources.record_response(vault, offer_id, True, OFFERED + DAY)
    assert (record.step, record.accepted, record.step_at, record.step_due_on) == (
        ReferralStep.ACCEPTED, True, OFFERED + DAY, dt.date(2026, 9, 9),
    )  # fmt: skip
    with pytest.raises(InvalidInput, match="a step cannot be taken back"):
        resources.record_response(vault, offer_id, None)
    with pytest.raises(InvalidInput, match="The referral is accepted already"):
        resources.record_response(vault, offer_id, False)


def test_every_step_recorded_has_words_in_the_audit_view() -> None:
    for step in ReferralStep:
        if step is not ReferralStep.OFFERED:  # an offer is "resource.offer"
            assert f"resource.{step.value}" in DESCRIPTIONS
