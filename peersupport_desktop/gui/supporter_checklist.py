"""Choosing several supporters at once (who came to a debrief, who attended a
training): a list of names to tick, with a filter box above it, since a program can
have hundreds. Ticks stay when the filter hides a name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from peersupport_desktop.core.plurals import counted


class SupporterChecklist(QWidget):
    ticked_changed = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter the names…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(f"Filter the {what}")
        self.filter.setToolTip("Show only the supporters whose name holds this text")
        self.names = QListWidget(self)
        self.names.setAccessibleName(what.capitalize())
        self.names.setToolTip(f"Tick each of the {what} (Space ticks the chosen name)")
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self._filter)
        self.names.itemChanged.connect(lambda _item: self._ticks_changed())
        self._say_count()

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        """The supporters to choose from (id, name), none ticked."""
        self.names.blockSignals(True)
        self.names.clear()
        for supporter_id, name in people:
            item = QListWidgetItem(name, self.names)
            item.setData(Qt.ItemDataRole.UserRole, supporter_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.names.blockSignals(False)
        self._filter(self.filter.text())
        self._ticks_changed()

    def ticked(self) -> tuple[int, ...]:
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_ticked(self, supporter_ids: Iterable[int]) -> None:
        wanted = set(supporter_ids)
        self.names.blockSignals(True)
        for item in self._items():
            chosen = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.names.blockSignals(False)
        self._ticks_changed()

    def item_of(self, supporter_id: int) -> QListWidgetItem | None:
        return next(
            (i for i in self._items() if i.data(Qt.ItemDataRole.UserRole) == supporter_id), None
        )

    def _items(self) -> list[QListWidgetItem]:
        return [self.names.item(row) for row in range(self.names.count())]

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _ticks_changed(self) -> None:
        self._say_count()
        self.ticked_changed.emit()

    def _say_count(self) -> None:
        self.count.setText(f"{counted(len(self.ticked()), 'supporter')} ticked")
