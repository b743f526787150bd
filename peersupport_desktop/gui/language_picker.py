"""Languages picked from a list by name (kept as codes), never typed as codes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.languages import by_name, language_name
from peersupport_desktop.core.search_folding import fold

CODE_ROLE = Qt.ItemDataRole.UserRole
LIST_ROWS = 5  # tall enough to pick from, small enough for a laptop's dialog


class LanguagePicker(QWidget):
    """A list of every language with a box to tick; typing narrows it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find a language")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Find a language")
        self.search.setToolTip("Type part of a language's name to narrow the list.")
        self.list = QListWidget()
        self.list.setAccessibleName("Languages spoken")
        self.list.setAccessibleDescription("Tick each language; Space ticks the current one.")
        # What is ticked, said in one line: the list shows only a few at a time.
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setAccessibleName("Languages chosen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        for code, name in by_name():
            self._add(code, name)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * LIST_ROWS + 8)
        self.search.textChanged.connect(self._narrow)
        self.search.installEventFilter(self)
        self.list.itemChanged.connect(lambda _item: self._ticked())
        self._ticked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box ticks the one language found, and goes no further:
        the dialog's Save button is not pressed by it."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._tick_the_only_one()
            return True
        return super().eventFilter(watched, event)

    def _ticked(self) -> None:
        names = [language_name(code) for code in self.codes()]
        self.chosen.setText(f"Speaks: {', '.join(names)}" if names else "No language ticked yet.")
        self.changed.emit()

    def _add(self, code: str, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def set_codes(self, codes: tuple[str, ...]) -> None:
        known = {item.data(CODE_ROLE): item for item in self._items()}
        for code in codes:  # one from an older version, not on the list: kept
            if code not in known:
                known[code] = self._add(code, language_name(code))
        for code, item in known.items():
            item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)
        ticked = [item for item in self._items() if item.checkState() == Qt.CheckState.Checked]
        if ticked:
            self.list.scrollToItem(ticked[0])

    def codes(self) -> tuple[str, ...]:
        return tuple(
            item.data(CODE_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def _narrow(self, text: str) -> None:
        wanted = fold(text.strip())
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def _tick_the_only_one(self) -> None:
        shown = [item for item in self._items() if not item.isHidden()]
        if len(shown) == 1:
            item = shown[0]
            item.setCheckState(Qt.CheckState.Checked)
            self.search.clear()
            self.list.scrollToItem(item)


def fill_language_choice(combo: QComboBox, unknown: str = "Not known") -> None:
    """One language, or none: for a clinician's preferred language."""
    combo.addItem(unknown, None)
    for code, name in by_name():
        combo.addItem(name, code)
