"""Changing the passphrase never leaves a vault that neither passphrase opens.

The re-keyed copy is written beside the vault and renamed into place, so a kill at
any instant leaves the old vault under the old passphrase or the new one under the
new, whole. Another connection reading meanwhile makes it refuse, and a vault an older
version left half re-keyed (every page re-keyed in the WAL, the file under the old key)
is finished by the new passphrase and explained to the old one.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from peersupport_desktop.services import audit, vault_care
from peersupport_desktop.store import copies, keying, sqlcipher_connection
from peersupport_desktop.store.errors import (
    PassphraseChangeCutShort,
    VaultBusy,
    VaultStorageError,
    WrongPassphrase,
)
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import build_program
from tests.store.test_copies import table_contents

NEW_PASSPHRASE = "seven brass lanterns over the marsh"
KILLS = 25

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


def _opens_with(path: Path) -> str | None:
    """Which of the two passphrases opens the vault (None: neither)."""
    for passphrase in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            with open_vault(path, passphrase) as opened:
                assert vault_care.check(opened).ok
                return passphrase
        except WrongPassphrase:
            continue
    return None


def _change_in_a_child(path: Path) -> tuple[int, int]:
    """A process of its own changing the passphrase, once it has begun: its pid, and a
    pipe on which it says when it has done."""
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child is killed, or ends at once)
        try:
            with open_vault(path, PASSPHRASE) as victim:
                os.write(writing, b"!")
                vault_care.change_passphrase(victim, NEW_PASSPHRASE)
                os.write(writing, b".")
        finally:
            os._exit(0)
    os.close(writing)
    os.read(reading, 1)
    return child, reading


def _uninterrupted_change(pristine: Path, path: Path) -> float:
    """How long a change left to finish takes."""
    shutil.copy(pristine, path)
    child, said = _change_in_a_child(path)
    began = time.perf_counter()
    os.read(said, 1)
    duration = time.perf_counter() - began
    os.waitpid(child, 0)
    os.close(said)
    return duration


@posix_only
def test_a_change_killed_at_any_moment_leaves_one_whole_vault(vault: Vault, tmp_path: Path) -> None:
    build_program(vault)
    expected = table_contents(vault)
    vault.close()
    pristine = tmp_path / "pristine.vault"
    shutil.copy(vault.path, pristine)
    duration = _uninterrupted_change(pristine, vault.path)
    # Kills drawn up to ``latest``, which follows the change's real length: it shrinks
    # when a change finished first and grows when one was cut, so kills land all
    # through the change however fast this machine runs it (one timing can mislead).
    latest = duration
    outcomes: dict[str | None, int] = {}
    chooser = random.Random(20)
    for _ in range(KILLS):
        shutil.copy(pristine, vault.path)
        child, said = _change_in_a_child(vault.path)
        time.sleep(chooser.uniform(0, latest))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(said)
        opened_by = _opens_with(vault.path)
        assert opened_by is not None, "neither passphrase opens the vault after a kill"
        outcomes[opened_by] = outcomes.get(opened_by, 0) + 1
        latest = latest * 0.8 if opened_by == NEW_PASSPHRASE else min(latest * 1.3, 4 * duration)
        with open_vault(vault.path, opened_by) as reopened:
            after = table_contents(reopened)
        # The change's audit entry and the checks' are the only rows a kill may add.
        after["audit_log"] = after["audit_log"][: len(expected["audit_log"])]
        assert after == expected
        assert not copies.rekeying_path(vault.path).exists()  # opening removed any left
    assert set(outcomes) == {PASSPHRASE, NEW_PASSPHRASE}, outcomes


def test_a_change_refuses_while_another_connection_reads(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_program(vault)
    monkeypatch.setattr(sqlcipher_connection, "BUSY_TIMEOUT_MS", 100)
    reader = sqlcipher_connection.connect(vault.path, vault.key())
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM cases").fetchone()
    try:
        with pytest.raises(VaultBusy, match="Another program has the vault open"):
            vault_care.change_passphrase(vault, NEW_PASSPHRASE)
    finally:
        reader.close()
    vault.close()
    assert _opens_with(vault.path) == PASSPHRASE
    assert not copies.rekeying_path(vault.path).exists()


def test_a_full_disk_during_a_change_says_so_and_keeps_the_old_passphrase(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_program(vault)
    real_connect = sqlcipher_connection.connect

    def small_disk(path: Path, key: keying.VaultKey, **options: bool) -> object:
        conn = real_connect(path, key, **options)
        if path == copies.rekeying_path(vault.path):
            conn.execute("PRAGMA max_page_count = 3")  # SQLite then says SQLITE_FULL
        return conn

    with monkeypatch.context() as patched:
        patched.setattr(sqlcipher_connection, "connect", small_disk)
        with pytest.raises(VaultStorageError, match="The disk is full"):
            vault_care.change_passphrase(vault, NEW_PASSPHRASE)
    assert table_contents(vault)["cases"]  # the open vault goes on working
    vault.close()
    assert _opens_with(vault.path) == PASSPHRASE
    assert not copies.rekeying_path(vault.path).exists()


def _half_rekeyed_by_an_older_version(vault: Vault, into: Path) -> None:
    """What the old in-place re-keying left when killed while another connection read:
    every page re-keyed in the WAL, the file itself under the old key."""
    new_key = copies.key_for_new_passphrase(vault.path, NEW_PASSPHRASE)
    vault.engine.dispose()
    reader = sqlcipher_connection.connect(vault.path, vault.key())
    writer = sqlcipher_connection.connect(vault.path, vault.key())
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # pins the WAL
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    writer.execute(f"PRAGMA rekey = \"x'{new_key.key.hex()}'\"")
    for suffix in ("", "-wal", "-shm"):  # the files as a kill would leave them
        shutil.copy(f"{vault.path}{suffix}", f"{into}{suffix}")
    writer.close()
    reader.close()


def test_a_vault_an_older_version_left_half_rekeyed_is_finished(
    vault: Vault, tmp_path: Path
) -> None:
    build_program(vault)
    expected = table_contents(vault)["cases"]
    stuck = tmp_path / "stuck.vault"
    _half_rekeyed_by_an_older_version(vault, stuck)
    wal_before = Path(f"{stuck}-wal").read_bytes()

    with pytest.raises(PassphraseChangeCutShort, match="Unlock it with the new passphrase"):
        open_vault(stuck, PASSPHRASE)
    assert Path(f"{stuck}-wal").read_bytes() == wal_before  # the old passphrase changes nothing

    with open_vault(stuck, NEW_PASSPHRASE) as finished:
        assert vault_care.check(finished).ok
        assert table_contents(finished)["cases"] == expected
        assert audit.entries(finished, action="vault.check")
    with pytest.raises(WrongPassphrase):
        open_vault(stuck, PASSPHRASE)
