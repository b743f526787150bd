"""Cases: every case, quick search as you type, filters, and a privacy toggle."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.case_table_model import CaseFilter, CaseTableModel, Column


class CasesPage(QWidget):
    open_case = Signal(int)

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search clinician, case reference or department")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search cases")
        self.status = QComboBox()
        self.status.setAccessibleName("Status filter")
        self.status.addItem("Any status", None)
        for status in CaseStatus:
            self.status.addItem(status.label, status)
        self.event_type = QComboBox()
        self.event_type.setAccessibleName("Event type filter")
        self.supporter = QComboBox()
        self.supporter.setAccessibleName("Supporter filter")
        self.quarter = QComboBox()
        self.quarter.setAccessibleName("Quarter filter")
        self.overdue = QCheckBox("&Overdue only")
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REFERRED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, width in ((Column.CLINICIAN, 180), (Column.ROLE, 170), (Column.DEPARTMENT, 160),
                              (Column.EVENT_TYPE, 180), (Column.REFERRED, 130),
                              (Column.HOURS_TO_OUTREACH, 130), (Column.STATUS, 170),
                              (Column.SUPPORTER, 170)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)
        self.table.setAccessibleName("Cases")

        filters = QHBoxLayout()
        labelled = (
            ("Status", self.status),
            ("Event", self.event_type),
            ("Supporter", self.supporter),
            ("Quarter", self.quarter),
        )
        for label, widget in labelled:
            caption = QLabel(f"{label}:")
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.status, self.event_type, self.supporter, self.quarter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.setTabOrder(self.search, self.status)

    def fill_choices(
        self, event_types: list[tuple[str, str]], supporters: list[tuple[int, str]]
    ) -> None:
        """The filters' lists; called when the vault opens."""
        self.event_type.clear()
        self.event_type.addItem("Any event", None)
        for code, label in event_types:
            self.event_type.addItem(label, code)
        self.supporter.clear()
        self.supporter.addItem("Any supporter", None)
        for supporter_id, name in supporters:
            self.supporter.addItem(name, supporter_id)
        self.quarter.clear()
        self.quarter.addItem("Any quarter", None)
        for quarter in reversed(Quarter.containing(dt.date.today()).back(8)):
            self.quarter.addItem(str(quarter), quarter)

    def apply_filter(self) -> None:
        self.model.set_filter(
            CaseFilter(
                text=self.search.text(),
                status=self.status.currentData(),
                event_type=self.event_type.currentData(),
                supporter_id=self.supporter.currentData(),
                quarter=self.quarter.currentData(),
                overdue_only=self.overdue.isChecked(),
            )
        )
        self.count.setText(f"{self.model.rowCount():,} of {len(self.model.rows()):,} cases")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("cases/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("cases/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(self.model.case_id_at(index.row()))
