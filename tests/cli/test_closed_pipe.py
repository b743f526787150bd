"""A listing piped into a reader that stops early (`cases | head -2`) ends quietly: no
traceback on standard error, and exit 0, for what was asked is done."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peersupport_desktop.services import supporters
from peersupport_desktop.store.vault import create_vault

PHRASE = "a closed pipe is not a failure 2026"


@pytest.mark.real_kdf  # a real process derives its key at the real cost
def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    vault_path = tmp_path / "p.vault"
    vault = create_vault(vault_path, PHRASE)
    for number in range(300):  # more than a pipe's buffer, whatever the platform's
        supporters.add_supporter(
            vault, supporters.SupporterInput(name=f"Supporter {number:03d}", role="nurse")
        )
    vault.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERSUPPORT_")}
    env["PEERSUPPORT_PASSPHRASE"] = PHRASE
    command = [sys.executable, "-m", "peersupport_desktop", "supporters", "--json"]
    running = subprocess.Popen(
        [*command, "--vault", str(vault_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert running.stdout is not None and running.stderr is not None
    assert running.stdout.read(10)  # the first bytes, then the reader goes away
    running.stdout.close()
    error = running.stderr.read().decode()
    assert running.wait(timeout=60) == 0
    assert error == ""
