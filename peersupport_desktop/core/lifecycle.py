"""The case lifecycle as an explicit state machine.

A case moves by *actions* (what the coordinator does), never by setting a status:

    new ──attempt──▶ outreach_attempted ──converse──▶ in_support ──refer──▶ referred
     │                     │                              │                   │
     └──────converse───────┴──────────── close(outcome) ──┴───────────────────┘──▶ closed
                                                                 closed ──reopen──▶ (derived)

Which timestamps each action records is part of the rule, so the services cannot
forget one: the first contact of any kind sets the first outreach time; closing sets
the closing time and outcome; reopening clears both.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from peersupport_desktop.core.codes import CaseStatus, Outcome

OPEN_STATUSES = frozenset(
    {CaseStatus.NEW, CaseStatus.OUTREACH_ATTEMPTED, CaseStatus.IN_SUPPORT, CaseStatus.REFERRED}
)
REACHED_STATUSES = frozenset({CaseStatus.IN_SUPPORT, CaseStatus.REFERRED})


class Action(StrEnum):
    ATTEMPT_OUTREACH = "attempt_outreach"
    CONVERSE = "converse"
    REFER = "refer"
    CLOSE = "close"
    REOPEN = "reopen"


class Stamp(StrEnum):
    """A case time an action records."""

    FIRST_OUTREACH = "first_outreach_at"
    CLOSED = "closed_at"


class TransitionError(ValueError):
    """An action the lifecycle does not allow from the case's current status."""


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the lifecycle needs to know about a case; plain values, no ORM."""

    status: CaseStatus
    has_first_outreach: bool = False
    has_conversation: bool = False
    has_attempt: bool = False
    has_resource_offered: bool = False


@dataclass(frozen=True, slots=True)
class Transition:
    status: CaseStatus
    sets: frozenset[Stamp] = frozenset()
    clears: frozenset[Stamp] = frozenset()
    outcome: Outcome | None = None
    clears_outcome: bool = False


# Which statuses each closing outcome may be reached from: "supported" and
# "referred on" need someone to have talked with the person; "unreachable" needs at
# least one attempt; declining is possible at any point.
_OUTCOME_FROM: dict[Outcome, frozenset[CaseStatus]] = {
    Outcome.SUPPORTED: REACHED_STATUSES,
    Outcome.REFERRED_ON: REACHED_STATUSES,
    Outcome.UNREACHABLE: frozenset({CaseStatus.OUTREACH_ATTEMPTED}),
    Outcome.DECLINED: OPEN_STATUSES,
}


def allowed_actions(facts: CaseFacts) -> frozenset[Action]:
    """The actions offered to the coordinator for a case in this state."""
    if facts.status is CaseStatus.CLOSED:
        return frozenset({Action.REOPEN})
    actions = {Action.ATTEMPT_OUTREACH, Action.CONVERSE, Action.CLOSE}
    if facts.status in REACHED_STATUSES:
        actions.add(Action.REFER)
    return frozenset(actions)


def why_not(status: CaseStatus, action: Action) -> str | None:
    """Why an action is not offered for a case in ``status`` (None when it is), said so
    the window can show the button disabled with the reason instead of hiding it."""
    if action in allowed_actions(CaseFacts(status)):
        return None
    if action is Action.REOPEN:
        return "The case is open: only a closed case can be reopened."
    if status is CaseStatus.CLOSED:
        return "The case is closed: reopen it first."
    if action is Action.REFER:
        return "Offer a resource after a conversation with the person."
    return f"Not possible while the case is {status.label.lower()}."


def allowed_outcomes(status: CaseStatus) -> tuple[Outcome, ...]:
    return tuple(o for o in Outcome if status in _OUTCOME_FROM[o])


def apply(facts: CaseFacts, action: Action, outcome: Outcome | None = None) -> Transition:
    """The transition an action causes, or TransitionError with a sentence saying why not."""
    if action not in allowed_actions(facts):
        raise TransitionError(
            f"A case that is {facts.status.label.lower()} cannot take the action "
            f"'{action.value.replace('_', ' ')}'."
        )
    if action is not Action.CLOSE and outcome is not None:
        raise TransitionError("Only closing a case takes an outcome.")
    first = frozenset() if facts.has_first_outreach else frozenset({Stamp.FIRST_OUTREACH})
    match action:
        case Action.ATTEMPT_OUTREACH:
            # A later attempt (say, to follow up) never moves a reached case back.
            status = (
                CaseStatus.OUTREACH_ATTEMPTED if facts.status is CaseStatus.NEW else facts.status
            )
            return Transition(status, sets=first)
        case Action.CONVERSE:
            status = (
                CaseStatus.REFERRED
                if facts.status is CaseStatus.REFERRED
                else CaseStatus.IN_SUPPORT
            )
            return Transition(status, sets=first)
        case Action.REFER:
            return Transition(CaseStatus.REFERRED)
        case Action.CLOSE:
            if outcome is None:
                raise TransitionError("Closing a case needs an outcome.")
            if facts.status not in _OUTCOME_FROM[outcome]:
                raise TransitionError(
                    f"A case that is {facts.status.label.lower()} cannot close as "
                    f"'{outcome.label.lower()}'."
                )
            return Transition(CaseStatus.CLOSED, sets=frozenset({Stamp.CLOSED}), outcome=outcome)
        case Action.REOPEN:
            return Transition(
                open_status(facts),
                clears=frozenset({Stamp.CLOSED}),
                clears_outcome=True,
            )
    raise AssertionError(f"unhandled action {action}")  # pragma: no cover


def open_status(facts: CaseFacts) -> CaseStatus:
    """Where an open case stands, by its contacts and resources.

    Every action on an open case lands where this says, so a reopened case, or one
    whose contact was edited, resumes exactly where its history puts it.
    """
    if facts.has_resource_offered:
        return CaseStatus.REFERRED
    if facts.has_conversation:
        return CaseStatus.IN_SUPPORT
    if facts.has_attempt:
        return CaseStatus.OUTREACH_ATTEMPTED
    return CaseStatus.NEW
