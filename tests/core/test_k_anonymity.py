"""Records are k-anonymous on period, role, department, event type and referral
source, and no single row is ever left out."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core.k_anonymity import (
    ALL_DEPARTMENTS,
    ALL_ROLES,
    OTHER_DEPARTMENTS,
    QuasiIdentifiers,
    anonymize,
)

quasi_identifiers = st.builds(
    lambda year, quarter, role, department, event_type, source: QuasiIdentifiers(
        period=f"{year}Q{quarter}",
        year=str(year),
        role=role,
        department=department,
        event_type=event_type,
        referral_source=source,
    ),
    st.sampled_from([2025, 2026]),
    st.integers(1, 4),
    st.sampled_from(["nurse", "attending", "trainee", "pharmacist", "app"]),
    st.sampled_from(["ICU", "Emergency", "Surgery", "Burns", "Dialysis", "Oncology"]),
    st.sampled_from(["adverse_event", "unexpected_death", "litigation", "complaint"]),
    st.sampled_from(["self", "colleague", "safety_report"]),
)


def _rows(key: tuple[str, str, str, str], n: int, source: str = "self") -> list[QuasiIdentifiers]:
    period, role, department, event_type = key
    return [QuasiIdentifiers(period, period[:4], role, department, event_type, source)] * n


@given(st.lists(quasi_identifiers, max_size=300), st.integers(5, 12))
def test_every_published_combination_holds_at_least_k_rows(
    rows: list[QuasiIdentifiers], k: int
) -> None:
    result = anonymize(rows, k)
    published = [row for row in result.rows if row is not None]
    sizes = Counter(row.key for row in published)
    assert all(size >= k for size in sizes.values())
    assert result.achieved == (min(sizes.values()) if sizes else None)
    assert len(result.rows) == len(rows)
    # Rows are left out only a whole year at a time, and only one too small for k.
    pairs = zip(rows, result.rows, strict=True)
    left_out = Counter(original.year for original, shown in pairs if not shown)
    for year, n in left_out.items():
        assert n == sum(1 for row in rows if row.year == year) and n < k
    assert result.periods_left_out == bool(left_out)
    # Generalising never invents: each published row still fits the case it came from.
    for original, shown in zip(rows, result.rows, strict=True):
        if shown is not None:
            assert shown.period in (original.period, original.year)
            assert shown.role in (original.role, "other roles", ALL_ROLES)
            assert shown.department in (original.department, OTHER_DEPARTMENTS, ALL_DEPARTMENTS)
            assert shown.event_type in (original.event_type, "other", "all event types")
            assert shown.referral_source in (original.referral_source, "other", "all sources")


def test_a_program_already_k_anonymous_is_left_as_it_is() -> None:
    rows = _rows(("2026Q3", "nurse", "ICU", "adverse_event"), 11) + _rows(
        ("2026Q3", "attending", "ICU", "adverse_event"), 12
    )
    result = anonymize(rows, 11)
    assert result.rows == tuple(rows)
    assert result.steps == () and result.achieved == 11


def test_a_rare_department_is_grouped_and_its_group_made_large_enough() -> None:
    rows = (
        _rows(("2026Q3", "nurse", "ICU", "adverse_event"), 30)
        + _rows(("2026Q3", "nurse", "Surgery", "adverse_event"), 12)
        + _rows(("2026Q3", "nurse", "Burns", "adverse_event"), 3)
        + _rows(("2026Q3", "nurse", "Dialysis", "adverse_event"), 2)
    )
    result = anonymize(rows, 11)
    assert result.achieved == 17
    # Burns and Dialysis make 5, too few: Surgery, the next smallest, joins them.
    assert Counter(r.department for r in result.rows if r) == {"ICU": 30, OTHER_DEPARTMENTS: 17}
    assert result.steps == ("departments with fewer than 11 rows shown as 'other departments'",)


def test_a_straggler_is_generalised_with_the_others_never_left_out() -> None:
    # Left out, the one referral of 2026Q2 would be found by subtracting from a summary.
    rows = _rows(("2026Q3", "nurse", "ICU", "adverse_event"), 99) + _rows(
        ("2026Q2", "nurse", "ICU", "adverse_event"), 1
    )
    result = anonymize(rows, 11)
    assert all(row is not None for row in result.rows)
    assert {row.period for row in result.rows if row} == {"2026"}


def test_a_step_that_merges_nothing_is_not_taken() -> None:
    # One quarter of one year: showing the year instead would blur nothing.
    rows = _rows(("2026Q3", "nurse", "ICU", "adverse_event"), 6) + _rows(
        ("2026Q3", "attending", "ICU", "adverse_event"), 6
    )
    result = anonymize(rows, 11)
    assert "periods shown as years" not in result.steps
    assert {row.period for row in result.rows if row} == {"2026Q3"}


def test_nothing_is_published_when_a_year_cannot_reach_k() -> None:
    result = anonymize(_rows(("2026Q3", "nurse", "ICU", "adverse_event"), 3), 5)
    assert result.achieved is None and result.periods_left_out
    assert all(row is None for row in result.rows)


def test_k_below_five_is_refused() -> None:
    with pytest.raises(ValueError, match="from 5 to 100"):
        anonymize([], 4)
