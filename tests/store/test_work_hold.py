"""A restore, a change of passphrase or retention never runs while another process's
task has the vault open, nor that task while they run: the loser waits or says busy.

The other process is real: a Python of its own that takes a hold and keeps it until
told to let go, or the command line itself.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from peersupport_desktop.cli import main as cli_main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import retention, settings, vault_care
from peersupport_desktop.services.clock import now
from peersupport_desktop.store import work_hold
from peersupport_desktop.store.errors import VaultBusy
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import build_program
from tests.store.test_copies import table_contents

NEW_PASSPHRASE = "seven brass lanterns over the marsh"
HOLDER = """
import sys
from pathlib import Path
from peersupport_desktop.store import work_hold
take = work_hold.exclusive if sys.argv[2] == "exclusive" else work_hold.shared
with take(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


@contextmanager
def held_elsewhere(vault_path: Path, kind: str) -> Iterator[None]:
    """Another process holding the vault (``shared``: an import, say) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_path), kind],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Waits cut short, so a refusal comes in a tenth of a second."""
    monkeypatch.setattr(work_hold, "SHARED_WAIT_S", 0.1)
    monkeypatch.setattr(work_hold, "EXCLUSIVE_WAIT_S", 0.1)
    for name, default in (("shared", 0.1), ("exclusive", 0.1)):
        original = getattr(work_hold, name)
        monkeypatch.setattr(
            work_hold, name, lambda path, wait_s=default, _take=original: _take(path, wait_s)
        )


def test_a_restore_refuses_while_another_process_has_the_vault(
    vault: Vault, tmp_path: Path, quick: None
) -> None:
    build_program(vault)
    backup = vault_care.back_up(vault, tmp_path / "backup.vault")
    vault.close()
    before = vault.path.read_bytes()
    with held_elsewhere(vault.path, "shared"), pytest.raises(VaultBusy, match="Another task"):
        vault_care.restore(backup, vault.path, PASSPHRASE)
    assert vault.path.read_bytes() == before
    assert not list(tmp_path.glob("*.replaced-*"))
    vault_care.restore(backup, vault.path, PASSPHRASE)  # once the import has ended


def test_a_change_of_passphrase_refuses_while_another_process_works(
    vault: Vault, quick: None
) -> None:
    build_program(vault)
    with held_elsewhere(vault.path, "shared"), pytest.raises(VaultBusy):
        vault_care.change_passphrase(vault, NEW_PASSPHRASE)
    assert table_contents(vault)["cases"]
    vault.close()
    open_vault(vault.path, PASSPHRASE).close()


def test_retention_refuses_while_another_process_works(vault: Vault, quick: None) -> None:
    settings.change_settings(vault, retention_months=12)
    with held_elsewhere(vault.path, "shared"), pytest.raises(VaultBusy):
        retention.deidentify_past_retention(vault, now().date())


@pytest.mark.real_kdf  # the command is a process of its own, deriving keys for real
def test_a_command_waits_while_the_vault_is_being_replaced_then_works(
    vault: Vault, passfile: Path
) -> None:
    """Waiting, not refusing: the exclusive holder lets go within the wait."""
    vault.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault.path), "exclusive"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    started = time.monotonic()
    check = ["check", "--vault", str(vault.path), "--passphrase-file", str(passfile)]
    command = subprocess.Popen(
        [sys.executable, "-m", "peersupport_desktop", *check],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.0)
    assert command.poll() is None, "the command must wait while the vault is being replaced"
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=10)
    _, err = command.communicate(timeout=60)
    assert command.returncode == ExitCode.OK, err
    assert time.monotonic() - started >= 1.0


def test_a_command_says_busy_when_the_vault_stays_held(
    vault: Vault, passfile: Path, quick: None, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    with held_elsewhere(vault.path, "exclusive"):
        code = cli_main(["check", "--vault", str(vault.path), "--passphrase-file", str(passfile)])
    assert code == ExitCode.FAILED
    assert capsys.readouterr().err.strip() == work_hold.BEING_REPLACED


def _files_open_in(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            found.add(str(fd.readlink()))
        except OSError:
            continue  # closed meanwhile
    return found


@pytest.mark.real_kdf
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc to see open files")
def test_a_restore_during_an_import_comes_after_it_whole(
    new_vault_path: Path, passfile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's case: an import of thousands of rows in another process, a restore
    asked for meanwhile. The restore begins only once the import has closed the vault
    (or says busy), so the vault it sets aside holds the whole import."""
    from peersupport_desktop.store.vault import create_vault
    from tests.benchmarks.bench_import import write_notices

    create_vault(new_vault_path, PASSPHRASE).close()
    backup = vault_care.back_up(open_vault(new_vault_path, PASSPHRASE), tmp_path / "b.vault")
    notices = tmp_path / "notices.csv"
    write_notices(notices, 3000)
    importing = ["import-events", str(notices), "--vault", str(new_vault_path)]
    importer = subprocess.Popen(
        [sys.executable, "-m", "peersupport_desktop", *importing, "--passphrase-file",
         str(passfile)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while importer.poll() is None and time.monotonic() < deadline:
        if str(new_vault_path) in _files_open_in(importer.pid):
            break  # the import has the vault open
        time.sleep(0.01)
    open_at_start: list[set[str]] = []
    real_restore = vault_care._restore

    def watched(*args: Path | str) -> vault_care.RestoreResult:
        if importer.poll() is None:
            open_at_start.append(_files_open_in(importer.pid))
        return real_restore(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(vault_care, "_restore", watched)
    try:
        result = vault_care.restore(backup, new_vault_path, PASSPHRASE)
    except VaultBusy:
        result = None
    assert not any(str(new_vault_path) in files for files in open_at_start), (
        "the restore began while the import had the vault open"
    )
    _, err = importer.communicate(timeout=120)
    assert importer.returncode == ExitCode.OK, err
    if result is None:  # the import outlasted the wait: it is in the vault, nothing set aside
        with open_vault(new_vault_path, PASSPHRASE) as kept:
            assert len(table_contents(kept)["cases"]) == 3000
        return
    assert result.replaced is not None
    with open_vault(result.replaced, PASSPHRASE) as set_aside:
        assert len(table_contents(set_aside)["cases"]) == 3000  # all of it, none after
    with open_vault(new_vault_path, PASSPHRASE) as restored:
        assert table_contents(restored)["cases"] == []


def test_retention_from_the_command_line_holds_the_vault_before_opening_it(
    vault: Vault, passfile: Path, quick: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Else a restore could set the vault aside between the open and the rewrite, and
    retention would de-identify the copy set aside and say it was done."""
    settings.change_settings(vault, retention_months=12)
    vault.close()
    before = vault.path.read_bytes()
    common = ["--vault", str(vault.path), "--passphrase-file", str(passfile)]
    with held_elsewhere(vault.path, "shared"):
        assert cli_main(["retention", "--apply", *common]) == ExitCode.FAILED
    assert capsys.readouterr().err.strip() == work_hold.IN_USE
    assert vault.path.read_bytes() == before
    assert cli_main(["retention", "--apply", *common]) == ExitCode.OK  # its own hold nests
