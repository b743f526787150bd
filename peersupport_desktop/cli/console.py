"""What a command says: a line of output, or one sentence on stderr and a usage exit."""

from __future__ import annotations

import sys

from peersupport_desktop.cli.exit_codes import ExitCode


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def refuse(sentence: str) -> int:
    sys.stderr.write(sentence + "\n")
    return ExitCode.USAGE
