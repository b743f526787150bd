"""Benchmark: hundreds of SIGKILLs of a vault writer, the vault checked after each.

Run from the checkout: python tests/benchmarks/bench_crash.py [--kills N] [--seed S].
The same kill rounds as tests/store/test_crash_safety.py (see tests/store/crash_writer.py),
many more of them, on one vault that accumulates every committed unit. After each
kill the vault must open, pass both integrity checks and hold exactly units 1..M,
each whole, M the last unit reported committed or the one after. Keys are derived
cheaply, as in the tests (the cost is in the kills, not the passphrase), unless
--real-kdf. POSIX only. Exit code 1 if any kill left a problem.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# Run as a script, the checkout is not on the path; the kill rounds live in the tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peersupport_desktop.store import keying
from tests.store.crash_writer import CrashWriter, kill_round, make_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
CHEAP_KDF_ITERATIONS = 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20260311)
    parser.add_argument("--real-kdf", action="store_true", help="SQLCipher's 256,000 iterations")
    args = parser.parse_args()
    if sys.platform == "win32":
        print("SIGKILL and fork are POSIX: nothing to do on Windows.")
        return 0
    if not args.real_kdf:
        keying.KDF_ITERATIONS = CHEAP_KDF_ITERATIONS
    rng = random.Random(args.seed)
    strategies: Counter[str] = Counter()
    phases: Counter[str] = Counter()
    failures = ahead = 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crash.vault"
        make_vault(path, PASSPHRASE)
        started = time.perf_counter()
        stored = 0
        with CrashWriter(path, PASSPHRASE, keying.KDF_ITERATIONS) as writer:
            for kill in range(1, args.kills + 1):
                result = kill_round(writer, PASSPHRASE, rng, stored + 1)
                strategies[result.strategy] += 1
                phases[result.phase] += 1
                ahead += result.stored == result.reported + 1
                if result.problems:
                    failures += 1
                    print(f"kill {kill} ({result.strategy}, {result.phase}):")
                    for problem in result.problems:
                        print(f"  {problem}")
                stored = max(stored, result.stored)
        elapsed = time.perf_counter() - started
        size_mb = path.stat().st_size / 1e6
    sigkills = args.kills + strategies["in a recovery"]  # a recovery round kills twice
    print(f"kills {args.kills} ({sigkills} SIGKILLs), failures {failures}, {elapsed:.1f} s")
    print(f"units committed {stored}; vault {size_mb:.1f} MB")
    print("strategies: " + ", ".join(f"{name} {n}" for name, n in sorted(strategies.items())))
    print("killed: " + ", ".join(f"{name} {n}" for name, n in sorted(phases.items())))
    print(f"a unit committed but not yet reported: {ahead}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
