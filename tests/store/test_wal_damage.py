"""A damaged or truncated WAL is named and kept, never folded in with a saved change lost.

SQLite stops reading a WAL at the first frame that does not check out and deletes the
rest at the next checkpoint: right for a transaction a crash cut short, silent loss for
a damaged file. Each test here starts from a vault as a kill leaves it (the file, its
WAL of committed transactions, and the WAL's index) and damages the WAL as a failing
disk or a careless copy would.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from peersupport_desktop.cli import main as cli_main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import audit
from peersupport_desktop.store import wal_file
from peersupport_desktop.store.errors import DamagedJournal
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import build_program

PAGE = 4096
WAL_HEADER = 32
FRAME = 24 + PAGE
UNITS = 6  # committed transactions in the WAL, one audit entry each


@dataclass(frozen=True)
class Killed:
    path: Path

    @property
    def wal(self) -> Path:
        return Path(f"{self.path}-wal")

    @property
    def shm(self) -> Path:
        return Path(f"{self.path}-shm")

    def files(self) -> dict[str, str | None]:
        found = {}
        for suffix in ("", "-wal", "-shm"):
            file = Path(f"{self.path}{suffix}")
            found[suffix] = hashlib.sha256(file.read_bytes()).hexdigest() if file.exists() else None
        return found

    def frames(self) -> list[tuple[int, bool]]:
        """(frame number, whether it closes a transaction) for each whole frame."""
        data = self.wal.read_bytes()
        count = (len(data) - WAL_HEADER) // FRAME
        return [
            (n, data[WAL_HEADER + n * FRAME + 4 : WAL_HEADER + n * FRAME + 8] != bytes(4))
            for n in range(count)
        ]


@pytest.fixture
def killed(vault: Vault, tmp_path: Path) -> Killed:
    build_program(vault)
    vault.close()
    with open_vault(vault.path, PASSPHRASE) as reopened:
        for _ in range(UNITS):
            with reopened.transaction() as session:
                audit.record(session, "vault.check", "vault", None)
        copy = tmp_path / "after the kill" / vault.path.name
        copy.parent.mkdir()
        for suffix in ("", "-wal", "-shm"):  # as SIGKILL leaves them: nothing folded in
            shutil.copyfile(f"{vault.path}{suffix}", f"{copy}{suffix}")
    crashed = Killed(copy)
    assert sum(commit for _, commit in crashed.frames()) >= UNITS
    return crashed


def _saved_units(path: Path) -> int:
    with open_vault(path, PASSPHRASE) as opened:
        return len(audit.entries(opened, action="vault.check"))


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _middle_commit(killed: Killed) -> int:
    commits = [n for n, commit in killed.frames() if commit]
    return commits[len(commits) // 2]


def _refused_and_kept(killed: Killed) -> None:
    before = killed.files()
    with pytest.raises(DamagedJournal, match="would lose changes already saved"):
        open_vault(killed.path, PASSPHRASE)
    assert killed.files() == before


def test_a_whole_wal_left_by_a_kill_keeps_every_saved_change(killed: Killed) -> None:
    assert _saved_units(killed.path) == UNITS


@pytest.mark.parametrize("with_index", [True, False], ids=["index kept", "index lost"])
def test_a_damaged_frame_before_a_later_commit_is_refused(killed: Killed, with_index: bool) -> None:
    if not with_index:
        killed.shm.unlink()
    _flip_byte(killed.wal, WAL_HEADER + _middle_commit(killed) * FRAME + 24 + 100)
    _refused_and_kept(killed)


def test_a_wal_cut_inside_its_last_transaction_is_refused(killed: Killed) -> None:
    with killed.wal.open("r+b") as handle:
        handle.truncate(killed.wal.stat().st_size - FRAME // 2)
    _refused_and_kept(killed)


def test_a_wal_cut_between_transactions_is_refused_while_its_index_remembers(
    killed: Killed,
) -> None:
    last_but_one = [n for n, commit in killed.frames() if commit][-2]
    with killed.wal.open("r+b") as handle:
        handle.truncate(WAL_HEADER + (last_but_one + 1) * FRAME)
    _refused_and_kept(killed)


def test_a_damaged_wal_header_is_refused(killed: Killed) -> None:
    _flip_byte(killed.wal, 20)  # a salt: SQLite would then ignore every frame
    _refused_and_kept(killed)


def test_an_unfinished_transaction_at_the_end_is_dropped_as_sqlite_would(killed: Killed) -> None:
    """What a kill during a write leaves: frames of this WAL after the last commit, the
    last one cut short. Nothing saved is lost, so the vault opens."""
    data = killed.wal.read_bytes()
    last = data[-FRAME:]
    uncommitted = last[:4] + bytes(4) + last[8:]  # a frame that closes no transaction
    killed.wal.write_bytes(data + uncommitted + uncommitted[: FRAME // 3])
    assert _saved_units(killed.path) == UNITS


def test_check_names_a_damaged_wal_and_leaves_it(
    killed: Killed, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _flip_byte(killed.wal, WAL_HEADER + _middle_commit(killed) * FRAME + 24 + 100)
    before = killed.files()
    code = cli_main(["check", "--vault", str(killed.path), "--passphrase-file", str(passfile)])
    assert code == ExitCode.DAMAGED
    assert "record of its latest changes" in capsys.readouterr().err
    assert killed.files() == before


def test_the_unlock_dialog_names_a_damaged_wal_and_offers_a_backup(
    killed: Killed, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from peersupport_desktop.gui.unlock_dialog import UnlockDialog

    _flip_byte(killed.wal, WAL_HEADER + _middle_commit(killed) * FRAME + 24 + 100)
    before = killed.files()
    dialog = UnlockDialog(killed.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.vault is None
    assert "record of its latest changes" in dialog.ui.messageLabel.text()
    assert dialog.ui.restoreButton.isVisible()
    assert killed.files() == before


WRITER = """
import sys, time, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute(f'PRAGMA key = "{sys.argv[2]}"')
conn.execute("PRAGMA wal_autocheckpoint = 50")  # restarts the WAL often
print("writing", flush=True)
ends = time.monotonic() + float(sys.argv[3])
n = 0
while time.monotonic() < ends:
    conn.execute("INSERT INTO scratch VALUES (?)", (bytes(3000) + n.to_bytes(4, "big"),))
    n += 1
"""


def test_a_wal_another_process_is_writing_is_never_called_damaged(vault: Vault) -> None:
    """The window writing while a command opens the vault: every pass over its live WAL
    may catch a frame half-written or a restart, and none of that is a loss."""
    with vault.transaction() as session:
        session.execute(text("CREATE TABLE scratch (x BLOB)"))
    key = vault.key()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(vault.path), f"x'{key.key.hex()}{key.salt.hex()}'", "4"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    said_lost = 0
    passes = 0
    while writer.poll() is None:
        reading = wal_file.read_wal(vault.path, key)
        passes += 1
        said_lost += bool(reading is not None and reading.loses_saved_changes)
    assert writer.wait() == 0
    assert passes > 10
    assert said_lost == 0
