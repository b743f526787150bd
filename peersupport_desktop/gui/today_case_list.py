"""A short titled list of cases on Today (referral steps overdue, check-ins before
milestones): hidden while empty, its count in its title; Enter or a double-click opens
the case. A list may add buttons under it that act on the chosen row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.gui.row_list_model import KEY_ROLE, ListedRow, RowListModel

SHOWN_ROWS = 3  # the list is short; it scrolls beyond this


class TodayCaseList(QWidget):
    open_case = Signal(int)

    def __init__(
        self,
        name: str,
        columns: Sequence[str],
        description: str,
        *,
        view_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.title = QLabel(name, self)
        self.title.setObjectName("sectionTitle")
        self.model = RowListModel(tuple(columns))
        self.view = QTableView(self)
        self.view.setObjectName(view_name)
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setToolTip(description)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        rows = self.view.verticalHeader().defaultSectionSize()
        heading = self.view.horizontalHeader().sizeHint().height()
        self.view.setMaximumHeight(heading + SHOWN_ROWS * rows + 4)
        self.view.activated.connect(self._activated)  # Enter, or a double-click
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.title)
        self.column.addWidget(self.view)
        self.hide()

    def add_buttons(self, *buttons: QPushButton) -> None:
        """Buttons under the list, at its right."""
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self.column.addLayout(row)

    def chosen_index(self) -> QModelIndex | None:
        """The selected row's first cell; None when no row is selected."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0] if rows else None

    def show_rows(self, rows: list[ListedRow]) -> None:
        """Hidden while empty: Today keeps its room for the other lists."""
        self.model.set_rows(rows)
        self.title.setText(f"{self.name}: {len(rows)}")
        self.setVisible(bool(rows))

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(int(index.data(KEY_ROLE)))
