"""The case lifecycle, exhaustively: every status, every action, every outcome."""

from __future__ import annotations

import itertools

import pytest

from peersupport_desktop.core.codes import CaseStatus, Outcome
from peersupport_desktop.core.lifecycle import (
    OPEN_STATUSES,
    Action,
    CaseFacts,
    Stamp,
    TransitionError,
    allowed_actions,
    allowed_outcomes,
    apply,
    open_status,
    why_not,
)

ALL_FACTS = [
    CaseFacts(status, first, conversation, attempt, resource)
    for status, first, conversation, attempt, resource in itertools.product(
        CaseStatus, [False, True], [False, True], [False, True], [False, True]
    )
]

EXPECTED_OUTCOMES = {
    CaseStatus.NEW: {Outcome.DECLINED},
    CaseStatus.OUTREACH_ATTEMPTED: {Outcome.DECLINED, Outcome.UNREACHABLE},
    CaseStatus.IN_SUPPORT: {Outcome.DECLINED, Outcome.SUPPORTED, Outcome.REFERRED_ON},
    CaseStatus.REFERRED: {Outcome.DECLINED, Outcome.SUPPORTED, Outcome.REFERRED_ON},
    CaseStatus.CLOSED: set(),
}

EXPECTED_STATUS = {
    (CaseStatus.NEW, Action.ATTEMPT_OUTREACH): CaseStatus.OUTREACH_ATTEMPTED,
    (CaseStatus.NEW, Action.CONVERSE): CaseStatus.IN_SUPPORT,
    (CaseStatus.OUTREACH_ATTEMPTED, Action.ATTEMPT_OUTREACH): CaseStatus.OUTREACH_ATTEMPTED,
    (CaseStatus.OUTREACH_ATTEMPTED, Action.CONVERSE): CaseStatus.IN_SUPPORT,
    (CaseStatus.IN_SUPPORT, Action.ATTEMPT_OUTREACH): CaseStatus.IN_SUPPORT,
    (CaseStatus.IN_SUPPORT, Action.CONVERSE): CaseStatus.IN_SUPPORT,
    (CaseStatus.IN_SUPPORT, Action.REFER): CaseStatus.REFERRED,
    (CaseStatus.REFERRED, Action.ATTEMPT_OUTREACH): CaseStatus.REFERRED,
    (CaseStatus.REFERRED, Action.CONVERSE): CaseStatus.REFERRED,
    (CaseStatus.REFERRED, Action.REFER): CaseStatus.REFERRED,
}


@pytest.mark.parametrize("facts", ALL_FACTS, ids=str)
@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("outcome", [None, *Outcome])
def test_every_action_from_every_state(
    facts: CaseFacts, action: Action, outcome: Outcome | None
) -> None:
    status = facts.status
    allowed = action in allowed_actions(facts)
    if action is Action.CLOSE:
        allowed = allowed and outcome in EXPECTED_OUTCOMES[status]
    elif outcome is not None:
        allowed = False
    if not allowed:
        with pytest.raises(TransitionError) as refused:
            apply(facts, action, outcome)
        assert str(refused.value).endswith(".")
        return
    result = apply(facts, action, outcome)
    if action is Action.CLOSE:
        assert result.status is CaseStatus.CLOSED
        assert result.sets == {Stamp.CLOSED}
        assert result.outcome is outcome
    elif action is Action.REOPEN:
        assert status is CaseStatus.CLOSED
        assert result.status is open_status(facts)
        assert result.clears == {Stamp.CLOSED}
        assert result.clears_outcome
    else:
        assert result.status is EXPECTED_STATUS[(status, action)]
        first_contact = action in (Action.ATTEMPT_OUTREACH, Action.CONVERSE)
        stamps_first = first_contact and not facts.has_first_outreach
        assert (Stamp.FIRST_OUTREACH in result.sets) == stamps_first
        assert Stamp.CLOSED not in result.sets
        assert result.outcome is None


def test_actions_offered() -> None:
    for facts in ALL_FACTS:
        actions = allowed_actions(facts)
        if facts.status is CaseStatus.CLOSED:
            assert actions == {Action.REOPEN}  # a closed case reopens only explicitly
        else:
            assert Action.REOPEN not in actions
            assert (Action.REFER in actions) == (
                facts.status in (CaseStatus.IN_SUPPORT, CaseStatus.REFERRED)
            )


@pytest.mark.parametrize("status", list(CaseStatus))
def test_every_action_not_offered_has_a_reason(status: CaseStatus) -> None:
    for action in Action:
        reason = why_not(status, action)
        assert (reason is None) == (action in allowed_actions(CaseFacts(status)))
        assert reason is None or ("_" not in reason and reason.endswith("."))
    assert why_not(CaseStatus.NEW, Action.REFER) == (
        "Offer a resource after a conversation with the person."
    )


@pytest.mark.parametrize("status", list(CaseStatus))
def test_outcomes_offered(status: CaseStatus) -> None:
    assert set(allowed_outcomes(status)) == EXPECTED_OUTCOMES[status]


def test_closing_needs_an_outcome() -> None:
    with pytest.raises(TransitionError, match="needs an outcome"):
        apply(CaseFacts(CaseStatus.IN_SUPPORT), Action.CLOSE)


def test_reopen_resumes_where_the_history_says() -> None:
    closed = CaseStatus.CLOSED
    assert open_status(CaseFacts(closed)) is CaseStatus.NEW
    assert open_status(CaseFacts(closed, has_attempt=True)) is CaseStatus.OUTREACH_ATTEMPTED
    reached = CaseFacts(closed, has_attempt=True, has_conversation=True)
    assert open_status(reached) is CaseStatus.IN_SUPPORT
    referred = CaseFacts(closed, has_conversation=True, has_resource_offered=True)
    assert open_status(referred) is CaseStatus.REFERRED


def test_open_statuses() -> None:
    assert frozenset(CaseStatus) - OPEN_STATUSES == {CaseStatus.CLOSED}
