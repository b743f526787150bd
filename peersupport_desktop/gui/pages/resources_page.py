"""Resources: the program's directory of services outside it, which a case window offers.

Add, edit, and take an entry out of the offer list (deactivate) or put it back. An
entry is never deleted: the offers made of it point at it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.resource_dialog import ResourceDialog
from peersupport_desktop.gui.row_list_model import (
    ListedRow,
    RowListModel,
    current_key,
    select_key,
)
from peersupport_desktop.services import resources
from peersupport_desktop.services.resources import ResourceRecord
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Name", "Kind", "Phone", "Hours", "Other contact", "Notes", "In offer list")
STATUS_COLUMN = COLUMNS.index("In offer list")  # shown only with the inactive entries
WIDEST_COLUMN = 320  # px: a long name or note elides (its tooltip holds it all)
EMPTY = (
    "The resource directory lists the services outside the program that you can offer "
    "a person, such as the employee assistance line or the chaplains. Add each one with "
    "Add resource…; a case window's Offer a resource… then lists them."
)
ALL_INACTIVE = (
    "No resource is in the offer list. Tick Show inactive to see the ones taken out, "
    "or add one with Add resource…."
)


def resource_cells(entry: ResourceRecord) -> tuple[str, ...]:
    return (
        entry.name,
        entry.kind.label,
        entry.phone or "",
        entry.hours or "",
        entry.contact or "",
        " / ".join((entry.notes or "").split("\n")),
        "Yes" if entry.active else "No",
    )


def count_sentence(shown: int, inactive: int) -> str:
    return counted(shown, "resource") + (f" · {inactive} not offered" if inactive else "")


class _ResourceTableModel(RowListModel):
    """A cell's whole text as its tooltip: long ones elide in the table."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class ResourcesPage(QWidget):
    changed = Signal()  # the directory changed: the offer lists follow

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.entries: dict[int, ResourceRecord] = {}
        self.dialog: ResourceDialog | None = None
        heading = QLabel("Resources")
        heading.setObjectName("pageTitle")
        self.inactive_check = QCheckBox("Show i&nactive")
        self.inactive_check.setAccessibleName("Show inactive resources")
        self.inactive_check.setToolTip("Also list the resources taken out of the offer list.")
        self.inactive_check.toggled.connect(lambda _on: self.refresh())
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.inactive_check)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.empty_label = QLabel(EMPTY)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.model = _ResourceTableModel(COLUMNS)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName("Resource directory")
        self.table.setToolTip(
            "The services a person can be offered; press Enter to edit the chosen one."
        )
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(WIDEST_COLUMN)
        header.setStretchLastSection(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.add_button = _button("&Add resource…", "Add a service to the directory.")
        self.add_button.clicked.connect(self.add)
        self.edit_button = _button("Ed&it…", "Change the chosen resource.")
        self.edit_button.clicked.connect(self.edit)
        self.active_button = _button("Deac&tivate", "")
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self._enable()

    @property
    def vault(self) -> Vault:
        return self._vault()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._vault().is_open:
            self.refresh()

    def refresh(self) -> None:
        chosen = current_key(self.table)
        show_inactive = self.inactive_check.isChecked()
        everything = resources.list_resources(self.vault, include_inactive=True)
        self.entries = {e.id: e for e in everything}
        shown = [e for e in everything if show_inactive or e.active]
        self.model.set_rows([ListedRow(e.id, resource_cells(e)) for e in shown])
        self.table.setColumnHidden(STATUS_COLUMN, not show_inactive)
        inactive = sum(not e.active for e in everything)
        self.count_label.setText(count_sentence(len(shown), inactive))
        self.empty_label.setText(ALL_INACTIVE if everything else EMPTY)
        self.empty_label.setVisible(not shown)
        if chosen is not None:
            self.select(chosen)
        self._enable()

    def clear(self) -> None:
        """On lock: nothing of the directory stays on screen (edits save as they are made)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.done(QDialog.DialogCode.Rejected)
        self.dialog = None
        self.entries = {}
        self.model.set_rows([])
        self.count_label.clear()
        self.message_label.hide()
        self._enable()

    def selected(self) -> ResourceRecord | None:
        key = current_key(self.table)
        return None if key is None else self.entries.get(key)

    def select(self, resource_id: int) -> None:
        select_key(self.table, resource_id)

    # -- what the coordinator does ------------------------------------------
    def add(self) -> ResourceDialog:
        return self._open(ResourceDialog(self.vault, self))

    def edit(self) -> ResourceDialog | None:
        entry = self.selected()
        if entry is None:
            return None
        return self._open(ResourceDialog(self.vault, self, existing=entry))

    def toggle_active(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            resources.set_resource_active(self.vault, entry.id, not entry.active)
        except Sayable as exc:
            say(self.message_label, str(exc), problem=True)
            return
        say(
            self.message_label,
            "Put back in the offer list."
            if not entry.active
            else "Taken out of the offer list; the cases it was offered to keep it.",
            problem=False,
        )
        self._changed(entry.id)

    # -- plumbing -------------------------------------------------------------
    def _open(self, dialog: ResourceDialog) -> ResourceDialog:
        dialog.accepted.connect(lambda: self._after_save(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _after_save(self, dialog: ResourceDialog) -> None:
        if dialog.saved is not None:
            say(self.message_label, "Saved.", problem=False)
            self._changed(dialog.saved.id)

    def _changed(self, resource_id: int) -> None:
        self.refresh()
        self.select(resource_id)
        self.changed.emit()

    def _enable(self, *_args: QModelIndex) -> None:
        entry = self.selected()
        self.edit_button.setEnabled(entry is not None)
        self.active_button.setEnabled(entry is not None)
        why = "Choose a resource in the list first."
        self.edit_button.setToolTip("Change the chosen resource." if entry else why)
        if entry is not None and not entry.active:
            self.active_button.setText("Reac&tivate")
            self.active_button.setAccessibleName("Reactivate")
            self.active_button.setToolTip("Put the chosen resource back in the offer list.")
        else:
            self.active_button.setText("Deac&tivate")
            self.active_button.setAccessibleName("Deactivate")
            self.active_button.setToolTip(
                "Take the chosen resource out of the offer list; its past offers stay."
                if entry is not None
                else why
            )


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setToolTip(tip)
    return button
