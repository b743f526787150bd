"""One function per subcommand: obtain the passphrase, call the services, say what happened.

The database layer is imported by the commands that use it, not here: the window's
start (and --version, and --help) should not wait the best part of a second for
SQLAlchemy and Alembic before the unlock dialog shows.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from peersupport_desktop.cli import passphrase_source
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.passphrase_policy import RULES_SENTENCE
from peersupport_desktop.store import instance_lock
from peersupport_desktop.store.locations import default_vault_path

if TYPE_CHECKING:
    from peersupport_desktop.store.vault import Vault


def run_window(args: argparse.Namespace) -> int:
    if args.self_test:
        from peersupport_desktop.cli import self_test

        return self_test.run(sys.stdout)
    from peersupport_desktop.cli.display import display_problem

    problem = display_problem()
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return ExitCode.FAILED
    from peersupport_desktop.gui.launch import run  # Qt loads only for the window

    return run(vault_path=_vault_path(args), demo=args.demo)


def init(args: argparse.Namespace) -> int:
    from peersupport_desktop.store.vault import create_vault

    path = _vault_path(args)
    passphrase = _new_passphrase(args)
    create_vault(path, passphrase).close()
    say(f"Created an empty vault at {path}.")
    say("Keep the passphrase safe: it cannot be recovered. Make backups with 'backup'.")
    return ExitCode.OK


def demo(args: argparse.Namespace) -> int:
    from peersupport_desktop.services.demo_program import fill_demo_program
    from peersupport_desktop.store.vault import create_vault, remove_new_vault

    path = _vault_path(args)
    passphrase = _new_passphrase(args)
    started = time.perf_counter()
    vault = create_vault(path, passphrase)
    try:
        summary = fill_demo_program(vault, cases=args.cases, seed=args.seed)
    except BaseException:
        vault.close()
        remove_new_vault(path)  # ours, made a moment ago: no half-filled demo stays behind
        raise
    vault.close()
    elapsed = time.perf_counter() - started
    say(
        f"Created a demo vault at {path}: {summary.cases} cases, {summary.events} events, "
        f"{summary.supporters} supporters, {summary.contacts} contacts ({elapsed:.1f} s)."
    )
    return ExitCode.OK


def check(args: argparse.Namespace) -> int:
    from peersupport_desktop.services import vault_care

    with _open(args) as vault:
        report = vault_care.check(vault)
    if report.ok:
        say(f"The vault at {vault.path} opens and passes both integrity checks.")
        return ExitCode.OK
    sys.stderr.write(
        f"The vault at {vault.path} is damaged ({_problems(len(report.problems))} found). "
        "Restore it from a backup; the damaged file has not been changed.\n"
    )
    return ExitCode.DAMAGED


def backup(args: argparse.Namespace) -> int:
    from peersupport_desktop.services import backups, vault_care

    with _open(args) as vault:
        if args.out is not None:
            written = vault_care.back_up(vault, args.out)
            say(f"Wrote an encrypted backup to {written} (it opens with the same passphrase).")
            return ExitCode.OK
        made = backups.make_backup(vault)
        beside = backups.backup_folder(vault) == backups.default_backup_folder(vault.path)
    say(f"Wrote an encrypted backup to {made.path} (it opens with the same passphrase).")
    count = len(made.removed)
    say(f"Removed {count} older backup{'' if count == 1 else 's'} the rotation no longer keeps.")
    if beside:  # a disk that fails takes the vault and these backups together
        say("The backups are beside the vault: choose a folder on another drive in Settings.")
    return ExitCode.OK


def list_backups(args: argparse.Namespace) -> int:
    from peersupport_desktop.services import backups

    with _open(args) as vault:
        folder = backups.backup_folder(vault)
        found = backups.list_backups(vault, folder)
    if not found:
        say(f"No backups of this vault in {folder} yet.")
    for each in found:
        say(f"{each.made_at:%Y-%m-%d %H:%M:%S}  {each.size_text:>9}  {each.path}")
    return ExitCode.OK


def departments(args: argparse.Namespace) -> int:
    from peersupport_desktop.services.departments import (
        department_settings,
        set_department,
    )
    from peersupport_desktop.services.errors import InvalidInput

    with _open(args) as vault:
        listed = department_settings(vault)
        if args.name is not None:
            found = [s for s in listed if s.name == args.name]
            if not found:
                raise InvalidInput("department", "There is no department of that name.")
            changed = dataclasses.replace(
                found[0],
                named=found[0].named if args.named is None else args.named == "yes",
                service_line=(
                    found[0].service_line if args.service_line is None else args.service_line
                ),
            )
            set_department(vault, changed)
            listed = department_settings(vault)
    for setting in listed:
        named = "named" if setting.named else "not named"
        line = f", service line {setting.service_line}" if setting.service_line else ""
        say(f"{setting.name}: {named}{line}")
    return ExitCode.OK


def program_settings(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli import settings_options
    from peersupport_desktop.services import settings

    given = {
        "target_within_percent": args.target_within,
        "target_acceptance_percent": args.target_acceptance,
        "target_refresher_percent": args.target_refresher,
    }
    # 0 (or "none") clears a target; an option not given leaves it as it is.
    changes: dict[str, object] = {
        field: value or None for field, value in given.items() if value is not None
    }
    if args.default_capacity is not None:
        changes["default_capacity"] = args.default_capacity
    if args.debrief_every is not None:  # 0 or "none": never listed
        changes["debrief_every_days"] = args.debrief_every or None
    if args.feedback_form is not None:
        form = args.feedback_form.strip()
        changes["feedback_form_address"] = None if form.lower() in ("", "none") else form
    changes.update(settings_options.changes(args))  # the rest of the Settings page
    with _open(args) as vault:
        if changes:
            current = settings.change_settings(vault, **changes)
        else:
            current = settings.get_settings(vault)
        settings_options.apply_logo(vault, args)
    listed = {
        "program_name": current.program_name,
        "outreach_target_hours": current.outreach_target_hours,
        "outreach_clock": current.outreach_clock.value,
        "small_number_threshold": current.small_number_threshold,
        "retention_months": current.retention_months,
        **{field: getattr(current, field) for field in settings.TARGETS},
        "default_capacity": current.default_capacity,
        "debrief_every_days": current.debrief_every_days,
        "feedback_form_address": current.feedback_form_address,
        **settings_options.listed(current),
    }
    if args.json:
        say(json.dumps(listed, ensure_ascii=False, indent=2))
        return ExitCode.OK
    say(f"Program name: {current.program_name}")
    clock = "working hours" if current.outreach_clock == "working_hours" else "clock hours"
    say(f"Outreach target: {current.outreach_target_hours} {clock}")
    say(f"Small-number threshold: {current.small_number_threshold}")
    months = current.retention_months
    say(f"Retention: {'off' if months is None else f'{months} months after closing'}")
    for field, what in settings.TARGETS.items():
        target = getattr(current, field)
        say(f"{what}: {'none' if target is None else f'{target}%'}")
    say(f"Default capacity: {current.default_capacity} open cases per supporter")
    every = current.debrief_every_days
    say(f"No debrief for: {'off' if every is None else f'{every} days lists a supporter'}")
    say(f"Feedback form: {current.feedback_form_address or 'none'}")
    return ExitCode.OK


def restore(args: argparse.Namespace) -> int:
    from peersupport_desktop.services import vault_care

    path = _vault_path(args)
    # Refused while the window has the vault open: it would go on writing the old file.
    with instance_lock.hold(path):
        passphrase = passphrase_source.obtain(args.passphrase_file, prompt="Backup's passphrase: ")
        result = vault_care.restore(args.source, path, passphrase)
    say(f"Restored {args.source} to {result.vault_path}.")
    if result.replaced is not None:
        say(f"The vault it replaced was kept at {result.replaced}.")
    return ExitCode.OK


def change_passphrase(args: argparse.Namespace) -> int:
    from peersupport_desktop.services import vault_care

    with _held_if_there(_vault_path(args)), _open(args, alone=True) as vault:
        new = passphrase_source.obtain(
            args.new_passphrase_file,
            env=passphrase_source.NEW_PASSPHRASE_ENV,
            prompt="New passphrase: ",
            confirm=True,
            file_option="--new-passphrase-file",
        )
        vault_care.change_passphrase(vault, new)
    say("The vault now opens with the new passphrase.")
    say("Backups made before keep the old passphrase: keep it as long as you keep them.")
    return ExitCode.OK


def _vault_path(args: argparse.Namespace) -> Path:
    chosen: Path | None = getattr(args, "vault", None)
    return chosen if chosen is not None else default_vault_path()


def _held_if_there(path: Path) -> contextlib.AbstractContextManager[object]:
    """The vault's instance lock, so a command never rewrites a vault the window has open.

    A missing vault needs none (opening it says so) and would only get a stray lock file.
    """
    return instance_lock.hold(path) if path.exists() else contextlib.nullcontext()


@contextlib.contextmanager
def _open(args: argparse.Namespace, *, alone: bool = False) -> Iterator[Vault]:
    """The vault, open for as long as the block runs, under a hold (``work_hold``).

    Shared by default: a restore or a change of passphrase from another process waits
    for this command, and this command for them. ``alone``: the exclusive hold, for the
    commands that re-encrypt or rewrite the vault, taken before it is opened.
    """
    from peersupport_desktop.store import work_hold
    from peersupport_desktop.store.vault import open_vault

    path = _vault_path(args)
    passphrase = passphrase_source.obtain(args.passphrase_file)
    take = work_hold.exclusive if alone else work_hold.shared
    hold = take(path) if path.exists() else contextlib.nullcontext()
    with hold, open_vault(path, passphrase) as vault:
        yield vault


@contextlib.contextmanager
def _open_intact(args: argparse.Namespace) -> Iterator[Vault]:
    """The vault, once every page verifies: a report, an export or an import must not
    read from, or write into, a damaged file (the window checks at unlock)."""
    from peersupport_desktop.services.vault_care import refuse_if_damaged

    with _open(args) as vault:
        refuse_if_damaged(vault)
        yield vault


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file is None and sys.stdin is not None and sys.stdin.isatty():
        say(RULES_SENTENCE)
    return passphrase_source.obtain(args.passphrase_file, prompt="New passphrase: ", confirm=True)


def _problems(count: int) -> str:
    return "1 problem" if count == 1 else f"{count:,} problems"


def report(args: argparse.Namespace) -> int:
    from peersupport_desktop.reports.figure_text import Edition
    from peersupport_desktop.services.disclosure_rules import hidden_sentence
    from peersupport_desktop.services.quarterly_reports import produce_report, publish_report
    from peersupport_desktop.services.saved_files import check_output

    edition = Edition(args.edition)
    with _open_intact(args) as vault:
        check_output(vault, args.out, replace=args.force)  # before any work is done
        made = produce_report(vault, args.quarter, edition)
        written = publish_report(vault, made, args.out, replace=args.force)
    say(f"Wrote the {edition.heading.lower()} of the {args.quarter} report to {written}.")
    if made.publication is not None:
        say(hidden_sentence(made.publication))
    return ExitCode.OK


def oncall(args: argparse.Namespace) -> int:
    from peersupport_desktop.services.calendar_files import save_rotation

    with _open(args) as vault:
        written = save_rotation(vault, args.start, args.end, args.out, replace=args.force)
    say(f"Wrote the on-call rotation {args.start} to {args.end} to {written}.")
    return ExitCode.OK


def availability(args: argparse.Namespace) -> int:
    from peersupport_desktop.services.calendar_files import save_availability
    from peersupport_desktop.services.supporters import find_supporter

    with _open(args) as vault:
        person = find_supporter(vault, args.supporter)
        written = save_availability(
            vault, person.id, args.start, args.end, args.out, replace=args.force
        )
    say(f"Wrote {person.name}'s availability {args.start} to {args.end} to {written}.")
    return ExitCode.OK


def export(args: argparse.Namespace) -> int:
    from peersupport_desktop.core.export_table import ExportFormat, ExportKind, Granularity
    from peersupport_desktop.services.disclosure_rules import hidden_sentence
    from peersupport_desktop.services.exports import ExportRequest, build_export, save_export
    from peersupport_desktop.services.saved_files import check_output

    request = ExportRequest(
        quarters=tuple(args.quarters),
        kind=ExportKind(args.kind),
        dimensions=args.by,
        granularity=Granularity(args.period),
        k=args.k,
    )
    with _open_intact(args) as vault:
        table = build_export(vault, request)  # what was asked is checked first
        check_output(vault, args.out, replace=args.force)
        saved = save_export(vault, table, ExportFormat(args.format), args.out, replace=args.force)
    say(
        f"Wrote an anonymized {table.kind.value} export of {', '.join(table.periods)} to "
        f"{saved.path}: {saved.rows} rows, {table.suppressed_cells} cells hidden."
    )
    if table.kind is ExportKind.SUMMARY and table.publication is not None:
        say(hidden_sentence(table.publication))
    if table.kind is ExportKind.RECORDS:
        say(_crowd(table.k, table.k_achieved))
    if saved.rules_note is not None:
        say(f"The rules applied are described in {saved.rules_note}; send it with the file.")
    say(f"SHA-256 {saved.sha256} (recorded in the vault's export log).")
    return ExitCode.OK


def _crowd(k: int | None, achieved: int | None) -> str:
    if achieved is None:
        return (
            "No combination of period, role, department, event type and referral source "
            f"reached k = {k}."
        )
    return f"k = {k} asked, {achieved} achieved (the smallest group of alike rows)."


def import_events(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli import column_maps
    from peersupport_desktop.services.event_import import import_file, save_rejects
    from peersupport_desktop.services.saved_files import check_output

    with _open_intact(args) as vault:
        if args.rejects is not None:  # refused before anything is imported
            check_output(vault, args.rejects, replace=args.force, inputs=[args.file])
        if args.map:  # the columns mapped here, and saved (cli/column_maps.py)
            result = column_maps.import_mapped_events(vault, args)
        else:
            result = import_file(
                vault,
                args.file,
                mapping=args.mapping,
                source=args.source,
                leave_out_older_than=args.leave_out_older_than,
            )
        if result.rejected and args.rejects is not None:
            written = save_rejects(
                vault, args.rejects, result, source=args.file, replace=args.force
            )
    say(f"Imported {args.file} (source '{result.source}', {result.rows} rows).")
    # Rows left out were asked for: counted apart, and alone they are no partial import.
    left_out = f"  left out: {result.left_out}" if args.leave_out_older_than is not None else ""
    say(
        f"events: {result.events}  cases: {result.cases}  "
        f"new clinicians: {result.new_clinicians}  reused clinicians: {result.reused_clinicians}  "
        f"duplicates: {result.duplicates}  rejected: {result.refused}{left_out}"
    )
    if result.cases == 0 and not result.rejected:
        say(result.summary())
    for row in result.rejected:
        sys.stderr.write(f"line {row.line}: {row.reason}\n")
    if result.rejected and args.rejects is not None:
        say(f"Wrote the {len(result.rejected)} rejected rows to {written}, to correct.")
    return ExitCode.PARTIAL if result.refused else ExitCode.OK


def retention(args: argparse.Namespace) -> int:
    from peersupport_desktop.services import retention as rules
    from peersupport_desktop.services.clock import now

    today = now().date()
    with _open(args, alone=args.apply) as vault:
        preview = rules.retention_preview(vault, today)
        if preview.months is None:
            say("Retention is off in this vault's settings: no case is de-identified.")
            return ExitCode.OK
        if not args.apply:
            if preview.cases == 0:
                say(f"No closed case is past {preview.period()}.")
            else:
                say(
                    f"{preview.sentence()} and would be de-identified. "
                    "Run again with --apply to de-identify them."
                )
            return ExitCode.OK
        done = rules.deidentify_past_retention(vault, today)
    say(f"De-identified {rules.closed_cases(done)} past {preview.period()}.")
    return ExitCode.OK
