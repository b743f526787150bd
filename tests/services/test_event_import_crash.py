"""A process killed (SIGKILL) while importing leaves the vault as before or after: never half."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS
from peersupport_desktop.services import vault_care
from peersupport_desktop.store.models import Case, Clinician, Event
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import CHEAP_KDF_ITERATIONS, PASSPHRASE

ROWS = 2400
# The child keys the vault as the test made it: with the tests' cheap key derivation.
CHILD = (
    "import sys\n"
    "from peersupport_desktop.store import keying\n"
    f"keying.KDF_ITERATIONS = {CHEAP_KDF_ITERATIONS}\n"
    "from peersupport_desktop.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def notice_file(path: Path) -> Path:
    lines = [",".join(CANONICAL_COLUMNS)]
    for n in range(ROWS):
        lines.append(
            f"K-{n // 3},2026-03-01,trauma,ICU,Person {n},nurse,ICU,p{n}@example.org,,self,"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_import(vault_path: Path, notices: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PEERSUPPORT_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, "import-events", "--vault", str(vault_path), str(notices)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stored(vault_path: Path) -> tuple[int, int, int]:
    with open_vault(vault_path, PASSPHRASE) as opened:
        assert vault_care.check(opened).ok, "the vault must pass both integrity checks"
        with opened.transaction() as session:
            return tuple(  # type: ignore[return-value]
                session.scalar(select(func.count()).select_from(model))
                for model in (Event, Clinician, Case)
            )


def test_a_killed_import_leaves_all_or_nothing_of_the_file(
    vault: Vault, new_vault_path: Path, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    notices = notice_file(tmp_path / "notices.csv")
    vault.close()
    # How long a whole import takes here, so the kills land across all of it.
    started = time.monotonic()
    assert start_import(new_vault_path, notices).wait(timeout=120) == 0
    whole = time.monotonic() - started
    everything = stored(new_vault_path)
    assert everything == (ROWS // 3, ROWS, ROWS)

    rng = random.Random(20261123)
    outcomes = set()
    for round_ in range(4):
        target = tmp_path / f"round{round_}.vault"
        make_vault(target).close()
        child = start_import(target, notices)
        if round_ % 2 == 0:
            time.sleep(rng.uniform(0.2, whole))  # anywhere in the run
        else:
            wait_for_the_commit_to_start(target, child)  # right in the commit's writes
        finished = child.poll() is not None
        child.send_signal(signal.SIGKILL)  # no-op if it has already ended
        child.wait(timeout=30)
        found = stored(target)
        assert found in ((0, 0, 0), everything), f"round {round_}: half an import ({found})"
        outcomes.add((found == everything, finished))
    assert (False, False) in outcomes, "some kill must land before the import committed"


def wait_for_the_commit_to_start(vault_path: Path, child: subprocess.Popen[bytes]) -> None:
    """Until the write-ahead log starts growing (the transaction's pages going to disk)."""
    wal = vault_path.with_name(vault_path.name + "-wal")
    deadline = time.monotonic() + 60
    baseline = None
    while time.monotonic() < deadline and child.poll() is None:
        try:
            size = wal.stat().st_size
        except FileNotFoundError:  # not yet made, or already removed on close
            size = 0
        if baseline is None and size:
            baseline = size
        elif baseline is not None and size > baseline:
            return
        time.sleep(0.0005)
