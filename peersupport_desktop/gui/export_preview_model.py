"""The export's rows as a table, cell for cell as they will be written, in words:
a column's name and a glossary code read as a phrase, with what the file says in the
tooltip (the file keeps the codes its readers' scripts expect).

Hidden cells read as they will in the file ('hidden') and are set in
italics, in the palette's placeholder colour, with a tooltip saying why: the text
carries the meaning, the look only points at it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from peersupport_desktop.core.anonymized_summary import Suppressed
from peersupport_desktop.core.export_table import ExportTable
from peersupport_desktop.core.plain_words import cell_in_words, in_words

Index = QModelIndex | QPersistentModelIndex


class ExportPreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table: ExportTable | None = None
        self._italic = QFont()
        self._italic.setItalic(True)

    def show_table(self, table: ExportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or orientation is not Qt.Orientation.Horizontal:
            return None
        field = self.table.fields[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return in_words(field.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"In the file: column “{field.name}”, {field.meaning}."
        return None

    def _in_words(self, index: Index, written: str) -> str:
        assert self.table is not None
        names = self.table.field_names
        row = self.table.rows[index.row()]
        split = str(row[names.index("table")]) if "table" in names else None
        return cell_in_words(names[index.column()], written, split)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        cell = self.table.rows[index.row()][index.column()]
        hidden = isinstance(cell, Suppressed)
        written = "" if cell is None else str(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._in_words(index, written)
        if role == Qt.ItemDataRole.ToolTipRole and not hidden:
            shown = self._in_words(index, written)
            return f"Written in the file as “{written}”." if shown != written else None
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(cell, int | float | Suppressed):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not hidden:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"Hidden: a count from 1 to {self.table.threshold - 1}, or a cell from "
                "which one could be worked out."
            )
        return None
