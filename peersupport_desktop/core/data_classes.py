"""How confidential each stored value is: the anonymized exports build on this."""

from __future__ import annotations

from enum import StrEnum


class DataClass(StrEnum):
    IDENTIFIER = "identifier"  # names, contact details, references: never exported
    QUASI_IDENTIFIER = "quasi_identifier"  # role, department, dates: generalised before export
    SENSITIVE = "sensitive"  # what happened to whom: never exported as is
    FREE_TEXT = "free_text"  # notes and descriptions: never exported
    STATISTIC = "statistic"  # codes, counts and durations: exportable in aggregate
    INTERNAL = "internal"  # keys and bookkeeping that mean nothing outside the vault
