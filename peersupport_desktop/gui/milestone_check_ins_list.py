"""Today's list of check-ins before milestones: a deposition, a hearing, a root-cause
analysis meeting brings the distress back, so each person it concerns gets a check-in a
few days before (services/milestones.check_ins_due). Enter or a double-click opens the
case. A check-in missed stays listed until its milestone has passed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from peersupport_desktop.gui.case_table_model import initials
from peersupport_desktop.gui.row_list_model import KEY_ROLE, ListedRow, RowListModel
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.services.milestones import CheckIn, check_ins_due
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Case", "Clinician", "Check-in", "Milestone")
SHOWN_ROWS = 3  # the list is short; it scrolls beyond this
AHEAD_DAYS = 7  # the check-ins of the coming week
BACK_DAYS = 14  # and those missed lately, while their milestone is still ahead


def check_ins_for_today(vault: Vault, today: dt.date) -> list[CheckIn]:
    """The check-ins to show on ``today``: due this coming week, or missed while the
    milestone is still to come."""
    found = check_ins_due(
        vault, today - dt.timedelta(days=BACK_DAYS), today + dt.timedelta(days=AHEAD_DAYS)
    )
    return [c for c in found if c.milestone_on >= today]


def check_in_rows(check_ins: Sequence[CheckIn], today: dt.date, private: bool) -> list[ListedRow]:
    return [
        ListedRow(
            c.case_id,
            (
                c.reference,
                initials(c.clinician) if private else c.clinician,
                f"⚠ Past due: {day(c.on)}" if c.on < today else day(c.on),
                f"{c.kind.label}, {day(c.milestone_on)}"
                + (" (everyone involved)" if c.for_event else ""),
            ),
            alert=c.on < today,
        )
        for c in check_ins
    ]


class MilestoneCheckInsList(QWidget):
    open_case = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("Check-ins before milestones", self)
        self.title.setObjectName("sectionTitle")
        self.model = RowListModel(COLUMNS)
        self.view = QTableView(self)
        self.view.setObjectName("milestoneCheckInsView")
        self.view.setModel(self.model)
        self.view.setAccessibleName("Check-ins before milestones")
        self.view.setToolTip(
            "A check-in with each person before a deposition, a hearing or another date of "
            "an investigation or legal process; Enter opens the case."
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

    def show_check_ins(
        self, check_ins: Sequence[CheckIn], today: dt.date, *, private: bool
    ) -> None:
        """Hidden while none is due: Today keeps its room for the other lists."""
        self.model.set_rows(check_in_rows(check_ins, today, private))
        self.title.setText(f"Check-ins before milestones: {len(check_ins)}")
        self.setVisible(bool(check_ins))

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(int(index.data(KEY_ROLE)))
