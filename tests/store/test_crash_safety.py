"""A writer killed (SIGKILL) at any moment loses no committed change and leaves none half made.

Real processes writing a real vault through the services: tests/store/crash_writer.py
forks them and says what each unit is. After every kill the vault must open, pass
both integrity checks, and hold units 1..M exactly, each whole, with M the last unit
the writer reported committed or the next (a commit can land before its report).
The vault is WAL with synchronous=FULL (tests/store/test_vault_file.py checks it).
tests/benchmarks/bench_crash.py does the same hundreds of times.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import CHEAP_KDF_ITERATIONS, PASSPHRASE
from tests.store.crash_writer import (
    STRATEGIES,
    CrashWriter,
    Findings,
    Round,
    bulk_name,
    clinician_name,
    kill_round,
    verify,
    write_unit,
)

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the kills need SIGKILL and fork, which Windows lacks"
)

KILLS = 30  # some 10 s here (36 SIGKILLs: a recovery round kills twice)
SEED = 20260311


def test_killed_writers_lose_nothing_committed_and_leave_nothing_half(
    vault: Vault, new_vault_path: Path
) -> None:
    vault.close()
    rng = random.Random(SEED)
    # Every way of killing, evenly, in a seeded order.
    strategies = [STRATEGIES[n % len(STRATEGIES)] for n in range(KILLS)]
    rng.shuffle(strategies)
    rounds: list[Round] = []
    stored = 0
    with CrashWriter(new_vault_path, PASSPHRASE, CHEAP_KDF_ITERATIONS) as writer:
        for strategy in strategies:
            result = kill_round(writer, PASSPHRASE, rng, stored + 1, strategy)
            rounds.append(result)
            stored = max(stored, result.stored)  # the same vault, accumulating
    failed = [
        f"kill {n} ({r.strategy}, killed {r.phase}): " + "; ".join(r.problems)
        for n, r in enumerate(rounds, 1)
        if r.problems
    ]
    assert not failed, "\n".join(failed)
    assert "in a unit" in {r.phase for r in rounds}, "no kill landed inside a unit of work"
    assert stored > KILLS, "the writers committed too little for the kills to mean much"


def _case_id(session: Session, unit: int) -> int:
    found = session.execute(
        text(
            "SELECT cases.id FROM cases JOIN clinicians ON clinicians.id = cases.clinician_id "
            "WHERE clinicians.name = :name"
        ),
        {"name": clinician_name(unit)},
    ).scalar_one()
    return int(found)


def _lose_a_bulk_row(session: Session) -> None:
    session.execute(text("DELETE FROM departments WHERE name = :n"), {"n": bulk_name(3, 17)})


def _lose_an_audit_entry(session: Session) -> None:
    session.execute(
        text("DELETE FROM audit_log WHERE action = 'case.open' AND record_id = :id"),
        {"id": _case_id(session, 4)},
    )


def _lose_a_contacts_stamp(session: Session) -> None:
    session.execute(
        text("UPDATE cases SET first_outreach_at = NULL WHERE id = :id"),
        {"id": _case_id(session, 4)},
    )


def _lose_a_whole_unit(session: Session) -> None:
    session.execute(text("DELETE FROM departments WHERE name LIKE 'Bulk 6 row %'"))
    session.execute(text("DELETE FROM audit_log WHERE action = 'crash.bulk' AND record_id = 6"))


def _gain_a_stranger(session: Session) -> None:
    session.execute(
        text(
            "INSERT INTO clinicians (name, role, created_at) "
            "VALUES ('A Stranger', 'nurse', '2026-01-01')"
        )
    )


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (_lose_a_bulk_row, "bulk unit 3 is not whole"),
        (_lose_an_audit_entry, "case unit 4 is not whole"),
        (_lose_a_contacts_stamp, "contact unit 5 is not whole"),
        (_lose_a_whole_unit, "units missing below the last one stored (7): [6]"),
        (_gain_a_stranger, "4 clinicians stored where units 1..7 make 3"),
    ],
)
def test_the_verifier_sees_half_a_unit_a_lost_one_and_a_stray_row(
    vault: Vault, damage: Callable[[Session], None], named: str
) -> None:
    """The check the kills rely on is not blind: each kind of loss is named."""
    for unit in range(1, 8):  # case, contact, bulk, case, contact, bulk, case
        write_unit(vault, unit)
    vault.close()
    assert verify(vault.path, PASSPHRASE) == Findings(units=7, problems=())
    with open_vault(vault.path, PASSPHRASE) as reopened, reopened.transaction() as session:
        damage(session)
    problems = verify(vault.path, PASSPHRASE).problems
    assert any(named in problem for problem in problems), problems
