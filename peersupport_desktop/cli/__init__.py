"""The command line: the same services as the window, for programs' own scripts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeAlias

from peersupport_desktop import __version__
from peersupport_desktop.cli import (
    audit_log_command,
    availability_commands,
    case_commands,
    case_record_commands,
    column_maps,
    commands,
    contact_commands,
    coverage_command,
    debrief_commands,
    encounter_commands,
    feedback_commands,
    holiday_and_highlight_commands,
    load_command,
    milestone_commands,
    passphrase_source,
    resource_commands,
    settings_options,
    supporter_care_commands,
    supporter_commands,
    supporter_edit_commands,
    survey_commands,
)
from peersupport_desktop.cli.argument_types import day, whole
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.cli.passphrase_source import NoPassphrase
from peersupport_desktop.cli.process_limits import forbid_core_dumps
from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.event_notices import MappingProblem
from peersupport_desktop.core.export_table import ExportFormat, ExportKind, Granularity
from peersupport_desktop.core.k_anonymity import MAX_K, MIN_K
from peersupport_desktop.core.notice_files import UnreadableFile
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.record_layout import LayoutProblem
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.store.errors import (
    DamagedVault,
    InvalidPassphrase,
    OutputRefused,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from peersupport_desktop.store.locations import default_vault_path

# The exit code of each kind of error a person may read, most specific first; any
# other Sayable is FAILED.
_FAILURES: tuple[tuple[type[Sayable], ExitCode], ...] = (
    (WrongPassphrase, ExitCode.WRONG_PASSPHRASE),
    (DamagedVault, ExitCode.DAMAGED),
    (VaultNotFound, ExitCode.NO_SUCH_FILE),
    (VaultExists, ExitCode.NO_SUCH_FILE),
    (InvalidPassphrase, ExitCode.USAGE),
    (OutputRefused, ExitCode.USAGE),
    (NoPassphrase, ExitCode.USAGE),
    (InvalidInput, ExitCode.USAGE),
    (UnreadableFile, ExitCode.USAGE),
    (MappingProblem, ExitCode.USAGE),
    (LayoutProblem, ExitCode.USAGE),
    (NotFound, ExitCode.FAILED),
)


def main(argv: Sequence[str] | None = None) -> int:
    forbid_core_dumps()
    if argv is None:  # run as the program (a script calling main(args) keeps its own)
        passphrase_source.take_from_environment()
    _say_any_file_name()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        code = handler(args)
        sys.stdout.flush()  # a reader gone away is met here, not in Python's exit
        return code
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted; nothing further was done.\n")
        return 130
    except BrokenPipeError:
        # The reader stopped reading (`cases | head`): what was asked is done, and the
        # rest of the output has nowhere to go (not even at exit, when Python flushes).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    except Sayable as exc:
        # One sentence, never a traceback; the sentences carry no data values.
        sys.stderr.write(f"{exc}\n")
        return next((code for kind, code in _FAILURES if isinstance(exc, kind)), ExitCode.FAILED)


def _say_any_file_name() -> None:
    """A file name that is not valid UTF-8 (it reaches Python as surrogates) is printed
    with escapes instead of ending the command with an encoding error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peersupport-desktop",
        description="Peer Support Desktop: run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _vault_option(parser)
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway demo vault, removed on exit"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, offscreen in a temporary folder, that this installation works, then exit",
    )
    parser.set_defaults(handler=commands.run_window)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    # Every command names its vault and may read its passphrase from a file.
    common = argparse.ArgumentParser(add_help=False, prog="common")
    _vault_option(common)
    _passphrase_option(common)
    _vault_commands(sub, common)
    _output_commands(sub, common)
    _program_commands(sub, common)
    milestone_commands.register(sub, common)
    case_commands.register(sub, common)  # a case's tier and its referrals' steps
    coverage_command.register(sub, common)  # who was offered support, event by event
    encounter_commands.register(sub, common)  # import-encounters, encounters, encounter
    feedback_commands.register(sub, common)  # the feedback form: invitations and answers
    survey_commands.register(sub, common)  # import-survey, surveys, survey-compare
    supporter_care_commands.register(sub, common)  # debriefs and trainings, in and listed
    supporter_commands.register(sub, common)  # import-supporters, supporters
    load_command.register(sub, common)  # each supporter's load
    case_record_commands.register(sub, common)  # cases, new-case, case, match
    contact_commands.register(sub, common)  # contacts, log-contact, edit-contact
    resource_commands.register(sub, common)  # the directory, and offer-resource
    supporter_edit_commands.register(sub, common)  # add-supporter, supporter
    availability_commands.register(sub, common)  # slots, time-away, oncall-week, .ics in
    holiday_and_highlight_commands.register(sub, common)  # holidays, highlights
    audit_log_command.register(sub, common)  # the audit log, as its page shows it
    debrief_commands.register(sub, common)  # add-debrief, debrief (one at a time)
    return parser


Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _vault_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Making, checking and keeping the vault itself."""
    init = sub.add_parser("init", parents=[common], help="create a new, empty vault")
    init.set_defaults(handler=commands.init)

    demo = sub.add_parser(
        "demo", parents=[common], help="create a new vault holding a synthetic demo program"
    )
    demo.add_argument("--cases", type=_positive, default=400, help="number of cases (400)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (2026)")
    demo.set_defaults(handler=commands.demo)

    check = sub.add_parser(
        "check", parents=[common], help="verify the passphrase and both integrity checks"
    )
    check.set_defaults(handler=commands.check)

    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="write an encrypted backup to the backup folder, or to a new file",
    )
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="a new file to write (default: the backup folder, with its rotation applied)",
    )
    backup.set_defaults(handler=commands.backup)

    listing = sub.add_parser(
        "backups", parents=[common], help="list the vault's backups in its backup folder"
    )
    listing.set_defaults(handler=commands.list_backups)

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the vault by a verified backup (the old one is kept aside)",
    )
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    restore.set_defaults(handler=commands.restore)

    change = sub.add_parser(
        "change-passphrase", parents=[common], help="re-encrypt the vault under a new passphrase"
    )
    change.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from FILE (or set PEERSUPPORT_NEW_PASSPHRASE)",
    )
    change.set_defaults(handler=commands.change_passphrase)


def _output_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """What leaves the vault: the report, calendars, anonymized exports."""
    report = sub.add_parser("report", parents=[common], help="write the quarterly report as a PDF")
    report.add_argument("--quarter", type=_quarter, required=True, metavar="YYYYQN")
    report.add_argument(
        "--edition",
        choices=[e.value for e in Edition],
        default=Edition.LEADERSHIP.value,
        help="leadership (default: small numbers hidden, no names), glance (the leadership "
        "edition's summary, targets and trends on one page) or internal",
    )
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _force_option(report)
    report.set_defaults(handler=commands.report)

    oncall = sub.add_parser(
        "oncall",
        parents=[common],
        help="write the on-call rotation for a date range as an iCalendar file",
    )
    _date_range_options(oncall)
    oncall.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    _force_option(oncall)
    oncall.set_defaults(handler=commands.oncall)

    available = sub.add_parser(
        "availability",
        parents=[common],
        help="write one supporter's availability as an iCalendar file",
    )
    available.add_argument(
        "--supporter", required=True, metavar="NAME", help="the supporter's name, as on the roster"
    )
    _date_range_options(available)
    available.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    _force_option(available)
    available.set_defaults(handler=commands.availability)

    export = sub.add_parser(
        "export",
        parents=[common],
        help="write an anonymized summary or records export (CSV, JSON or XLSX)",
    )
    export.add_argument(
        "--quarter",
        dest="quarters",
        type=_quarter,
        action="append",
        required=True,
        metavar="YYYYQN",
        help="a quarter to export; repeat for more",
    )
    export.add_argument(
        "--kind",
        choices=[k.value for k in ExportKind],
        default=ExportKind.SUMMARY.value,
        help="summary (default: the program's figures) or records (one row per case)",
    )
    export.add_argument(
        "--by",
        type=_dimensions,
        default=(),
        metavar="DIMENSION[,...]",
        help=f"summary splits, any of {','.join(d.value for d in Dimension)}",
    )
    export.add_argument(
        "--period",
        choices=[g.value for g in Granularity],
        default=Granularity.QUARTER.value,
        help="what dates become: quarter (default) or year",
    )
    export.add_argument(
        "--k",
        type=_k,
        default=None,
        help="records: the smallest crowd of alike rows (default and least: the program's "
        "small-number threshold)",
    )
    export.add_argument("--format", choices=[f.value for f in ExportFormat], required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    _force_option(export)
    export.set_defaults(handler=commands.export)


def _program_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The program's own data: imports, retention, departments."""
    notices = sub.add_parser(
        "import-events",
        parents=[common],
        help="import event notices (CSV) as outreach cases; the same file twice adds nothing",
    )
    notices.add_argument("file", type=Path, metavar="FILE.csv")
    notices.add_argument(
        "--mapping",
        metavar="NAME",
        help="the saved column mapping to read the file with (default: the canonical "
        "columns, else the saved mapping the file's columns fit)",
    )
    notices.add_argument(
        "--source",
        metavar="NAME",
        help="the system the file came from (default: the mapping's name, or 'canonical')",
    )
    notices.add_argument(
        "--rejects",
        type=Path,
        metavar="FILE.csv",
        help="write the rejected rows, with line and reason, to FILE.csv",
    )
    notices.add_argument(
        "--leave-out-older-than",
        type=_positive,
        metavar="DAYS",
        help="open no case for a notice referred more than DAYS days ago (it would be "
        "overdue at once): list it with the rejected rows instead, to deal with by hand",
    )
    column_maps.add_map_option(notices, saved_as="--source NAME")
    _force_option(notices)
    notices.set_defaults(handler=commands.import_events)

    keep = sub.add_parser(
        "retention",
        parents=[common],
        help="count the closed cases past the retention period; --apply de-identifies them",
    )
    keep.add_argument(
        "--apply",
        action="store_true",
        help="de-identify them now, for good (without it, only count)",
    )
    keep.set_defaults(handler=commands.retention)

    departments = sub.add_parser(
        "departments",
        parents=[common],
        help="list the departments, whether reports may name each, and its service line; "
        "with NAME, change one",
    )
    departments.add_argument("name", nargs="?", metavar="NAME", help="the department to change")
    departments.add_argument(
        "--named",
        choices=["yes", "no"],
        help="whether reports and exports may print its name (when it has enough cases)",
    )
    departments.add_argument(
        "--service-line",
        metavar="LINE",
        help="the service line a small one is grouped into ('' for none)",
    )
    departments.set_defaults(handler=commands.departments)

    program = sub.add_parser(
        "settings",
        parents=[common],
        help="list the settings the quarterly report uses; with --target-*, set its targets",
    )
    for name, what in (
        ("within", "the share of referrals reached out to within the outreach target"),
        ("acceptance", "the acceptance rate"),
        ("refresher", "the share of active trained supporters whose refresher is not overdue"),
    ):
        program.add_argument(
            f"--target-{name}",
            type=_target_percent,
            metavar="PERCENT",
            help=f"the report's target for {what}, 1 to 100 (0 or 'none': no target)",
        )
    program.add_argument(
        "--default-capacity",
        type=whole,
        metavar="N",
        help="open cases per supporter, unless their own cap says otherwise (1 to 50)",
    )
    program.add_argument(
        "--debrief-every",
        type=_days_or_none,
        metavar="DAYS",
        help="list supporters without a debrief or meeting for this many days, 7 to 730 "
        "('none': never)",
    )
    program.add_argument(
        "--feedback-form",
        metavar="URL",
        help="the survey tool's form address printed on feedback invitations, "
        "https://… ('none': no address); never opened by the application",
    )
    settings_options.add_options(program)  # the rest of the Settings page
    program.add_argument("--json", action="store_true", help="list them as JSON")
    program.set_defaults(handler=commands.program_settings)


def _force_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--force",
        action="store_true",
        help="replace the output file if it exists (never the vault, a backup or the input)",
    )


def _dimensions(text: str) -> tuple[Dimension, ...]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in Dimension.__members__.values()]
    if unknown:
        known = ", ".join(d.value for d in Dimension)
        raise argparse.ArgumentTypeError(f"'{unknown[0]}' is not one of {known}")
    return tuple(Dimension(name) for name in names)


def _k(text: str) -> int:
    # argparse would otherwise say "invalid _k value" for a word.
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not MIN_K <= value <= MAX_K:
        raise argparse.ArgumentTypeError(f"must be a whole number from {MIN_K} to {MAX_K}")
    return value


def _target_percent(text: str) -> int:
    """A target's whole percent; 0 for none. The range is the service's to refuse, in
    the same sentence the window shows."""
    if text.strip().lower() == "none":
        return 0
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a whole percent from 1 to 100, or none") from None


def _days_or_none(text: str) -> int:
    """A number of days; 0 for none (off). The range is the service's to refuse."""
    if text.strip().lower() == "none":
        return 0
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a whole number of days, or none") from None


def _date_range_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=day, required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=day, required=True, metavar="YYYY-MM-DD")


def _vault_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        default=argparse.SUPPRESS if parser.prog != "peersupport-desktop" else None,
        metavar="PATH",
        help=f"the vault file (default: $PEERSUPPORT_VAULT, else {default_vault_path()})",
    )


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from FILE (or set PEERSUPPORT_PASSPHRASE; else a prompt)",
    )


def _quarter(text: str) -> Quarter:
    try:
        return Quarter.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
