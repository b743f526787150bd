"""`coverage`: the internal event coverage report of a quarter or of a range of days, as
a PDF or a CSV (the suffix of --out says which): each serious event and everyone it
involved, and whether each was offered support within target. It names people."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peersupport_desktop.cli.argument_types import day
from peersupport_desktop.cli.console import refuse, say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.quarters import Quarter

SUFFIXES = (".pdf", ".csv")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `coverage` command, beside the others."""
    from peersupport_desktop.cli import _force_option, _quarter

    command = sub.add_parser(
        "coverage",
        parents=[common],
        help="write the internal event coverage report (names people): each serious event "
        "of a quarter or of a range of days, whether everyone involved was offered support "
        "within target, as a PDF or a CSV",
    )
    when = command.add_mutually_exclusive_group(required=True)
    when.add_argument("--quarter", type=_quarter, metavar="YYYYQN")
    when.add_argument("--from", dest="start", type=day, metavar="YYYY-MM-DD")
    command.add_argument("--to", dest="end", type=day, metavar="YYYY-MM-DD")
    command.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv", help="its suffix: format"
    )
    _force_option(command)
    command.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open_intact
    from peersupport_desktop.core.event_coverage import CoveragePeriod
    from peersupport_desktop.services.event_coverage import period_between, save_coverage
    from peersupport_desktop.services.saved_files import check_output

    if args.out.suffix.lower() not in SUFFIXES:
        return refuse("The coverage report is written as a .pdf or a .csv file: name one.")
    if (args.start is None) != (args.end is None):
        return refuse("Give --from and --to together, or --quarter.")
    quarter: Quarter | None = args.quarter
    period = (
        CoveragePeriod.of_quarter(quarter)
        if quarter is not None
        else period_between(args.start, args.end)
    )
    with _open_intact(args) as vault:
        check_output(vault, args.out, replace=args.force)  # before any work is done
        written, coverage = save_coverage(vault, period, args.out, replace=args.force)
    say(f"Wrote the event coverage report of {period.words} to {written}: it names people.")
    say(coverage.sentence)
    return ExitCode.OK
