"""``tel:`` and ``mailto:`` links handed to the desktop, which dials or writes.

Not QDesktopServices: on Linux it may ask the desktop portal over D-Bus, a socket
this process would open. The system's own opener runs as a separate program instead
(xdg-open, open, or the Windows shell), and this process never touches the network.
"""

from __future__ import annotations

import os
import subprocess
import sys
from urllib.parse import quote


def phone_link(number: str) -> str:
    """A ``tel:`` URI: the digits and a leading +, as RFC 3966 wants them."""
    kept = "".join(c for c in number if c.isdigit() or c == "+")
    return f"tel:{kept}"


def mail_link(address: str) -> str:
    return f"mailto:{quote(address, safe='@')}"


def _hand_to_desktop(url: str) -> None:
    if sys.platform == "win32":
        os.startfile(url)  # type: ignore[attr-defined]  # noqa: S606 (the shell's own opener)
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    subprocess.Popen(  # noqa: S603 (a fixed program; the URL is one argument, not a shell line)
        [opener, url],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


# The tests put a recorder here: nothing is dialled while the suite runs.
hand_to_desktop = _hand_to_desktop


def open_link(url: str) -> str | None:
    """Opens ``url`` with the desktop; a sentence if there is no program to do it."""
    try:
        hand_to_desktop(url)
    except OSError:
        return (
            "No program on this computer opens phone or email links; "
            "copy the number or address instead."
        )
    return None
