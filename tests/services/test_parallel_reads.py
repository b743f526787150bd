"""Reads side by side: one state of the vault for all of them, errors not lost."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.services.parallel_reads import ReadPlan
from peersupport_desktop.store.models import Department
from peersupport_desktop.store.vault import Vault


def departments(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Department)) or 0


def add_department(vault: Vault, name: str) -> None:
    with vault.transaction() as session:
        session.add(Department(name=name))


def test_the_sessions_of_a_snapshot_all_see_the_vault_as_it_was(vault: Vault) -> None:
    add_department(vault, "Surgery")
    with vault.shared_snapshot(2) as (first, second):
        add_department(vault, "ICU")  # committed after the snapshot was taken
        assert departments(first) == departments(second) == 1
    with vault.transaction() as session:
        assert departments(session) == 2


def test_a_plan_runs_every_read_and_keeps_their_answers_apart(vault: Vault) -> None:
    add_department(vault, "Surgery")
    plan = ReadPlan()
    answers = [plan.add(lambda session, n=n: departments(session) + n) for n in range(7)]
    with pytest.raises(RuntimeError, match="not run"):
        _ = answers[0].value
    plan.run(vault)
    assert [a.value for a in answers] == [1, 2, 3, 4, 5, 6, 7]


def test_a_failing_read_fails_the_plan(vault: Vault) -> None:
    plan = ReadPlan()
    plan.add(departments)
    plan.add(lambda session: 1 // 0)
    with pytest.raises(ZeroDivisionError):
        plan.run(vault)
