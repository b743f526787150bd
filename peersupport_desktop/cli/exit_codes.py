"""Exit codes of the command line: a public contract, documented in the README."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # the disk or the vault refused: full, read-only, busy, a rule broken
    USAGE = 2  # bad options, no passphrase, a weak new passphrase, bad input
    WRONG_PASSPHRASE = 3
    DAMAGED = 4  # damaged, truncated, foreign, or failing the integrity check
    NO_SUCH_FILE = 5  # the vault is missing, or a file that must be new exists
    PARTIAL = 6  # an import stored its valid rows and rejected the others
