"""Benchmark: best-fit matching and the calendar's month view with 700 supporters.

Run: python tests/benchmarks/bench_matching.py [CASES]. Builds a demo vault (100,000
cases unless CASES is given), then grows its roster to 700 supporters, each with
two or three weekly slots and some time away. Targets (issue 4): ranking 700
supporters for a case < 50 ms; the month view with 700 supporters drawn < 200 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark harbor lantern quietly glowing"
ROSTER = 700


def timed(work: Callable[[], object], runs: int = 15) -> tuple[float, float]:
    """Median and worst, in milliseconds, after one warm-up run."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def grow_roster(vault: object, rng: random.Random) -> None:
    from peersupport_desktop.services import availability, supporters

    roles = ["attending", "trainee", "nurse", "app", "pharmacist", "other_staff"]
    departments = ["Surgery", "ICU", "Emergency Medicine", "Pediatrics", "Oncology", "Psychiatry"]
    have = len(supporters.list_supporters(vault, include_retired=True))  # type: ignore[arg-type]
    today = dt.date.today()
    for n in range(have, ROSTER):
        person = supporters.add_supporter(
            vault,  # type: ignore[arg-type]
            supporters.SupporterInput(
                name=f"Supporter {n:03d}",
                role=rng.choice(roles),
                department=rng.choice(departments),
                languages=("en", rng.choice(["es", "fr", "vi", "zh"])),
                training_date=today - dt.timedelta(days=rng.randint(30, 900)),
                refresher_due=today + dt.timedelta(days=rng.randint(-30, 700)),
                capacity=rng.randint(2, 5),
            ),
        )
        for weekday in rng.sample(range(7), rng.randint(2, 3)):
            hour = rng.choice([8, 10, 12, 14, 16, 18])
            availability.add_slot(vault, person.id, weekday, dt.time(hour), dt.time(hour + 2))  # type: ignore[arg-type]
        if rng.random() < 0.2:
            away = dt.datetime.combine(today + dt.timedelta(days=rng.randint(-5, 30)), dt.time())
            availability.add_exception(
                vault,  # type: ignore[arg-type]
                person.id,
                available=False,
                starts_at=away,
                ends_at=away + dt.timedelta(days=rng.randint(1, 10)),
            )


def month_view(vault: object) -> None:
    from PySide6.QtCore import QStandardPaths

    from peersupport_desktop.gui.launch import application
    from peersupport_desktop.gui.pages.calendar_page import CalendarPage
    from peersupport_desktop.services import supporters

    QStandardPaths.setTestModeEnabled(True)
    app = application()
    page = CalendarPage(lambda: vault)
    page.resize(1280, 800)
    page.show()
    page.fill_choices([(s.id, s.name) for s in supporters.list_supporters(vault)])  # type: ignore[arg-type]
    app.processEvents()
    view = page.view
    median, worst = timed(view.repaint)
    print(f"month view, paint only:           median {median:6.1f} ms, worst {worst:6.1f} ms")

    def next_month() -> None:
        view.go(1)  # a new period: the plan is computed, then the month painted
        view.repaint()

    median, worst = timed(next_month, runs=10)
    print(
        f"month view, next month (plan+paint): median {median:6.1f} ms, "
        f"worst {worst:6.1f} ms  (< 200)"
    )
    page.close()


def main() -> int:
    from peersupport_desktop.core.matching import rank
    from peersupport_desktop.services.case_list import newest_case_rows
    from peersupport_desktop.services.demo_program import fill_demo_program
    from peersupport_desktop.services.matching import candidates, case_needs, suggest_supporters
    from peersupport_desktop.store.vault import create_vault

    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = Path(tempfile.mkdtemp()) / "bench.vault"
    vault = create_vault(path, PASSPHRASE)
    fill_demo_program(vault, cases=cases)
    grow_roster(vault, random.Random(7))
    case_id = newest_case_rows(vault, 1)[0].case_id
    now = dt.datetime.now().replace(second=0, microsecond=0)
    with vault.transaction() as session:
        needs = case_needs(session, case_id, now)
        people = candidates(session, needs)
    ranking = rank(needs, people)
    print(
        f"{cases:,} cases, {len(people)} supporters: "
        f"{len(ranking.suggestions)} suggested, {len(ranking.excluded)} excluded"
    )
    median, worst = timed(lambda: rank(needs, people))
    print(f"ranking alone (core):             median {median:6.1f} ms, worst {worst:6.1f} ms")
    median, worst = timed(lambda: suggest_supporters(vault, case_id))
    print(
        f"suggest for a case (vault+rank):  median {median:6.1f} ms, worst {worst:6.1f} ms  (< 50)"
    )

    month_view(vault)
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
