"""--self-test: the built application's proof that every layer it needs is there."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peersupport_desktop.cli import self_test
from peersupport_desktop.cli.exit_codes import ExitCode


def test_passes_every_step_and_touches_nothing_outside_its_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "TMPDIR": str(tmp_path),
        "QT_QPA_PLATFORM": "xcb",  # the self-test chooses offscreen itself
    }
    ran = subprocess.run(
        [sys.executable, "-m", "peersupport_desktop", "--self-test"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert ran.returncode == ExitCode.OK, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[0].startswith("Peer Support Desktop ")
    steps = [line for line in lines if line.startswith("  ok  ")]
    assert len(steps) == 9
    assert any("SQLCipher 4." in line for line in steps)
    assert any("1 supporter read from an XLSX sheet" in line for line in steps)
    assert lines[-1].startswith("Self-test passed in ")
    assert ran.stderr == ""
    assert list(home.rglob("*")) == []  # no QSettings, vault, log or backup of the user's
    assert list(tmp_path.glob("peersupport-self-test-*")) == []  # its folder is gone


def test_a_failing_step_is_named_in_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing_plugin(steps: object) -> str:
        raise self_test.SelfTestFailed("Qt chose the 'xcb' platform, not offscreen.")

    monkeypatch.setattr(self_test._Steps, "qt", missing_plugin)
    out = io.StringIO()

    assert self_test.run(out) == ExitCode.FAILED
    assert out.getvalue().splitlines()[-1] == (
        "Self-test FAILED at 'Qt offscreen': Qt chose the 'xcb' platform, not offscreen."
    )


def test_an_unexpected_error_is_named_by_its_kind_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def leaky(steps: object) -> str:
        raise RuntimeError("clinician Jane Roe, PS-000001")

    monkeypatch.setattr(self_test._Steps, "qt", leaky)
    out = io.StringIO()

    assert self_test.run(out) == ExitCode.FAILED
    assert out.getvalue().splitlines()[-1] == "Self-test FAILED at 'Qt offscreen': RuntimeError"
    assert "Jane" not in out.getvalue()


def test_in_a_bundle_it_refuses_what_the_build_should_have_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From source everything is installed, so posing as frozen must find it all."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    steps = self_test._Steps(tmp_path, io.StringIO())

    with pytest.raises(self_test.SelfTestFailed) as refused:
        steps.left_out()

    said = str(refused.value)
    for carried in ("PySide6.QtNetwork", "ssl", "sqlite3", "qvnc", "qtuiotouchplugin"):
        assert carried in said
