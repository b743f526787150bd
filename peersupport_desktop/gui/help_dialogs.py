"""The Help menu's two windows: every keyboard shortcut, read from the live actions so
the list cannot drift from the keys, and About (version, vault, nothing leaves)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop import __version__

# The case window's own keys: it is made per case, so none may be open to read them
# from (a test holds this list to a real case window's actions).
CASE_WINDOW_KEYS = (("Close the case window", QKeySequence.StandardKey.Close),)
NOTHING_LEAVES = (
    "Everything stays on this computer: the vault is one encrypted file, and the "
    "application opens no network connection. Only the reports and anonymized exports "
    "you save or print leave it, where you choose."
)


@dataclass(frozen=True, slots=True)
class Shortcut:
    what: str  # "Lock", "Go to Cases"
    keys: str  # "Ctrl+L", as the system writes it


def plain(text: str) -> str:
    """An action's text without its mnemonic ampersand or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_of(window: QWidget) -> list[Shortcut]:
    """Every key the window and its pages answer to: actions with a shortcut, and
    shortcuts that say what they do (their What's This); then the case window's."""
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        found.append(Shortcut(plain(action.text()), _written(action.shortcuts())))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            found.append(Shortcut(shortcut.whatsThis(), _written(shortcut.keys())))
    for what, standard in CASE_WINDOW_KEYS:
        found.append(Shortcut(what, _written(QKeySequence.keyBindings(standard))))
    return list(dict.fromkeys(s for s in found if s.keys))  # in order, each once


def _written(keys: list[QKeySequence]) -> str:
    """As the system writes them: "Ctrl+W or Ctrl+F4"."""
    return " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys if k)


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: Iterable[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = list(shortcuts)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(["What it does", "Keys"])
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setAccessibleDescription("Each thing the window does from the keyboard")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, shortcut in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.what))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            "Close the list of shortcuts."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 440)  # the list scrolls rather than grows past a small screen

    def listed(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]


def about_box(vault_path: Path, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle("About Peer Support Desktop")
    box.setIconPixmap(parent.windowIcon().pixmap(48, 48) if parent else box.iconPixmap())
    box.setText(f"Peer Support Desktop {__version__}")
    box.setInformativeText(f"Vault: {vault_path}\n\n{NOTHING_LEAVES}")
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName("About Peer Support Desktop")
    for label in box.findChildren(QLabel):
        label.setWordWrap(True)
    return box
