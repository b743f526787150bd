"""One process per vault: a real second process holds the lock, is killed, and the lock is free."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.store.errors import VaultBusy, VaultInUse, VaultStorageError
from peersupport_desktop.store.instance_lock import InstanceLock, hold, lock_path
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "seven brass lanterns over the marsh"
REPO = Path(__file__).resolve().parents[2]

# The other window, as far as the lock is concerned: takes it, says so, then waits.
HOLDER = """
import sys
from pathlib import Path
from peersupport_desktop.store.instance_lock import hold
lock = hold(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(vault: Vault) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the vault's lock until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_another_process_holding_the_lock_refuses_this_one(
    vault: Vault, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(VaultInUse) as refused:
        hold(vault.path)
    assert isinstance(refused.value, VaultBusy)
    assert str(refused.value) == (
        "This vault is already open in Peer Support Desktop (in another window, "
        "or a command still running): close it there first."
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_leaves_no_stale_lock(vault: Vault, holder: subprocess.Popen[str]) -> None:
    holder.send_signal(signal.SIGKILL)
    assert holder.wait(timeout=10) == -signal.SIGKILL
    with hold(vault.path) as lock:  # nothing to clean up: the OS let go
        assert lock.held


def test_the_lock_is_a_companion_file_not_the_vault(vault: Vault) -> None:
    with hold(vault.path) as lock:
        assert lock.path == lock_path(vault.path) == vault.path.with_name("program.vault.lock")
        assert lock.path.read_bytes() == b""  # holds nothing
        if sys.platform != "win32":
            assert lock.path.stat().st_mode & 0o777 == 0o600
        # SQLite's own locking is untouched: the vault opens and writes while the lock is held.
        with open_vault(vault.path, PASSPHRASE) as again, again.transaction():
            pass
    assert lock_path(vault.path).exists()  # left in place, empty: removing it would race


def test_a_second_hold_in_the_same_process_is_refused_until_released(vault: Vault) -> None:
    first = hold(vault.path)
    with pytest.raises(VaultInUse):
        InstanceLock(vault.path).acquire()
    # The same vault named another way is the same lock.
    with pytest.raises(VaultInUse):
        hold(vault.path.parent / "." / vault.path.name)
    first.release()
    assert not first.held
    with hold(vault.path):
        pass
    first.release()  # twice is harmless


def test_a_missing_or_unusable_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(VaultStorageError) as missing:
        hold(tmp_path / "nowhere" / "program.vault")
    assert str(missing.value) == f"The folder {tmp_path / 'nowhere'} does not exist."
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(VaultStorageError) as not_a_folder:
        hold(blocker / "program.vault")
    assert "does not exist" in str(not_a_folder.value)
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions that bind"
)
def test_a_read_only_folder_is_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(VaultStorageError) as refused:
            hold(folder / "program.vault")
        assert "cannot be written to" in str(refused.value)
    finally:
        folder.chmod(0o700)


def test_restore_is_refused_while_the_window_holds_the_vault(
    vault: Vault,
    holder: subprocess.Popen[str],
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "backup.vault"
    vault_args = ["--vault", str(vault.path), "--passphrase-file", str(passfile)]
    assert main(["backup", *vault_args, "--out", str(backup)]) == ExitCode.OK
    vault.close()
    capsys.readouterr()
    before = vault.path.read_bytes()
    code = main(["restore", "--from", str(backup), *vault_args])
    assert code == ExitCode.FAILED
    out, err = capsys.readouterr()
    assert err == (
        "This vault is already open in Peer Support Desktop (in another window, "
        "or a command still running): close it there first.\n"
    )
    assert out == ""
    assert vault.path.read_bytes() == before
    assert not list(tmp_path.glob("program.vault.replaced-*"))


def test_change_passphrase_is_refused_while_the_window_holds_the_vault(
    vault: Vault,
    holder: subprocess.Popen[str],
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    monkeypatch.setenv("PEERSUPPORT_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code = main(
        ["change-passphrase", "--vault", str(vault.path), "--passphrase-file", str(passfile)]
    )
    assert code == ExitCode.FAILED
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already open in Peer Support Desktop" in err
    assert "Traceback" not in err
    with open_vault(vault.path, PASSPHRASE):  # the old passphrase still opens it
        pass


def test_the_commands_work_again_once_the_window_is_gone(
    vault: Vault,
    holder: subprocess.Popen[str],
    passfile: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    holder.kill()
    holder.wait(timeout=10)
    monkeypatch.setenv("PEERSUPPORT_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code = main(
        ["change-passphrase", "--vault", str(vault.path), "--passphrase-file", str(passfile)]
    )
    assert code == ExitCode.OK
    with open_vault(vault.path, NEW_PASSPHRASE):
        pass


def test_change_passphrase_on_a_missing_vault_leaves_no_lock_file(
    tmp_path: Path, passfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PEERSUPPORT_NEW_PASSPHRASE", NEW_PASSPHRASE)
    missing = tmp_path / "none.vault"
    code = main(["change-passphrase", "--vault", str(missing), "--passphrase-file", str(passfile)])
    assert code == ExitCode.NO_SUCH_FILE
    assert not lock_path(missing).exists()


def close_message_boxes(said: list[str]) -> QTimer:
    """Reads and closes each message box as it appears (QMessageBox.critical waits on it)."""
    timer = QTimer()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                said.append(widget.text())
                widget.done(0)

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_the_window_refuses_a_vault_open_elsewhere_with_a_message_box(
    qapp: QApplication,
    vault: Vault,
    holder: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from peersupport_desktop.gui import launch

    asked: list[Path] = []
    monkeypatch.setattr(launch, "obtain_vault", lambda path, **_: asked.append(path))
    said: list[str] = []
    timer = close_message_boxes(said)
    try:
        assert launch.run(vault.path, demo=False) == 1
    finally:
        timer.stop()
    assert said == [str(VaultInUse())]
    assert asked == []  # refused before the passphrase is asked for


def test_the_window_holds_the_vault_from_the_passphrase_on(
    qapp: QApplication, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peersupport_desktop.gui import launch

    while_asking: list[bool] = []

    def obtain_vault(path: Path, **_: object) -> None:
        try:
            hold(path).release()
        except VaultInUse:
            while_asking.append(True)  # a second window or a command is refused now
        return None  # the person gives up

    monkeypatch.setattr(launch, "obtain_vault", obtain_vault)
    assert launch.run(vault.path, demo=False) == 0
    assert while_asking == [True]
    with hold(vault.path):  # let go once the window is gone
        pass
