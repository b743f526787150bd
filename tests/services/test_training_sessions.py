"""Training sessions: attendance is each supporter's training (a refresher puts their
next one off), evaluations are anonymous, and a session's summary gives their means."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from peersupport_desktop.services import supporters
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.training_sessions import (
    EvaluationInput,
    TrainingSessionInput,
    add_evaluation,
    add_session,
    list_sessions,
)
from peersupport_desktop.store.models import AuditEntry, Training, TrainingEvaluation
from peersupport_desktop.store.vault import Vault

DAY = dt.date(2026, 10, 5)


def supporter(vault: Vault, name: str, **extra: object) -> int:
    data = supporters.SupporterInput(name=name, role="nurse", **extra)  # type: ignore[arg-type]
    return supporters.add_supporter(vault, data).id


def test_a_refresher_session_credits_each_attendee_and_puts_their_refresher_off(
    vault: Vault,
) -> None:
    due_soon = supporter(
        vault, "Ana Ruiz", training_date=dt.date(2024, 1, 5), refresher_due=dt.date(2026, 1, 5)
    )
    due_late = supporter(
        vault, "Ben Ode", training_date=dt.date(2025, 6, 1), refresher_due=dt.date(2029, 6, 1)
    )
    absent = supporter(vault, "Cleo Park", refresher_due=dt.date(2026, 2, 1))
    held = add_session(
        vault,
        TrainingSessionInput("Refresher: listening", DAY, (due_soon, due_late), True, 180),
    )
    assert (held.attendees, held.refresher, held.minutes) == (
        ("Ana Ruiz", "Ben Ode"),
        True,
        180,
    )
    refreshed = {p.id: p.refresher_due for p in supporters.list_supporters(vault)}
    assert refreshed == {
        due_soon: dt.date(2028, 10, 5),  # two years on
        due_late: dt.date(2029, 6, 1),  # already later: kept
        absent: dt.date(2026, 2, 1),
    }
    trainings = supporters.trainings_of(vault, due_soon)
    assert [(t.title, t.held_on, t.refresher) for t in trainings] == [
        ("Refresher: listening", DAY, True)
    ]
    with vault.reading() as session:
        assert set(session.scalars(select(Training.session_id))) == {held.id}


def test_an_initial_session_sets_when_they_were_trained(vault: Vault) -> None:
    new = supporter(vault, "New Person")
    add_session(vault, TrainingSessionInput("Peer support basics", DAY, (new,)))
    person = supporters.get_supporter(vault, new)
    assert (person.training_date, person.refresher_due) == (DAY, None)


def test_evaluations_are_anonymous_and_summed_up(vault: Vault) -> None:
    ana = supporter(vault, "Ana Ruiz")
    held = add_session(vault, TrainingSessionInput("Basics", DAY, (ana,)))
    add_evaluation(vault, held.id, EvaluationInput(5, 4, "Role plays helped"))
    add_evaluation(vault, held.id, EvaluationInput(4, None, None))
    summary = add_evaluation(vault, held.id, EvaluationInput(4, 2, "  More on boundaries "))
    assert (summary.evaluations, summary.mean_useful, summary.mean_ready) == (3, 4.3, 3.0)
    assert summary.comments == ("Role plays helped", "More on boundaries")
    assert list_sessions(vault) == [summary]
    with vault.reading() as session:
        assert session.scalar(select(TrainingEvaluation.ready).limit(1)) == 4
        logged = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("trai%")))
        assert list(logged) == ["training.session_add"] + ["training.evaluation"] * 3

    for wrong in (EvaluationInput(6, 3), EvaluationInput(None, 0), EvaluationInput()):
        with pytest.raises(InvalidInput):
            add_evaluation(vault, held.id, wrong)


def test_what_a_session_must_be(vault: Vault) -> None:
    ana = supporter(vault, "Ana Ruiz")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for wrong in (
        TrainingSessionInput("Basics", DAY, ()),
        TrainingSessionInput(" ", DAY, (ana,)),
        TrainingSessionInput("Basics", tomorrow, (ana,)),
        TrainingSessionInput("Basics", DAY, (ana,), minutes=0),
    ):
        with pytest.raises(InvalidInput):
            add_session(vault, wrong)
    assert list_sessions(vault) == []
