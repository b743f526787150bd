"""`backup` into the backup folder with its rotation, and `backups`, as scripts call them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import clock, settings
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE

MONDAY = dt.datetime(2026, 11, 16, 9, 30, 0)


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "program.vault"
    monkeypatch.setenv("PEERSUPPORT_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--vault", str(path)]) == ExitCode.OK
    return path


def at(monkeypatch: pytest.MonkeyPatch, when: dt.datetime) -> None:
    monkeypatch.setattr(clock, "now", lambda: when)


def test_backup_without_out_goes_to_the_backup_folder(
    vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    at(monkeypatch, MONDAY - dt.timedelta(hours=1))
    assert main(["backup", "--vault", str(vault)]) == ExitCode.OK
    first = vault.parent / "backups" / "program-20261116-083000.vault"
    out = capsys.readouterr().out
    assert f"Wrote an encrypted backup to {first} " in out
    assert "Removed 0 older backups" in out
    assert "beside the vault" in out  # the default folder: move it to another drive
    at(monkeypatch, MONDAY)
    assert main(["backup", "--vault", str(vault)]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "program-20261116-093000.vault" in out
    assert "Removed 1 older backup the rotation" in out  # one a day is kept
    assert not first.exists()
    with open_vault(vault.parent / "backups" / "program-20261116-093000.vault", PASSPHRASE):
        pass


def test_backup_with_out_is_as_before(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "monday.vault"
    assert main(["backup", "--vault", str(vault), "--out", str(out_file)]) == ExitCode.OK
    assert capsys.readouterr().out.endswith(
        f"Wrote an encrypted backup to {out_file} (it opens with the same passphrase).\n"
    )
    assert not (tmp_path / "backups").exists()  # no rotation, no folder
    assert main(["backup", "--vault", str(vault), "--out", str(out_file)]) == (
        ExitCode.NO_SUCH_FILE
    )


def test_backups_lists_newest_first(
    vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backups", "--vault", str(vault)]) == ExitCode.OK
    assert f"No backups of this vault in {vault.parent / 'backups'} yet." in capsys.readouterr().out
    for days in (2, 1, 0):
        at(monkeypatch, MONDAY - dt.timedelta(days=days))
        main(["backup", "--vault", str(vault)])
    (vault.parent / "backups" / "notes.txt").write_text("not a backup")
    capsys.readouterr()
    assert main(["backups", "--vault", str(vault)]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert [line[:19] for line in lines] == [
        "2026-11-16 09:30:00",
        "2026-11-15 09:30:00",
        "2026-11-14 09:30:00",
    ]
    assert lines[0].endswith(str(vault.parent / "backups" / "program-20261116-093000.vault"))
    assert " kB  " in lines[0]


def test_the_chosen_folder_and_a_missing_drive(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "usb-drive" / "backups"
    with open_vault(vault, PASSPHRASE) as opened:
        settings.change_settings(opened, backup_folder=str(folder))
    capsys.readouterr()
    assert main(["backup", "--vault", str(vault)]) == ExitCode.FAILED
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(folder) in err and "cannot be reached" in err
    assert "Traceback" not in err
    (tmp_path / "usb-drive").mkdir()
    assert main(["backup", "--vault", str(vault)]) == ExitCode.OK
    out = capsys.readouterr().out
    assert str(folder) in out and "beside the vault" not in out
    assert main(["backups", "--vault", str(vault)]) == ExitCode.OK
    assert str(folder) in capsys.readouterr().out


def test_backups_with_the_wrong_passphrase(
    vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PEERSUPPORT_PASSPHRASE", "seven brass lanterns over the marsh")
    assert main(["backups", "--vault", str(vault)]) == ExitCode.WRONG_PASSPHRASE
    assert main(["backup", "--vault", str(vault)]) == ExitCode.WRONG_PASSPHRASE
    assert not (vault.parent / "backups").exists()


def test_restore_a_listed_backup(
    vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    at(monkeypatch, MONDAY)
    main(["backup", "--vault", str(vault)])
    listed = vault.parent / "backups" / "program-20261116-093000.vault"
    assert main(["restore", "--from", str(listed), "--vault", str(vault)]) == ExitCode.OK
    assert "was kept at" in capsys.readouterr().out
    assert listed.exists()
