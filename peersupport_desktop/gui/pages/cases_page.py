"""Cases: every case, quick search as you type, filters, and a privacy toggle."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QWidget

from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.case_table_model import CaseFilter, CaseTableModel, Column
from peersupport_desktop.gui.empty_state import EmptyState
from peersupport_desktop.gui.forms.ui_cases_page import Ui_CasesPage

COLUMN_WIDTHS = {
    Column.CLINICIAN: 180, Column.ROLE: 170, Column.DEPARTMENT: 160, Column.EVENT_TYPE: 180,
    Column.REFERRED: 130, Column.HOURS_TO_OUTREACH: 130, Column.STATUS: 170,
    Column.SUPPORTER: 170,
}  # fmt: skip
FILTER_CHARACTERS = 10
NO_CASES = (
    "No cases yet. Each referral of a clinician becomes a case here: take one in with "
    "New case (Ctrl+N), or import event notices (Ctrl+I)."
)


class CasesPage(QWidget):
    open_case = Signal(int)

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        self.model = model
        ui = self.ui
        self.search, self.count, self.table = ui.searchEdit, ui.countLabel, ui.table
        self.status, self.event_type = ui.statusCombo, ui.eventCombo
        self.supporter, self.quarter, self.overdue = (
            ui.supporterCombo,
            ui.quarterCombo,
            ui.overdueCheck,
        )
        self.status.addItem("Any status", None)
        for status in CaseStatus:
            self.status.addItem(status.label, status)
        self.table.setModel(model)
        self.table.sortByColumn(Column.REFERRED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)
        # Only for a vault without a case: a search that finds none says so in the count.
        self.empty = EmptyState(self.table)
        # A label that changes width on each keystroke would lay the page out again.
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("000,000 of 000,000 cases"))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self._into_the_list)
        self.search.installEventFilter(self)  # Down, too, moves into the list
        for combo in (self.status, self.event_type, self.supporter, self.quarter):
            combo.currentIndexChanged.connect(self.apply_filter)
            # As wide as a short entry, not the longest: the row fits a laptop's screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(FILTER_CHARACTERS)
        self.overdue.toggled.connect(self.apply_filter)

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
            self.quarter.addItem(shown_dates.quarter(quarter), quarter)

    def apply_filter(self) -> None:
        self.model.set_filter(
            CaseFilter(
                text=self.search.text(),
                # Combo boxes hand a StrEnum back as a plain str.
                status=CaseStatus(status) if (status := self.status.currentData()) else None,
                event_type=self.event_type.currentData(),
                supporter_id=self.supporter.currentData(),
                quarter=self.quarter.currentData(),
                overdue_only=self.overdue.isChecked(),
            )
        )
        self.count.setText(self._count_line())
        self.empty.say("" if self.model.rows() else NO_CASES)

    def _count_line(self) -> str:
        shown, total = self.model.rowCount(), len(self.model.rows())
        if shown or not total:
            return f"{shown:,} of {counted(total, 'case')}"
        typed = self.search.text().strip()
        if typed and not self.model.private:  # never a name on screen in initials mode
            return f"No cases match “{typed}”."
        return "No cases match the search and filters."

    def set_private(self, private: bool) -> None:
        """Initials only: in the list, and in the search box, where a typed name is masked."""
        self.model.set_private(private)
        mode = QLineEdit.EchoMode.Password if private else QLineEdit.EchoMode.Normal
        self.search.setEchoMode(mode)
        self.apply_filter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._into_the_list()
            return True
        return super().eventFilter(watched, event)

    def _into_the_list(self) -> None:
        """From the search box to the first case found, to go on with the arrow keys."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(0, Column.CLINICIAN))

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
