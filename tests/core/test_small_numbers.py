"""Small-number suppression: no hidden count can be recovered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core import small_numbers as sn

T = 11


def test_primary_suppression() -> None:
    assert sn.count(0, T).value == 0
    assert sn.count(5, T).hidden
    assert sn.count(11, T).value == 11
    assert sn.count(3, T).text() == "suppressed"


def test_one_hidden_cell_takes_its_smallest_neighbour_with_it() -> None:
    shown = sn.table({"a": 40, "b": 3, "c": 15, "d": 0}, T)
    assert shown.total.value == 58
    assert shown.cells["b"].hidden and shown.cells["c"].hidden
    assert shown.cells["a"].value == 40 and shown.cells["d"].value == 0
    # One word for both: '<11' beside 'suppressed' would say b + c = 18 is 3 + 15.
    assert shown.cells["b"].text() == shown.cells["c"].text() == "suppressed"


def test_hidden_cells_that_sum_small_take_another_with_them() -> None:
    shown = sn.table({"a": 40, "b": 1, "c": 1, "d": 20}, T)
    assert [k for k, c in shown.cells.items() if c.hidden] == ["b", "c", "d"]
    assert shown.total.value == 62


def test_one_hidden_cell_beside_zeros_hides_the_total() -> None:
    shown = sn.table({"a": 0, "b": 4}, T)
    assert shown.cells["b"].hidden and shown.total.hidden


def test_hidden_ones_need_company_that_is_not_all_ones() -> None:
    shown = sn.table({chr(97 + i): 1 for i in range(5)} | {"z": 40}, 5)
    # Five hidden ones under a shown total would each be exactly 1.
    assert shown.cells["z"].hidden or shown.total.hidden


def test_a_small_total_is_hidden() -> None:
    assert sn.table({"a": 2, "b": 3}, T).total.hidden


def test_threshold_never_below_five() -> None:
    with pytest.raises(ValueError, match="never below 5"):
        sn.count(1, 4)


def test_shares_and_parts() -> None:
    assert sn.share(30, 40, T) is None  # 10 did not: small
    assert sn.share(20, 40, T) == pytest.approx(0.5)
    assert sn.share(0, 40, T) == 0
    assert sn.share(5, 8, T) is None
    assert sn.part_of(40, 35, T)[1].hidden  # 5 declined would show
    assert sn.part_of(40, 20, T)[1].value == 20


tables = st.dictionaries(
    st.sampled_from(list("abcdefgh")), st.integers(min_value=0, max_value=60), min_size=1
)


@given(tables, st.integers(min_value=5, max_value=20))
def test_no_small_count_is_published_or_recoverable(values: dict[str, int], threshold: int) -> None:
    shown = sn.table(values, threshold)
    published = [c.value for c in shown.cells.values() if c.value is not None]
    if shown.total.value is not None:
        published.append(shown.total.value)
    assert not any(sn.is_small(v, threshold) for v in published)
    hidden = [k for k, c in shown.cells.items() if c.hidden]
    if shown.total.value is not None and hidden:
        # Subtracting every visible cell from the total leaves the hidden cells' sum:
        # two or more of them, summing to no small number, so no single one is known.
        assert len(hidden) >= 2
        assert sum(values[k] for k in hidden) >= threshold
        assert sum(values[k] for k in hidden) > len(hidden)  # not all ones
    for key, cell in shown.cells.items():
        if cell.value is not None:
            assert cell.value == values[key]


@given(st.integers(0, 200), st.integers(0, 200), st.integers(5, 20))
def test_a_share_never_reveals_a_small_count(a: int, b: int, threshold: int) -> None:
    numerator, denominator = min(a, b), max(a, b)
    proportion = sn.share(numerator, denominator, threshold)
    if proportion is not None:
        assert not sn.is_small(numerator, threshold)
        assert not sn.is_small(denominator - numerator, threshold)
        assert denominator >= threshold
