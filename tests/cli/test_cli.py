"""The command line as programs' scripts will call it: names, exit codes, sentences."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import audit, supporters
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "seven brass lanterns over the marsh"


def run(*argv: str) -> int:
    return main(list(argv))


def test_init_from_a_passphrase_file(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "p.vault"
    assert run("init", "--vault", str(vault), "--passphrase-file", str(passfile)) == ExitCode.OK
    assert "cannot be recovered" in capsys.readouterr().out
    with open_vault(vault, PASSPHRASE):
        pass


def test_init_from_the_environment_and_the_vault_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = tmp_path / "env.vault"
    monkeypatch.setenv("PEERSUPPORT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PEERSUPPORT_VAULT", str(vault))
    assert run("init") == ExitCode.OK
    assert vault.exists()


def test_init_refuses_to_overwrite(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "x.vault"
    existing.write_text("keep")
    code = run("init", "--vault", str(existing), "--passphrase-file", str(passfile))
    assert code == ExitCode.NO_SUCH_FILE
    assert existing.read_text() == "keep"
    assert "never replaces" in capsys.readouterr().err


def test_no_passphrase_source_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert run("init", "--vault", str(tmp_path / "v.vault")) == ExitCode.USAGE
    assert "PEERSUPPORT_PASSPHRASE" in capsys.readouterr().err
    assert not (tmp_path / "v.vault").exists()


def test_a_weak_passphrase_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PEERSUPPORT_PASSPHRASE", "password123")
    assert run("init", "--vault", str(tmp_path / "v.vault")) == ExitCode.USAGE
    assert "at least 15 characters" in capsys.readouterr().err


def test_wrong_passphrase_exit_code(
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = tmp_path / "v.vault"
    run("init", "--vault", str(vault), "--passphrase-file", str(passfile))
    monkeypatch.setenv("PEERSUPPORT_PASSPHRASE", NEW_PASSPHRASE)
    assert run("check", "--vault", str(vault)) == ExitCode.WRONG_PASSPHRASE
    err = capsys.readouterr().err
    assert "does not open this vault" in err
    assert "Traceback" not in err


def test_damaged_and_missing_exit_codes(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "notes.vault"
    foreign.write_text("just some text\n" * 500)
    code = run("check", "--vault", str(foreign), "--passphrase-file", str(passfile))
    assert code == ExitCode.DAMAGED
    code = run("check", "--vault", str(tmp_path / "none.vault"), "--passphrase-file", str(passfile))
    assert code == ExitCode.NO_SUCH_FILE
    err = capsys.readouterr().err
    assert "not a Peer Support vault" in err and "There is no vault" in err


def test_bad_usage_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run("restore", "--vault", "x.vault")  # --from is required
    assert exited.value.code == ExitCode.USAGE
    with pytest.raises(SystemExit) as exited:
        run("demo", "--cases", "0")
    assert exited.value.code == ExitCode.USAGE


def test_check_backup_restore_and_change_passphrase(
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = tmp_path / "v.vault"
    backup = tmp_path / "backup.vault"
    pf = str(passfile)
    assert run("init", "--vault", str(vault), "--passphrase-file", pf) == ExitCode.OK
    assert run("check", "--vault", str(vault), "--passphrase-file", pf) == ExitCode.OK
    assert run("backup", "--vault", str(vault), "--out", str(backup), "--passphrase-file", pf) == 0
    assert run("backup", "--vault", str(vault), "--out", str(backup), "--passphrase-file", pf) == (
        ExitCode.NO_SUCH_FILE
    )
    monkeypatch.setenv("PEERSUPPORT_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run("change-passphrase", "--vault", str(vault), "--passphrase-file", pf) == 0
    out = capsys.readouterr().out
    assert "keep the old passphrase" in out
    with open_vault(vault, NEW_PASSPHRASE):
        pass
    code = run("restore", "--from", str(backup), "--vault", str(vault), "--passphrase-file", pf)
    assert code == ExitCode.OK
    out = capsys.readouterr().out
    assert "was kept at" in out
    with open_vault(vault, PASSPHRASE) as restored:
        assert audit.entries(restored, action="vault.restore")


def test_new_passphrase_file_option(tmp_path: Path, passfile: Path) -> None:
    vault = tmp_path / "v.vault"
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE, encoding="utf-8")
    run("init", "--vault", str(vault), "--passphrase-file", str(passfile))
    code = run(
        "change-passphrase",
        "--vault",
        str(vault),
        "--passphrase-file",
        str(passfile),
        "--new-passphrase-file",
        str(new_file),
    )
    assert code == ExitCode.OK
    with open_vault(vault, NEW_PASSPHRASE):
        pass


def test_the_installed_entry_point_with_real_key_derivation(tmp_path: Path, passfile: Path) -> None:
    """A real process: real KDF, stdin closed, no traceback on failure."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERSUPPORT_")}
    vault = tmp_path / "real.vault"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "peersupport_desktop", *args],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )

    created = cli("init", "--vault", str(vault), "--passphrase-file", str(passfile))
    assert created.returncode == 0, created.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(NEW_PASSPHRASE)
    refused = cli("check", "--vault", str(vault), "--passphrase-file", str(wrong))
    assert refused.returncode == ExitCode.WRONG_PASSPHRASE
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    no_source = cli("check", "--vault", str(vault))
    assert no_source.returncode == ExitCode.USAGE
    assert "Traceback" not in no_source.stderr


def test_report_command(tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "v.vault"
    pf = str(passfile)
    run("init", "--vault", str(vault), "--passphrase-file", pf)
    out = tmp_path / "q3.pdf"
    args = ("report", "--vault", str(vault), "--quarter", "2026Q3", "--passphrase-file", pf)
    assert run(*args, "--out", str(out)) == ExitCode.OK
    assert out.read_bytes().startswith(b"%PDF")
    assert "leadership edition" in capsys.readouterr().out
    assert run(*args, "--edition", "internal", "--out", str(out)) == ExitCode.NO_SUCH_FILE
    assert "already exists" in capsys.readouterr().err
    assert run(*args, "--edition", "internal", "--out", str(out), "--force") == ExitCode.OK
    with open_vault(vault, PASSPHRASE) as opened:
        actions = {entry.action for entry in audit.entries(opened)}
    assert {"report.leadership", "report.internal"} <= actions
    with pytest.raises(SystemExit) as bad:
        run("report", "--vault", str(vault), "--quarter", "2026Q5", "--out", str(out))
    assert bad.value.code == ExitCode.USAGE
    assert "2026Q3" in capsys.readouterr().err


def test_demo_command(tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "demo.vault"
    args = ("demo", "--vault", str(vault), "--passphrase-file", str(passfile))
    assert run(*args, "--cases", "60", "--seed", "3") == ExitCode.OK
    assert "60 cases" in capsys.readouterr().out
    with open_vault(vault, PASSPHRASE) as opened:
        assert audit.entries(opened, action="demo.fill")
    assert run(*args) == ExitCode.NO_SUCH_FILE  # never over an existing vault


def test_oncall_and_availability_commands(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v.vault"
    pf = str(passfile)
    run("demo", "--vault", str(vault), "--passphrase-file", pf, "--cases", "20")
    out = tmp_path / "rotation.ics"
    dates = ("--from", "2026-01-01", "--to", "2026-03-31")
    common = ("--vault", str(vault), "--passphrase-file", pf, *dates)
    assert run("oncall", *common, "--out", str(out)) == ExitCode.OK
    weeks = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    # Every week that touches the range: 29 Dec 2025 to the week of 30 Mar 2026.
    assert weeks[0].start == dt.date(2025, 12, 29) and weeks[-1].start == dt.date(2026, 3, 30)
    assert len(weeks) == 14 and all(str(w["summary"]).startswith("First call: ") for w in weeks)
    assert "on-call rotation" in capsys.readouterr().out
    with open_vault(vault, PASSPHRASE) as opened:
        name = supporters.list_supporters(opened)[0].name
    mine = tmp_path / "mine.ics"
    assert run("availability", *common, "--supporter", name.upper(), "--out", str(mine)) == 0
    assert Calendar.from_ical(mine.read_bytes()).walk("VEVENT")
    assert (
        run("availability", *common, "--supporter", "Nobody", "--out", str(mine)) == ExitCode.USAGE
    )
    assert "No supporter of that name" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad:
        run(
            "oncall",
            "--vault",
            str(vault),
            "--from",
            "2026-13-01",
            "--to",
            "2026-03-31",
            "--out",
            str(out),
        )
    assert bad.value.code == ExitCode.USAGE


def test_export_command(tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "v.vault"
    pf = str(passfile)
    run("demo", "--vault", str(vault), "--passphrase-file", pf, "--cases", "120")
    capsys.readouterr()
    common = ("export", "--vault", str(vault), "--passphrase-file", pf)
    quarters = ("--quarter", "2026Q2", "--quarter", "2026Q1")
    summary = tmp_path / "summary.csv"
    args = (*common, *quarters, "--by", "event_type,role", "--format", "csv")
    assert run(*args, "--out", str(summary)) == ExitCode.OK
    said = capsys.readouterr().out
    assert "anonymized summary export of 2026Q1, 2026Q2" in said
    assert "summary-rules.txt" in said and "SHA-256" in said
    rows = list(csv.DictReader(io.StringIO(summary.read_text(encoding="utf-8-sig"))))
    assert {row["table"] for row in rows} == {"program", "event_type", "role"}
    assert {row["period"] for row in rows} == {"2026Q1", "2026Q2"}

    records = tmp_path / "records.json"
    args = (*common, "--quarter", "2026Q2", "--kind", "records", "--k", "12", "--format", "json")
    assert run(*args, "--period", "year", "--out", str(records)) == ExitCode.OK
    document = json.loads(records.read_text(encoding="utf-8"))
    assert document["k"] == 12 and document["k_achieved"] >= 12
    assert f"k = 12 asked, {document['k_achieved']} achieved" in capsys.readouterr().out
    # Never below the small-number threshold (11): smaller crowds show what a summary hides.
    below = (*common, "--quarter", "2026Q2", "--kind", "records", "--k", "6", "--format", "csv")
    assert run(*below, "--out", str(tmp_path / "small.csv")) == ExitCode.USAGE
    assert "small-number threshold (11)" in capsys.readouterr().err
    assert not (tmp_path / "small.csv").exists()
    with open_vault(vault, PASSPHRASE) as opened:
        assert len(audit.entries(opened, action="export.summary")) == 1
        assert len(audit.entries(opened, action="export.records")) == 1

    gap = ("--quarter", "2026Q1", "--quarter", "2026Q3", "--period", "year")
    assert run(*common, *gap, "--format", "csv", "--out", str(summary)) == ExitCode.USAGE
    assert "consecutive quarters" in capsys.readouterr().err
    bad_options = (("--by", "clinician_name"), ("--k", "1"), ("--k", "many"), ("--format", "pdf"))
    for bad_option in bad_options:
        with pytest.raises(SystemExit) as bad:
            run(*common, *quarters, "--format", "csv", *bad_option, "--out", str(summary))
        assert bad.value.code == ExitCode.USAGE
    said = capsys.readouterr().err
    assert "clinician_name' is not one of" in said
    assert "must be a whole number from 5 to 100" in said and "_k" not in said


def test_import_events_prints_its_counts_and_is_idempotent(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from peersupport_desktop.resource_files import resource

    vault = tmp_path / "v.vault"
    pf = ("--passphrase-file", str(passfile))
    run("init", "--vault", str(vault), *pf)
    example = str(resource("examples", "event_notices.csv"))
    capsys.readouterr()
    assert run("import-events", "--vault", str(vault), *pf, example) == ExitCode.OK
    out = capsys.readouterr().out
    assert (
        "events: 3  cases: 5  new clinicians: 5  reused clinicians: 0  duplicates: 0  rejected: 0"
        in out
    )
    assert run("import-events", "--vault", str(vault), *pf, example) == ExitCode.OK
    out = capsys.readouterr().out
    assert "events: 0  cases: 0" in out and "duplicates: 5" in out
    assert "Nothing new: all 5 rows were imported before." in out


def test_import_events_rejects_rows_and_writes_them_for_correction(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v.vault"
    pf = ("--passphrase-file", str(passfile))
    run("init", "--vault", str(vault), *pf)
    notices = tmp_path / "n.csv"
    notices.write_text(
        "event_ref;event_date;event_type;clinician_name;clinician_role;referral_source\n"
        "E1;2026-03-01;trauma;Ann Lee;nurse;self\n"
        "E2;2026-03-01;trauma;Bo Chan;astronaut;self\n",
        encoding="cp1252",
    )
    rejects = tmp_path / "rejects.csv"
    args = ("import-events", "--vault", str(vault), *pf, str(notices), "--rejects", str(rejects))
    assert run(*args) == ExitCode.PARTIAL
    captured = capsys.readouterr()
    assert "cases: 1" in captured.out and "rejected: 1" in captured.out
    assert captured.err == "line 3: clinician_role is not a known code or label.\n"
    rows = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8-sig"))))
    assert rows[1][:2] == ["3", "clinician_role is not a known code or label."]


@pytest.mark.parametrize(
    ("extra", "content", "sentence"),
    [
        ((), b"", "The file is empty."),
        (("--mapping", "Nobody"), b"a,b\n1,2\n", "There is no saved mapping named 'Nobody'."),
        ((), b"a,b\n1,2\n", "fit no saved mapping"),
    ],
)
def test_import_events_failures_are_one_sentence_and_store_nothing(
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    content: bytes,
    sentence: str,
) -> None:
    vault = tmp_path / "v.vault"
    pf = ("--passphrase-file", str(passfile))
    run("init", "--vault", str(vault), *pf)
    notices = tmp_path / "n.csv"
    notices.write_bytes(content)
    capsys.readouterr()
    assert run("import-events", "--vault", str(vault), *pf, str(notices), *extra) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert sentence in err and err.count("\n") == 1
    with open_vault(vault, PASSPHRASE) as opened:
        assert not [e for e in audit.entries(opened) if e.action.startswith("import")]


def test_departments_lists_and_changes_what_reports_may_name(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v.vault"
    pf = str(passfile)
    run("demo", "--vault", str(vault), "--passphrase-file", pf, "--cases", "40")
    capsys.readouterr()
    common = ("departments", "--vault", str(vault), "--passphrase-file", pf)
    assert run(*common) == ExitCode.OK
    assert "Cardiology: named" in capsys.readouterr().out
    change = ("Cardiology", "--named", "no", "--service-line", "Heart services")
    assert run(*common, *change) == ExitCode.OK
    assert "Cardiology: not named, service line Heart services" in capsys.readouterr().out
    assert run(*common, "Nowhere", "--named", "yes") == ExitCode.USAGE
    assert "There is no department of that name." in capsys.readouterr().err


def test_counts_in_sentences_agree_with_their_nouns() -> None:
    from peersupport_desktop.cli.commands import _problems

    assert (_problems(1), _problems(2), _problems(1200)) == (
        "1 problem",
        "2 problems",
        "1,200 problems",
    )


def test_report_edition_glance_writes_one_page(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v.vault"
    pf = str(passfile)
    run("init", "--vault", str(vault), "--passphrase-file", pf)
    out = tmp_path / "glance.pdf"
    args = ("report", "--vault", str(vault), "--quarter", "2026Q3", "--passphrase-file", pf)
    assert run(*args, "--edition", "glance", "--out", str(out)) == ExitCode.OK
    assert "at a glance" in capsys.readouterr().out
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "Program at a glance Q3 2026" in reader.pages[0].extract_text()
    with open_vault(vault, PASSPHRASE) as opened:
        assert audit.entries(opened, action="report.glance_saved")
