"""Why a notice row is not imported, as the window says it: the columns by their labels.

The checks name columns by their codes ("event_date differs from line 3 of the same
event_ref."), which the command line and the rejected rows' file keep, as the canonical
files' headers are those codes. The window reads them in plain words.
"""

from __future__ import annotations

import re

from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS, COLUMN_LABELS

# A quoted name is the file's own column, said as the file says it: left alone.
_WORDS = re.compile(r"'[^']*'|\b(" + "|".join(CANONICAL_COLUMNS) + r")\b")


def plain_reason(reason: str) -> str:
    """The sentence with each column code said by its label (lower case inside it)."""

    def label(match: re.Match[str]) -> str:
        column = match.group(1)
        if column is None:
            return match.group(0)
        text = COLUMN_LABELS[column]
        return text if match.start() == 0 else text[0].lower() + text[1:]

    return _WORDS.sub(label, reason).replace("canonical columns", "standard columns")
