"""Outreach attempts have results: the next try after an unanswered one, the limit of
tries, a conversation ending them, and urgent events' own outreach target."""

from __future__ import annotations

import datetime as dt

import pytest

from peersupport_desktop.core.codes import AttemptResult, CaseStatus, Outcome
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.services import cases, contacts, events, settings
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.contacts import ContactInput
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.models import Contact
from peersupport_desktop.store.vault import Vault

FRIDAY = dt.datetime(2026, 3, 6, 15, 0)


def _case(vault: Vault, at: dt.datetime = FRIDAY, *, urgent: bool = False) -> int:
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="leader",
            referred_at=at,
            clinician=ClinicianInput(name="Ola Berg", role="nurse"),
            event=EventInput("trauma", at.date(), urgent=urgent),
        ),
    ).id


def _attempt(
    vault: Vault, case_id: int, at: dt.datetime, result: AttemptResult | None
) -> cases.CaseRecord:
    contacts.log_contact(
        vault, case_id, ContactInput(kind="outreach_attempt", mode="phone", occurred_at=at,
                                     result=result),
    )  # fmt: skip
    return cases.get_case(vault, case_id, opening=False).case


def test_an_unanswered_attempt_schedules_the_next_try_in_clock_hours(vault: Vault) -> None:
    case_id = _case(vault)
    case = _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=1), AttemptResult.NO_ANSWER)
    assert case.next_attempt_due_at == dt.datetime(2026, 3, 7, 16, 0)  # 24 clock hours


def test_the_next_try_counts_working_hours_across_a_weekend_and_a_holiday(vault: Vault) -> None:
    settings.change_settings(vault, outreach_clock=OutreachClock.WORKING_HOURS, retry_after_hours=4)
    settings.add_holiday(vault, dt.date(2026, 3, 9), "A Monday off")
    case_id = _case(vault)
    # Friday 16:00: one working hour left that day; the weekend and the Monday holiday
    # do not count; three more hours from Tuesday 08:00.
    case = _attempt(vault, case_id, dt.datetime(2026, 3, 6, 16, 0), AttemptResult.VOICEMAIL)
    assert case.next_attempt_due_at == dt.datetime(2026, 3, 10, 11, 0)


def test_tries_stop_at_the_limit_and_unreachable_is_proposed(vault: Vault) -> None:
    settings.change_settings(vault, max_attempts=3, retry_after_hours=2)
    case_id = _case(vault)
    results = (AttemptResult.NO_ANSWER, AttemptResult.MESSAGE_SENT, AttemptResult.VOICEMAIL)
    dues = []
    for hour, result in enumerate(results, start=1):
        dues.append(_attempt(vault, case_id, FRIDAY + dt.timedelta(hours=hour), result))
    assert [c.next_attempt_due_at for c in dues] == [
        dt.datetime(2026, 3, 6, 18, 0),
        dt.datetime(2026, 3, 6, 19, 0),
        None,  # the third try was the last
    ]
    outreach = cases.get_case(vault, case_id, opening=False).outreach
    assert outreach is not None
    assert (outreach.tries, outreach.max_tries) == (3, 3)
    assert outreach.proposed_closing is Outcome.UNREACHABLE
    assert outreach.sentence is not None and "unreachable" in outreach.sentence
    # Proposed, not done: the case stays open until the coordinator closes it.
    closed = cases.close_case(vault, case_id, outreach.proposed_closing)
    assert closed.outcome is Outcome.UNREACHABLE and closed.next_attempt_due_at is None


def test_a_conversation_ends_the_tries(vault: Vault) -> None:
    case_id = _case(vault)
    assert _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=1), AttemptResult.NO_ANSWER)\
        .next_attempt_due_at is not None  # fmt: skip
    contacts.log_contact(
        vault, case_id, ContactInput(kind="conversation", mode="phone",
                                     occurred_at=FRIDAY + dt.timedelta(hours=3)),
    )  # fmt: skip
    detail = cases.get_case(vault, case_id, opening=False)
    assert detail.case.next_attempt_due_at is None
    assert detail.case.status is CaseStatus.IN_SUPPORT
    assert detail.outreach is not None and detail.outreach.proposed_closing is None
    # A later unanswered attempt (a follow-up call) schedules nothing: they were reached.
    later = _attempt(vault, case_id, FRIDAY + dt.timedelta(days=3), AttemptResult.NO_ANSWER)
    assert later.next_attempt_due_at is None


def test_declined_ends_the_tries_and_proposes_closing_as_declined(vault: Vault) -> None:
    case_id = _case(vault)
    _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=1), AttemptResult.NO_ANSWER)
    case = _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=2), AttemptResult.DECLINED)
    assert case.next_attempt_due_at is None and case.status is CaseStatus.OUTREACH_ATTEMPTED
    outreach = cases.get_case(vault, case_id, opening=False).outreach
    assert outreach is not None and outreach.proposed_closing is Outcome.DECLINED


def test_an_old_attempt_without_result_counts_as_a_try_and_schedules_nothing(
    vault: Vault,
) -> None:
    settings.change_settings(vault, max_attempts=2)
    case_id = _case(vault)
    case = _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=1), None)  # as before results
    assert case.next_attempt_due_at is None
    outreach = cases.get_case(vault, case_id, opening=False).outreach
    assert outreach is not None and outreach.proposed_closing is None and outreach.tries == 1
    # One more, unanswered: the second of two tries, so the tries have run out.
    case = _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=2), AttemptResult.NO_ANSWER)
    assert case.next_attempt_due_at is None
    outreach = cases.get_case(vault, case_id, opening=False).outreach
    assert outreach is not None and outreach.proposed_closing is Outcome.UNREACHABLE


def test_editing_an_attempt_reschedules_and_results_belong_to_attempts(vault: Vault) -> None:
    case_id = _case(vault)
    _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=1), AttemptResult.NO_ANSWER)
    with vault.reading() as session:
        contact_id = session.query(Contact.id).filter(Contact.case_id == case_id).scalar()
    contacts.edit_contact(
        vault, contact_id, ContactInput(kind="outreach_attempt", mode="phone",
                                        occurred_at=FRIDAY + dt.timedelta(hours=1),
                                        result="declined"),
    )  # fmt: skip
    assert cases.get_case(vault, case_id, opening=False).case.next_attempt_due_at is None
    with pytest.raises(InvalidInput, match="conversation") as reached:
        _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=2), AttemptResult.REACHED)
    assert reached.value.field == "result"
    with pytest.raises(InvalidInput, match="Only an outreach attempt"):
        contacts.log_contact(
            vault, case_id, ContactInput(kind="conversation", mode="phone",
                                         occurred_at=FRIDAY + dt.timedelta(hours=2),
                                         result="no_answer"),
        )  # fmt: skip


def test_closing_clears_the_next_try_and_reopening_brings_it_back(vault: Vault) -> None:
    case_id = _case(vault)
    _attempt(vault, case_id, FRIDAY + dt.timedelta(hours=1), AttemptResult.NO_ANSWER)
    assert cases.close_case(vault, case_id, Outcome.DECLINED).next_attempt_due_at is None
    reopened = cases.reopen_case(vault, case_id)
    assert reopened.next_attempt_due_at == FRIDAY + dt.timedelta(hours=25)


def test_an_urgent_event_has_its_own_outreach_target_in_clock_minutes(vault: Vault) -> None:
    # Even on working hours: Friday 16:50 + 30 minutes is Friday 17:20, not Monday.
    settings.change_settings(vault, outreach_clock=OutreachClock.WORKING_HOURS)
    late_friday = dt.datetime(2026, 3, 6, 16, 50)
    urgent = cases.get_case(vault, _case(vault, late_friday, urgent=True), opening=False)
    assert urgent.case.outreach_due_at == dt.datetime(2026, 3, 6, 17, 20)
    assert urgent.event.urgent
    settings.change_settings(vault, urgent_target_minutes=15)
    ordinary = cases.get_case(vault, _case(vault, late_friday), opening=False)
    assert ordinary.case.outreach_due_at == dt.datetime(2026, 3, 11, 13, 50)  # 24 working h


def test_marking_an_event_urgent_later_retargets_only_cases_still_waiting(vault: Vault) -> None:
    first = _case(vault)
    event_id = cases.get_case(vault, first, opening=False).case.event_id
    reached_out = cases.open_case(
        vault,
        cases.NewCase(referral_source="colleague", referred_at=FRIDAY, event_id=event_id,
                      clinician=ClinicianInput(name="Ivo Lund", role="attending")),
    ).id  # fmt: skip
    _attempt(vault, reached_out, FRIDAY + dt.timedelta(hours=1), AttemptResult.NO_ANSWER)
    assert events.set_urgent(vault, event_id, True).urgent
    due = {c: cases.get_case(vault, c, opening=False).case.outreach_due_at
           for c in (first, reached_out)}  # fmt: skip
    assert due == {first: FRIDAY + dt.timedelta(minutes=30),
                   reached_out: FRIDAY + dt.timedelta(hours=24)}  # fmt: skip
    events.set_urgent(vault, event_id, False)
    assert cases.get_case(vault, first, opening=False).case.outreach_due_at == (
        FRIDAY + dt.timedelta(hours=24)
    )


def test_a_new_case_marked_urgent_marks_its_existing_event(vault: Vault) -> None:
    first = _case(vault)
    event_id = cases.get_case(vault, first, opening=False).case.event_id
    cases.open_case(
        vault,
        cases.NewCase(referral_source="colleague", referred_at=FRIDAY, event_id=event_id,
                      clinician=ClinicianInput(name="Ivo Lund", role="attending"), urgent=True),
    )  # fmt: skip
    detail = cases.get_case(vault, first, opening=False)
    assert detail.event.urgent and detail.case.outreach_due_at == FRIDAY + dt.timedelta(minutes=30)
