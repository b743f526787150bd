"""Before a vault opens: its WAL must not lose a saved change, and a change of
passphrase that an older version left half done is finished, not called damaged.

See ``wal_file`` for what is read. Nothing here opens the vault when the WAL is
refused: SQLite would fold what it can read into the file and delete the rest.
"""

from __future__ import annotations

from pathlib import Path

from peersupport_desktop.store import sqlcipher_connection, wal_file
from peersupport_desktop.store.errors import (
    DamagedJournal,
    PassphraseChangeCutShort,
    VaultBusy,
)
from peersupport_desktop.store.keying import VaultKey


def before_opening(path: Path, key: VaultKey, *, may_write: bool) -> None:
    """Refuse a WAL that would lose changes; finish a re-keying cut short (when the
    vault may be written). A wrong passphrase is left for SQLite to say."""
    try:
        reading = wal_file.read_wal(path, key)
        if reading is None:  # most opens: nothing to look at
            return
        first_page = wal_file.first_page_verifies(path, key, sqlcipher_connection.PAGE_SIZE)
    except OSError as exc:
        raise sqlcipher_connection.storage_error(exc, path) from None
    if reading.loses_saved_changes:
        raise DamagedJournal(_journal_damaged(path))
    if reading.under_another_key:
        if first_page:  # the old passphrase of a re-keying cut short
            raise PassphraseChangeCutShort()
        return  # under neither: a wrong passphrase
    if not reading.under_this_key:
        raise DamagedJournal(_journal_damaged(path))
    if not first_page and reading.holds_every_page and may_write:
        _finish_rekeying(path, key)


def _finish_rekeying(path: Path, key: VaultKey) -> None:
    """Every page is in the WAL under this key, the file is under another: fold the WAL in."""
    conn = sqlcipher_connection.connect(path, key)
    try:
        sqlcipher_connection.wait_when_busy(conn)
        busy, in_wal, folded = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher_connection.DatabaseError as exc:
        raise sqlcipher_connection.storage_error(exc, path) from None
    finally:
        conn.close()
    if busy or folded != in_wal:
        raise VaultBusy(
            "A change of this vault's passphrase was cut short, and another program is "
            "reading the vault, so it cannot be finished: close that program and try again."
        )


def _journal_damaged(path: Path) -> str:
    return (
        f"The vault's record of its latest changes ({wal_file.wal_path(path).name}) is "
        "damaged: opening the vault would lose changes already saved. Nothing was opened "
        "or changed. Keep the vault's folder as it is and restore a backup (the damaged "
        "files are set aside, not deleted)."
    )
