"""The costs of keeping the vault safe, on a large vault: unlocking with every page's
check, opening after a crash (the WAL read and its frames' HMACs checked first),
retention's count, the full integrity check, and changing the passphrase.

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

from sqlalchemy import text

from peersupport_desktop.services import retention, settings, vault_care
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.store import keying, wal_file
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


def left_by_a_crash(path: Path, folder: Path) -> Path:
    """The vault's files as a kill leaves them after a transaction that rewrote every
    case while another connection read (so no checkpoint could fold it in): the main
    file, a WAL holding every case page, and the WAL's index."""
    saved = folder / "crashed"
    saved.mkdir(exist_ok=True)
    with open_vault(path, PASSPHRASE) as vault:
        reader = vault.raw_connection()
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM cases").fetchone()
        with vault.transaction() as session:
            session.execute(text("UPDATE cases SET reopened_count = reopened_count + 1"))
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{path}{suffix}", saved / f"program.vault{suffix}")
        reader.close()
    return saved / "program.vault"


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
        crashed = left_by_a_crash(path, Path(folder))
        key = keying.derive(PASSPHRASE, keying.read_salt(crashed))
        wal_size = wal_file.wal_path(crashed).stat().st_size / 1e6
        say(
            f"opening after a crash: the {wal_size:.0f} MB WAL read and checked first",
            timed(lambda: wal_file.read_wal(crashed, key)),
        )
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
