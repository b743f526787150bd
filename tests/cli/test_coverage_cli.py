"""`peersupport-desktop coverage`: the internal event coverage report as a PDF or CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.reports.coverage_report import INTERNAL_WARNING
from peersupport_desktop.services import audit
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_event_coverage import SHARE, build


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        build(vault)  # three serious events of 2026Q3: one covered
    return path


def run(path: Path, passfile: Path, *extra: str) -> int:
    return main(["coverage", "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def test_a_quarter_as_pdf_and_a_range_as_csv(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "q3.pdf"
    assert run(program, passfile, "--quarter", "2026Q3", "--out", str(pdf)) == ExitCode.OK
    out = capsys.readouterr().out
    assert "names people" in out and SHARE in out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert INTERNAL_WARNING in text and "Dan Roe" in text

    sheet = tmp_path / "august.csv"
    days = ("--from", "2026-08-01", "--to", "2026-08-31")
    assert run(program, passfile, *days, "--out", str(sheet)) == ExitCode.OK
    assert "0 of 1 event (0%)" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    assert [r["clinician"] for r in rows] == ["Chloé Dubois", "Dan Roe"]

    # An existing file is kept unless --force.
    assert run(program, passfile, *days, "--out", str(sheet)) != ExitCode.OK
    assert "already exists" in capsys.readouterr().err
    assert run(program, passfile, *days, "--out", str(sheet), "--force") == ExitCode.OK
    with open_vault(program, PASSPHRASE) as vault:
        assert len(audit.entries(vault, action="report.coverage_saved")) == 3


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (("--quarter", "2026Q3", "--out", "c.xlsx"), "a .pdf or a .csv file"),
        (("--from", "2026-08-01", "--out", "c.csv"), "Give --from and --to together"),
        (("--quarter", "2026Q3", "--to", "2026-08-31", "--out", "c.csv"), "--from and --to"),
        (("--from", "2026-08-31", "--to", "2026-08-01", "--out", "c.csv"), "ends before"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(
    program: Path,
    passfile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    said: str,
) -> None:
    args = [str(tmp_path / a) if a.startswith("c.") else a for a in extra]
    assert run(program, passfile, *args) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.glob("c.*")) == []


def test_a_quarter_and_days_together_are_refused(
    program: Path, passfile: Path, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:  # argparse's own: not allowed with
        run(program, passfile, "--quarter", "2026Q3", "--from", "2026-08-01", "--to",
            "2026-08-31", "--out", str(tmp_path / "c.csv"))  # fmt: skip
    assert stopped.value.code == ExitCode.USAGE
