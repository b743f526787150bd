"""Hostile arguments get one sentence and an exit code, never a traceback (issue 20,
item 9 in part): the named cases, then hypothesis over every writing command."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.quarters import Quarter


def run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    passfile = folder / "phrase.txt"
    passfile.write_text("a quiet harbor at dawn with gulls\n", encoding="utf-8")
    vault = folder / "program.vault"
    with pytest.MonkeyPatch.context() as patch:  # module scope: the cheap KDF by hand
        from peersupport_desktop.store import keying
        from tests.conftest import CHEAP_KDF_ITERATIONS

        patch.setattr(keying, "KDF_ITERATIONS", CHEAP_KDF_ITERATIONS)
        assert run("demo", "--vault", str(vault), "--passphrase-file", str(passfile),
                   "--cases", "30") == ExitCode.OK  # fmt: skip
    return vault, passfile


@pytest.mark.parametrize("quarter", ["0001Q1", "9999Q4", "1899Q4", "3000Q1"])
def test_a_quarter_far_from_now_is_a_usage_sentence(quarter: str) -> None:
    with pytest.raises(ValueError, match="from 1900 to 2999"):
        Quarter.parse(quarter)


def test_an_import_from_a_device_or_a_pipe_is_refused_at_once(
    program: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, passfile = program
    pipe = tmp_path / "notices.csv"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    for source in ("/dev/zero", str(pipe)):
        code = run("import-events", "--vault", str(vault), "--passphrase-file", str(passfile),
                   source)  # fmt: skip
        assert code == ExitCode.USAGE
        assert "is not a regular file" in capsys.readouterr().err


HOSTILE = st.sampled_from(
    [
        "", " ", "0001Q1", "9999Q4", "2026Q5", "2026Q3", "9999-12-31", "0001-01-01",
        "2026-02-30", "-1", "0", "101", "nurse,role", "event_type", "../../etc/passwd",
        "/dev/null", "/dev/zero", "x" * 5000, "Zoë Ångström", "\u202eevil", "%s%n",
        "'; DROP TABLE cases; --",
    ]
)  # fmt: skip
COMMANDS = {
    "report": ["--quarter", "--edition", "--out"],
    "export": ["--quarter", "--kind", "--by", "--period", "--k", "--format", "--out"],
    "oncall": ["--from", "--to", "--out"],
    "availability": ["--supporter", "--from", "--to", "--out"],
    "departments": ["--named", "--service-line"],
    "retention": [],
    "settings": ["--target-within", "--target-acceptance", "--target-refresher"],
    "backups": [],
}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    command=st.sampled_from(sorted(COMMANDS)),
    values=st.lists(HOSTILE, min_size=7, max_size=7),
    keep=st.lists(st.booleans(), min_size=7, max_size=7),
)
def test_any_arguments_end_in_a_sentence_and_an_exit_code(
    program: tuple[Path, Path],
    tmp_path: Path,
    command: str,
    values: list[str],
    keep: list[bool],
) -> None:
    vault, passfile = program
    argv = [command, "--vault", str(vault), "--passphrase-file", str(passfile)]
    for option, value, kept in zip(COMMANDS[command], values, keep, strict=False):
        if kept:
            argv += [option, value if option != "--out" else str(tmp_path / "out.bin")]
    try:
        code = run(*argv)
    except SystemExit as refused:  # argparse's usage error: a sentence and exit 2
        assert refused.code == ExitCode.USAGE
        return
    assert code in set(ExitCode)


def _a_supporter(vault: Path, passfile: Path) -> str:
    from peersupport_desktop.services.supporters import list_supporters
    from peersupport_desktop.store import keying
    from peersupport_desktop.store.vault import open_vault
    from tests.conftest import CHEAP_KDF_ITERATIONS

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keying, "KDF_ITERATIONS", CHEAP_KDF_ITERATIONS)
        with open_vault(vault, passfile.read_text(encoding="utf-8").strip()) as opened:
            return list_supporters(opened)[0].name


@pytest.mark.parametrize("day", ["9999-12-01", "0001-01-01", "1899-12-31", "3000-01-01"])
def test_calendars_far_from_now_are_a_usage_sentence(
    program: tuple[Path, Path], tmp_path: Path, day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, passfile = program
    common = ["--vault", str(vault), "--passphrase-file", str(passfile), "--from", day,
              "--to", day, "--out", str(tmp_path / "out.ics")]  # fmt: skip
    for command in (["availability", "--supporter", _a_supporter(vault, passfile)], ["oncall"]):
        with pytest.raises(SystemExit) as refused:
            run(*command, *common)
        assert refused.value.code == ExitCode.USAGE
        assert "give a year from 1900 to 2999" in capsys.readouterr().err
    assert not (tmp_path / "out.ics").exists()


def test_a_header_over_the_csv_field_limit_is_one_sentence(
    program: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, passfile = program
    notices = tmp_path / "notices.csv"
    notices.write_text("event_ref," + "x" * 140_000 + ",name\nEV-1,a,b\n", encoding="utf-8")
    code = run("import-events", "--vault", str(vault), "--passphrase-file", str(passfile),
               str(notices))  # fmt: skip
    assert code == ExitCode.USAGE
    assert capsys.readouterr().err.strip() == (
        "Line 1 has a cell longer than 131,072 characters: no notice holds that much, "
        "so this is not a notice file."
    )


def test_times_whose_offset_carries_them_out_of_the_calendar_are_rejected_rows(
    program: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS

    vault, passfile = program
    notices = tmp_path / "notices.csv"
    row = "EV-Y,2026-01-01,adverse_event,ICU,Ann Lee,nurse,ICU,a@example.org,,self,"
    notices.write_text(
        ",".join(CANONICAL_COLUMNS) + "\n"
        + row + "0001-01-01T00:30+05:00\n"
        + row.replace("Ann", "Bo") + "9999-12-31T23:30-05:00\n",
        encoding="utf-8",
    )  # fmt: skip
    code = run("import-events", "--vault", str(vault), "--passphrase-file", str(passfile),
               str(notices))  # fmt: skip
    assert code == ExitCode.PARTIAL
    err = capsys.readouterr().err
    assert "line 2: referred_at is in the year 1: give a year from 1900 to 2999." in err
    assert "line 3: referred_at is in the year 9999" in err


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes on POSIX only")
def test_a_vault_path_that_is_not_utf8_works(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / os.fsdecode(b"Programm\xe9")  # Latin-1, not UTF-8
    folder.mkdir()
    vault = str(folder / "program.vault")
    for command in ("init", "check", "backup"):
        assert run(command, "--vault", vault, "--passphrase-file", str(passfile)) == ExitCode.OK
    assert "opens and passes both integrity checks" in capsys.readouterr().out


def test_no_display_is_one_sentence_before_qt_loads(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from peersupport_desktop.cli.display import NO_DISPLAY

    if sys.platform in ("win32", "darwin"):
        pytest.skip("Windows and macOS always have their desktop")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    assert run() == ExitCode.FAILED
    assert capsys.readouterr().err.strip() == NO_DISPLAY
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert run() == ExitCode.FAILED


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_a_vault_in_proc_is_not_called_full_or_missing(
    passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--vault", "/proc/program.vault", "--passphrase-file", str(passfile)]
    assert run("init", *common) == ExitCode.FAILED
    said = capsys.readouterr().err
    assert "cannot be opened" in said and "full" not in said
    assert run("restore", "--from", str(tmp_path / "b.vault"), *common) == ExitCode.FAILED
    assert "No file can be made in the folder /proc" in capsys.readouterr().err
