"""Benchmark: the disclosure check's cost, and what it leaves readable.

Run: python tests/benchmarks/bench_disclosure.py [--keep DIR]. Targets, with the check
included: the leadership report of a 100,000-case vault under 2 s (and the internal
edition, without the check, too), an 8-quarter summary export
(every split) under 3 s. Each is timed with no earlier publication and again with the
earlier ones logged (the check then solves them together). The solver's share is the
time spent in the proof (core.disclosure.audit.exposures, every call: the suppression
rounds, the records export's checks and the save's re-check). Then the demo program's
leadership report: how many figures are shown, grouped and hidden. Each report's time
is broken down into figures, disclosure (draft and protection), render and the rest.
--keep DIR: keep the 100,000-case demo vault there and reuse it (the benchmark works
on a copy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from report_timing import Timing, demo_vault, time_work

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.disclosure import audit, suppression
from peersupport_desktop.core.export_table import ExportFormat, ExportKind
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import publication_log
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.exports import ExportRequest, build_export, save_export
from peersupport_desktop.services.quarterly_reports import produce_report, publish_report
from peersupport_desktop.store.vault import create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
AS_OF = dt.datetime(2026, 11, 20, 15, 0)
QUARTER = Quarter(2026, 3)
QUARTERS = tuple(Quarter(2026, 4).back(8))
SOLVING: list[float] = []


def _timing_the_proof() -> None:
    """Every caller's exposures, timed (the modules import it by name)."""
    original = audit.exposures

    def timed(*args: Any, **kwargs: Any) -> list[audit.Exposure]:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            SOLVING.append(time.perf_counter() - started)

    for module in (suppression, publication_log):
        module.exposures = timed  # type: ignore[attr-defined]


def measure(path: Path, work: Callable[[Any], object], runs: int = 3) -> tuple[Timing, float]:
    """Median times of ``work`` on a freshly opened vault, and the median solver time."""
    solves: list[float] = []

    def solved(vault: Any) -> None:
        SOLVING.clear()
        work(vault)
        solves.append(sum(SOLVING))

    return time_work(path, solved, runs), statistics.median(solves)


def report(vault: Any) -> None:
    produce_report(vault, QUARTER, Edition.LEADERSHIP, as_of=AS_OF)


def internal(vault: Any) -> None:
    produce_report(vault, QUARTER, Edition.INTERNAL, as_of=AS_OF)


def summary(vault: Any, out: Path) -> None:
    request = ExportRequest(QUARTERS, dimensions=tuple(Dimension))
    save_export(
        vault, build_export(vault, request, as_of=AS_OF), ExportFormat.CSV, out, replace=True
    )


def records(vault: Any, out: Path) -> None:
    request = ExportRequest(QUARTERS, ExportKind.RECORDS)
    save_export(
        vault, build_export(vault, request, as_of=AS_OF), ExportFormat.CSV, out, replace=True
    )


def line(name: str, timing: Timing, solving: float) -> str:
    wall = timing.wall
    said = f"{name:<52} {wall:6.2f} s   solver {solving:5.2f} s ({100 * solving / wall:3.0f}%)"
    if "report" in name:
        said += f"\n{'':<52} {timing.breakdown()}"
    return said


def demo_counts(folder: Path) -> str:
    path = folder / "demo.vault"
    with create_vault(path, PASSPHRASE) as vault:
        fill_demo_program(vault, cases=400, as_of=AS_OF)
        made = produce_report(vault, QUARTER, Edition.LEADERSHIP, as_of=AS_OF)
    publication = made.publication
    assert publication is not None
    counted = [c for c in publication.cells if c.kind.value != "follower"]
    hidden = [c for c in counted if c.key in publication.hidden]
    grouped = sum(len(c.terms) > 1 for c in counted if c.key[3].startswith("other"))
    return (
        f"demo program, leadership report {QUARTER}: {len(counted)} figures, "
        f"{len(counted) - len(hidden)} shown, {len(hidden)} hidden; "
        f"{grouped} 'other' groups of small categories"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the demo vault here, and reuse it")
    args = parser.parse_args()
    _timing_the_proof()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(demo_counts(folder))
        path = demo_vault(folder, 100_000, args.keep)
        results = [
            ("leadership report, 100,000 cases, no history", *measure(path, report)),
            ("internal report, 100,000 cases (no check)", *measure(path, internal)),
            (
                "summary export, 8 quarters, every split, no history",
                *measure(path, lambda v: summary(v, folder / "s.csv"), runs=1),
            ),
            (
                "records export, 8 quarters, no history",
                *measure(path, lambda v: records(v, folder / "r.csv"), runs=1),
            ),
        ]
        with open_vault(path, PASSPHRASE) as vault:  # a saved report joins the history
            publish_report(vault, produce_report(vault, QUARTER, Edition.LEADERSHIP), None)
        results += [
            (
                "leadership report, with the earlier ones logged",
                *measure(path, report),
            ),
            (
                "summary export, 8 quarters, with history",
                *measure(path, lambda v: summary(v, folder / "s.csv")),
            ),
            (
                "records export, 8 quarters, with history",
                *measure(path, lambda v: records(v, folder / "r.csv")),
            ),
        ]
    for name, timing, solving in results:
        print(line(name, timing, solving))
    report_ok = all(t.wall < 2.0 for name, t, _ in results if "report" in name)
    export_ok = all(t.wall < 3.0 for name, t, _ in results if name.startswith("summary"))
    print(
        "targets: report < 2 s, 8-quarter summary < 3 s:",
        "met" if report_ok and export_ok else "NOT met",
    )
    return 0 if report_ok and export_ok else 1


if __name__ == "__main__":
    sys.exit(main())
