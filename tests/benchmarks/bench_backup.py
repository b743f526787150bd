"""Benchmark: backing up, verifying and restoring a 100,000-case vault.

Run: python tests/benchmarks/bench_backup.py [VAULT] (default /tmp/perf/v100000.vault,
made with ``demo --cases 100000`` under the passphrase below). The vault is copied to a
temporary folder first; the original is only read, and its SHA-256 is checked after.
Times are with SQLCipher's real key derivation; the backups go to the default folder
beside the copy (the same disk, so a backup to an external drive takes longer).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from peersupport_desktop.services import backups, vault_care
from peersupport_desktop.store.vault import open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
ORIGINAL = Path("/tmp/perf/v100000.vault")
RUNS = 3
MONDAY = dt.datetime(2026, 11, 16, 9, 30)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def summary(runs: list[float]) -> str:
    each = ", ".join(f"{t:.2f}" for t in runs)
    return f"median {statistics.median(runs):.2f} s (runs {each})"


def main() -> int:
    original = Path(sys.argv[1]) if len(sys.argv) > 1 else ORIGINAL
    if not original.exists():
        print(f"No vault at {original}: make one with 'demo --cases 100000'.")
        return 2
    before = sha256(original)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "program.vault"
        shutil.copyfile(original, path)  # never the original: opening migrates
        with open_vault(path, PASSPHRASE) as vault:
            made: list[Path] = []
            backup_runs = []
            for day in range(RUNS):  # a day apart: the rotation keeps them all
                started = time.perf_counter()
                made.append(backups.make_backup(vault, MONDAY + dt.timedelta(days=day)).path)
                backup_runs.append(time.perf_counter() - started)
            listing = timed(lambda: backups.list_backups(vault))
            due = timed(lambda: backups.backup_due(vault, MONDAY + dt.timedelta(days=RUNS)))
        size = made[-1].stat().st_size
        verify_runs = []
        for path_made in made:
            started = time.perf_counter()
            report = backups.verify_backup(path_made, PASSPHRASE)
            verify_runs.append(time.perf_counter() - started)
            assert report.ok, report.problems
        restore = timed(lambda: vault_care.restore(made[0], path, PASSPHRASE))
    untouched = sha256(original) == before

    print(f"vault {original}: {size / 1e6:.0f} MB backup")
    print(f"make_backup (copy, fsync, rename, rotation): {summary(backup_runs)}")
    print(f"verify_backup (key derivation, both integrity checks): {summary(verify_runs)}")
    print(f"restore (verify, copy, set aside, reopen): {restore:.2f} s")
    print(f"list_backups {listing * 1000:.1f} ms; backup_due {due * 1000:.1f} ms")
    print(f"original unchanged: {untouched}")
    return 0 if untouched else 1


if __name__ == "__main__":
    sys.exit(main())
