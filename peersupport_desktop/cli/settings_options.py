"""The rest of the Settings page as `settings` options: the program's names and logo, how
outreach is timed, the working week, the watch and backup folders, reminders, auto-lock,
retention, the small-number threshold, the department rule and following up.

Each option names one field of services.settings.Settings; the values go through
settings.change_settings (and set_logo/remove_logo), whose checks and audit entry are
the page's own.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peersupport_desktop.core.working_time import OutreachClock

if TYPE_CHECKING:
    from peersupport_desktop.services.settings import Settings
    from peersupport_desktop.store.vault import Vault

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NONE = "none"
# option, the field it sets, its metavar, what it is
_WHOLE = (
    ("--outreach-target-hours", "outreach_target_hours", "the outreach target, 1 to 720 hours"),
    ("--small-number-threshold", "small_number_threshold", "the small-number threshold"),
    ("--auto-lock-minutes", "auto_lock_minutes", "lock the window after this many idle minutes"),
    ("--retry-after-hours", "retry_after_hours", "another outreach try this long after one"),
    ("--max-attempts", "max_attempts", "outreach tries before unreachable is proposed"),
    ("--urgent-target-minutes", "urgent_target_minutes", "an urgent event's outreach target"),
    ("--milestone-check-in-days", "milestone_check_in_days", "a check-in this many days before"),
    ("--referral-step-days", "referral_step_days", "a referral's next step is due this long on"),
)
_WHOLE_OR_NONE = (
    ("--retention-months", "retention_months", "de-identify closed cases after (none: off)"),
    ("--anniversary-reminder-days", "anniversary_reminder_days", "remind this far ahead"),
)
_TEXT_OR_NONE = (
    ("--hospital", "hospital_name", "the hospital's name on the report"),
    ("--program-lead", "program_lead", "the program lead's name on the report"),
    ("--watch-folder", "watch_folder", "the folder event notices arrive in (an existing one)"),
    ("--backup-folder", "backup_folder", "where backups go (none: beside the vault)"),
)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--program-name", metavar="NAME", help="the program's name")
    for flag, _field, what in _TEXT_OR_NONE:
        parser.add_argument(flag, metavar="TEXT|none", help=what)
    for flag, _field, what in _WHOLE:
        parser.add_argument(flag, type=_whole, metavar="N", help=what)
    for flag, _field, what in _WHOLE_OR_NONE:
        parser.add_argument(flag, type=_whole_or_none, metavar="N|none", help=what)
    parser.add_argument(
        "--outreach-clock",
        choices=[clock.value for clock in OutreachClock],
        help="count the outreach target in every hour, or in working hours only",
    )
    parser.add_argument(
        "--working-days", type=_weekdays, metavar="mon,tue,...", help="the working week's days"
    )
    parser.add_argument(
        "--working-hours", type=_span, metavar="HH:MM-HH:MM", help="the working day"
    )
    parser.add_argument(
        "--department-rule",
        metavar="RULE",
        help="the program's rule for a supporter's department: outside, within or either",
    )
    parser.add_argument(
        "--logo", metavar="FILE|none", help="the report's logo, a PNG or JPEG (none: no logo)"
    )


def changes(args: argparse.Namespace) -> dict[str, object]:
    """The fields the options given change; an option not given leaves its field."""
    from peersupport_desktop.services.errors import InvalidInput

    found: dict[str, object] = {}
    if args.program_name is not None:
        found["program_name"] = args.program_name
    for flag, field, _what in _TEXT_OR_NONE:
        value = getattr(args, _dest(flag))
        if value is not None:
            found[field] = None if value.strip().casefold() in ("", NONE) else value
    for flag, field, _what in (*_WHOLE, *_WHOLE_OR_NONE):
        value = getattr(args, _dest(flag))
        if value is not None:
            found[field] = None if value == NONE else value
    if args.outreach_clock is not None:
        found["outreach_clock"] = OutreachClock(args.outreach_clock)
    if args.working_days is not None:
        found["working_days"] = args.working_days
    if args.working_hours is not None:
        found["working_starts"], found["working_ends"] = args.working_hours
    if args.department_rule is not None:
        found["department_rule"] = _department_rule(args.department_rule)
    folder = found.get("watch_folder")
    if isinstance(folder, str) and not Path(folder).is_dir():
        raise InvalidInput("watch_folder", "That folder does not exist.")  # as the page says
    return found


def apply_logo(vault: Vault, args: argparse.Namespace) -> None:
    """The logo given, read before the vault changes; or none, removed."""
    from peersupport_desktop.services import settings
    from peersupport_desktop.services.errors import InvalidInput

    if args.logo is None:
        return
    if args.logo.strip().casefold() == NONE:
        settings.remove_logo(vault)
        return
    if args.logo.lower().endswith(".svg"):
        raise InvalidInput(
            "logo", "An SVG logo is drawn by the window: choose it in Settings, or give a PNG."
        )
    try:
        data = Path(args.logo).read_bytes()
    except OSError:
        raise InvalidInput("logo", "The logo file could not be read.") from None
    settings.set_logo(vault, data)


def listed(current: Settings) -> dict[str, Any]:
    """What the options set, for `settings --json`."""
    return {
        "hospital_name": current.hospital_name,
        "program_lead": current.program_lead,
        "working_days": [WEEKDAYS[d] for d in current.working_days],
        "working_hours": f"{current.working_starts:%H:%M}-{current.working_ends:%H:%M}",
        "department_rule": current.department_rule.value,
        "auto_lock_minutes": current.auto_lock_minutes,
        "anniversary_reminder_days": current.anniversary_reminder_days,
        "watch_folder": current.watch_folder,
        "backup_folder": current.backup_folder,
        "retry_after_hours": current.retry_after_hours,
        "max_attempts": current.max_attempts,
        "urgent_target_minutes": current.urgent_target_minutes,
        "milestone_check_in_days": current.milestone_check_in_days,
        "referral_step_days": current.referral_step_days,
    }


def _department_rule(given: str) -> object:
    from peersupport_desktop.core.codes import DepartmentRule
    from peersupport_desktop.services.validation import code_value

    return code_value("department_rule", DepartmentRule, given)


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a whole number") from None


def _whole_or_none(text: str) -> int | str:
    return NONE if text.strip().casefold() == NONE else _whole(text)


def _weekdays(text: str) -> tuple[int, ...]:
    try:
        return tuple(WEEKDAYS.index(part.strip().casefold()[:3]) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError("give days like mon,tue,wed,thu,fri") from None


def _span(text: str) -> tuple[dt.time, dt.time]:
    try:
        starts, ends = text.split("-")
        return dt.time.fromisoformat(starts.strip()), dt.time.fromisoformat(ends.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("give the working day like 08:00-17:00") from None
