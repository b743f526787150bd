"""The vault file at rest: encrypted, standard, and untouched by every failed open."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from peersupport_desktop.store import keying, sqlcipher_connection
from peersupport_desktop.store.errors import (
    DamagedVault,
    InvalidPassphrase,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from peersupport_desktop.store.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import CLINICIAN_EMAIL, CLINICIAN_NAME, NOTE, build_program

AWKWARD = [
    "it's \"quoted\" and 'single' too",
    "user@host/with/slashes and spaces",
    "Ünïcödé pässphrase ✓ 日本語のことば",
    "semicolon; DROP TABLE cases; --",
    "x'00ff' looks like a raw key, honest",
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vault_bytes(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm")
        if Path(f"{path}{suffix}").exists()
    )


def standard_client(path: Path, passphrase: str) -> sqlcipher3.Connection:
    """Plain sqlcipher3, as any SQLCipher 4 tool would open the file."""
    conn = sqlcipher3.connect(str(path))
    quoted = passphrase.replace("'", "''")
    conn.execute(f"PRAGMA key = '{quoted}'")
    if keying.KDF_ITERATIONS != 256_000:
        conn.execute(f"PRAGMA kdf_iter = {keying.KDF_ITERATIONS}")
    return conn


def test_file_holds_no_plaintext(vault: Vault) -> None:
    build_program(vault)
    data = vault_bytes(vault.path)  # while open: the WAL holds the latest pages
    vault.close()
    data += vault_bytes(vault.path)
    assert not data.startswith(b"SQLite format 3")
    for secret in (CLINICIAN_NAME, CLINICIAN_EMAIL, NOTE, "Quixwell", "Surgery"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in data


def test_standard_sqlcipher_client_opens_it(vault: Vault) -> None:
    build_program(vault)
    vault.close()
    conn = standard_client(vault.path, PASSPHRASE)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"cases", "clinicians", "contacts", "audit_log"} <= tables
    assert conn.execute("SELECT name FROM clinicians ORDER BY id").fetchone()[0] == CLINICIAN_NAME
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_plain_sqlite_cannot_read_it(vault: Vault) -> None:
    vault.close()
    conn = sqlite3.connect(vault.path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_database_made_by_a_standard_client_is_refused_and_left_alone(
    new_vault_path: Path,
) -> None:
    # It decrypts with the passphrase, but it is someone else's database: migrating it
    # would add the vault's tables to it (issue 20). Only init makes a vault.
    conn = standard_client(new_vault_path, PASSPHRASE)
    conn.execute("CREATE TABLE hello (x)")
    conn.commit()
    conn.close()
    before = digest(new_vault_path)
    with pytest.raises(DamagedVault, match="not a Peer Support Desktop vault"):
        open_vault(new_vault_path, PASSPHRASE)
    assert digest(new_vault_path) == before


def test_wrong_passphrase_is_refused_and_file_untouched(vault: Vault) -> None:
    build_program(vault)
    vault.close()
    before = {p.name: digest(p) for p in vault.path.parent.iterdir()}
    with pytest.raises(WrongPassphrase) as caught:
        open_vault(vault.path, "not the passphrase at all, sorry")
    assert "passphrase" in str(caught.value)
    after = {p.name: digest(p) for p in vault.path.parent.iterdir()}
    assert after == before


def test_sqlcipher_writes_nothing_to_stderr_on_a_wrong_passphrase(
    vault: Vault, capfd: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, "not the passphrase at all, sorry")
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("truncate", "truncated"),
        ("empty", "empty"),
        ("plain_sqlite", "unencrypted"),
        ("text", "not a Peer Support vault"),
        ("pdf", "not a Peer Support vault"),
    ],
)
def test_damaged_or_foreign_files_are_named_and_untouched(
    vault: Vault, tmp_path: Path, damage: str, message: str
) -> None:
    build_program(vault)
    vault.close()
    path = vault.path
    original = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(original[: len(original) - 1000])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "plain_sqlite":
        path.unlink()
        Path(f"{path}-wal").unlink(missing_ok=True)
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    elif damage == "text":
        path.write_text("event_ref,event_date\n" * 400)
    elif damage == "pdf":
        path.write_bytes(b"%PDF-1.7\n" + bytes(8192))
    before = digest(path)
    with pytest.raises(DamagedVault) as caught:
        open_vault(path, PASSPHRASE)
    assert message in str(caught.value)
    assert digest(path) == before


def test_every_damaged_page_is_found_on_open_or_by_the_check(vault: Vault) -> None:
    from peersupport_desktop.services.vault_care import check

    for _ in range(4):  # enough rows for a few dozen pages
        build_program(vault)
    vault.close()
    path = vault.path
    assert not Path(f"{path}-wal").exists()  # closing checkpointed everything
    original = path.read_bytes()
    pages = len(original) // 4096
    assert pages >= 10
    found_by_check = 0
    for page in range(1, pages):
        data = bytearray(original)
        at = page * 4096 + 100
        data[at : at + 16] = bytes(b ^ 0xFF for b in data[at : at + 16])
        path.write_bytes(bytes(data))
        try:
            reopened = open_vault(path, PASSPHRASE)
        except DamagedVault:
            pass  # a page the open itself reads
        else:
            with reopened:
                assert not check(reopened).ok, f"page {page} damage went unnoticed"
            found_by_check += 1
        assert path.read_bytes() == bytes(data), "a damaged vault was written to"
        for suffix in ("-wal", "-shm", "-journal"):
            assert not Path(f"{path}{suffix}").exists(), f"page {page}: {suffix} left behind"
    assert found_by_check > 0


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nowhere.vault", PASSPHRASE)
    assert not (tmp_path / "nowhere.vault").exists()


def test_create_never_overwrites(tmp_path: Path) -> None:
    existing = tmp_path / "notes.txt"
    existing.write_text("keep me")
    with pytest.raises(VaultExists):
        create_vault(existing, PASSPHRASE)
    assert existing.read_text() == "keep me"


def test_create_refuses_a_weak_passphrase(new_vault_path: Path) -> None:
    for weak in ("short", "passwordpassword123"):
        with pytest.raises(InvalidPassphrase):
            create_vault(new_vault_path, weak)
    assert not new_vault_path.exists()


@pytest.mark.parametrize("awkward", AWKWARD)
def test_awkward_passphrases_work_in_both_directions(new_vault_path: Path, awkward: str) -> None:
    create_vault(new_vault_path, awkward, check_strength=False).close()
    with open_vault(new_vault_path, awkward):
        pass
    conn = standard_client(new_vault_path, awkward)
    assert conn.execute("SELECT count(*) FROM event_types").fetchone()[0] == 11
    conn.close()
    with pytest.raises(WrongPassphrase):
        open_vault(new_vault_path, awkward + " ")


def test_decomposed_unicode_opens_a_vault_made_with_composed(new_vault_path: Path) -> None:
    composed = "café au lait on the terrace"
    decomposed = "cafe\u0301 au lait on the terrace"
    create_vault(new_vault_path, composed).close()
    with open_vault(new_vault_path, decomposed):
        pass


@pytest.mark.real_kdf
def test_real_sqlcipher_defaults(new_vault_path: Path) -> None:
    assert keying.KDF_ITERATIONS == 256_000
    create_vault(new_vault_path, PASSPHRASE).close()
    conn = sqlcipher3.connect(str(new_vault_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")  # no cipher settings at all: the defaults
    settings = dict(
        row[0].removeprefix("PRAGMA ").rstrip(";").split(" = ")
        for row in conn.execute("PRAGMA cipher_settings")
    )
    assert settings["kdf_iter"] == "256000"
    assert settings["cipher_page_size"] == "4096"
    assert conn.execute("SELECT count(*) FROM event_types").fetchone()[0] == 11


def test_journal_and_connection_settings(vault: Vault) -> None:
    with vault.transaction() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA temp_store")).scalar() == 2  # memory
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # full


def test_key_is_never_shown(vault: Vault) -> None:
    key = vault.key()
    assert key.key.hex() not in repr(key)
    assert key.key.hex() not in repr(vault.__dict__)
    vault.close()
    assert not vault.is_open


def test_a_transaction_holds_the_write_lock_from_its_start(vault: Vault) -> None:
    other = vault.raw_connection()
    other.execute("PRAGMA busy_timeout = 0")
    try:
        with vault.transaction() as session:
            session.execute(text("SELECT 1"))  # a read only, yet no one else may write
            with pytest.raises(sqlcipher3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with vault.reading() as session:
            session.execute(text("SELECT 1"))  # a reading reads without the lock
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_unit_that_reads_then_writes_survives_another_writer_meanwhile(vault: Vault) -> None:
    """Opening a case (a read, then its audit entry) just as a background backup audits."""
    other = vault.raw_connection()
    other_wrote = threading.Event()

    def write_elsewhere() -> None:
        other.execute("INSERT INTO departments (name) VALUES ('Written elsewhere')")
        other_wrote.set()

    try:
        writer = threading.Thread(target=write_elsewhere)
        with vault.transaction() as session:
            session.execute(text("SELECT count(*) FROM departments")).scalar()
            writer.start()
            assert not other_wrote.wait(0.3)  # it waits for this unit's lock
            session.execute(text("INSERT INTO departments (name) VALUES ('Written here')"))
    finally:
        if writer.is_alive():
            writer.join(10)
        other.close()
    assert other_wrote.is_set()
    with vault.reading() as session:
        names = set(session.execute(text("SELECT name FROM departments")).scalars())
    assert {"Written here", "Written elsewhere"} <= names


def test_a_writer_that_waits_too_long_is_told_the_vault_is_busy(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlcipher_connection, "BUSY_TIMEOUT_MS", 50)
    vault.engine.dispose()  # new connections, with the short wait
    other = vault.raw_connection()
    try:
        other.execute("BEGIN IMMEDIATE")  # a long import, say
        with pytest.raises(VaultBusy, match="busy with another task"), vault.transaction():
            pass
        with vault.reading() as session:  # reading never waits
            assert session.execute(text("SELECT count(*) FROM departments")).scalar() is not None
    finally:
        other.close()
    with vault.transaction() as session:  # and once it is done, writing works again
        session.execute(text("INSERT INTO departments (name) VALUES ('After')"))


def test_a_reading_cannot_write(vault: Vault) -> None:
    with pytest.raises(VaultError, match="fault in the program"), vault.reading() as session:
        session.execute(text("INSERT INTO departments (name) VALUES ('Never')"))
    with vault.transaction() as session:  # the connection is writable again for a unit
        session.execute(text("INSERT INTO departments (name) VALUES ('Later')"))
