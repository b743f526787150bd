"""Full disks, read-only folders, damaged files: one clear sentence, nothing lost or touched.

The disk's refusals are simulated where the disk cannot be made to refuse (the tests
run as root, and chmod does not stop root): SQLite's own page limit for a full
database (``PRAGMA max_page_count``: SQLite then reports SQLITE_FULL as for a full
disk), a read-only open for a read-only vault, and the OS calls raising ENOSPC or
EROFS for the files Python writes. Damaged vaults are real files with real damage.
tests/store/test_vault_file.py covers the simpler damaged and foreign files.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import event, text

from peersupport_desktop.cli import main as cli_main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import cases, vault_care
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.services.saved_files import write_atomically
from peersupport_desktop.store import copies, sqlcipher_connection
from peersupport_desktop.store.errors import DamagedVault, VaultStorageError
from peersupport_desktop.store.keying import VaultKey
from peersupport_desktop.store.models import Base
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import CLINICIAN_EMAIL, CLINICIAN_NAME, NOTE, SECOND_NAME, build_program
from tests.store.crash_writer import Findings, verify, write_unit

PAGE = 4096
COMPANIONS = ("-wal", "-shm", "-journal")
DISK_FULL = "The disk is full: nothing was changed. Free some space and try again."


def read_only_folder(folder: Path) -> str:
    return f"The folder {folder} cannot be written to (it is read-only or not yours)."


def no_new_file_in(folder: Path) -> str:
    return f"The folder {folder} cannot be written to: check that it exists and is not read-only."


def assert_a_plain_sentence(message: str) -> None:
    """What a coordinator reads: one line of words, no data, no machinery."""
    assert message == message.strip() and "\n" not in message
    assert message[0].isupper() and message.endswith("."), message
    for leak in (CLINICIAN_NAME, CLINICIAN_EMAIL, NOTE, SECOND_NAME, PASSPHRASE):
        assert leak not in message
    for machinery in ("Traceback", "Errno", "errno", "sqlite", "SQLITE", ".partial"):
        assert machinery not in message, message


def contents(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    with vault.transaction() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(text(f"SELECT * FROM {table.name} ORDER BY 1"))
            ]
            for table in Base.metadata.sorted_tables
        }


def reopened_contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The vault as the next start of the application finds it: whole, and what it holds."""
    with open_vault(path, PASSPHRASE) as vault:
        conn = vault.raw_connection()
        try:
            assert copies.integrity(conn).ok
        finally:
            conn.close()
        return contents(vault)


# --- vault writes ---------------------------------------------------------------------


def test_a_disk_filling_up_refuses_one_unit_of_work_and_keeps_every_one_before(
    vault: Vault,
) -> None:
    for unit in range(1, 7):
        write_unit(vault, unit)
    with vault.transaction() as session:
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())

    # From now on every connection may grow the file by a few pages only: SQLite then
    # reports SQLITE_FULL ("database or disk is full"), exactly as for a full disk.
    @event.listens_for(vault.engine, "connect")
    def _little_room(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 6}")

    vault.engine.dispose()
    unit = 7
    with pytest.raises(VaultStorageError) as refused:
        while unit < 500:
            write_unit(vault, unit)
            unit += 1
    assert str(refused.value) == DISK_FULL
    assert_a_plain_sentence(str(refused.value))
    assert unit > 7, "the limit left no room at all: the test proves less than it says"
    event.remove(vault.engine, "connect", _little_room)
    vault.close()
    # Every unit before the refused one whole; of the refused one, nothing.
    assert verify(vault.path, PASSPHRASE) == Findings(units=unit - 1, problems=())


def test_a_read_only_vault_refuses_a_change_in_a_sentence_and_keeps_everything(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_program(vault)
    before = contents(vault)
    vault.close()
    real_connect = sqlcipher3.connect

    def read_only(database: str, **options: Any) -> Any:
        # SQLite opens a file the system will not let it write read-only, silently.
        if database.endswith("?mode=rw"):
            database = database.removesuffix("rw") + "ro"
        return real_connect(database, **options)

    with monkeypatch.context() as patched:
        patched.setattr(sqlcipher3, "connect", read_only)
        with open_vault(vault.path, PASSPHRASE) as opened:
            assert contents(opened) == before  # it reads
            with pytest.raises(VaultStorageError) as refused:
                cases.open_case(
                    opened,
                    cases.NewCase(
                        referral_source="self",
                        clinician=ClinicianInput(name=CLINICIAN_NAME, role="nurse"),
                        event=EventInput(event_type="trauma", occurred_on=dt.date(2026, 1, 5)),
                    ),
                )
    assert str(refused.value) == read_only_folder(vault.path.parent)
    assert_a_plain_sentence(str(refused.value))
    assert reopened_contents(vault.path) == before


class _InAReadOnlyFolder:
    """A connection as SQLite gives it for a WAL vault in a folder it may not write.

    It cannot make the WAL's index beside the vault, so the first read fails with
    SQLITE_READONLY (seen as an unprivileged user; root may write anywhere).
    """

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if not sql.startswith("PRAGMA"):
            raise sqlcipher3.OperationalError("attempt to write a readonly database")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_vault_in_a_read_only_folder_is_not_called_damaged(
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build_program(vault)
    vault.close()
    before = vault_files(vault.path)
    real_connect = sqlcipher3.connect
    monkeypatch.setattr(
        sqlcipher3,
        "connect",
        lambda database, **options: _InAReadOnlyFolder(real_connect(database, **options)),
    )
    with pytest.raises(VaultStorageError) as refused:
        open_vault(vault.path, PASSPHRASE)
    assert str(refused.value) == read_only_folder(vault.path.parent)
    capsys.readouterr()
    code = cli_main(
        ["check", "--vault", str(vault.path), "--passphrase-file", str(passphrase_file)]
    )
    assert code == ExitCode.FAILED  # the disk refused: not a damaged vault (4)
    assert capsys.readouterr().err.strip() == read_only_folder(vault.path.parent)
    assert vault_files(vault.path) == before


# --- backups ---------------------------------------------------------------------------


def _refuse(number: int) -> Callable[..., Any]:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(number, os.strerror(number))

    return refuse


def _backup_disk_full_in_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlcipher_connection.connect

    def little_room(path: Path, key: VaultKey, **options: Any) -> sqlcipher_connection.Connection:
        conn = real_connect(path, key, **options)
        if options.get("create"):  # the backup being written: two pages and no more
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(sqlcipher_connection, "connect", little_room)


def _backup_disk_full_at_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _refuse(errno.ENOSPC))


def _backup_folder_read_only_at_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "replace", _refuse(errno.EROFS))


def _backup_folder_read_only_at_create(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlcipher3.connect

    def refuse_new_files(database: str, **options: Any) -> Any:
        # What SQLite says, for a user who may not write there, creating a file in a
        # read-only folder (or a missing one): it cannot open the new file, no more.
        if database.endswith("?mode=rwc"):
            raise sqlcipher3.OperationalError("unable to open database file")
        return real_connect(database, **options)

    monkeypatch.setattr(sqlcipher3, "connect", refuse_new_files)


@pytest.mark.parametrize(
    ("refusal", "sentence"),
    [
        (_backup_disk_full_in_sqlite, lambda folder: DISK_FULL),
        (_backup_disk_full_at_sync, lambda folder: DISK_FULL),
        (_backup_folder_read_only_at_rename, read_only_folder),
        (_backup_folder_read_only_at_create, no_new_file_in),
    ],
    ids=["full-in-sqlite", "full-at-fsync", "read-only-at-rename", "read-only-at-create"],
)
def test_a_backup_the_disk_refuses_leaves_no_file_and_the_vault_whole(
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refusal: Callable[[pytest.MonkeyPatch], None],
    sentence: Callable[[Path], str],
) -> None:
    build_program(vault)
    before = contents(vault)
    folder = tmp_path / "backups"
    folder.mkdir()
    with monkeypatch.context() as patched:
        refusal(patched)
        with pytest.raises(VaultStorageError) as refused:
            vault_care.back_up(vault, folder / "monday.vault")
    assert str(refused.value) == sentence(folder)
    assert_a_plain_sentence(str(refused.value))
    assert list(folder.iterdir()) == [], "a backup that failed left a file behind"
    vault.close()
    assert reopened_contents(vault.path) == before  # not even audited: no backup was made


def test_a_backup_into_a_missing_folder_names_the_folder(vault: Vault, tmp_path: Path) -> None:
    missing = tmp_path / "unplugged drive" / "backups"
    with pytest.raises(VaultStorageError) as refused:
        vault_care.back_up(vault, missing / "monday.vault")
    assert str(refused.value) == no_new_file_in(missing)
    assert not missing.exists()


# --- files the coordinator saves --------------------------------------------------------


def _save_disk_full_at_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _refuse(errno.ENOSPC))


def _save_folder_read_only_at_create(monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def refuse_new_files(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path).endswith(".partial"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_new_files)


def _save_folder_read_only_at_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "replace", _refuse(errno.EROFS))


@pytest.mark.parametrize(
    ("refusal", "sentence"),
    [
        (_save_disk_full_at_sync, lambda folder: DISK_FULL),
        (_save_folder_read_only_at_create, read_only_folder),
        (_save_folder_read_only_at_rename, read_only_folder),
    ],
    ids=["full-at-fsync", "read-only-at-create", "read-only-at-rename"],
)
def test_a_saved_file_the_disk_refuses_keeps_the_old_one_and_leaves_nothing_else(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refusal: Callable[[pytest.MonkeyPatch], None],
    sentence: Callable[[Path], str],
) -> None:
    destination = tmp_path / "report 2026Q3.pdf"
    destination.write_bytes(b"%PDF-1.7 last quarter's report")
    with monkeypatch.context() as patched:
        refusal(patched)
        with pytest.raises(VaultStorageError) as refused:
            write_atomically(destination, f"%PDF-1.7 {CLINICIAN_NAME}".encode(), replace=True)
    assert str(refused.value) == sentence(tmp_path)
    assert_a_plain_sentence(str(refused.value))
    assert destination.read_bytes() == b"%PDF-1.7 last quarter's report"
    assert sorted(p.name for p in tmp_path.iterdir()) == [destination.name]


# --- damaged vaults ----------------------------------------------------------------------


def vault_files(path: Path) -> dict[str, str | None]:
    """The vault file and its companions: SHA-256 of each, None for one that is absent."""
    found: dict[str, str | None] = {}
    for suffix in ("", *COMPANIONS):
        companion = Path(f"{path}{suffix}")
        found[suffix] = (
            hashlib.sha256(companion.read_bytes()).hexdigest() if companion.exists() else None
        )
    return found


def _flip(data: bytearray, page: int) -> None:
    at = page * PAGE + 700
    data[at : at + 32] = bytes(b ^ 0x5A for b in data[at : at + 32])


def _damage(kind: str, original: bytes) -> bytes:
    data = bytearray(original)
    pages = len(data) // PAGE
    if kind == "a middle page flipped":
        _flip(data, pages // 2)
    elif kind == "a middle page zeroed":
        data[(pages // 2) * PAGE : (pages // 2 + 1) * PAGE] = bytes(PAGE)
    elif kind == "bytes flipped in many pages":
        for page in range(2, pages, 3):
            _flip(data, page)
    elif kind == "the last pages cut off":
        del data[(pages - 3) * PAGE :]  # still whole pages: only SQLite can tell
    elif kind == "cut in the middle of a page":
        del data[len(data) // 2 + 1234 :]
    elif kind == "a spreadsheet picked by mistake":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as book:
            book.writestr("xl/workbook.xml", "<workbook/>" * 2000)
        return out.getvalue()
    elif kind == "an empty file":
        return b""
    return bytes(data)


DAMAGES = [
    "a middle page flipped",
    "a middle page zeroed",
    "bytes flipped in many pages",
    "the last pages cut off",
    "cut in the middle of a page",
    "a spreadsheet picked by mistake",
    "an empty file",
]


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _open_and_check(path: Path) -> str:
    """What the coordinator is told on opening the vault, or by its check."""
    try:
        opened = open_vault(path, PASSPHRASE)
    except DamagedVault as refused:
        return str(refused)
    with opened:
        report = vault_care.check(opened)
    assert not report.ok, "the damage went unnoticed"
    return "failed the check"


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_vault_is_named_by_open_or_check_and_left_exactly_as_it_was(
    vault: Vault,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    for _ in range(3):  # a few dozen pages
        build_program(vault)
    vault.close()
    path = vault.path
    path.write_bytes(_damage(damage, path.read_bytes()))
    before = vault_files(path)

    said = _open_and_check(path)
    if said != "failed the check":
        assert_a_plain_sentence(said)
        assert "damaged" in said or "not a Peer Support vault" in said or "empty" in said
    assert vault_files(path) == before

    capsys.readouterr()
    code = cli_main(["check", "--vault", str(path), "--passphrase-file", str(passphrase_file)])
    assert code == ExitCode.DAMAGED
    err = capsys.readouterr().err.strip()
    assert_a_plain_sentence(err)
    assert vault_files(path) == before


@dataclass(frozen=True)
class Crashed:
    """A vault as a crash leaves it: the main file, and a WAL of committed work."""

    path: Path
    main: bytes
    wal: bytes

    def with_main(self, main: bytes) -> None:
        self.path.write_bytes(main)
        Path(f"{self.path}-wal").write_bytes(self.wal)
        Path(f"{self.path}-shm").unlink(missing_ok=True)


@pytest.fixture
def crashed(vault: Vault, tmp_path: Path) -> Crashed:
    """A copy of the vault taken between two commits: its last work in the WAL only."""
    for _ in range(3):
        build_program(vault)
    vault.close()  # checkpointed: the main file holds all of it
    with open_vault(vault.path, PASSPHRASE) as reopened:
        build_program(reopened)
        folder = tmp_path / "after the crash"
        folder.mkdir()
        copy = folder / vault.path.name
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{vault.path}{suffix}", f"{copy}{suffix}")
    wal = Path(f"{copy}-wal").read_bytes()
    assert len(wal) > 10 * PAGE
    return Crashed(copy, copy.read_bytes(), wal)


def _pages_damaged_one_by_one(crashed: Crashed) -> Iterator[tuple[int, dict[str, str | None]]]:
    for page in range(1, len(crashed.main) // PAGE):
        damaged = bytearray(crashed.main)
        _flip(damaged, page)
        crashed.with_main(bytes(damaged))
        yield page, vault_files(crashed.path)


def _unchanged(before: dict[str, str | None], after: dict[str, str | None]) -> bool:
    # The vault and its WAL byte for byte; the WAL's index (-shm) is rebuilt by any reader.
    return (after[""], after["-wal"]) == (before[""], before["-wal"])


def test_a_damaged_vault_left_by_a_crash_is_refused_without_a_write(crashed: Crashed) -> None:
    """Opening must not fold the WAL into a file it refuses as damaged."""
    refused = 0
    for page, before in _pages_damaged_one_by_one(crashed):
        try:
            open_vault(crashed.path, PASSPHRASE).close()
        except DamagedVault:
            refused += 1
            assert _unchanged(before, vault_files(crashed.path)), f"page {page} was written to"
    assert refused > 0


def test_a_vault_left_by_a_crash_failing_the_check_is_left_as_it_was(crashed: Crashed) -> None:
    for page, before in _pages_damaged_one_by_one(crashed):
        try:
            opened = open_vault(crashed.path, PASSPHRASE)
        except DamagedVault:
            continue
        with opened:
            assert not vault_care.check(opened).ok
        assert _unchanged(before, vault_files(crashed.path)), f"page {page} was written to"


def test_a_file_name_saying_full_is_not_a_full_disk(tmp_path: Path) -> None:
    """An OSError's text names its file; its number says what happened."""
    folder = tmp_path / "Full backups"
    refused = OSError(errno.EACCES, "Permission denied", str(folder / "x.vault"))
    said = str(sqlcipher_connection.storage_error(refused, folder / "x.vault"))
    assert said == read_only_folder(folder)
    missing = OSError(errno.ENOENT, "No such file", str(folder / "x.vault"))
    assert str(sqlcipher_connection.storage_error(missing, folder / "x.vault")) != DISK_FULL
