"""Files the application writes are its owner's alone: 0600 (issue 20, item 10)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from peersupport_desktop.core.export_table import ExportFormat
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import backups, vault_care
from peersupport_desktop.services.exports import ExportRequest, build_export, save_export
from peersupport_desktop.services.quarterly_reports import save_report
from peersupport_desktop.store.vault import Vault, create_vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_vault_wal_backups_reports_and_exports_are_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual one, under which files come out 0644
    try:
        with create_vault(tmp_path / "p.vault", PASSPHRASE) as vault:
            assert isinstance(vault, Vault)
            quarter = Quarter(2026, 3)
            save_report(vault, quarter, Edition.INTERNAL, tmp_path / "r.pdf")
            table = build_export(vault, ExportRequest((quarter,)))
            save_export(vault, table, ExportFormat.CSV, tmp_path / "s.csv")
            vault_care.back_up(vault, tmp_path / "copy.vault")
            made = backups.make_backup(vault)
            written = [
                vault.path,
                Path(f"{vault.path}-wal"),
                tmp_path / "r.pdf",
                tmp_path / "s.csv",
                tmp_path / "s-rules.txt",
                tmp_path / "copy.vault",
                made.path,
            ]
            for path in written:
                if path.exists():
                    assert mode(path) == 0o600, path
            assert mode(made.path.parent) == 0o700
    finally:
        os.umask(old)
