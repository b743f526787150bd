"""The supporters' load, opened from the Supporters page: each supporter's open cases
against their cap (said when it is the program's default), contacts and hours in the
last 30 days, and their latest debrief. Over capacity, at capacity and too long without
a debrief are said in words in an Attention column, with the warning icon beside the
figure concerned and the alert colour (never colour alone). Every column sorts, by a
header's click or from the Sort by list with the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.debrief_due import paused_left_out
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.look import alert_colour, icon
from peersupport_desktop.services import settings
from peersupport_desktop.services.debriefs import paused_not_due
from peersupport_desktop.services.supporter_load import RECENT_DAYS, SupporterLoad, supporter_load
from peersupport_desktop.store.vault import Vault

COLUMNS = (
    "Name",
    "Status",
    "Open cases",
    "Capacity",
    f"Contacts ({RECENT_DAYS} days)",
    f"Hours ({RECENT_DAYS} days)",
    "Last debrief",
    "Attention",
)
NAME, STATUS, OPEN, CAPACITY, CONTACTS, HOURS, DEBRIEF, ATTENTION = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The order a column sorts in first from the Sort by list: the most to the fewest for
# figures, the oldest debrief first, those needing attention first.
DESCENDING_FIRST = frozenset({OPEN, CAPACITY, CONTACTS, HOURS, ATTENTION})


def attention_words(load: SupporterLoad) -> str:
    """ "Over capacity · No debrief for 130 days"; "" when all is well."""
    parts = []
    if load.over_capacity:
        parts.append("Over capacity")
    elif load.at_capacity:
        parts.append("At capacity")
    if load.no_recent_debrief:
        parts.append(load.debrief_words)
    return " · ".join(parts)


def cells(load: SupporterLoad) -> tuple[str, ...]:
    return (
        load.name,
        load.status.label,
        f"{load.open_cases:,}",
        load.cap_words,
        f"{load.contacts:,}",
        f"{load.hours:.1f}",
        shown_dates.day(load.last_debrief) if load.last_debrief else "never",
        attention_words(load),
    )


def sort_keys(load: SupporterLoad) -> tuple[object, ...]:
    """What each column sorts by: numbers as numbers, dates as dates ("never" first)."""
    severity = 2 * load.over_capacity + load.at_capacity + 2 * load.no_recent_debrief
    return (
        load.name.casefold(),
        load.status.label,
        load.open_cases,
        load.capacity,
        load.contacts,
        load.minutes,
        load.last_debrief.toordinal() if load.last_debrief else 0,
        severity,
    )


def summary(loads: list[SupporterLoad], every: int | None) -> str:
    """ "42 supporters · 3 over capacity · 5 at capacity · 4 without a debrief for over
    120 days" """
    parts = [counted(len(loads), "supporter")]
    over = sum(load.over_capacity for load in loads)
    at = sum(load.at_capacity and not load.over_capacity for load in loads)
    if over:
        parts.append(f"{over:,} over capacity")
    if at:
        parts.append(f"{at:,} at capacity")
    lapsed = sum(load.no_recent_debrief for load in loads)
    if every is not None and lapsed:
        parts.append(f"{lapsed:,} without a debrief for over {every:,} days")
    return " · ".join(parts)


class LoadModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.loads: list[SupporterLoad] = []
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[object, ...]] = []

    def show(self, loads: list[SupporterLoad]) -> None:
        self.beginResetModel()
        self.loads = loads
        self._cells = [cells(load) for load in loads]
        self._keys = [sort_keys(load) for load in loads]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.loads)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        load = self.loads[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][column] or None
        if role == SORT_ROLE:
            return self._keys[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OPEN, CONTACTS, HOURS):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # figures line up
        if role == Qt.ItemDataRole.DecorationRole and self._flagged(load, column):
            return icon("overdue")  # an icon, not colour alone
        if role == Qt.ItemDataRole.ForegroundRole and (
            load.over_capacity or load.no_recent_debrief
        ):
            return alert_colour()
        return None

    @staticmethod
    def _flagged(load: SupporterLoad, column: int) -> bool:
        if column == OPEN:
            return load.over_capacity
        if column == DEBRIEF:
            return load.no_recent_debrief
        return column == ATTENTION and (load.over_capacity or load.no_recent_debrief)


class SupporterLoadDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("Supporters' load")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("How many supporters, and who needs attention")
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search supporters by name")
        self.search.setToolTip("Shows only the supporters whose name holds what is typed.")
        self.sort_combo = QComboBox()
        self.sort_combo.addItems(COLUMNS)
        self.sort_combo.setAccessibleName("Sort the supporters by")
        self.sort_combo.setToolTip(
            "The column to sort by: figures from the most, the oldest debrief first, "
            "those needing attention first."
        )
        sort_label = QLabel("Sort &by:")
        sort_label.setBuddy(self.sort_combo)
        search_label = QLabel("&Find:")
        search_label.setBuddy(self.search)
        tools = QHBoxLayout()
        tools.addWidget(search_label)
        tools.addWidget(self.search, 1)
        tools.addWidget(sort_label)
        tools.addWidget(self.sort_combo)

        self.model = LoadModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Supporters' load")
        self.table.setToolTip(
            "Each supporter's open cases against their cap, contacts and hours in the last "
            f"{RECENT_DAYS} days, and their latest debrief or meeting."
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip("Close the load view.")

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.sort_combo.currentIndexChanged.connect(self.sort_by)
        header.sortIndicatorChanged.connect(self._follow_header)
        self.resize(1000, 560)
        self.refresh()
        self.sort_by(ATTENTION)
        self.table.setFocus()

    def refresh(self) -> None:
        loads = supporter_load(self.vault)
        current = settings.get_settings(self.vault)
        self.model.show(loads)
        self.summary.setText(summary(loads, current.debrief_every_days))
        every = current.debrief_every_days
        debriefs = (
            f"a supporter is listed after {every:,} days without a debrief or meeting"
            if every is not None
            else "supporters are not listed for want of a debrief (off in Settings)"
        )
        left_out = paused_left_out(paused_not_due(self.vault))
        self.note.setText(
            f"Contacts and hours: the last {RECENT_DAYS} days, outreach attempts included. "
            "Capacity: their own cap, or the program's default of "
            f"{counted(current.default_capacity, 'open case')}; {debriefs}. "
            "Retired supporters are not listed." + (f" {left_out}" if left_out else "")
        )

    def sort_by(self, column: int) -> None:
        """Sort by a column, from the Sort by list (the keyboard's way to sort)."""
        order = (
            Qt.SortOrder.DescendingOrder
            if column in DESCENDING_FIRST
            else Qt.SortOrder.AscendingOrder
        )
        self.table.sortByColumn(column, order)
        self._follow_header(column, order)

    def _follow_header(self, column: int, _order: Qt.SortOrder) -> None:
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(column)
        self.sort_combo.blockSignals(False)

    def shown_names(self) -> list[str]:
        """The names in the order shown (for tests, and what a screen reader reads)."""
        return [str(self.proxy.index(row, NAME).data()) for row in range(self.proxy.rowCount())]
