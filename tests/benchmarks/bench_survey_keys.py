"""Benchmark: entering an SVEST-R scoring key when the vault already holds many rounds.

Run: python tests/benchmarks/bench_survey_keys.py [ROUNDS [RESPONDENTS]] (default 40
rounds of 300 respondents: 12,000 responses, more than a hospital's surveys of ten
years). A new key is held against every key results were shown under, so the check
re-scores every round under each; measured with the shipped table and three keys
entered before it. Target: under 2 s from reading the key file to the commit (the
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
from pathlib import Path

from peersupport_desktop.core.svest import SVEST_R
from peersupport_desktop.services import unit_surveys
from peersupport_desktop.services.record_import import import_records
from peersupport_desktop.services.survey_answers import import_answers
from peersupport_desktop.services.survey_keys import ScoringKey, key_listing
from peersupport_desktop.store.vault import create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
TARGET = 2.0


def answers_file(path: Path, respondents: int, rng: random.Random) -> Path:
    """Everyone answers every item (so any key keeps each factor's respondents)."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([f"svest_{n}" for n in range(1, 43)])
        for _ in range(respondents):
            writer.writerow([rng.randint(1, 5) for _ in range(42)])
    return path


def key_file(path: Path, shift: int) -> Path:
    """The shipped table with its items' factors rotated by ``shift`` factors' worth."""
    rows = [(item.number, item.factor, item.reverse) for item in SVEST_R.items]
    factors = [factor for _, factor, _ in rows]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["item", "factor", "reverse"])
        for (number, _, reverse), factor in zip(
            rows, factors[shift:] + factors[:shift], strict=True
        ):
            writer.writerow([number, factor, "yes" if reverse else "no"])
    return path


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
            for shift in (4, 8, 12):  # three keys entered before
                import_records(vault, ScoringKey("svest_r"), key_file(base / "k.csv", shift))
            assert len(key_listing(vault, "svest_r").rows) == 35
        print(f"{rounds} rounds of {respondents} built in {time.perf_counter() - started:.1f} s")
        new_key = key_file(base / "new.csv", 16)
        times = []
        for _ in range(3):
            copy = base / "run.vault"
            shutil.copyfile(built, copy)
            with open_vault(copy, PASSPHRASE) as vault:
                started = time.perf_counter()
                result = import_records(vault, ScoringKey("svest_r"), new_key)
                times.append(time.perf_counter() - started)
            assert result.updated == 35, result
            copy.unlink()
            for extra in (Path(f"{copy}-wal"), Path(f"{copy}-shm")):
                extra.unlink(missing_ok=True)
        median = statistics.median(times)
        verdict = "met" if median < TARGET else "NOT met"
        print(
            f"new key held against 4 earlier: median {median:.2f} s (target {TARGET} s, {verdict})"
        )


if __name__ == "__main__":
    main()
