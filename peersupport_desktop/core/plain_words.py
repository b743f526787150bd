"""What an export's columns and codes say, in words a coordinator reads.

The file keeps its column names and glossary codes (analysts' scripts read them);
a preview shows each in words, and names the code it stands for where they differ.
"""

from __future__ import annotations

from peersupport_desktop.core.codes import (
    CaseStatus,
    EventType,
    LabelledCode,
    Outcome,
    ReferralSource,
    Role,
)
from peersupport_desktop.core.quarters import Quarter

# Which glossary codes each column (or, in a summary, each split) holds.
CODES_OF: dict[str, type[LabelledCode]] = {
    "role": Role,
    "event_type": EventType,
    "referral_source": ReferralSource,
    "status": CaseStatus,
    "outcome": Outcome,
}
_WORDS = {
    "p90": "90th percentile of",
    "percent": "percent",
    "program": "the whole program",
    "all": "all",
    "total": "total",
    "yes": "yes",
    "no": "no",
}


def in_words(code: str) -> str:
    """A snake_case name as a phrase: "median_hours_to_first_outreach" reads
    "Median hours to first outreach"."""
    words = [_WORDS.get(word, word) for word in code.split("_")]
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]


def cell_in_words(column: str, value: str, split: str | None = None) -> str:
    """A cell of ``column`` as a person reads it; ``split`` is a summary row's table
    (which codes its category holds). Anything else is shown as written."""
    if column == "period":
        try:
            quarter = Quarter.parse(value)
        except ValueError:
            return value
        return f"Q{quarter.number} {quarter.year}"
    codes = CODES_OF.get(split if column == "category" and split else column)
    if codes is not None:
        try:
            return codes(value).label
        except ValueError:
            pass
    if column in ("table", "figure") or value in _WORDS:
        return in_words(value)
    return value
