"""An export's names and codes read in words in the preview."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.codes import EventType, Outcome, ReferralSource, Role
from peersupport_desktop.core.plain_words import cell_in_words, in_words


@pytest.mark.parametrize(
    ("column", "value", "split", "shown"),
    [
        ("figure", "median_hours_to_first_outreach", None, "Median hours to first outreach"),
        ("figure", "p90_hours", None, "90th percentile of hours"),
        ("table", "program", None, "The whole program"),
        ("table", "referral_source", None, "Referral source"),
        ("category", "risk_management", "referral_source", ReferralSource("risk_management").label),
        ("category", "ICU", "department", "ICU"),
        ("category", "all", "program", "All"),
        ("period", "2026Q3", None, "Q3 2026"),
        ("period", "2026", None, "2026"),
        ("role", "trainee", None, Role.TRAINEE.label),
        ("outreach_within_target", "yes", None, "Yes"),
        ("value", "hidden", None, "hidden"),
    ],
)  # fmt: skip
def test_cells_in_words(column: str, value: str, split: str | None, shown: str) -> None:
    assert cell_in_words(column, value, split) == shown


def test_every_glossary_code_reads_as_its_label() -> None:
    for codes, split in ((EventType, "event_type"), (Outcome, "outcome"), (Role, "role")):
        for code in codes:
            assert cell_in_words("category", code.value, split) == code.label
    assert in_words("hours_to_first_outreach") == "Hours to first outreach"
