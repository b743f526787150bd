"""The case table model without widgets: filtering, narrowing, sorting."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from peersupport_desktop.core.codes import CaseStatus, Role
from peersupport_desktop.core.search_folding import fold
from peersupport_desktop.gui.case_table_model import (
    SORT_KEY_ROLE,
    CaseFilter,
    CaseTableModel,
    Column,
)
from peersupport_desktop.services.case_list import CaseRow

NAMES = ["Ana Olsen", "Noah Zhang", "Nguyen Thi", "Zoë Ångström", "Ingrid Solberg", "Omar Nunez"]


def rows() -> list[CaseRow]:
    made = []
    for n in range(60):
        made.append(
            CaseRow(
                n + 1, f"PS-{n + 1:06d}", NAMES[n % len(NAMES)], list(Role)[n % 6],
                ["ICU", "Surgery", "Oncology"][n % 3], n, "trauma", "Traumatic event or loss",
                f"2026-0{1 + n % 9}-1{n % 10} 08:00:00.000000", "2030-01-01 00:00:00.000000",
                None, list(CaseStatus)[n % 5], None, "", None,
            )
        )  # fmt: skip
    return made


def visible(model: CaseTableModel) -> list[int]:
    return [model.case_id_at(r) for r in range(model.rowCount())]


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="anguzoiclsPS0-", min_size=1, max_size=5),
    status=st.sampled_from([None, *CaseStatus]),
    column=st.sampled_from(list(Column)),
)
def test_typing_on_matches_a_fresh_filter(
    text: str, status: CaseStatus | None, column: Column
) -> None:
    typed = CaseTableModel()
    typed.set_rows(rows())
    typed.sort(column, Qt.SortOrder.AscendingOrder)
    for end in range(1, len(text) + 1):  # one keystroke at a time
        typed.set_filter(CaseFilter(text=text[:end], status=status))
    fresh = CaseTableModel()
    fresh.set_rows(rows())
    fresh.sort(column, Qt.SortOrder.AscendingOrder)
    fresh.set_filter(CaseFilter(text=text, status=status))
    assert visible(typed) == visible(fresh)
    # And both are right: exactly the matching cases (accents and case set aside, as
    # search folds them), in the column's order.
    wanted = fold(text)
    assert set(visible(fresh)) == {
        r.case_id
        for r in rows()
        if wanted in fold(f"{r.clinician} {r.reference} {r.department}")
        and (status is None or r.status is status)
    }
    keys = [fresh.data(fresh.index(n, column), SORT_KEY_ROLE) for n in range(fresh.rowCount())]
    assert keys == sorted(keys)


def test_deleting_characters_widens_again() -> None:
    model = CaseTableModel()
    model.set_rows(rows())
    model.set_filter(CaseFilter(text="ngu"))
    narrow = model.rowCount()
    model.set_filter(dataclasses.replace(CaseFilter(), text="n"))
    assert model.rowCount() > narrow
    model.set_filter(CaseFilter())
    assert model.rowCount() == 60
