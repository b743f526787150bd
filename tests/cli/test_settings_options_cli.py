"""`settings` sets the rest of the Settings page too: names, logo, the outreach clock and
working week, folders, reminders, auto-lock, retention, the threshold, the department
rule and following up; through settings.change_settings, its checks and audit entry."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import DepartmentRule
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.services import settings
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

# The smallest PNG: one transparent pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    make_vault(path).close()
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_the_settings_page_from_a_script(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notices, logo = tmp_path / "notices", tmp_path / "logo.png"
    notices.mkdir()
    logo.write_bytes(PNG)
    words = (
        "--program-name", "Care for Caregivers", "--hospital", "St Elsewhere",
        "--program-lead", "Dr Lee", "--outreach-target-hours", "48",
        "--outreach-clock", "working_hours", "--working-days", "mon,tue,wed,thu",
        "--working-hours", "07:30-16:00", "--small-number-threshold", "11",
        "--retention-months", "36", "--auto-lock-minutes", "10",
        "--anniversary-reminder-days", "14", "--watch-folder", str(notices),
        "--department-rule", "either", "--retry-after-hours", "12", "--max-attempts", "4",
        "--urgent-target-minutes", "45", "--milestone-check-in-days", "3",
        "--referral-step-days", "10", "--logo", str(logo), "--json",
    )  # fmt: skip
    assert run(program, passfile, "settings", *words) == ExitCode.OK
    shown = json.loads(capsys.readouterr().out)
    assert (shown["program_name"], shown["hospital_name"], shown["working_days"]) == (
        "Care for Caregivers", "St Elsewhere", ["mon", "tue", "wed", "thu"],
    )  # fmt: skip
    assert (shown["working_hours"], shown["department_rule"], shown["max_attempts"]) == (
        "07:30-16:00", "either", 4,
    )  # fmt: skip
    with open_vault(program, PASSPHRASE) as vault:
        kept = settings.get_settings(vault)
        stored_logo = settings.get_logo(vault)
    assert (kept.outreach_target_hours, kept.outreach_clock) == (48, OutreachClock.WORKING_HOURS)
    assert (kept.working_starts, kept.working_ends) == (dt.time(7, 30), dt.time(16))
    assert (kept.small_number_threshold, kept.retention_months, kept.auto_lock_minutes) == (
        11, 36, 10,
    )  # fmt: skip
    assert (kept.anniversary_reminder_days, kept.watch_folder) == (14, str(notices))
    assert kept.department_rule is DepartmentRule.EITHER
    assert (kept.retry_after_hours, kept.urgent_target_minutes) == (12, 45)
    assert (kept.milestone_check_in_days, kept.referral_step_days) == (3, 10)
    assert kept.program_lead == "Dr Lee"
    assert stored_logo is not None and stored_logo.data == PNG
    off = ("--retention-months", "none", "--anniversary-reminder-days", "none",
           "--hospital", "none", "--watch-folder", "", "--logo", "none")  # fmt: skip
    assert run(program, passfile, "settings", *off) == ExitCode.OK
    with open_vault(program, PASSPHRASE) as vault:
        kept = settings.get_settings(vault)
        assert settings.get_logo(vault) is None
    assert (kept.retention_months, kept.anniversary_reminder_days) == (None, None)
    assert (kept.hospital_name, kept.watch_folder, kept.program_name) == (
        None, None, "Care for Caregivers",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("--outreach-target-hours", "900"), "The outreach target is 1 to 720 hours."),
        (("--working-hours", "17:00-08:00"), "A working day must start before it ends."),
        (("--max-attempts", "40"), "Outreach stops after 1 to 10 tries."),
        (("--department-rule", "nearby"), "'nearby' is not one of:"),
        (("--watch-folder", "/no/such/folder"), "That folder does not exist."),
        (("--logo", "picture.svg"), "An SVG logo is drawn by the window"),
        (("--logo", "missing.png"), "The logo file could not be read."),
    ],
)
def test_a_bad_setting_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    assert run(program, passfile, "settings", *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert said.err.startswith(sentence) and said.err.count("\n") == 1
    with open_vault(program, PASSPHRASE) as vault:
        kept = settings.get_settings(vault)
    assert (kept.outreach_target_hours, kept.max_attempts) == (24, 3)


def test_a_day_that_is_no_day_is_a_usage_error(program: Path, passfile: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        run(program, passfile, "settings", "--working-days", "mon,funday")
    assert exited.value.code == ExitCode.USAGE
