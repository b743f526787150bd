"""No output replaces the vault, its companions, a backup or the input; another existing
file only with --force; a folder, device or pipe never (issue 20, item 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.services import supporters
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE

NOTICES = (
    "event_ref,event_type,event_date,clinician_name,clinician_role,clinician_department,"
    "clinician_email,clinician_phone,referral_source,referred_at,description\n"
    "E-1,adverse_event,2026-08-01,Ana Reyes,nurse,ICU,,,safety_report,2026-08-02T09:00,\n"
    "E-2,not_a_type,2026-08-01,Bo Lind,nurse,ICU,,,safety_report,2026-08-02T09:00,\n"
)


def run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture
def program(tmp_path: Path, passfile: Path) -> tuple[Path, list[str]]:
    vault = tmp_path / "program.vault"
    common = ["--vault", str(vault), "--passphrase-file", str(passfile)]
    assert run("demo", *common, "--cases", "60") == ExitCode.OK
    with open_vault(vault, PASSPHRASE) as opened:
        supporters.add_supporter(opened, supporters.SupporterInput(name="Sam Kit", role="nurse"))
    return vault, common


def cases_in(vault: Path) -> int:
    with open_vault(vault, PASSPHRASE) as opened:
        return len(all_case_rows(opened))


def outputs(target: Path) -> dict[str, list[str]]:
    """Every command that writes a file, pointed at ``target``."""
    out = ["--out", str(target)]
    return {
        "export": ["export", "--quarter", "2026Q3", "--format", "csv", *out],
        "report": ["report", "--quarter", "2026Q3", *out],
        "oncall": ["oncall", "--from", "2026-01-01", "--to", "2026-03-31", *out],
        "availability": [
            "availability", "--supporter", "Sam Kit", "--from", "2026-01-01",
            "--to", "2026-03-31", *out,
        ],
    }  # fmt: skip


def test_no_output_replaces_the_vault_or_its_companions(
    program: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, common = program
    before = cases_in(vault)
    companions = [vault, Path(f"{vault}-wal"), Path(f"{vault}.lock")]
    for target in companions:
        for name, argv in outputs(target).items():
            code = run(argv[0], *common, *argv[1:], "--force")
            assert code == ExitCode.USAGE, (name, target)
            assert "an output never replaces it" in capsys.readouterr().err
    assert cases_in(vault) == before
    assert run("check", *common) == ExitCode.OK


def test_no_output_replaces_a_backup_or_any_vault(
    program: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, common = program
    assert run("backup", *common) == ExitCode.OK
    (backup,) = (vault.parent / "backups").iterdir()
    kept = backup.read_bytes()
    other = tmp_path / "another.vault"
    other.write_bytes(b"someone else's vault")
    for target in (backup, other):
        argv = outputs(target)["export"]
        assert run(argv[0], *common, *argv[1:], "--force") == ExitCode.USAGE
    assert backup.read_bytes() == kept and other.read_bytes() == b"someone else's vault"
    capsys.readouterr()


def test_an_existing_file_is_replaced_only_with_force(
    program: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _vault, common = program
    for name, argv in outputs(tmp_path / "x").items():
        target = tmp_path / f"{name}.out"
        target.write_text("keep me")
        argv[argv.index("--out") + 1] = str(target)
        assert run(argv[0], *common, *argv[1:]) == ExitCode.NO_SUCH_FILE, name
        assert "already exists" in capsys.readouterr().err
        assert target.read_text() == "keep me"
        assert run(argv[0], *common, *argv[1:], "--force") == ExitCode.OK, name
        assert target.read_bytes() != b"keep me"


def test_a_pipe_or_a_folder_is_never_written(
    program: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _vault, common = program
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    argv = outputs(pipe)["report"]
    assert run(argv[0], *common, *argv[1:], "--force") == ExitCode.USAGE
    assert "not a regular file" in capsys.readouterr().err
    assert pipe.is_fifo()
    argv = outputs(tmp_path)["report"]
    assert run(argv[0], *common, *argv[1:], "--force") == ExitCode.FAILED
    assert "is a folder" in capsys.readouterr().err


def test_rejects_never_replace_the_file_imported_and_are_refused_before_importing(
    program: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, common = program
    notices = tmp_path / "notices.csv"
    notices.write_text(NOTICES, encoding="utf-8")
    for target in (notices, vault):
        argv = ["import-events", *common, str(notices), "--rejects", str(target), "--force"]
        assert run(*argv) == ExitCode.USAGE
        assert "an output never replaces it" in capsys.readouterr().err
    assert notices.read_text(encoding="utf-8") == NOTICES
    # Refused before anything was stored: the same file imports in full afterwards.
    rejects = tmp_path / "rejected.csv"
    argv = ["import-events", *common, str(notices), "--rejects", str(rejects)]
    assert run(*argv) == ExitCode.PARTIAL
    assert "cases: 1" in capsys.readouterr().out and rejects.exists()


@pytest.mark.real_kdf  # the process derives its key at the real cost
def test_the_command_as_a_program_runs_it_refuses_the_vault(
    program: tuple[Path, list[str]],
) -> None:
    vault, common = program
    before = cases_in(vault)
    argv = outputs(vault)["export"]
    program_text = "import sys; from peersupport_desktop.cli import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", program_text, argv[0], *common, *argv[1:]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == ExitCode.USAGE
    assert "an output never replaces it" in done.stderr and "Traceback" not in done.stderr
    assert cases_in(vault) == before


def test_a_damaged_vault_is_neither_published_from_imported_into_nor_backed_up(
    program: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, common = program
    assert run("backup", *common) == ExitCode.OK  # the day's good backup
    (good,) = (vault.parent / "backups").iterdir()
    data = bytearray(vault.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 200  # inside a page, past its header
    data[middle : middle + 8] = bytes(b ^ 0x5A for b in data[middle : middle + 8])
    vault.write_bytes(bytes(data))
    damaged = vault.read_bytes()
    notices = tmp_path / "notices.csv"
    notices.write_text(NOTICES, encoding="utf-8")
    attempts = [
        [*outputs(tmp_path / "r.pdf")["report"]],
        [*outputs(tmp_path / "s.csv")["export"]],
        ["import-events", str(notices)],
        ["backup"],
        ["backup", "--out", str(tmp_path / "copy.vault")],
    ]
    for argv in attempts:
        assert run(argv[0], *common, *argv[1:]) == ExitCode.DAMAGED, argv[0]
        assert "is damaged: a page no longer verifies" in capsys.readouterr().err
    assert vault.read_bytes() == damaged  # untouched
    assert list((vault.parent / "backups").iterdir()) == [good]  # no copy of the damage
    assert not any((tmp_path / name).exists() for name in ("r.pdf", "s.csv", "copy.vault"))


def test_check_on_a_foreign_encrypted_database_creates_nothing_in_it(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlcipher3

    from tests.conftest import CHEAP_KDF_ITERATIONS

    foreign = tmp_path / "notes.vault"
    conn = sqlcipher3.connect(str(foreign))  # a standard client, the same passphrase
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute(f"PRAGMA kdf_iter = {CHEAP_KDF_ITERATIONS}")  # the suite's cheap KDF
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    assert run("check", "--vault", str(foreign), "--passphrase-file", str(passfile)) == (
        ExitCode.DAMAGED
    )
    assert "not a Peer Support Desktop vault" in capsys.readouterr().err
    assert foreign.read_bytes() == before  # no table added, nothing written
