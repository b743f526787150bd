"""Benchmark: the quarterly report of a 100,000-case vault, both editions, and how its
cost grows.

Run: python tests/benchmarks/bench_report.py [--keep DIR]. Targets: each edition (the
leadership one with its disclosure check) under 2 s at 100,000 cases, and (time at
100,000) / (time at 1,000) under 5. Each time is broken down into the figures read
from the vault, the disclosure draft and protection, the PDF's rendering and the
rest. --keep DIR: keep the demo vaults there and reuse them (filling 100,000 cases
takes about 35 s); the benchmark works on copies.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from report_timing import demo_vault, time_report

from peersupport_desktop.reports.figure_text import Edition

SMALL, LARGE = 1_000, 100_000
TARGET_SECONDS, TARGET_RATIO = 2.0, 5.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the demo vaults here, and reuse them")
    args = parser.parse_args()
    met = True
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small, large = demo_vault(folder, SMALL, args.keep), demo_vault(folder, LARGE, args.keep)
        for edition in (Edition.LEADERSHIP, Edition.INTERNAL):
            at_small, at_large = time_report(small, edition), time_report(large, edition)
            ratio = at_large.wall / at_small.wall
            print(f"{edition.value} edition at {SMALL:,} cases:  {at_small.breakdown()}")
            print(f"{edition.value} edition at {LARGE:,} cases: {at_large.breakdown()}")
            print(f"{edition.value} edition: ratio {ratio:.1f}")
            met &= at_large.wall < TARGET_SECONDS and ratio < TARGET_RATIO
    print(
        f"targets: each edition < {TARGET_SECONDS:.0f} s at {LARGE:,} cases, "
        f"ratio < {TARGET_RATIO:.0f}:",
        "met" if met else "NOT met",
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
