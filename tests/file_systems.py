"""Real file systems for the tests that need a disk to be full or read-only.

A tmpfs of a chosen size, mounted for one test (root on Linux; elsewhere, or where the
machine forbids mounting, the test is skipped and a simulated test stands in).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_file_system(mount_point: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` ("4m") at ``mount_point`` for the block's length."""
    if not (sys.platform == "linux" and os.geteuid() == 0 and shutil.which("mount")):
        pytest.skip("mounting a file system needs root on Linux")
    mount_point.mkdir(exist_ok=True)
    options = f"size={size},mode=0700"
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a file system")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def make_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding ``folder``, leaving about ``leave`` bytes free."""
    filler = folder / "filler"
    with filler.open("wb") as handle:
        while shutil.disk_usage(folder).free > leave:
            room = shutil.disk_usage(folder).free - leave
            try:
                handle.write(bytes(min(room, 1 << 20) or 4096))
                handle.flush()
            except OSError:
                break
    return filler
