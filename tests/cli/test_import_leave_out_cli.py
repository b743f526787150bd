"""import-events --leave-out-older-than: old referrals open no case, and are listed."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE

LEFT_OUT = "Referred more than 30 days ago; left out at import."


def run(*argv: str) -> int:
    return main(list(argv))


def row(ref: str, name: str, days_ago: int) -> str:
    referred = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=days_ago)
    return f"{ref},{referred.date()},trauma,,{name},nurse,,,,self,{referred.isoformat()}"


def test_old_referrals_are_left_out_and_written_with_the_rejected_rows(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v.vault"
    pf = ("--passphrase-file", str(passfile))
    run("init", "--vault", str(vault), *pf)
    notices = tmp_path / "n.csv"
    lines = [",".join(CANONICAL_COLUMNS), row("A", "Old Ann", 40), row("B", "New Bo", 2)]
    notices.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rejects = tmp_path / "not-imported.csv"
    capsys.readouterr()
    args = ("import-events", "--vault", str(vault), *pf, str(notices))
    leave_out = ("--leave-out-older-than", "30", "--rejects", str(rejects))
    assert run(*args, *leave_out) == ExitCode.OK  # left out as asked: no partial import
    captured = capsys.readouterr()
    assert "cases: 1" in captured.out and "rejected: 0  left out: 1" in captured.out
    assert captured.err == f"line 2: {LEFT_OUT}\n"
    saved = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8-sig"))))
    assert saved[1][:2] == ["2", LEFT_OUT] and "Old Ann" in saved[1]
    with open_vault(vault, PASSPHRASE) as opened:
        assert [r.clinician for r in all_case_rows(opened)] == ["New Bo"]
    # Without the option, the same file brings the old one in (overdue), as before.
    assert run(*args) == ExitCode.OK
    out = capsys.readouterr().out
    assert "cases: 1" in out and "duplicates: 1  rejected: 0" in out and "left out" not in out
    with open_vault(vault, PASSPHRASE) as opened:
        assert {r.clinician for r in all_case_rows(opened)} == {"New Bo", "Old Ann"}


@pytest.mark.parametrize("days", ["0", "-3", "many"])
def test_the_days_must_be_a_whole_number_from_1(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str], days: str
) -> None:
    notices = tmp_path / "n.csv"
    notices.write_text(",".join(CANONICAL_COLUMNS) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as bad:
        run("import-events", "--vault", str(tmp_path / "v.vault"), "--passphrase-file",
            str(passfile), str(notices), "--leave-out-older-than", days)  # fmt: skip
    assert bad.value.code == ExitCode.USAGE
    assert "--leave-out-older-than" in capsys.readouterr().err
