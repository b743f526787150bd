"""A row of the survey tool's encounter form read into what it means: the case's
reference, the day, the minutes, how they met, and the optional tier, follow-up,
intensity and supporter. Nothing here reads the vault.

Survey tools spell the same answer many ways ("Phone call", "face-to-face",
"Checked", "Tier 2"); each is folded to the program's own code here, so a row's
meaning, and the key it is recognised by when it comes again, does not depend on
the spelling.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from peersupport_desktop.core.codes import ContactMode
from peersupport_desktop.core.record_layout import Column, Layout, MappedRow
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.spreadsheet_dates import UnreadableDate, spreadsheet_date
from peersupport_desktop.core.yes_no import NotYesOrNo, yes_or_no

MAX_MINUTES = 24 * 60

LAYOUT = Layout(
    "encounters",
    "Reported encounters",
    (
        Column(
            "case_code",
            "Case code",
            required=True,
            spellings=("case", "case reference", "reference", "case id", "case number"),
        ),
        Column(
            "occurred_on",
            "Date of the encounter",
            required=True,
            spellings=("date", "encounter date", "date of encounter", "occurred", "day"),
        ),
        Column(
            "minutes",
            "Minutes",
            required=True,
            spellings=("duration", "duration minutes", "length minutes", "time spent"),
        ),
        Column(
            "mode",
            "How you met",
            required=True,
            spellings=("contact mode", "type of contact", "contact type", "how"),
        ),
        Column("tier", "Tier", spellings=("support tier", "tier of support", "level")),
        Column(
            "follow_up_needed",
            "Follow-up needed",
            spellings=("follow up", "followup", "needs follow up", "follow up needed"),
        ),
        Column("intense", "Intense", spellings=("was it hard", "hard", "difficult")),
        Column(
            "supporter",
            "Supporter",
            spellings=("supporter email", "supporter name", "peer supporter", "your name"),
        ),
    ),
)

# What survey forms call the ways of meeting, folded (lower case, single spaces).
_MODES: dict[str, ContactMode] = {
    **{mode.value.replace("_", " "): mode for mode in ContactMode},
    **{mode.label.casefold(): mode for mode in ContactMode},
    "phone call": ContactMode.PHONE,
    "telephone": ContactMode.PHONE,
    "call": ContactMode.PHONE,
    "by phone": ContactMode.PHONE,
    "face to face": ContactMode.IN_PERSON,
    "f2f": ContactMode.IN_PERSON,
    "met in person": ContactMode.IN_PERSON,
    "in person meeting": ContactMode.IN_PERSON,
    "video call": ContactMode.VIDEO,
    "teams": ContactMode.VIDEO,
    "zoom": ContactMode.VIDEO,
    "virtual": ContactMode.VIDEO,
    "text": ContactMode.MESSAGE,
    "text message": ContactMode.MESSAGE,
    "sms": ContactMode.MESSAGE,
    "email": ContactMode.MESSAGE,
    "e mail": ContactMode.MESSAGE,
    "chat": ContactMode.MESSAGE,
}
_REFERENCE = re.compile(r"ps[\s_-]*0*(\d{1,9})")
_MINUTES = re.compile(r"(\d{1,5})(?:\s*(?:min|mins|minutes))?")
_TIER = re.compile(r"(?:tier\s*)?([123])")


class RowReading(Sayable, ValueError):
    """Why a row cannot be read, in one sentence that never quotes its cells (it becomes
    the row's problem in the import's refusal)."""


@dataclass(frozen=True, slots=True)
class EncounterRow:
    line: int
    reference: str  # PS-000012, however the form spelled it
    occurred_on: dt.date
    minutes: int
    mode: ContactMode
    tier: int | None
    follow_up_needed: bool
    intense: bool
    supporter: str  # as written (an e-mail or a name); "" for the case's supporter

    def key(self, supporter_id: int | None) -> str:
        """SHA-256 of what the row says, the supporter as found (an e-mail and a name
        for the same person are one meaning); a blank supporter stays blank, so the
        same row read after the case changed hands is still the same row."""
        meaning = "|".join(
            (
                self.reference,
                self.occurred_on.isoformat(),
                str(self.minutes),
                self.mode.value,
                "" if supporter_id is None else str(supporter_id),
                "" if self.tier is None else str(self.tier),
                "yes" if self.follow_up_needed else "no",
                "yes" if self.intense else "no",
            )
        )
        return hashlib.sha256(meaning.encode("utf-8")).hexdigest()


def canonical_reference(text: str) -> str | None:
    """PS-000012 from "ps-12", "PS 000012", "ps000012" or "12"; None if it is none."""
    folded = " ".join(text.split()).casefold()
    if folded.isdigit() and len(folded) <= 9:
        return f"PS-{int(folded):06d}"
    found = _REFERENCE.fullmatch(folded)
    return f"PS-{int(found.group(1)):06d}" if found else None


def read_row(row: MappedRow, today: dt.date) -> EncounterRow:
    """The row's meaning, or RowReading."""
    code = row.get("case_code")
    if not code:
        raise RowReading("The case code is empty.")
    reference = canonical_reference(code)
    if reference is None:
        raise RowReading("The case code is not a case reference (like PS-000012).")
    return EncounterRow(
        line=row.line,
        reference=reference,
        occurred_on=_day(row.get("occurred_on"), today),
        minutes=_minutes(row.get("minutes")),
        mode=_mode(row.get("mode")),
        tier=_tier(row.get("tier")),
        follow_up_needed=_yes_no(row.get("follow_up_needed"), "Follow-up needed"),
        intense=_yes_no(row.get("intense"), "Intense"),
        supporter=" ".join(row.get("supporter").split()),
    )


def _day(text: str, today: dt.date) -> dt.date:
    if not text:
        raise RowReading("The date of the encounter is empty.")
    try:  # a form's time stamp: its local day is the encounter's
        day = spreadsheet_date(text, "The date of the encounter")
    except UnreadableDate as problem:
        raise RowReading(str(problem)) from None
    if day > today:
        raise RowReading("The date of the encounter is in the future.")
    return day


def _minutes(text: str) -> int:
    found = _MINUTES.fullmatch(text.casefold())
    if found is None or int(found.group(1)) > MAX_MINUTES:
        raise RowReading(f"The minutes are not a whole number from 0 to {MAX_MINUTES}.")
    return int(found.group(1))


def _mode(text: str) -> ContactMode:
    folded = " ".join(re.sub(r"[-_/]", " ", text).split()).casefold()
    if not folded:
        raise RowReading("How they met is empty.")
    mode = _MODES.get(folded)
    if mode is None:
        raise RowReading("How they met is not phone, in person, video or message.")
    return mode


def _tier(text: str) -> int | None:
    if not text:
        return None
    found = _TIER.fullmatch(" ".join(text.split()).casefold())
    if found is None:
        raise RowReading("The tier is not 1, 2 or 3.")
    return int(found.group(1))


def _yes_no(text: str, what: str) -> bool:
    """Blank is no: the form's question was left unticked."""
    try:
        return yes_or_no(text) or False
    except NotYesOrNo:
        raise RowReading(f"{what} is not yes or no.") from None
