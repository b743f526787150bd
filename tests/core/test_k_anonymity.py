"""Records are k-anonymous on period, role, department and event type."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core.k_anonymity import (
    ALL_DEPARTMENTS,
    OTHER_DEPARTMENTS,
    QuasiIdentifiers,
    anonymize,
)

quasi_identifiers = st.builds(
    lambda year, quarter, role, department, event_type: QuasiIdentifiers(
        period=f"{year}Q{quarter}",
        year=str(year),
        role=role,
        department=department,
        event_type=event_type,
    ),
    st.sampled_from([2025, 2026]),
    st.integers(1, 4),
    st.sampled_from(["nurse", "attending", "trainee", "pharmacist", "app"]),
    st.sampled_from(["ICU", "Emergency", "Surgery", "Burns", "Dialysis", "Oncology"]),
    st.sampled_from(["adverse_event", "unexpected_death", "litigation", "complaint"]),
)


def _rows(key: tuple[str, str, str, str], n: int) -> list[QuasiIdentifiers]:
    period, role, department, event_type = key
    return [QuasiIdentifiers(period, period[:4], role, department, event_type)] * n


@given(st.lists(quasi_identifiers, max_size=300), st.integers(2, 8))
def test_every_published_combination_holds_at_least_k_rows(
    rows: list[QuasiIdentifiers], k: int
) -> None:
    result = anonymize(rows, k)
    published = [row for row in result.rows if row is not None]
    sizes = Counter(row.key for row in published)
    assert all(size >= k for size in sizes.values())
    assert result.achieved == (min(sizes.values()) if sizes else None)
    assert result.suppressed == len(rows) - len(published)
    assert len(result.rows) == len(rows)
    # Generalising never invents: each published row still fits the case it came from.
    for original, shown in zip(rows, result.rows, strict=True):
        if shown is not None:
            assert shown.period in (original.period, original.year)
            assert shown.role in (original.role, "other roles")
            assert shown.department in (original.department, OTHER_DEPARTMENTS, ALL_DEPARTMENTS)
            assert shown.event_type in (original.event_type, "other", "all event types")


def test_a_program_already_k_anonymous_is_left_as_it_is() -> None:
    rows = _rows(("2026Q3", "nurse", "ICU", "adverse_event"), 5) + _rows(
        ("2026Q3", "attending", "ICU", "adverse_event"), 6
    )
    result = anonymize(rows, 5)
    assert result.rows == tuple(rows)
    assert result.steps == () and result.suppressed == 0 and result.achieved == 5


def test_a_rare_department_is_generalised_before_anything_is_left_out() -> None:
    rows = (
        _rows(("2026Q3", "nurse", "ICU", "adverse_event"), 20)
        + _rows(("2026Q3", "nurse", "Burns", "adverse_event"), 3)
        + _rows(("2026Q3", "nurse", "Dialysis", "adverse_event"), 2)
    )
    result = anonymize(rows, 5)
    assert result.suppressed == 0 and result.achieved == 5
    assert Counter(r.department for r in result.rows if r) == {"ICU": 20, OTHER_DEPARTMENTS: 5}
    assert result.steps == ("departments with fewer than 5 rows shown as 'other departments'",)


def test_a_few_stragglers_are_left_out_rather_than_blur_everyone() -> None:
    # One row in a hundred is rare: leaving it out costs less than generalising all.
    rows = _rows(("2026Q3", "nurse", "ICU", "adverse_event"), 99) + _rows(
        ("2026Q2", "nurse", "ICU", "adverse_event"), 1
    )
    result = anonymize(rows, 5)
    assert result.steps == () and result.suppressed == 1 and result.rows[-1] is None


def test_nothing_is_published_when_no_combination_can_reach_k() -> None:
    result = anonymize(_rows(("2026Q3", "nurse", "ICU", "adverse_event"), 3), 5)
    assert result.achieved is None and result.suppressed == 3


def test_k_below_two_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        anonymize([], 1)
