"""Whether the window has a display to show on, asked before Qt loads.

Qt aborts the process (exit 134, a core-dump message) when its platform plugin finds no
display; a coordinator who started the application over SSH, or a script that ran it
by mistake, should read one sentence instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NO_DISPLAY = (
    "No display was found, so the window cannot open: start Peer Support Desktop from "
    "a desktop session. The command line (peersupport-desktop --help) works without one."
)
# The platforms that draw without a display server (tests, screenshots, the self-test).
_HEADLESS = ("offscreen", "minimal", "minimalegl", "linuxfb", "eglfs", "vkkhrdisplay")


def display_problem() -> str | None:
    """The sentence to say when there is no display; None when the window can open."""
    if sys.platform in ("win32", "darwin"):
        return None  # the desktop is always there to ask
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if platform in _HEADLESS:
        return None
    x11 = bool(os.environ.get("DISPLAY"))
    # Without WAYLAND_DISPLAY, Wayland's library tries the socket "wayland-0".
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    wayland = bool(os.environ.get("WAYLAND_DISPLAY")) or (
        bool(runtime) and Path(runtime, "wayland-0").exists()
    )
    if platform == "xcb":
        return None if x11 else NO_DISPLAY
    if platform.startswith("wayland"):
        return None if wayland else NO_DISPLAY
    return None if x11 or wayland else NO_DISPLAY
