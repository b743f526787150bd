"""A row of the survey tool's encounter form read into its meaning, whatever the form's
spelling, and the key it is recognised by when it comes again."""

from __future__ import annotations

import datetime as dt

import pytest

from peersupport_desktop.core.codes import ContactMode
from peersupport_desktop.core.encounter_rows import (
    LAYOUT,
    RowReading,
    canonical_reference,
    read_row,
)
from peersupport_desktop.core.record_layout import MappedRow

TODAY = dt.date(2026, 12, 3)


def row(**cells: str) -> MappedRow:
    values = {"case_code": "PS-000012", "occurred_on": "2026-12-01", "minutes": "30"}
    values["mode"] = "phone"
    values.update(cells)
    return MappedRow(2, values)


@pytest.mark.parametrize(
    ("written", "reference"),
    [
        ("PS-000012", "PS-000012"),
        ("ps-12", "PS-000012"),
        ("PS 000012", "PS-000012"),
        (" ps000012 ", "PS-000012"),
        ("Ps_12", "PS-000012"),
        ("12", "PS-000012"),
        ("PS-1234567", "PS-1234567"),
        ("PX-12", None),
        ("PS-", None),
        ("Ingrid", None),
    ],
)
def test_case_codes_in_their_spellings(written: str, reference: str | None) -> None:
    assert canonical_reference(written) == reference


@pytest.mark.parametrize(
    ("written", "mode"),
    [
        ("Phone call", ContactMode.PHONE),
        ("telephone", ContactMode.PHONE),
        ("face-to-face", ContactMode.IN_PERSON),
        ("Face to face", ContactMode.IN_PERSON),
        ("in_person", ContactMode.IN_PERSON),
        ("In person", ContactMode.IN_PERSON),
        ("Video call", ContactMode.VIDEO),
        ("Teams", ContactMode.VIDEO),
        ("Text message", ContactMode.MESSAGE),
        ("e-mail", ContactMode.MESSAGE),
    ],
)
def test_how_they_met_in_survey_words(written: str, mode: ContactMode) -> None:
    assert read_row(row(mode=written), TODAY).mode is mode


def test_optional_answers_blank_or_spelled_as_forms_export_them() -> None:
    plain = read_row(row(), TODAY)
    assert (plain.tier, plain.follow_up_needed, plain.intense, plain.supporter) == (
        None, False, False, "",
    )  # fmt: skip
    ticked = read_row(
        row(tier="Tier 3", follow_up_needed="Checked", intense="YES", supporter="  Ana   Ruiz "),
        TODAY,
    )
    assert (ticked.tier, ticked.follow_up_needed, ticked.intense, ticked.supporter) == (
        3, True, True, "Ana Ruiz",
    )  # fmt: skip
    stamped = read_row(row(occurred_on="2026-12-01 14:30", minutes="45 min"), TODAY)
    assert (stamped.occurred_on, stamped.minutes) == (dt.date(2026, 12, 1), 45)


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"case_code": ""}, "The case code is empty."),
        ({"occurred_on": ""}, "The date of the encounter is empty."),
        (
            {"occurred_on": "12/01/2026"},
            "The date of the encounter could be read day first or month first: write it as "
            "year-month-day (like 2026-03-31) or with the month's name.",
        ),
        ({"occurred_on": "2026-12-04"}, "The date of the encounter is in the future."),
        (
            {"occurred_on": "1899-12-31"},
            "The date of the encounter is not in the years 1900 to 2999.",
        ),
        ({"minutes": "-5"}, "The minutes are not a whole number from 0 to 1440."),
        ({"minutes": "1441"}, "The minutes are not a whole number from 0 to 1440."),
        ({"minutes": "half an hour"}, "The minutes are not a whole number from 0 to 1440."),
        ({"mode": ""}, "How they met is empty."),
        ({"tier": "0"}, "The tier is not 1, 2 or 3."),
        ({"intense": "very"}, "Intense is not yes or no."),
    ],
)
def test_a_row_that_cannot_be_read_says_why_without_its_cells(
    cells: dict[str, str], reason: str
) -> None:
    with pytest.raises(RowReading) as caught:
        read_row(row(**cells), TODAY)
    assert str(caught.value) == reason


def test_the_key_is_the_rows_meaning_not_its_spelling() -> None:
    one = read_row(row(case_code="ps 12", mode="Phone call", follow_up_needed="no"), TODAY)
    same = read_row(row(case_code="PS-000012", mode="phone", follow_up_needed=""), TODAY)
    assert one.key(None) == same.key(None)
    assert one.key(None) != one.key(4)  # a supporter named is part of the meaning
    other = read_row(row(minutes="31"), TODAY)
    assert other.key(None) != same.key(None)
    assert len(same.key(None)) == 64


def test_the_layout_guesses_a_survey_tools_usual_names() -> None:
    headers = ["Respondent email", "Case", "Date", "Duration", "Contact type", "Tier"]
    assert LAYOUT.guess(headers) == {
        "case_code": "Case",
        "occurred_on": "Date",
        "minutes": "Duration",
        "mode": "Contact type",
        "tier": "Tier",
    }
