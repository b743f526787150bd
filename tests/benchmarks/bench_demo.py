"""Benchmark: `demo --cases 100000` (create + fill) with the real key derivation.

Run: python tests/benchmarks/bench_demo.py [--cases N]. Target: under 60 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.store.vault import create_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
TARGET_SECONDS = 60.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vault"
        started = time.perf_counter()
        vault = create_vault(path, PASSPHRASE)
        created = time.perf_counter()
        summary = fill_demo_program(vault, cases=args.cases)
        vault.close()
        filled = time.perf_counter()
        size_mb = path.stat().st_size / 1e6
    total = filled - started
    print(f"cases={summary.cases} contacts={summary.contacts} events={summary.events}")
    print(f"create {created - started:.2f} s, fill {filled - created:.2f} s, total {total:.2f} s")
    met = total < TARGET_SECONDS
    print(
        f"vault size {size_mb:.1f} MB; target {TARGET_SECONDS:.0f} s: {'ok' if met else 'MISSED'}"
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
