"""How the command line reads a date, a time and a whole number: one clear sentence for
anything else (argparse turns it into a usage error, exit 2)."""

from __future__ import annotations

import argparse
import datetime as dt

from peersupport_desktop.core.quarters import FIRST_YEAR, LAST_YEAR


def day(text: str) -> dt.date:
    try:
        parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-01-31") from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:  # as for quarters: calendars stop at 9999
        raise argparse.ArgumentTypeError(f"give a year from {FIRST_YEAR} to {LAST_YEAR}")
    return parsed


def moment(text: str) -> dt.datetime:
    """A local wall-clock time, as the vault keeps them."""
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 2026-09-01T14:30") from None
    if parsed.tzinfo is not None:
        raise argparse.ArgumentTypeError("give the local time, without an offset")
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"give a year from {FIRST_YEAR} to {LAST_YEAR}")
    return parsed


def whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a whole number") from None
