"""The vault: create, open, close, and the engine every service works through."""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy.exc
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from peersupport_desktop.core.passphrase_policy import evaluate
from peersupport_desktop.store import (
    copies,
    journal_check,
    keying,
    schema_migrations,
    sqlcipher_connection,
)
from peersupport_desktop.store.errors import (
    DamagedVault,
    InvalidPassphrase,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultStorageError,
)
from peersupport_desktop.store.keying import VaultKey
from peersupport_desktop.store.reference_data import ensure_reference_data
from peersupport_desktop.store.sqlcipher_connection import Connection


class Vault:
    """An open vault. Holds the derived key (never the passphrase) until closed."""

    def __init__(self, path: Path, key: VaultKey, *, on_read_only_media: bool = False) -> None:
        self.path = path
        self._key: VaultKey | None = key
        # A backup on a read-only disk or share: read as a file nothing can change.
        self.on_read_only_media = on_read_only_media
        self.damaged = False  # a check failed: nothing more is written, not even on close
        self.engine = _make_engine(self)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def session(self) -> Session:
        self.key()  # refuses when locked
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work that may write: committed whole or not at all, with disk
        errors in words.

        It takes the write lock at the start (waiting for another writer as long as
        the busy timeout allows). Begun as a reader, a unit that reads and then writes
        could not become a writer once another connection (a backup's audit entry, the
        watch folder's import) had committed in the meantime: SQLite refuses at once.
        On a damaged vault it only reads, and its first write raises DamagedVault.
        """
        try:
            with self._unit(IMMEDIATE) as session:
                yield session
        except VaultStorageError:
            if self.damaged:  # its connections are read-only now
                raise DamagedVault(NOT_WRITTEN_WHILE_DAMAGED) from None
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit that only reads: no write lock, so it neither waits for a writer nor
        holds one up, and it sees the vault as it was at its first read. A write in it
        fails (the connection is query-only for the unit) rather than racing."""
        with self._unit(READ_ONLY) as session:
            yield session

    @contextlib.contextmanager
    def _unit(self, mode: str) -> Iterator[Session]:
        reading = mode == READ_ONLY
        with (
            translate_errors(self.path, reading=reading),
            self.session() as session,
            session.begin(),
        ):
            session.connection(execution_options={mode: True})
            yield session

    @contextlib.contextmanager
    def shared_snapshot(self, count: int) -> Iterator[list[Session]]:
        """``count`` sessions that all see the vault as it is now, to read side by side.

        SQLite gives a read transaction the state at its first read. A gate holds the
        write lock while each session takes its first read, so no commit, from this
        process or another, can fall between them. The gate lets go at once after.
        """
        with translate_errors(self.path), contextlib.ExitStack() as stack:
            sessions = [stack.enter_context(self.session()) for _ in range(count)]
            gate = self.raw_connection()
            try:
                gate.execute("BEGIN IMMEDIATE")
                for session in sessions:
                    session.begin()
                    session.execute(text("SELECT count(*) FROM sqlite_schema"))
            finally:
                gate.close()  # rolls the empty write transaction back
            yield sessions

    def pages_intact(self) -> bool:
        """Every page's HMAC verifies (SQLCipher's cipher_integrity_check): a byte changed
        anywhere in the file fails it. It only reads, so a damaged file stays as it is."""
        with translate_errors(self.path):
            conn = self.raw_connection()
            try:
                intact = not conn.execute("PRAGMA cipher_integrity_check").fetchall()
            except sqlcipher_connection.DatabaseError:
                intact = False
            finally:
                conn.close()
        self.damaged = self.damaged or not intact
        return intact

    def raw_connection(self) -> Connection:
        """A keyed DB-API connection, for backups and integrity checks."""
        return _keyed_connection(self.path, self.key(), self.on_read_only_media)

    def key(self) -> VaultKey:
        if self._key is None:
            raise VaultError("The vault is locked.")
        return self._key

    def opens_with(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this vault's (before changing it, say)."""
        derived = keying.derive(passphrase, self.key().salt)
        return hmac.compare_digest(derived.key, self.key().key)

    def replace_key(self, key: VaultKey) -> None:
        self.engine.dispose()
        self._key = key
        self.engine = _make_engine(self)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def adopt(self, unlocked: Vault) -> None:
        """Become ``unlocked``, the same file opened again after a lock (or restored).

        Everything that held this object (an open case, a half-filled form) works on
        without knowing the vault was locked in between. ``unlocked`` is closed: the
        key lives in one object only, so one close drops it.
        """
        if unlocked.path.resolve() != self.path.resolve():
            raise VaultError("That is another vault.")
        key = unlocked.key()
        self.damaged = self.damaged or unlocked.damaged  # a lock does not mend a file
        unlocked.close()
        self.engine.dispose()
        self._key = key
        self.engine = _make_engine(self)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def restored(self, fresh: Vault) -> None:
        """Become ``fresh``, a backup put in place of a damaged or unwanted vault."""
        self.damaged = False
        self.adopt(fresh)

    def close(self) -> None:
        """Dispose every connection and drop the key.

        A vault found damaged is left as it is: its WAL is not folded into the file.
        """
        if self.damaged and self._key is not None:
            with _wal_left_alone(self.path, self._key):
                self.engine.dispose()
        else:
            self.engine.dispose()
        self._key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_vault(path: Path, passphrase: str, *, check_strength: bool = True) -> Vault:
    """Make a new vault; never touches an existing file."""
    path = Path(path)
    if check_strength:
        verdict = evaluate(passphrase)
        if not verdict.acceptable:
            raise InvalidPassphrase(verdict.problem)
    if path.exists() or path.is_symlink():
        raise VaultExists(f"A file already exists at {path}: a new vault never replaces one.")
    if not path.parent.is_dir():
        raise VaultStorageError(f"The folder {path.parent} does not exist.")
    key = keying.new_key(passphrase)
    try:
        conn = sqlcipher_connection.connect(path, key, create=True)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE _vault_created (x)")
            conn.execute("DROP TABLE _vault_created")
        finally:
            conn.close()
        vault = Vault(path, key)
        _bring_up_to_date(vault)
    except BaseException:
        remove_new_vault(path)
        raise
    return vault


def open_vault(path: Path, passphrase: str, *, migrate: bool = True) -> Vault:
    """Open with the passphrase; a wrong one or a damaged file changes nothing on disk.

    A vault opened only to be read (``migrate=False``: a backup to verify or restore)
    may lie on read-only media, a DVD or a write-protected stick: SQLite cannot make
    the WAL's index there, so such a file is opened as immutable.
    """
    path = Path(path)
    sqlcipher_connection.diagnose_file(path)
    key = keying.derive(passphrase, keying.read_salt(path))
    if not migrate and not os.access(path.parent, os.W_OK):
        return _open_on_read_only_media(path, key)
    return open_with_key(path, key, migrate=migrate)


def _open_on_read_only_media(path: Path, key: VaultKey) -> Vault:
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        # Immutable, SQLite would not read it: the copy would open without its last changes.
        raise VaultStorageError(
            f"{path.name} still has changes in its journal ({wal.name}), which cannot be "
            "read where it is: copy both files to a folder on this computer and choose "
            "the copy."
        )
    conn = sqlcipher_connection.connect(path, key, immutable=True)
    try:
        sqlcipher_connection.verify_key(conn, path)
        _refuse_a_foreign_database(conn, path)
    finally:
        conn.close()
    return Vault(path, key, on_read_only_media=True)


def open_with_key(path: Path, key: VaultKey, *, migrate: bool = True) -> Vault:
    journal_check.before_opening(path, key, may_write=migrate)
    with _wal_left_alone(path, key):
        conn = sqlcipher_connection.connect(path, key)
        try:
            # Another connection may have the vault to itself a moment (a change of key).
            sqlcipher_connection.wait_when_busy(conn)
            sqlcipher_connection.verify_key(conn, path)
            _refuse_a_foreign_database(conn, path)
        finally:
            conn.close()
        vault = Vault(path, key)
        try:
            if migrate:
                _bring_up_to_date(vault)
                # A change of passphrase killed before its rename left its copy: the
                # vault is the one to keep, and the copy is under a passphrase it never took.
                copies.remove_with_companions(copies.rekeying_path(path))
        except BaseException:
            vault.close()
            raise
    return vault


def _refuse_a_foreign_database(conn: Connection, path: Path) -> None:
    """An SQLCipher database that opens with the passphrase but was never a vault (no
    schema version): named as foreign, and nothing is created in it."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        raise DamagedVault(
            f"{path} is an encrypted database, but not a Peer Support Desktop vault: "
            "nothing in it was changed. Choose the vault's file."
        )


@contextlib.contextmanager
def _wal_left_alone(path: Path, key: VaultKey) -> Iterator[None]:
    """No checkpoint while opening a vault that has a WAL (one a crash left, say).

    The last connection to close checkpoints the WAL into the vault file, unless
    another connection still holds the file's shared lock. A read-only one held
    meanwhile (it never checkpoints itself) keeps an open refused as damaged from
    writing into the damaged file. Without a WAL there is nothing to fold in, and
    the last close should remove the WAL files the open made, so no guard then.
    """
    guard: Connection | None = None
    with contextlib.suppress(OSError, VaultError):  # no WAL; or the open will say what is wrong
        if Path(f"{path}-wal").stat().st_size:
            guard = sqlcipher_connection.connect(path, key, read_only=True)
    try:
        if guard is not None:
            # Its first read takes the shared lock, kept while it is open, even if the
            # read fails on a damaged page.
            with contextlib.suppress(sqlcipher_connection.DatabaseError):
                guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield
    finally:
        if guard is not None:
            guard.close()


@contextlib.contextmanager
def translate_errors(path: Path, *, reading: bool = False) -> Iterator[None]:
    """Turn driver errors into VaultErrors whose text holds no data values."""
    try:
        yield
    except sqlalchemy.exc.DBAPIError as exc:
        raise _vault_error(exc.orig, path, reading) from None
    except sqlcipher_connection.DatabaseError as exc:
        raise _vault_error(exc, path, reading) from None
    except OSError as exc:
        raise sqlcipher_connection.storage_error(exc, path) from None


SQLITE_BUSY = 5
SQLITE_READONLY = 8  # the plain code: a write refused; a folder refusing the WAL has others


def _vault_error(orig: BaseException | None, path: Path, reading: bool = False) -> VaultError:
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if reading and code == SQLITE_READONLY:  # a write inside vault.reading(): our fault
        return VaultError(
            "A read tried to change the vault and was stopped, so nothing changed; "
            "this is a fault in the program: please report it."
        )
    if "full" in text or "readonly" in text or "unable to open" in text or "disk i/o" in text:
        return sqlcipher_connection.storage_error(orig or OSError(), path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return sqlcipher_connection.damaged(orig or OSError())
    if isinstance(orig, sqlcipher_connection.IntegrityError):
        return VaultError("That change would break the vault's consistency and was not saved.")
    if code is not None and code & 0xFF == SQLITE_BUSY:  # waited the busy timeout in vain
        return VaultBusy(
            "The vault is busy with another task (an import, a backup or a report, say): "
            "try again in a moment."
        )
    return VaultError("The vault could not complete that change; nothing was saved.")


def _bring_up_to_date(vault: Vault) -> None:
    with translate_errors(vault.path):
        schema_migrations.upgrade(vault.engine)
    with vault.transaction() as session:
        ensure_reference_data(session)


def _keyed_connection(path: Path, key: VaultKey, immutable: bool = False) -> Connection:
    conn = sqlcipher_connection.connect(path, key, immutable=immutable)
    sqlcipher_connection.configure(conn)
    return conn


# Execution options a unit begins with: the write lock at once, or no writing at all.
IMMEDIATE = "peersupport_immediate"
READ_ONLY = "peersupport_read_only"
NOT_WRITTEN_WHILE_DAMAGED = (
    "The vault is damaged, so nothing more is written to it: restore a backup "
    "(Vault → Backups and restore…)."
)


def _make_engine(vault: Vault) -> Engine:
    """The pool asks the vault for its key at each new connection, so none is made
    once the vault is locked."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher_connection.DBAPI,
        creator=lambda: _keyed_connection(vault.path, vault.key(), vault.on_read_only_media),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,
    )

    # The driver's own implicit transactions are off (isolation_level=None); we
    # begin explicitly so reads and writes of one unit share one transaction.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        # A damaged vault is read, never written: every write fails at SQLite itself.
        read_only = vault.damaged or options.get(READ_ONLY, False)
        conn.exec_driver_sql(f"PRAGMA query_only = {int(read_only)}")
        immediate = options.get(IMMEDIATE, False) and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def remove_new_vault(path: Path) -> None:
    """Delete a vault this process just created and has not handed to anyone."""
    copies.remove_with_companions(path)
