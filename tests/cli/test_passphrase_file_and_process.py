"""Passphrase files as Windows and scripts write them, and a process that leaves no
core dump (issue 20, items 6, 8 and 9 in part)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peersupport_desktop.cli.passphrase_source import (
    MOST_BYTES,
    NoPassphrase,
    read_passphrase_file,
)

PHRASE = "a quiet harbor at dawn with gulls"


@pytest.mark.parametrize(
    "written",
    [
        PHRASE.encode(),
        (PHRASE + "\n").encode(),
        (PHRASE + "\r\n").encode(),
        ("\ufeff" + PHRASE + "\r\n").encode("utf-8"),  # PowerShell's Out-File
    ],
)
def test_a_passphrase_file_gives_the_phrase_alone(tmp_path: Path, written: bytes) -> None:
    path = tmp_path / "phrase.txt"
    path.write_bytes(written)
    assert read_passphrase_file(path) == PHRASE


def test_a_pipe_a_device_or_a_huge_file_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    with pytest.raises(NoPassphrase, match="not a regular file"):
        read_passphrase_file(pipe)
    with pytest.raises(NoPassphrase, match="not a regular file"):
        read_passphrase_file(Path("/dev/zero"))  # would fill the memory
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x" * (MOST_BYTES + 1))
    with pytest.raises(NoPassphrase, match="far too large"):
        read_passphrase_file(huge)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_process_can_leave_no_core_dump() -> None:
    script = (
        "import ctypes, resource\n"
        "from peersupport_desktop.cli.process_limits import forbid_core_dumps\n"
        "forbid_core_dumps()\n"
        "libc = ctypes.CDLL(None)\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "(0, 0) 0"  # no core size, and PR_GET_DUMPABLE says no


@pytest.mark.real_kdf  # a real process derives its key at the real cost
def test_the_program_takes_the_passphrase_out_of_its_environment(tmp_path: Path) -> None:
    from peersupport_desktop.store.vault import create_vault

    vault = tmp_path / "p.vault"
    create_vault(vault, PHRASE).close()
    script = (
        "import os, sys\n"
        "from peersupport_desktop.cli import main\n"
        f"sys.argv = ['peersupport-desktop', 'check', '--vault', {str(vault)!r}]\n"
        "code = main()\n"
        "print(code, os.environ.get('PEERSUPPORT_PASSPHRASE'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERSUPPORT_")}
    env["PEERSUPPORT_PASSPHRASE"] = PHRASE
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    # It opened the vault with it, and no child or /proc reader finds it afterwards.
    assert done.stdout.strip().splitlines()[-1] == "0 None"
