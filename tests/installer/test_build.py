"""build.py's own logic: which program runs the self-test, and what a failure says.

The real build (PyInstaller, about a minute) runs in .ci/run's bundle step instead."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import build
from bundle_identity import BUNDLE_NAME, CLI_NAME

pytestmark = pytest.mark.skipif(os.name != "posix", reason="stand-in programs are sh scripts")


def _bundle_running(tmp_path: Path, script: str) -> Path:
    bundle = tmp_path / BUNDLE_NAME
    bundle.mkdir()
    program = build.executable(bundle)
    program.parent.mkdir(parents=True, exist_ok=True)
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    return bundle


def test_the_self_test_runs_without_the_builder_s_vault_or_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PEERSUPPORT_PASSPHRASE", "the builder's own")
    monkeypatch.setenv("PEERSUPPORT_VAULT", str(tmp_path / "real.vault"))
    seen = tmp_path / "seen.txt"
    bundle = _bundle_running(tmp_path, f'[ "$1" = --self-test ] && env > "{seen}"')

    build.self_test(bundle)

    assert "PEERSUPPORT_" not in seen.read_text(encoding="utf-8")


def test_a_failed_self_test_fails_the_build(tmp_path: Path) -> None:
    bundle = _bundle_running(tmp_path, "exit 1")
    with pytest.raises(build.BuildFailed, match="self-test failed"):
        build.self_test(bundle)


def test_a_bundle_that_cannot_start_fails_the_build(tmp_path: Path) -> None:
    with pytest.raises(build.BuildFailed, match="did not run"):
        build.self_test(tmp_path / "missing")


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", f"{BUNDLE_NAME}/{BUNDLE_NAME}"),
        ("win32", f"{BUNDLE_NAME}/{CLI_NAME}.exe"),  # the console twin: it can print
        ("darwin", f"{BUNDLE_NAME}/Contents/MacOS/{BUNDLE_NAME}"),
    ],
)
def test_the_program_that_prints_on_each_platform(
    platform: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert build.executable(Path(BUNDLE_NAME)).as_posix() == expected


def test_without_pyinstaller_the_build_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "PyInstaller", None)  # import fails

    assert build.main(["--dist", "unused", "--work", "unused"]) == 1
    assert 'pip install -e ".[installer]"' in capsys.readouterr().err
