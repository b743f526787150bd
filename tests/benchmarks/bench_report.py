"""Benchmark: the quarterly report of a 100,000-case vault, and how its cost grows.

Run: python tests/benchmarks/bench_report.py. Targets: under 2 s at 100,000 cases,
and (time at 100,000) / (time at 1,000) under 5.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.quarterly_reports import report_pdf
from peersupport_desktop.store.vault import create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
AS_OF = dt.datetime(2026, 11, 20, 15, 0)
QUARTER = Quarter(2026, 3)


def timed_report(folder: Path, cases: int) -> float:
    path = folder / f"bench-{cases}.vault"
    with create_vault(path, PASSPHRASE) as vault:
        fill_demo_program(vault, cases=cases, as_of=AS_OF)
    runs = []
    for _ in range(3):
        with open_vault(path, PASSPHRASE) as vault:  # cold page cache each time
            started = time.perf_counter()
            report_pdf(vault, QUARTER, Edition.INTERNAL, as_of=AS_OF)
            runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        small = timed_report(Path(folder), 1_000)
        large = timed_report(Path(folder), 100_000)
    ratio = large / small
    print(f"report at 1,000 cases: {small:.3f} s; at 100,000 cases: {large:.3f} s")
    print(f"ratio {ratio:.1f} (target < 5); 100,000-case report target < 2 s")
    return 0 if large < 2.0 and ratio < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
