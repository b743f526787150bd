"""Benchmark: a million-row event-notice file imported by the command line, as a
program's script would run it; its peak memory (target: under 500 MB) and its time.

Run: python tests/benchmarks/bench_import_memory.py [--rows 1000000]. POSIX only (the
child's peak resident size comes from getrusage). The file is read and stored a batch
at a time in one transaction, so memory holds the batch and the import's indexes of
people and events, not the file.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, the checkout is not on the path; the notice writer is bench_import's.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_import import write_notices

PASSPHRASE = "benchmark harbor lantern quietly glowing"
TARGET_MB = 500


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PEERSUPPORT_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "peersupport_desktop", *argv],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        notices = Path(folder) / "notices.csv"
        write_notices(notices, rows)
        vault = Path(folder) / "program.vault"
        run("init", "--vault", str(vault))
        started = time.perf_counter()
        done = run("import-events", str(notices), "--vault", str(vault))
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        peak_mb = peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes / kB
        print(f"{rows:,} rows ({notices.stat().st_size / 1e6:.0f} MB file): {seconds:.0f} s, "
              f"peak {peak_mb:.0f} MB")  # fmt: skip
        print(done.stdout.strip().splitlines()[-1])
    print(f"target < {TARGET_MB} MB: {'met' if peak_mb < TARGET_MB else 'MISSED'}")
    return 0 if peak_mb < TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
