"""The costs of keeping the vault safe, on a large vault: unlocking with every page's
check, retention's count, the full integrity check, and changing the passphrase.

    .venv/bin/python tests/benchmarks/bench_trust.py [--cases 100000]

Works on a copy of a demo vault (made once, then reused from the temp folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from peersupport_desktop.services import retention, settings, vault_care
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.store.vault import create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
NEW_PASSPHRASE = "seven lanterns drifting over the quiet bay"


def timed(what: Callable[[], object], runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        what()
        times.append(time.perf_counter() - started)
    return times


def say(label: str, times: list[float]) -> None:
    print(f"{label:<58} median {statistics.median(times):6.2f} s  (worst {max(times):.2f})")


def source_vault(cases: int) -> Path:
    made = Path(tempfile.gettempdir()) / f"peersupport-bench-{cases}.vault"
    if not made.exists():
        print(f"making a {cases}-case demo vault at {made} (once)…")
        with create_vault(made, PASSPHRASE) as vault:
            fill_demo_program(vault, cases=cases)
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="a demo vault to copy (its passphrase: ours)")
    args = parser.parse_args()
    source = args.vault or source_vault(args.cases)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "program.vault"
        shutil.copyfile(source, path)
        open_vault(path, PASSPHRASE).close()  # migrations, once, outside the timings
        print(f"{args.cases} cases, {path.stat().st_size / 1e6:.0f} MB")

        def unlock() -> None:
            vault = open_vault(path, PASSPHRASE)
            assert vault.pages_intact()
            vault.close()

        say("unlock: key derivation, open, every page's HMAC", timed(unlock))
        vault = open_vault(path, PASSPHRASE)
        settings.change_settings(vault, retention_months=12)
        today = dt.date.today()
        say(
            "retention's count at unlock",
            timed(lambda: retention.cases_past_retention(vault, today)),
        )
        say(
            "both integrity checks (Vault → Check the vault)",
            timed(lambda: vault_care.check(vault), 1),
        )
        say(
            "change the passphrase (re-encrypt every page)",
            timed(lambda: vault_care.change_passphrase(vault, NEW_PASSPHRASE), 1),
        )
        vault.close()


if __name__ == "__main__":
    main()
