"""A short list of records with a few text columns: Today's lists, a case's contacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView

from peersupport_desktop.gui.case_table_model import CASE_ID_ROLE
from peersupport_desktop.gui.look import alert_colour

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = CASE_ID_ROLE  # the same role, so views of cases read a case id either way


@dataclass(frozen=True, slots=True)
class ListedRow:
    key: int  # the record's id: a case's on Today, a contact's in a case
    cells: tuple[str, ...]
    alert: bool = False  # shown in the alert colour, and its text says why


class RowListModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self._rows: list[ListedRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell cut short
            return row.cells[index.column()] or None
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ForegroundRole and row.alert:
            return alert_colour()
        return None

    def set_rows(self, rows: Sequence[ListedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def listed(self) -> list[ListedRow]:
        return list(self._rows)


def show_rows(view: QTableView, model: QAbstractItemModel) -> QTableView:
    """A short list's table: no row numbers, columns as wide as their text, the last
    one taking the rest."""
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def current_key(view: QTableView) -> int | None:
    """The record id of the view's current row, if there is one."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    key = index.siblingAtColumn(0).data(KEY_ROLE)
    return int(key) if key is not None else None


def select_key(view: QTableView, key: int) -> None:
    """Make the row holding record ``key`` the view's current one (after a save, say)."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(KEY_ROLE) == key:
            view.setCurrentIndex(index)
            return
