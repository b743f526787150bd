"""Timing the quarterly report, for bench_report and bench_disclosure: where a report's
time goes (figures read from the vault, the disclosure draft and its protection, the
PDF's rendering, the rest), and demo vaults that can be kept between runs.

The parts are timed by wrapping what services.quarterly_reports calls by name, the way
bench_disclosure times the proof.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import quarterly_reports
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.quarterly_reports import produce_report
from peersupport_desktop.store.vault import Vault, create_vault, open_vault

PASSPHRASE = "benchmark harbor lantern quietly glowing"
AS_OF = dt.datetime(2026, 11, 20, 15, 0)
QUARTER = Quarter(2026, 3)
PARTS = ("figures", "disclosure", "render")
# What produce_report calls, by the part of the breakdown it belongs to.
_TIMED = {
    "report_figures": "figures",
    "report_draft": "disclosure",
    "earlier_publications": "disclosure",
    "protect": "disclosure",
    "hiding_rules": "disclosure",
    "render": "render",
}
_spent: dict[str, float] = defaultdict(float)


def _timing_the_parts() -> None:
    for name, part in _TIMED.items():
        original = getattr(quarterly_reports, name)
        if getattr(original, "_timed", False):
            continue

        def timed(*args: Any, _original: Any = original, _part: str = part, **kw: Any) -> Any:
            started = time.perf_counter()
            try:
                return _original(*args, **kw)
            finally:
                _spent[_part] += time.perf_counter() - started

        timed._timed = True  # type: ignore[attr-defined]
        setattr(quarterly_reports, name, timed)


@dataclass(frozen=True, slots=True)
class Timing:
    """Medians over the runs: the whole report and each part of it."""

    wall: float
    parts: dict[str, float]

    @property
    def rest(self) -> float:
        return max(0.0, self.wall - sum(self.parts.values()))

    def breakdown(self) -> str:
        shown = [f"{name} {self.parts[name]:.2f}" for name in PARTS]
        return f"{self.wall:.3f} s ({', '.join(shown)}, rest {self.rest:.2f})"


def time_report(path: Path, edition: Edition, runs: int = 3) -> Timing:
    """The report of QUARTER, each run on a freshly opened vault."""
    return time_work(path, lambda vault: produce_report(vault, QUARTER, edition, as_of=AS_OF), runs)


def time_work(path: Path, work: Callable[[Vault], object], runs: int = 3) -> Timing:
    _timing_the_parts()
    walls: list[float] = []
    parts: dict[str, list[float]] = {name: [] for name in PARTS}
    for _ in range(runs):
        with open_vault(path, PASSPHRASE) as vault:
            _spent.clear()
            started = time.perf_counter()
            work(vault)
            walls.append(time.perf_counter() - started)
            for name in PARTS:
                parts[name].append(_spent[name])
    return Timing(
        statistics.median(walls), {name: statistics.median(v) for name, v in parts.items()}
    )


def demo_vault(folder: Path, cases: int, keep: Path | None) -> Path:
    """A demo vault of ``cases`` in ``folder``: a copy of the one kept in ``keep`` (made
    there the first time), so a benchmark's writes never reach the kept one."""
    path = folder / f"bench-{cases}.vault"
    if keep is None:
        _fill(path, cases)
        return path
    kept = keep / f"bench-{cases}.vault"
    if not kept.exists():
        keep.mkdir(parents=True, exist_ok=True)
        _fill(kept, cases)
    shutil.copyfile(kept, path)
    return path


def _fill(path: Path, cases: int) -> None:
    with create_vault(path, PASSPHRASE) as vault:
        fill_demo_program(vault, cases=cases, as_of=AS_OF)
