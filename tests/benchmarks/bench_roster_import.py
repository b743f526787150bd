"""Benchmark: importing a 700-supporter roster (the largest program's), as CSV and XLSX.

Run: python tests/benchmarks/bench_roster_import.py. Target: under 2 s from reading the
file to the committed transaction, into an empty vault (700 added) and the same file
again (700 matched and unchanged); the median of three runs, each on a fresh copy.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from peersupport_desktop.core.codes import Role
from peersupport_desktop.services.record_import import import_records
from peersupport_desktop.services.record_listing import Listing, listing_bytes
from peersupport_desktop.services.roster_import import KIND, LAYOUT
from peersupport_desktop.store.vault import create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
ROWS = 700
TARGET = 2.0
DEPARTMENTS = ("Emergency", "Surgery", "Obstetrics", "ICU", "Oncology", "Pediatrics", "Pharmacy")
LANGUAGES = ("English", "English, Spanish", "en; fr", "Vietnamese", "English; Tagalog")


def roster(rows: int, seed: int = 7) -> Listing:
    rng = random.Random(seed)
    written = []
    for n in range(rows):
        trained = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000))
        written.append(
            (
                f"Supporter {n:04d}",
                f"supporter.{n:04d}@example.org",
                f"+1 555 {n:04d}",
                rng.choice(list(Role)).value,
                rng.choice(DEPARTMENTS),
                "",
                rng.choice(LANGUAGES),
                trained,
                trained + dt.timedelta(days=730),
                "active",
                rng.choice((None, 2, 3, 5)),
            )
        )
    return Listing("Supporters", LAYOUT.keys, written)


def timed(empty: Path, path: Path, *, again: bool) -> tuple[float, str]:
    runs, said = [], ""
    for _ in range(3):
        target = empty.with_name("run.vault")
        shutil.copyfile(empty, target)
        with open_vault(target, PASSPHRASE) as vault:
            if again:
                import_records(vault, KIND, path)
            started = time.perf_counter()
            said = import_records(vault, KIND, path).summary()
            runs.append(time.perf_counter() - started)
        target.unlink()
    return statistics.median(runs), said


def main() -> int:
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.vault"
        create_vault(empty, PASSPHRASE).close()
        listing = roster(ROWS)
        for suffix in (".csv", ".xlsx"):
            path = Path(folder) / f"roster{suffix}"
            path.write_bytes(listing_bytes(listing, suffix))
            for name, again in (("into an empty vault", False), ("the same file again", True)):
                seconds, said = timed(empty, path, again=again)
                worst = max(worst, seconds)
                print(f"{ROWS} rows {suffix:<5} {name:<20} {seconds:.2f} s  ({said})")
    print(f"target < {TARGET:.0f} s: {'met' if worst < TARGET else 'MISSED'}")
    return 0 if worst < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
