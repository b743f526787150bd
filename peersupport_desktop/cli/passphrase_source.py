"""Where the command line gets a passphrase: a file, the environment, or a prompt.

Never from an argument, which other users of the machine could read in the
process list (the same rule restic and borg follow).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from peersupport_desktop.core.sayable import Sayable

PASSPHRASE_ENV = "PEERSUPPORT_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "PEERSUPPORT_NEW_PASSPHRASE"  # noqa: S105


# Passphrases taken out of the environment at the program's start (take_from_environment).
_TAKEN: dict[str, str] = {}


def take_from_environment() -> None:
    """Move the passphrase variables out of the environment, into this process alone:
    a child process or a look at /proc/PID/environ then finds nothing. Done when the
    program starts (main() called as the program, not by a script importing it)."""
    for name in (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV):
        value = os.environ.pop(name, None)
        if value:
            _TAKEN[name] = value


class NoPassphrase(Sayable):
    """No way to get a passphrase; the text says which to use."""


# Far more than any passphrase (the rules allow 256 characters): a file larger than
# this is not a passphrase file, and /dev/zero must not fill the memory.
MOST_BYTES = 64 * 1024


def read_passphrase_file(path: Path) -> str:
    try:
        if not path.is_file():  # a pipe would hang, a device never end
            raise NoPassphrase(f"The passphrase file {path} is not a regular file.")
        with path.open("rb") as handle:
            data = handle.read(MOST_BYTES + 1)
        text = data.decode("utf-8")
    except OSError:
        raise NoPassphrase(f"The passphrase file {path} cannot be read.") from None
    except UnicodeDecodeError:
        raise NoPassphrase(f"The passphrase file {path} is not UTF-8 text.") from None
    if len(data) > MOST_BYTES:
        raise NoPassphrase(f"The passphrase file {path} is far too large to hold a passphrase.")
    # A byte-order mark (PowerShell writes one) and one trailing line break (LF or
    # CR LF) are the file's, not the passphrase's.
    return text.removeprefix("\ufeff").removesuffix("\n").removesuffix("\r")


def obtain(
    file: Path | None,
    *,
    env: str = PASSPHRASE_ENV,
    prompt: str = "Passphrase: ",
    confirm: bool = False,
    file_option: str = "--passphrase-file",
) -> str:
    if file is not None:
        return read_passphrase_file(file)
    from_env = _TAKEN.get(env) or os.environ.get(env)
    if from_env:
        return from_env
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != first:
            raise NoPassphrase("The two passphrases differ; nothing was done.")
        return first
    raise NoPassphrase(
        f"No passphrase was given: use {file_option} FILE or set {env} "
        "(a passphrase is never taken as an argument)."
    )
