"""The summary export's vocabulary: what it can be split by, and how a hidden cell
reads. Which cells are hidden is decided by core.disclosure, over the whole
publication at once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from peersupport_desktop.core.disclosure.model import HIDDEN_TEXT

Value = int | float | str | None


class Dimension(StrEnum):
    """What a summary can be split by; each gives one table per period."""

    EVENT_TYPE = "event_type"
    REFERRAL_SOURCE = "referral_source"
    ROLE = "role"
    DEPARTMENT = "department"
    OUTCOME = "outcome"

    @property
    def other(self) -> str:
        """The broader category rare ones are folded into."""
        return _OTHER[self]

    @property
    def figure(self) -> str:
        """The count the table splits: referrals, or closings for outcomes."""
        return "closed" if self is Dimension.OUTCOME else "referrals"


_OTHER = {
    Dimension.EVENT_TYPE: "other",
    Dimension.REFERRAL_SOURCE: "other",
    Dimension.ROLE: "other roles",
    Dimension.DEPARTMENT: "other departments",
    Dimension.OUTCOME: "other outcomes",
}


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A hidden cell as published: 'hidden', whether it is small or hidden to protect
    a small one (telling them apart would give counts away)."""

    text: str

    def __str__(self) -> str:
        return self.text


HIDDEN = Suppressed(HIDDEN_TEXT)  # every hidden cell, small or protecting, reads alike
