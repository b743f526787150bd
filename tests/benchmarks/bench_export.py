"""Benchmark: anonymized exports of a 100,000-case vault, every kind and format.

Run: python tests/benchmarks/bench_export.py. Target: either kind, over all eight
quarters the demo program spans (every case), built and saved in under 3 s; one
quarter is shown for scale.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.export_table import ExportFormat, ExportKind
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.exports import ExportRequest, build_export, save_export
from peersupport_desktop.store.vault import create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
AS_OF = dt.datetime(2026, 11, 20, 15, 0)
CASES = 100_000
QUARTERS = tuple(Quarter(2026, 4).back(8))
TARGET = 3.0


def timed_export(path: Path, request: ExportRequest, export_format: ExportFormat) -> float:
    runs = []
    for _ in range(3):
        with open_vault(path, PASSPHRASE) as vault:  # cold page cache each time
            started = time.perf_counter()
            table = build_export(vault, request, as_of=AS_OF)
            save_export(vault, table, export_format, path.with_name(f"out.{export_format}"))
            runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> int:
    requests = {
        "summary, 8 quarters": ExportRequest(QUARTERS, dimensions=tuple(Dimension)),
        "records, 8 quarters": ExportRequest(QUARTERS, ExportKind.RECORDS),
        "summary, 1 quarter": ExportRequest(QUARTERS[-2:-1], dimensions=tuple(Dimension)),
        "records, 1 quarter": ExportRequest(QUARTERS[-2:-1], ExportKind.RECORDS),
    }
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vault"
        with create_vault(path, PASSPHRASE) as vault:
            fill_demo_program(vault, cases=CASES, as_of=AS_OF)
        for name, request in requests.items():
            with open_vault(path, PASSPHRASE) as vault:
                rows = len(build_export(vault, request, as_of=AS_OF).rows)
            for export_format in ExportFormat:
                seconds = timed_export(path, request, export_format)
                worst = max(worst, seconds)
                print(f"{name:<20} {export_format:<5} {rows:>7,} rows: {seconds:.2f} s")
    print(f"slowest {worst:.2f} s (target < {TARGET:.0f} s at {CASES:,} cases)")
    return 0 if worst < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
