"""A full disk is said as a full disk by every command (exit 1), and loses nothing.

The disk is real: a small tmpfs holding the vault, filled up (see tests/file_systems.py;
skipped where the machine cannot mount one, and tests/store/test_fault_safety.py
simulates the same refusals everywhere).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from peersupport_desktop.cli import main as cli_main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.store.sqlcipher_connection import DISK_FULL
from peersupport_desktop.store.vault import open_vault
from tests.benchmarks.bench_import import write_notices
from tests.conftest import PASSPHRASE
from tests.file_systems import fill, small_file_system
from tests.store.test_copies import table_contents

NEW_PASSPHRASE = "seven brass lanterns over the marsh"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_file_system(tmp_path / "disk", "6m") as mounted:
        yield mounted


def _run(vault: Path, passfile: Path, *command: str) -> int:
    return cli_main([*command, "--vault", str(vault), "--passphrase-file", str(passfile)])


def _filled_vault(disk: Path, passfile: Path, tmp_path: Path) -> Path:
    vault = disk / "program.vault"
    assert _run(vault, passfile, "init") == ExitCode.OK
    notices = tmp_path / "notices.csv"
    write_notices(notices, 2000)
    assert _run(vault, passfile, "import-events", str(notices)) == ExitCode.OK
    return vault


COMMANDS = [
    ("check",),
    ("backup",),
    ("import-events", "NOTICES"),
    ("report", "--quarter", "2026Q3", "--out", "OUT/report.pdf"),
    ("export", "--quarter", "2026Q3", "--format", "csv", "--out", "OUT/summary.csv"),
    ("change-passphrase", "--new-passphrase-file", "NEWPASS"),
    ("retention",),
    ("new-case", "--name", "Ada Moss", "--role", "nurse", "--event-type", "trauma",
     "--source", "self"),
    ("log-contact", "--case", "PS-000001", "--kind", "conversation", "--mode", "phone"),
    ("case", "--case", "PS-000001", "--close", "declined"),
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_every_command_on_a_full_disk_says_the_disk_is_full(
    disk: Path,
    passfile: Path,
    tmp_path: Path,
    command: tuple[str, ...],
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = _filled_vault(disk, passfile, tmp_path)
    with open_vault(vault, PASSPHRASE) as opened:
        expected = table_contents(opened)["cases"]
    (tmp_path / "new.txt").write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    notices = tmp_path / "more.csv"
    write_notices(notices, 500, seed=11)
    filler = fill(disk)
    capsys.readouterr()
    argv = [
        part.replace("NOTICES", str(notices))
        .replace("OUT", str(disk))
        .replace("NEWPASS", str(tmp_path / "new.txt"))
        for part in command
    ]
    code = _run(vault, passfile, *argv)
    said = capsys.readouterr().err.strip()
    assert (code, said) == (ExitCode.FAILED, DISK_FULL)
    filler.unlink()
    with open_vault(vault, PASSPHRASE) as reopened:  # the old passphrase, all of it
        assert table_contents(reopened)["cases"] == expected


def test_a_change_of_passphrase_with_room_to_open_but_not_to_copy(
    disk: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = _filled_vault(disk, passfile, tmp_path)
    (tmp_path / "new.txt").write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    filler = fill(disk, leave=vault.stat().st_size // 2)
    capsys.readouterr()
    code = _run(
        vault, passfile, "change-passphrase", "--new-passphrase-file", str(tmp_path / "new.txt")
    )
    assert (code, capsys.readouterr().err.strip()) == (ExitCode.FAILED, DISK_FULL)
    filler.unlink()
    assert sorted(p.name for p in disk.iterdir()) == [
        "program.vault", "program.vault.hold", "program.vault.lock"
    ]  # fmt: skip
    open_vault(vault, PASSPHRASE).close()
