"""Benchmark: the supporters' load view on a 100,000-case vault with 700 supporters.

Run: python tests/benchmarks/bench_supporter_load.py [VAULT]. With no VAULT a demo
vault of 100,000 cases is made first (peersupport-desktop demo --cases 100000), its
roster grown to 700 supporters as bench_matching grows it and 60 group debriefs of
15 added. Target (issue 24): the load of every supporter read well under 0.5 s.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark harbor lantern quietly glowing"
DEBRIEFS = 60
ATTENDING = 15


def add_debriefs(vault: object, rng: random.Random) -> None:
    """Group debriefs over the last two years, each crediting 15 supporters."""
    from peersupport_desktop.services import supporters
    from peersupport_desktop.store.models import Debrief, DebriefAttendee

    people = [s.id for s in supporters.list_supporters(vault)]  # type: ignore[arg-type]
    today = dt.date.today()
    with vault.transaction() as session:  # type: ignore[attr-defined]
        for _ in range(DEBRIEFS):
            held = today - dt.timedelta(days=rng.randint(1, 730))
            row = Debrief(kind="group", held_on=held, minutes=77, created_at=dt.datetime.now())
            session.add(row)
            session.flush()
            for sid in rng.sample(people, ATTENDING):
                session.add(DebriefAttendee(debrief_id=row.id, supporter_id=sid))


def main() -> int:
    from bench_matching import grow_roster  # beside this script

    from peersupport_desktop.services.supporter_load import supporter_load
    from peersupport_desktop.store.vault import open_vault

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "load.vault"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "peersupport_desktop", "demo", "--vault", str(path),
             "--cases", "100000"],
            check=True,
            env={**os.environ, "PEERSUPPORT_PASSPHRASE": PASSPHRASE},
        )  # fmt: skip
        with open_vault(path, PASSPHRASE) as vault:
            rng = random.Random(24)
            grow_roster(vault, rng)
            add_debriefs(vault, rng)
    with open_vault(path, PASSPHRASE) as vault:
        loads = supporter_load(vault)  # a warm-up, as after unlock
        times = []
        for _ in range(10):
            started = time.perf_counter()
            loads = supporter_load(vault)
            times.append(time.perf_counter() - started)
    contacts = sum(load.contacts for load in loads)
    print(
        f"{len(loads)} supporters, {sum(load.open_cases for load in loads):,} open cases, "
        f"{contacts:,} contacts in 30 days, "
        f"{sum(load.no_recent_debrief for load in loads)} without a recent debrief"
    )
    print(
        f"supporter load: median {statistics.median(times) * 1000:.0f} ms, "
        f"worst {max(times) * 1000:.0f} ms  (well under 500)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
