"""Benchmark: importing 5,000 encounters supporters reported into the demo's vault.

Run: python tests/benchmarks/bench_encounter_import.py [CASES]. Builds a demo vault
(100,000 cases unless CASES is given), writes a survey tool's CSV of 5,000 encounters
on its open cases (some naming their supporter by e-mail, some by name, most leaving
it blank), then times, from reading the file to the committed transaction, the
import into the vault (5,000 added) and the same file again (5,000 already there);
the median of three runs, each on a fresh copy of the vault. Also timed: reading the
5,000 waiting for Today's list, and confirming one. Target: a few seconds at most
(under 3 s) for each import.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.services import reported_encounters
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.record_import import import_records
from peersupport_desktop.services.reported_encounters import KIND
from peersupport_desktop.store.models import Case, Supporter
from peersupport_desktop.store.vault import Vault, create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
ROWS = 5_000
TARGET = 3.0
MODES = ("Phone call", "face to face", "Teams", "text", "phone", "In person")


def survey_file(vault: Vault, path: Path, seed: int = 24) -> int:
    """The CSV; how many open cases it names."""
    rng = random.Random(seed)
    today = dt.date.today()
    with vault.reading() as session:
        open_cases = session.execute(
            select(Case.reference, Case.referred_at, Case.supporter_id).where(
                Case.status != CaseStatus.CLOSED
            )
        ).all()
        people = {
            row.id: (row.name, row.email) for row in session.execute(select(Supporter)).scalars()
        }
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["case_code", "occurred_on", "minutes", "mode", "tier", "follow_up_needed",
             "intense", "supporter"]
        )  # fmt: skip
        for n in range(ROWS):
            reference, referred_at, supporter_id = open_cases[n % len(open_cases)]
            span = max(0, (today - referred_at.date()).days)
            on = referred_at.date() + dt.timedelta(days=rng.randint(0, span))
            supporter = ""
            if supporter_id is not None and rng.random() < 0.3:
                name, email = people[supporter_id]
                supporter = email if email and rng.random() < 0.5 else name
            writer.writerow(
                [
                    reference.lower().replace("-", " ") if n % 5 == 0 else reference,
                    on.isoformat(),
                    # distinct minutes per pass over the cases: no two rows alike
                    5 + (n // len(open_cases)) % 1400,
                    rng.choice(MODES),
                    rng.choice(("", "1", "2", "3")),
                    rng.choice(("yes", "no", "")),
                    rng.choice(("yes", "no", "")),
                    supporter,
                ]
            )
    return len(open_cases)


def timed_import(base: Path, path: Path, *, again: bool) -> tuple[float, str]:
    runs, said = [], ""
    for _ in range(3):
        copy = base.with_name("run.vault")
        shutil.copyfile(base, copy)
        with open_vault(copy, PASSPHRASE) as vault:
            if again:
                import_records(vault, KIND, path)
            started = time.perf_counter()
            said = import_records(vault, KIND, path).summary()
            runs.append(time.perf_counter() - started)
        copy.unlink()
    return statistics.median(runs), said


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "demo.vault"
        started = time.perf_counter()
        with create_vault(base, PASSPHRASE) as vault:
            fill_demo_program(vault, cases=cases)
            path = Path(folder) / "encounters.csv"
            named = survey_file(vault, path)
        print(f"{cases:,}-case demo vault in {time.perf_counter() - started:.0f} s; "
              f"{ROWS:,} rows on {named:,} open cases")  # fmt: skip
        worst = 0.0
        for name, again in (("into the vault", False), ("the same file again", True)):
            seconds, said = timed_import(base, path, again=again)
            worst = max(worst, seconds)
            print(f"{name:<20} {seconds:.2f} s  ({said})")
        copy = base.with_name("after.vault")
        shutil.copyfile(base, copy)
        with open_vault(copy, PASSPHRASE) as vault:
            import_records(vault, KIND, path)
            started = time.perf_counter()
            waiting = reported_encounters.waiting(vault)
            read = time.perf_counter() - started
            started = time.perf_counter()
            reported_encounters.confirm(vault, waiting[-1].id)
            confirmed = time.perf_counter() - started
        print(f"{len(waiting):,} waiting read for Today in {read * 1000:.0f} ms; "
              f"one confirmed in {confirmed * 1000:.0f} ms")  # fmt: skip
    print(f"target < {TARGET:.0f} s: {'met' if worst < TARGET else 'MISSED'}")
    return 0 if worst < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
