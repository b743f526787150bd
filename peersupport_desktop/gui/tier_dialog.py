"""Moving a case up or down a tier of support: to which tier, why, when; and the moves
made so far."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core import tiers as tier_words
from peersupport_desktop.core.codes import TierReason
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import carried_out
from peersupport_desktop.gui.qt_dates import from_qdatetime, to_qdatetime
from peersupport_desktop.services import tiers
from peersupport_desktop.services.tiers import TierHistory, TierMove
from peersupport_desktop.store.vault import Vault

HISTORY_ROWS = 4  # a case moves a few times at most


def move_text(move: TierMove) -> str:
    way = "up" if move.up else "down"
    return (
        f"{shown_dates.moment(move.changed_at)}: moved {way} from "
        f"{tier_words.SHORT[move.from_tier]} to {tier_words.SHORT[move.to_tier]} "
        f"({move.reason.label})"
    )


class TierDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        case_id: int,
        parent: QWidget | None = None,
        *,
        refused: str | None = None,
    ) -> None:
        """``refused``: why the case cannot move now (closed, de-identified); its moves
        are still shown."""
        super().__init__(parent)
        self.vault, self.case_id = vault, case_id
        history = tiers.tier_history(vault, case_id)
        self.setWindowTitle(f"Tier of support: {history.reference}")
        self.now_label = QLabel(_now_sentence(history))
        self.now_label.setWordWrap(True)
        self.tier_combo = QComboBox()
        for tier in tier_words.TIERS:
            if tier != history.tier:
                way = "Move up to" if tier > history.tier else "Move down to"
                self.tier_combo.addItem(f"{way} {tier_words.LABELS[tier]}", tier)
        self.tier_combo.setAccessibleName("Move to tier")
        self.tier_combo.setToolTip("The tier of support the case moves to.")
        self.reason_combo = QComboBox()
        for reason in TierReason:
            self.reason_combo.addItem(reason.label, reason)
        self.reason_combo.setAccessibleName("Reason for the move")
        self.reason_combo.setToolTip("Why the case moves to another tier.")
        self.when_edit = QDateTimeEdit(to_qdatetime(dt.datetime.now().replace(second=0)))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName("When the case moved")
        self.when_edit.setToolTip("When the move was decided; not before the referral.")
        self.history_list = QListWidget()
        self.history_list.addItems([move_text(m) for m in history.moves] or ["No moves yet."])
        self.history_list.setAccessibleName("Tier history")
        self.history_list.setToolTip("Each move of the case between tiers, oldest first.")
        self.history_list.setWordWrap(True)  # a move's reason is read whole
        rows = self.history_list.sizeHintForRow(0) * HISTORY_ROWS
        self.history_list.setMaximumHeight(rows + 2 * self.history_list.frameWidth() + 4)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        form = QFormLayout()
        for text, field in (
            ("To &tier:", self.tier_combo),
            ("&Reason:", self.reason_combo),
            ("&When:", self.when_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        history_label = QLabel("Moves so &far:")
        history_label.setBuddy(self.history_list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip("Move the case and keep the move in its history.")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip("Close without moving the case.")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(history_label)
        layout.addWidget(self.history_list)
        layout.addWidget(self.buttons)
        shown_dates.follow_locale(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        if refused is not None:
            for control in (self.tier_combo, self.reason_combo, self.when_edit, self.save_button):
                control.setEnabled(False)
                control.setToolTip(refused)

    def choose(self, tier: int, reason: TierReason) -> None:
        self.tier_combo.setCurrentIndex(self.tier_combo.findData(tier))
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(reason))

    def save(self) -> None:
        tier, reason = self.tier_combo.currentData(), self.reason_combo.currentData()
        when = from_qdatetime(self.when_edit.dateTime())
        fields = {
            "tier": self.tier_combo,
            "reason": self.reason_combo,
            "changed_at": self.when_edit,
        }
        if carried_out(
            self,
            lambda: tiers.move_tier(self.vault, self.case_id, tier, reason, when),
            self.message_label,
            fields,
        ):
            self.accept()


def _now_sentence(history: TierHistory) -> str:
    highest = (
        f" It reached {tier_words.SHORT[history.highest_tier]} before."
        if history.highest_tier > history.tier
        else ""
    )
    return f"The case is at {history.label}.{highest}"
