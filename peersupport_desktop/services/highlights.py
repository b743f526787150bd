"""The coordinator's highlights of a quarter: a few paragraphs in their own words for the
report's Highlights section, kept in the vault one quarter at a time.

A report must never name anyone, and free text could: ``names_in`` finds the clinicians
and supporters a text names so the window can warn before saving. What it finds is for
the screen only, never logged or stored.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.search_folding import fold
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import Clinician, QuarterHighlights, Supporter
from peersupport_desktop.store.vault import Vault

MAX_HIGHLIGHTS = 2000


def get_highlights(vault: Vault, quarter: Quarter) -> str:
    """The quarter's highlights; "" when none were written."""
    with vault.reading() as session:
        row = session.get(QuarterHighlights, str(quarter))
        return row.text if row is not None else ""


def set_highlights(vault: Vault, quarter: Quarter, text: str) -> None:
    """Keep ``text`` as the quarter's highlights; an empty text removes them."""
    clean = text.strip()
    if len(clean) > MAX_HIGHLIGHTS:
        raise InvalidInput(
            "highlights", f"The highlights can have at most {MAX_HIGHLIGHTS:,} characters."
        )
    with vault.transaction() as session:
        row = session.get(QuarterHighlights, str(quarter))
        if not clean:
            if row is not None:
                session.delete(row)
                audit.record(session, "report.highlights_removed", "report", None)
            return
        if row is None:
            row = QuarterHighlights(quarter=str(quarter))
            session.add(row)
        row.text, row.updated_at = clean, now()
        audit.record(session, "report.highlights", "report", None)


def names_in(vault: Vault, text: str) -> list[str]:
    """The clinicians and supporters whose whole name ``text`` mentions, as the vault
    writes them, sorted; case and accents set aside ("ana nunez" finds Ana Núñez)."""
    folded = _words(text)
    if not folded:
        return []
    with vault.reading() as session:
        names = set(session.scalars(select(Clinician.name))) | set(
            session.scalars(select(Supporter.name))
        )
    found = set()
    for name in names:
        wanted = _words(name or "")
        # Whole words only: "Ana" is no match for "Anastasia", nor one name for two.
        # The plain substring test first: at 100,000 names, the pattern is built only
        # for the few that can match.
        if wanted and wanted in folded and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", folded):
            found.add(name.strip())
    return sorted(found, key=fold)


def _words(text: str) -> str:
    return " ".join(fold(text).split())
