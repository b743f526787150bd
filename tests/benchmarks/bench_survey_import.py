"""Benchmark: importing a unit survey's answers when the vault already holds many rounds.

Run: python tests/benchmarks/bench_survey_import.py [ROUNDS [RESPONDENTS]] (default 40
rounds of 300 respondents: 12,000 responses, more than a hospital's surveys of ten
years). Each file is compared with every file imported into any round of the survey
(the same people must not be published twice), so the import reads them all. Timed:
a new round's file of 300, and entering a scoring key. Target: under 2 s each (the
coordinator waits on it in the window); the median of three runs, each on a copy.
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
from collections.abc import Callable
from pathlib import Path

from peersupport_desktop.core.svest import SVEST_R
from peersupport_desktop.services import unit_surveys
from peersupport_desktop.services.record_import import import_records
from peersupport_desktop.services.survey_answers import import_answers
from peersupport_desktop.services.survey_keys import ScoringKey
from peersupport_desktop.store.vault import Vault, create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
TARGET = 2.0


def answers_file(path: Path, respondents: int, rng: random.Random) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([f"svest_{n}" for n in range(1, 43)])
        for _ in range(respondents):
            writer.writerow([rng.randint(1, 5) for _ in range(42)])
    return path


def key_file(path: Path) -> Path:
    """The program's own table with its items' factors rotated by four places."""
    factors = [item.factor for item in SVEST_R.items]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["item", "factor", "reverse"])
        for item, factor in zip(SVEST_R.items, factors[4:] + factors[:4], strict=True):
            writer.writerow([item.number, factor, "yes" if item.reverse else "no"])
    return path


def median_of_three(built: Path, step: Callable[[Vault], object]) -> float:
    times = []
    for _ in range(3):
        copy = built.with_name("run.vault")
        shutil.copyfile(built, copy)
        with open_vault(copy, PASSPHRASE) as vault:
            started = time.perf_counter()
            step(vault)
            times.append(time.perf_counter() - started)
        for path in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            path.unlink(missing_ok=True)
    return statistics.median(times)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    respondents = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rng = random.Random(24)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        built = base / "built.vault"
        started = time.perf_counter()
        with create_vault(built, PASSPHRASE) as vault:
            for n in range(rounds):
                made = unit_surveys.create_round(
                    vault,
                    unit=f"Unit {n // 2:02d}",
                    label=("Before", "After")[n % 2],
                    held_on=dt.date(2026, 1, 1) + dt.timedelta(days=n),
                )
                import_answers(vault, made.id, answers_file(base / f"{n}.csv", respondents, rng))
        print(f"{rounds} rounds of {respondents} built in {time.perf_counter() - started:.1f} s")
        new_file = answers_file(base / "new.csv", respondents, rng)

        def new_round(vault: Vault) -> None:
            made = unit_surveys.create_round(
                vault, unit="Unit new", label="Before", held_on=dt.date(2026, 12, 1)
            )
            assert import_answers(vault, made.id, new_file).added == respondents

        def new_key(vault: Vault) -> None:
            assert import_records(vault, ScoringKey("svest_r"), key_file(base / "k.csv")).added

        for what, step in (("a new round's file", new_round), ("a scoring key", new_key)):
            median = median_of_three(built, step)
            verdict = "met" if median < TARGET else "NOT met"
            print(f"{what}: median {median:.2f} s (target {TARGET} s, {verdict})")


if __name__ == "__main__":
    main()
