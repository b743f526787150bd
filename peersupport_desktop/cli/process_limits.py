"""No core dump of this process: one would hold the vault's key and the names on
screen, in plaintext, wherever the system keeps its crash files."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4  # linux/prctl.h


def forbid_core_dumps() -> None:
    """A core size limit of zero (POSIX), and on Linux not dumpable at all, which also
    keeps other processes of the same user from attaching to read its memory."""
    if sys.platform == "win32":
        return  # no core files; Windows Error Reporting is the system's to configure
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
