"""The case table: every case in memory, filtered and sorted by an index list.

At 100,000 cases a Python proxy model calling filterAcceptsRow per row is too slow
for a keystroke. Here every case is sorted once per sort (an index list) and a
filter only picks from that list, testing precomputed lowercase keys in C loops.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.search_folding import fold
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.look import alert_colour
from peersupport_desktop.services.case_list import CaseRow

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    REFERENCE = 0
    CLINICIAN = 1
    ROLE = 2
    DEPARTMENT = 3
    EVENT_TYPE = 4
    REFERRED = 5
    HOURS_TO_OUTREACH = 6
    STATUS = 7
    SUPPORTER = 8
    NEXT_FOLLOW_UP = 9

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    Column.REFERENCE: "Case",
    Column.CLINICIAN: "Clinician",
    Column.ROLE: "Role",
    Column.DEPARTMENT: "Department",
    Column.EVENT_TYPE: "Event",
    Column.REFERRED: "Referred",
    Column.HOURS_TO_OUTREACH: "Hours to outreach",
    Column.STATUS: "Status",
    Column.SUPPORTER: "Supporter",
    Column.NEXT_FOLLOW_UP: "Next follow-up",
}


_STATUS_ORDER = {status: n for n, status in enumerate(CaseStatus)}
_COLUMNS = list(Column)  # by position: cheaper than Column(n) on every data() call


@dataclass(frozen=True, slots=True)
class CaseFilter:
    text: str = ""
    status: CaseStatus | None = None
    event_type: str | None = None
    supporter_id: int | None = None
    quarter: Quarter | None = None
    overdue_only: bool = False


def initials(name: str) -> str:
    return " ".join(f"{part[0]}." for part in name.split() if part)


def _narrows(before: CaseFilter, after: CaseFilter) -> bool:
    """Whether ``after`` only adds characters to the search text of ``before``."""
    old, new = fold(before.text.strip()), fold(after.text.strip())
    same_otherwise = (
        before.status,
        before.event_type,
        before.supporter_id,
        before.quarter,
        before.overdue_only,
    ) == (after.status, after.event_type, after.supporter_id, after.quarter, after.overdue_only)
    return same_otherwise and old != new and old in new


def _search_key(row: CaseRow) -> str:
    """What the quick search looks in: clinician, reference and department, folded."""
    return fold(f"{row.clinician} {row.reference} {row.department}")


def _sort_key(column: Column) -> Callable[[CaseRow], Any]:
    keys: dict[Column, Callable[[CaseRow], Any]] = {
        Column.REFERENCE: lambda r: r.reference,
        Column.CLINICIAN: lambda r: r.clinician.casefold(),
        Column.ROLE: lambda r: r.role.label,
        Column.DEPARTMENT: lambda r: r.department.casefold(),
        Column.EVENT_TYPE: lambda r: r.event_type_label,
        Column.REFERRED: lambda r: r.referred_at,
        Column.HOURS_TO_OUTREACH: lambda r: (
            r.first_outreach_at is None,
            r.hours_to_first_outreach or 0.0,
        ),
        Column.STATUS: lambda r: _STATUS_ORDER[r.status],
        Column.SUPPORTER: lambda r: r.supporter.casefold(),
        Column.NEXT_FOLLOW_UP: lambda r: r.next_follow_up or "9999",
    }  # fmt: skip
    return keys[column]


_ROLES_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        CASE_ID_ROLE,
        SORT_KEY_ROLE,
    }
)


class CaseTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseRow] = []
        self._search: list[str] = []
        self._order: list[int] = []
        self._filter = CaseFilter()
        self._sort = (Column.REFERRED, Qt.SortOrder.DescendingOrder)
        self._private = False
        self._now = dt.datetime.now()
        self._sort_keys: dict[Column, list[Any]] = {}  # per column, computed on first use
        self._all_sorted: list[int] | None = None  # every position, in the current sort

    # -- Qt's model contract ------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Column(section).title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks for about eight roles per cell; answer the rest at once.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._order):
            return None
        row = self._rows[self._order[index.row()]]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == SORT_KEY_ROLE:
            return _sort_key(column)(row)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is Column.STATUS
            and row.overdue(self._now)
        ):
            return alert_colour()
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column is Column.STATUS
            and row.overdue(self._now)
        ):
            return "Past its outreach target and nobody has reached out yet"
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.HOURS_TO_OUTREACH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (Column(column), order)
        self._all_sorted = None
        self._order = self._in_sort_order(self._order)
        self.layoutChanged.emit()

    # -- ours ---------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseRow], *, now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [_search_key(r) for r in rows]
        self._sort_keys.clear()
        self._all_sorted = None
        self._now = now or dt.datetime.now()
        self._refilter()
        self.endResetModel()

    def set_filter(self, case_filter: CaseFilter) -> None:
        self.beginResetModel()
        previous, self._filter = self._filter, case_filter
        if _narrows(previous, case_filter):
            # Typing on: the matches are among those shown, already in order.
            self._order = self._matching(self._order, fold(case_filter.text.strip()))
        else:
            self._refilter()
        self.endResetModel()

    @property
    def private(self) -> bool:
        """Whether names are shown as initials only."""
        return self._private

    def set_private(self, private: bool) -> None:
        self._private = private
        if self._order:
            column = Column.CLINICIAN
            self.dataChanged.emit(self.index(0, column), self.index(len(self._order) - 1, column))

    def replace_row(self, row: CaseRow) -> None:
        """After a change to one case: refresh it (or add it), keeping the view's place."""
        self._sort_keys.clear()
        self._all_sorted = None
        for position, existing in enumerate(self._rows):
            if existing.case_id == row.case_id:
                self._rows[position] = row
                self._search[position] = _search_key(row)
                break
        else:
            self._rows.insert(0, row)
            self._search.insert(0, _search_key(row))
        self.set_filter(self._filter)

    def case_id_at(self, view_row: int) -> int:
        return self._rows[self._order[view_row]].case_id

    def view_row_of(self, case_id: int) -> int | None:
        for view_row, position in enumerate(self._order):
            if self._rows[position].case_id == case_id:
                return view_row
        return None

    def rows(self) -> list[CaseRow]:
        return self._rows

    def _refilter(self) -> None:
        """Filter every row afresh; kept in the current sort without sorting again."""
        f = self._filter
        positions = self._matching(self._sorted_positions(), fold(f.text.strip()))
        rows = self._rows
        if f.status is not None:
            positions = [i for i in positions if rows[i].status is f.status]
        if f.event_type is not None:
            positions = [i for i in positions if rows[i].event_type == f.event_type]
        if f.supporter_id is not None:
            positions = [i for i in positions if rows[i].supporter_id == f.supporter_id]
        if f.quarter is not None:
            start = str(f.quarter.starts)
            end = str(f.quarter.ends)
            positions = [i for i in positions if start <= rows[i].referred_at < end]
        if f.overdue_only:
            positions = [i for i in positions if rows[i].overdue(self._now)]
        self._order = list(positions)

    def _matching(self, positions: list[int], wanted: str) -> list[int]:
        """The positions whose search key holds ``wanted``, in the same order."""
        search = self._search
        if not wanted or not positions:
            return positions
        if len(positions) < max(2, len(search) // 8):
            return [i for i in positions if wanted in search[i]]
        # Many positions: test every key in the order they lie in memory, then pick in
        # the view's order. Visiting the keys in sorted order missed the CPU cache on
        # nearly every key (50 ms at 100,000 cases, against 15 ms this way).
        hit = list(map(operator.contains, search, itertools.repeat(wanted)))
        return list(itertools.compress(positions, operator.itemgetter(*positions)(hit)))

    def _sorted_positions(self) -> list[int]:
        if self._all_sorted is None:
            self._all_sorted = self._in_sort_order(range(len(self._rows)))
        return self._all_sorted

    def _in_sort_order(self, positions: Iterable[int]) -> list[int]:
        column, order = self._sort
        keys = self._sort_keys.get(column)
        if keys is None:
            key = _sort_key(column)
            keys = self._sort_keys[column] = [key(row) for row in self._rows]
        return sorted(
            positions, key=keys.__getitem__, reverse=order is Qt.SortOrder.DescendingOrder
        )

    def _display(self, row: CaseRow, column: Column) -> str:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.CLINICIAN:
                return initials(row.clinician) if self._private else row.clinician
            case Column.ROLE:
                return row.role.label
            case Column.DEPARTMENT:
                return row.department
            case Column.EVENT_TYPE:
                return row.event_type_label
            case Column.REFERRED:
                return shown_dates.stored_moment(row.referred_at)
            case Column.HOURS_TO_OUTREACH:
                hours = row.hours_to_first_outreach
                return "" if hours is None else f"{hours:.1f}"
            case Column.STATUS:
                overdue = row.overdue(self._now)
                return f"⚠ Overdue: {row.status.label}" if overdue else row.status.label
            case Column.SUPPORTER:
                return row.supporter
            case Column.NEXT_FOLLOW_UP:
                return shown_dates.stored_day(row.next_follow_up)
        return ""
