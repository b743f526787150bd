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
