"""The audit view's table: entries newest first, as the service read them.

No sorting and no proxy: the log is read a page at a time, newest first, so a
sort of the loaded pages would put a partial order on screen. Read-only: no
cell is editable.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from peersupport_desktop.gui import shown_dates
from peersupport_desktop.services.audit import AuditViewEntry

Index = QModelIndex | QPersistentModelIndex
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_RECORDED = "not recorded"  # entries written before the computer account was kept


class Column(IntEnum):
    AT = 0
    ACTOR = 1
    ACTION = 2
    RECORD = 3
    DETAILS = 4

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    Column.AT: "When",
    Column.ACTOR: "Account",
    Column.ACTION: "What",
    Column.RECORD: "Record",
    Column.DETAILS: "Details",
}
_COLUMNS = list(Column)


def cell_text(entry: AuditViewEntry, column: Column) -> str:
    match column:
        case Column.AT:
            return f"{shown_dates.day(entry.at.date())} {entry.at:%H:%M:%S}"
        case Column.ACTOR:
            return entry.actor or NOT_RECORDED
        case Column.ACTION:
            return entry.description
        case Column.RECORD:
            return entry.record
        case Column.DETAILS:
            return entry.export.summary if entry.export is not None else ""
    return ""


def tool_tip(entry: AuditViewEntry, column: Column) -> str | None:
    if column is Column.ACTION:
        return f"Action code: {entry.action}"  # what a script reading the vault sees
    if column is Column.DETAILS and entry.export is not None:
        return f"SHA-256 of the saved file:\n{entry.export.sha256}"
    if column is Column.ACTOR and entry.actor is None:
        return "Written before the application kept the computer account"
    return None


class AuditTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[AuditViewEntry] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Column(section).title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tool_tip(entry, column)
        if role == ENTRY_ID_ROLE:
            return entry.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # never editable

    # -- ours ---------------------------------------------------------------
    def set_entries(self, entries: Sequence[AuditViewEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def append_entries(self, entries: Sequence[AuditViewEntry]) -> None:
        """The next older page, below: the view keeps its place and selection."""
        if not entries:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._entries.extend(entries)
        self.endInsertRows()

    def entries(self) -> list[AuditViewEntry]:
        return list(self._entries)
