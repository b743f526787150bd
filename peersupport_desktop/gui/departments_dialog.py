"""The department list as publications see it: whether each department may be named,
and the service line a small one is grouped into."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.forms.ui_departments_dialog import Ui_DepartmentsDialog
from peersupport_desktop.services.departments import (
    DepartmentSetting,
    department_settings,
    set_department,
)
from peersupport_desktop.store.vault import Vault

NAME, NAMED, LINE = range(3)


class DepartmentsDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DepartmentsDialog()
        self.ui.setupUi(self)
        self.vault = vault
        table = self.ui.departmentsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Department", "Named in reports", "Service line"])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAMED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LINE, QHeaderView.ResizeMode.Stretch)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.reject)
        self.loaded: list[DepartmentSetting] = []
        self.load()

    def load(self) -> None:
        self.loaded = department_settings(self.vault)
        table = self.ui.departmentsTable
        table.setRowCount(len(self.loaded))
        for row, setting in enumerate(self.loaded):
            name = QTableWidgetItem(setting.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            named = QTableWidgetItem()
            named.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            named.setCheckState(Qt.CheckState.Checked if setting.named else Qt.CheckState.Unchecked)
            table.setItem(row, NAME, name)
            table.setItem(row, NAMED, named)
            table.setItem(row, LINE, QTableWidgetItem(setting.service_line or ""))
        if not self.loaded:
            self.ui.messageLabel.setText("No departments yet: they come with cases.")

    def edited(self) -> list[DepartmentSetting]:
        return [
            DepartmentSetting(
                setting.name,
                self._item(row, NAMED).checkState() == Qt.CheckState.Checked,
                self._item(row, LINE).text().strip() or None,
            )
            for row, setting in enumerate(self.loaded)
        ]

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.ui.departmentsTable.item(row, column)
        assert item is not None  # every cell is filled by load()
        return item

    def save(self) -> None:
        changed = [new for new, old in zip(self.edited(), self.loaded, strict=True) if new != old]
        try:
            for setting in changed:
                set_department(self.vault, setting)
        except Sayable as exc:
            self.ui.messageLabel.setText(str(exc))
            return
        self.load()
        self.ui.messageLabel.setText(
            f"Saved ({len(changed)} changed). Later reports and exports group departments so."
        )
