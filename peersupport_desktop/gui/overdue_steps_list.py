"""Today's list of referral steps overdue: each offer whose next step was due before
today (services/referral_steps.overdue_steps); Enter or a double-click opens its case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from peersupport_desktop.gui.row_list_model import KEY_ROLE, ListedRow, RowListModel
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.services.referral_steps import AWAITED, ReferralLine

COLUMNS = ("Case", "Resource", "Step", "Awaiting", "Was due")
SHOWN_ROWS = 3  # the list is short; it scrolls beyond this


def overdue_rows(lines: Sequence[ReferralLine], today: dt.date) -> list[ListedRow]:
    return [
        ListedRow(
            line.case_id,
            (
                line.case_reference,
                line.resource_name,
                line.step.label + (f" on {day(line.step_at.date())}" if line.step_at else ""),
                AWAITED.get(line.step, ""),
                f"⚠ {day(line.due_on)} ({(today - line.due_on).days} d ago)" if line.due_on else "",
            ),
            alert=True,
        )
        for line in lines
    ]


class OverdueStepsList(QWidget):
    open_case = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("Referral steps overdue", self)
        self.title.setObjectName("sectionTitle")
        self.model = RowListModel(COLUMNS)
        self.view = QTableView(self)
        self.view.setObjectName("overdueStepsView")
        self.view.setModel(self.model)
        self.view.setAccessibleName("Referral steps overdue")
        self.view.setToolTip(
            "Referrals on whose next step was due before today; Enter opens the case."
        )
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        rows = self.view.verticalHeader().defaultSectionSize()
        heading = self.view.horizontalHeader().sizeHint().height()
        self.view.setMaximumHeight(heading + SHOWN_ROWS * rows + 4)
        self.view.activated.connect(self._activated)  # Enter, or a double-click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.hide()

    def show_steps(self, lines: Sequence[ReferralLine], today: dt.date) -> None:
        """Hidden while nothing is overdue: Today keeps its room for the other lists."""
        self.model.set_rows(overdue_rows(lines, today))
        self.title.setText(f"Referral steps overdue: {len(lines)}")
        self.setVisible(bool(lines))

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(int(index.data(KEY_ROLE)))
