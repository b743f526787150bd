"""Backups in the backup folder: names, listing, due, rotation, refusals, verify, restore."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import shutil
import stat
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import text

from peersupport_desktop.core.backup_rotation import RotationPolicy, times_to_keep
from peersupport_desktop.services import audit, backups, settings, vault_care
from peersupport_desktop.services.backups import (
    BackupFile,
    backup_due,
    backup_folder,
    list_backups,
    make_backup,
    verify_backup,
)
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store import copies
from peersupport_desktop.store.errors import (
    DamagedVault,
    VaultError,
    VaultStorageError,
    WrongPassphrase,
)
from peersupport_desktop.store.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import build_program

NEW_PASSPHRASE = "seven brass lanterns over the marsh"
MONDAY = dt.datetime(2026, 11, 16, 9, 30, 0)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def case_count(vault: Vault) -> int:
    with vault.transaction() as session:  # plain SQL: a service would audit, writing to a backup
        return int(session.execute(text("SELECT count(*) FROM cases")).scalar_one())


def set_folder(vault: Vault, folder: Path | str | None) -> None:
    settings.change_settings(vault, backup_folder=None if folder is None else str(folder))


# --- the folder and its setting ------------------------------------------------------


def test_the_default_folder_is_beside_the_vault(vault: Vault) -> None:
    assert settings.get_settings(vault).backup_folder is None
    assert backup_folder(vault) == vault.path.parent / "backups"


def test_the_folder_setting(vault: Vault, tmp_path: Path) -> None:
    drive = tmp_path / "drive" / "peer support"
    saved = settings.change_settings(vault, backup_folder=f"  {drive}  ")
    assert saved.backup_folder == str(drive)
    assert backup_folder(vault) == drive
    set_folder(vault, "elsewhere")  # relative to the vault's folder, never the working one
    assert backup_folder(vault) == vault.path.parent / "elsewhere"
    assert settings.change_settings(vault, backup_folder="   ").backup_folder is None
    with pytest.raises(InvalidInput, match="The backup folder") as refused:
        settings.change_settings(vault, backup_folder="x" * 1001)
    assert refused.value.field == "backup_folder"
    vault.close()
    with open_vault(vault.path, PASSPHRASE) as reopened:
        assert settings.get_settings(reopened).backup_folder is None
        assert audit.entries(reopened, action="settings.edit")


# --- making one ----------------------------------------------------------------------


def test_a_backup_is_a_vault_named_by_its_time(vault: Vault) -> None:
    build_program(vault)
    made = make_backup(vault, MONDAY)
    folder = vault.path.parent / "backups"
    assert made.path == folder / "program-20261116-093000.vault"
    assert made.removed == ()
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert names(folder) == {made.path.name}  # no partial, probe or companion left
    with open_vault(made.path, PASSPHRASE, migrate=False) as copy:
        assert case_count(copy) == case_count(vault)
    assert audit.entries(vault, action="vault.backup")
    assert list_backups(vault) == [BackupFile(made.path, MONDAY, made.path.stat().st_size)]


def test_two_backups_in_one_second_do_not_collide(vault: Vault) -> None:
    first = make_backup(vault, MONDAY)
    second = make_backup(vault, MONDAY.replace(microsecond=400_000))
    third = make_backup(vault, MONDAY)
    assert first.path.name == "program-20261116-093000.vault"
    assert second.path.name == "program-20261116-093000-2.vault"
    assert third.path.name == "program-20261116-093000-3.vault"
    # Newest first: a later suffix is a later backup. The rotation keeps one a day,
    # and the one just made; so each new one replaced the one before.
    assert second.removed == (first.path,)
    assert third.removed == (second.path,)
    assert [b.path for b in list_backups(vault)] == [third.path]


def test_an_existing_folder_keeps_its_permissions(vault: Vault, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    set_folder(vault, shared)
    make_backup(vault, MONDAY)
    if os.name == "posix":
        assert stat.S_IMODE(shared.stat().st_mode) == 0o755


# --- what is recognised --------------------------------------------------------------


class Strangers(NamedTuple):
    everything: set[str]
    foreign: Path  # named as this vault's backup, but another vault's


def plant_strangers(vault: Vault, folder: Path, tmp_path: Path) -> Strangers:
    """Files a shared folder may hold beside this vault's backups."""
    folder.mkdir(exist_ok=True)
    (folder / "notes.txt").write_text("not a backup")
    (folder / "program-20261101-093000.vault.partial").write_bytes(b"x" * 4096)
    (folder / "program-20261399-093000.vault").write_bytes(b"x" * 4096)  # no such date
    (folder / "program-20261101-093000-1.vault").write_bytes(b"x" * 4096)  # never written
    (folder / "program.vault.replaced-20261101-093000").write_bytes(b"x" * 4096)
    (folder / "programme-20261101-093000.vault").write_bytes(b"x" * 4096)
    (folder / "other-20261101-093000.vault").write_bytes(b"x" * 4096)
    (folder / "program-20261102-093000.vault").mkdir()
    if os.name == "posix":
        (folder / "program-20261103-093000.vault").symlink_to(vault.path)
    # Another install's vault, also called program.vault, backed up to the same folder.
    (tmp_path / "other").mkdir()
    with create_vault(tmp_path / "other" / "program.vault", PASSPHRASE) as other:
        foreign = vault_care.back_up(other, folder / "program-20261104-093000.vault")
    return Strangers(names(folder), foreign)


def test_only_this_vaults_backups_are_listed(vault: Vault, tmp_path: Path) -> None:
    folder = vault.path.parent / "backups"
    strangers = plant_strangers(vault, folder, tmp_path)
    made = make_backup(vault, MONDAY)
    assert [b.path for b in list_backups(vault)] == [made.path]
    # By path (the vault closed, or too damaged to give its salt): names only.
    by_name = [b.path for b in list_backups(vault.path)]
    assert by_name == [made.path, strangers.foreign]
    assert list_backups(vault, tmp_path / "nowhere") == []
    assert list_backups(vault.path, folder / "notes.txt") == []


def test_the_rotation_never_touches_anything_else(vault: Vault, tmp_path: Path) -> None:
    folder = vault.path.parent / "backups"
    strangers = plant_strangers(vault, folder, tmp_path)
    foreign_hash = sha256(strangers.foreign)
    # Many days of backups: the rotation removes most, and only those.
    for day in range(40):
        make_backup(vault, MONDAY - dt.timedelta(days=40 - day))
    made = make_backup(vault, MONDAY)
    assert made.removed
    ours = {b.path.name for b in list_backups(vault)}
    assert names(folder) == strangers.everything | ours
    assert sha256(strangers.foreign) == foreign_hash


# --- when one is due -----------------------------------------------------------------


def test_a_backup_is_due_once_a_day(vault: Vault) -> None:
    assert not (vault.path.parent / "backups").exists()
    assert backup_due(vault, MONDAY)  # no folder yet: due
    make_backup(vault, MONDAY)
    assert not backup_due(vault, MONDAY)
    assert not backup_due(vault, MONDAY + dt.timedelta(hours=23, minutes=59, seconds=59))
    assert backup_due(vault, MONDAY + dt.timedelta(days=1))
    # A backup dated in the future (the clock was wrong then) is no recent backup.
    assert backup_due(vault, MONDAY - dt.timedelta(hours=1))


def test_the_backup_on_unlock(vault: Vault) -> None:
    made = backups.back_up_if_due(vault, MONDAY)
    assert made is not None
    assert backups.back_up_if_due(vault, MONDAY + dt.timedelta(hours=12)) is None
    later = backups.back_up_if_due(vault, MONDAY + dt.timedelta(days=1))
    assert later is not None and later.removed == ()  # yesterday's stays: one a day
    assert len(list_backups(vault)) == 2


def test_backups_at_once_from_two_threads(vault: Vault) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        made = list(pool.map(lambda _: make_backup(vault, MONDAY).path, range(4)))
    assert len(set(made)) == 4
    # Each rotation kept the newest of the day; the last one made is all that is left.
    listed = list_backups(vault)
    assert len(listed) == 1 and listed[0].path in made
    assert verify_backup(listed[0].path, PASSPHRASE).ok
    assert names(listed[0].path.parent) == {listed[0].path.name}


def test_a_missing_backup_folder_is_due(vault: Vault, tmp_path: Path) -> None:
    set_folder(vault, tmp_path / "unplugged" / "backups")
    assert backup_due(vault, MONDAY)
    assert list_backups(vault) == []


# --- the rotation, through the service ------------------------------------------------


def test_a_backup_a_day_for_two_years_leaves_the_rotation(vault: Vault, tmp_path: Path) -> None:
    """730 days of backups (copies of one real backup, so the salt is right), then one more."""
    folder = vault.path.parent / "backups"
    seed = make_backup(vault, MONDAY - dt.timedelta(days=800)).path
    made = [MONDAY - dt.timedelta(days=n) for n in range(1, 731)]
    for at in made:
        shutil.copyfile(seed, folder / f"program-{at:%Y%m%d-%H%M%S}.vault")
    seed.unlink()
    result = make_backup(vault, MONDAY)
    expected = times_to_keep([MONDAY, *made])
    assert [b.made_at for b in list_backups(vault)] == expected
    assert len(expected) == 20 and len(result.removed) == 730 + 1 - 20
    assert expected[-1].date() == dt.date(2025, 12, 31)  # the oldest monthly: a year back
    assert not any(path.exists() for path in result.removed)


def test_a_policy_of_one_keeps_only_the_newest(vault: Vault) -> None:
    for day in range(3):
        make_backup(vault, MONDAY + dt.timedelta(days=day), RotationPolicy(1, 0, 0))
    assert [b.made_at for b in list_backups(vault)] == [MONDAY + dt.timedelta(days=2)]


# --- the disk says no ------------------------------------------------------------------


def prepared_folder(vault: Vault) -> tuple[Path, set[str], int]:
    """A folder holding two old backups that the next rotation would remove."""
    for days in (3, 2, 1):
        make_backup(vault, MONDAY - dt.timedelta(hours=days))
    folder = backup_folder(vault)
    assert len(list_backups(vault)) == 1  # one a day: the later two replaced the first
    for hours in (4, 5):
        shutil.copyfile(
            list_backups(vault)[0].path,
            folder / f"program-{MONDAY - dt.timedelta(hours=hours):%Y%m%d-%H%M%S}.vault",
        )
    return folder, names(folder), audit_count(vault)


def audit_count(vault: Vault) -> int:
    return len(audit.entries(vault, action="vault.backup"))


def test_a_missing_drive_is_named(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "E-drive" / "backups"
    set_folder(vault, folder)
    with pytest.raises(VaultStorageError, match="cannot be reached") as refused:
        make_backup(vault, MONDAY)
    assert str(folder) in str(refused.value)
    assert not (tmp_path / "E-drive").exists()  # nothing made up in its place
    assert not audit.entries(vault, action="vault.backup")


def test_a_file_where_the_folder_should_be(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "backups").write_text("a file")
    with pytest.raises(VaultStorageError, match="is a file, not a folder"):
        make_backup(vault, MONDAY)
    assert (tmp_path / "backups").read_text() == "a file"


def test_a_full_disk_seen_before_writing(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, before, audited = prepared_folder(vault)

    def nearly_full(path: object) -> shutil._ntuple_diskusage:
        return shutil._ntuple_diskusage(10**12, 10**12 - 4096, 4096)

    monkeypatch.setattr(shutil, "disk_usage", nearly_full)
    with pytest.raises(VaultStorageError, match="is full") as refused:
        make_backup(vault, MONDAY)
    assert f"backup folder {folder}" in str(refused.value)
    assert "MB more is needed" in str(refused.value)
    assert names(folder) == before  # nothing written, nothing rotated away
    assert audit_count(vault) == audited


def test_a_disk_that_fills_during_the_copy(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    build_program(vault)
    folder, before, _ = prepared_folder(vault)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(VaultStorageError) as refused:
        make_backup(vault, MONDAY)
    assert f"backup folder {folder}" in str(refused.value)
    assert names(folder) == before  # the partial copy is gone, and no backup was removed


def test_a_backup_the_disk_damaged_is_deleted_and_the_good_ones_stay(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rotation keeps each day's newest backup: a damaged one made today would
    otherwise take the place of today's good ones, and they would be deleted."""
    build_program(vault)
    folder, before, _ = prepared_folder(vault)
    real_copy = copies.copy_to

    def copy_then_damage(conn: object, key: object, destination: Path) -> None:
        real_copy(conn, key, destination)  # type: ignore[arg-type]
        data = bytearray(destination.read_bytes())
        data[3 * 4096 + 500] ^= 0xFF  # a bit the disk got wrong
        destination.write_bytes(bytes(data))

    monkeypatch.setattr(copies, "copy_to", copy_then_damage)
    with pytest.raises(VaultStorageError, match="did not verify") as refused:
        make_backup(vault, MONDAY)
    assert "no older backup was removed" in str(refused.value)
    assert names(folder) == before


def test_a_read_only_folder_simulated(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, before, audited = prepared_folder(vault)

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(VaultStorageError, match="cannot be written to") as refused:
        make_backup(vault, MONDAY)
    assert str(folder) in str(refused.value)
    assert names(folder) == before
    assert audit_count(vault) == audited


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder(vault: Vault) -> None:
    folder, before, _ = prepared_folder(vault)
    folder.chmod(0o500)
    try:
        with pytest.raises(VaultStorageError, match="cannot be written to"):
            make_backup(vault, MONDAY)
        assert names(folder) == before
    finally:
        folder.chmod(0o700)


def test_a_failed_rotation_delete_is_tried_again(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_backup(vault, MONDAY - dt.timedelta(hours=1))
    real_unlink = Path.unlink

    def refuse(path: Path, missing_ok: bool = False) -> None:
        if path == first.path:
            raise PermissionError(errno.EACCES, "denied")
        real_unlink(path, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    second = make_backup(vault, MONDAY)
    assert second.removed == () and first.path.exists()
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert make_backup(vault, MONDAY).removed == (second.path, first.path)


# --- verifying -----------------------------------------------------------------------


def test_verifying_changes_nothing(vault: Vault) -> None:
    build_program(vault)
    made = make_backup(vault, MONDAY).path
    before = sha256(made)
    report = verify_backup(made, PASSPHRASE)
    assert report.ok
    assert sha256(made) == before
    assert names(made.parent) == {made.name}  # no -wal or -shm left beside it
    with pytest.raises(WrongPassphrase):
        verify_backup(made, NEW_PASSPHRASE)
    assert sha256(made) == before


def test_verifying_a_damaged_backup(vault: Vault) -> None:
    build_program(vault)
    made = make_backup(vault, MONDAY).path
    data = bytearray(made.read_bytes())
    data[len(data) - 3000] ^= 0xFF
    made.write_bytes(bytes(data))
    before = sha256(made)
    try:
        report = verify_backup(made, PASSPHRASE)
    except DamagedVault:
        pass
    else:
        assert not report.ok
    assert sha256(made) == before
    made.write_bytes(bytes(data[:-100]))  # truncated
    with pytest.raises(DamagedVault):
        verify_backup(made, PASSPHRASE)


def test_verifying_does_not_migrate(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_backup(vault, MONDAY).path
    from peersupport_desktop.store import schema_migrations

    def refuse(*args: object) -> None:
        raise AssertionError("a backup being verified is never migrated")

    monkeypatch.setattr(schema_migrations, "upgrade", refuse)
    assert verify_backup(made, PASSPHRASE).ok


# --- restoring one picked from the list ------------------------------------------------


def test_restore_a_backup_picked_from_the_list(vault: Vault) -> None:
    build_program(vault)
    make_backup(vault, MONDAY - dt.timedelta(days=1))
    early = case_count(vault)
    build_program(vault)
    make_backup(vault, MONDAY)
    later = case_count(vault)
    assert later > early
    vault.close()

    listed = list_backups(vault.path)  # the vault is closed: listed by its path
    assert [b.made_at for b in listed] == [MONDAY, MONDAY - dt.timedelta(days=1)]
    picked = listed[1]
    assert verify_backup(picked.path, PASSPHRASE).ok
    before = sha256(picked.path)
    result = vault_care.restore(picked.path, vault.path, PASSPHRASE)
    assert sha256(picked.path) == before  # the backup stays as it was, to restore again
    with open_vault(vault.path, PASSPHRASE) as restored:
        assert case_count(restored) == early
        # Same salt: the restored vault still owns every backup in the folder.
        assert [b.made_at for b in list_backups(restored)] == [b.made_at for b in listed]
    assert result.replaced is not None
    with open_vault(result.replaced, PASSPHRASE) as kept:
        assert case_count(kept) == later


def test_two_restores_in_one_second_keep_both_vaults_they_replaced(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_backup(vault, MONDAY).path
    vault.close()
    monkeypatch.setattr(vault_care, "now", lambda: MONDAY)
    first = vault_care.restore(made, vault.path, PASSPHRASE)
    first_hash = sha256(first.replaced) if first.replaced else ""
    second = vault_care.restore(made, vault.path, PASSPHRASE)
    assert first.replaced is not None and second.replaced is not None
    assert first.replaced != second.replaced
    assert sha256(first.replaced) == first_hash


def test_a_restore_cut_short_does_not_block_the_next(vault: Vault) -> None:
    made = make_backup(vault, MONDAY).path
    vault.close()
    staging = vault.path.with_name(vault.path.name + ".restoring")
    staging.write_bytes(b"half a copy" * 1000)
    vault_care.restore(made, vault.path, PASSPHRASE)
    assert not staging.exists()
    with open_vault(vault.path, PASSPHRASE):
        pass


def test_a_restore_the_disk_refuses_leaves_the_vault_in_place(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_backup(vault, MONDAY).path
    vault.close()
    before = sha256(vault.path)
    real_replace = Path.replace

    def refuse(path: Path, target: Path) -> Path:
        if path.name.endswith(".restoring"):
            raise OSError(errno.EIO, "I/O error")
        return real_replace(path, target)

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(VaultError):
        vault_care.restore(made, vault.path, PASSPHRASE)
    monkeypatch.setattr(Path, "replace", real_replace)
    assert sha256(vault.path) == before
    beside = sorted(p.name for p in vault.path.parent.iterdir())
    assert beside == ["backups", "program.vault", "program.vault.hold"]


# --- a passphrase change -----------------------------------------------------------------


def test_backups_keep_the_passphrase_they_were_made_under(vault: Vault) -> None:
    old = make_backup(vault, MONDAY - dt.timedelta(days=1)).path
    vault_care.change_passphrase(vault, NEW_PASSPHRASE)
    new = make_backup(vault, MONDAY).path
    assert verify_backup(old, PASSPHRASE).ok
    with pytest.raises(WrongPassphrase):
        verify_backup(old, NEW_PASSPHRASE)
    assert verify_backup(new, NEW_PASSPHRASE).ok
    with pytest.raises(WrongPassphrase):
        verify_backup(new, PASSPHRASE)
    # The salt stays through a passphrase change: both remain this vault's backups.
    assert [b.path for b in list_backups(vault)] == [new, old]
    assert not backup_due(vault, MONDAY)


def test_listing_needs_an_unlocked_vault(vault: Vault) -> None:
    make_backup(vault, MONDAY)
    vault.close()
    with pytest.raises(VaultError, match="locked"):
        list_backups(vault)
    assert len(list_backups(vault.path)) == 1


def test_the_folder_problem_sentences(tmp_path: Path) -> None:
    assert backups.folder_problem(tmp_path / "new") is None  # the first backup makes it
    assert backups.folder_problem(tmp_path) is None
    missing = backups.folder_problem(tmp_path / "gone" / "backups")
    assert missing is not None and "cannot be reached" in missing
    assert list(tmp_path.iterdir()) == []  # the probe cleans up after itself
