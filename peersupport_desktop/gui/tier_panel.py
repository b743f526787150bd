"""The case window's line on its tier of support, with a button to move it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from peersupport_desktop.core import tiers as tier_words
from peersupport_desktop.gui.tier_dialog import TierDialog
from peersupport_desktop.services import tiers
from peersupport_desktop.store.vault import Vault

CLOSED = "The case is closed: reopen it to change its tier."
DEIDENTIFIED = "The case was de-identified: it keeps the tier it had."


class TierPanel(QWidget):
    changed = Signal()  # the case moved to another tier

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.case_id = vault, case_id
        self.refused: str | None = None
        self.dialog: TierDialog | None = None
        self.line = QLabel(self)
        self.line.setObjectName("tierLine")
        self.line.setAccessibleName("Tier of support")
        self.move_button = QPushButton("Mo&ve up or down…", self)
        self.move_button.setObjectName("moveTierButton")
        self.move_button.setAccessibleName("Move up or down a tier")
        self.move_button.setToolTip(
            "Move the case to another tier of support with the reason, and see its moves."
        )
        self.move_button.clicked.connect(self.open_dialog)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.move_button)

    def show_case(self, *, closed: bool, deidentified: bool) -> None:
        history = tiers.tier_history(self.vault, self.case_id)
        highest = (
            f" · highest reached: {tier_words.SHORT[history.highest_tier]}"
            if history.highest_tier > history.tier
            else ""
        )
        moves = len(history.moves)
        count = f" · {moves} move{'s' if moves != 1 else ''}" if moves else ""
        self.line.setText(f"{history.label}{highest}{count}")
        self.refused = DEIDENTIFIED if deidentified else CLOSED if closed else None

    def open_dialog(self) -> TierDialog:
        """Window-modal (open(), not exec()), like the case window's other questions."""
        dialog = TierDialog(self.vault, self.case_id, self.window(), refused=self.refused)
        dialog.accepted.connect(self.changed.emit)
        self.dialog = dialog
        dialog.open()
        return dialog
