"""The case window's line on outreach that follows the person: the next try due after
an unanswered attempt, or the closing proposed once the tries ran out (unreachable) or
the person declined, with one button to close so, which still asks to confirm."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from peersupport_desktop.core.codes import Outcome
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.shown_dates import moment
from peersupport_desktop.services import cases
from peersupport_desktop.services.cases import CaseDetail
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault

BUTTON_TEXT = {
    Outcome.UNREACHABLE: "Clos&e as unreachable…",
    Outcome.DECLINED: "Clos&e as declined…",
}


class OutreachPanel(QWidget):
    closed = Signal()  # the case was closed as proposed

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.case_id = vault, case_id
        self.proposed: Outcome | None = None
        self.line = QLabel(self)
        self.line.setObjectName("outreachLine")
        self.line.setWordWrap(True)
        self.line.setAccessibleName("Outreach tries")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeProposedButton")
        # Named from the start; the proposal, when there is one, names its outcome.
        self.close_button.setAccessibleName("Close the case as proposed")
        self.close_button.setToolTip("Close the case as the tries propose; you are asked first.")
        self.close_button.clicked.connect(self.close_as_proposed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.close_button)
        self.hide()

    def show_case(self, detail: CaseDetail, now: dt.datetime) -> None:
        outreach = detail.outreach
        self.proposed = outreach.proposed_closing if outreach else None
        if outreach is None or (outreach.next_try_due_at is None and self.proposed is None):
            self.hide()
            return
        if self.proposed is not None:
            self.line.setText("⚠ " + (outreach.sentence or ""))
            label = self.proposed.label.lower()
            self.close_button.setText(BUTTON_TEXT[self.proposed])
            self.close_button.setToolTip(f"Close the case as {label}; you are asked to confirm.")
            self.close_button.setAccessibleName(f"Close the case as {label}")
        else:
            assert outreach.next_try_due_at is not None
            due = outreach.next_try_due_at
            late = "⚠ late: " if due < now else ""
            self.line.setText(
                f"{late}Next try due {moment(due)} "
                f"(try {outreach.tries + 1} of at most {outreach.max_tries})."
            )
        self.close_button.setVisible(self.proposed is not None)
        self.show()

    def close_as_proposed(self) -> None:
        outcome = self.proposed
        if outcome is None:
            return
        label = outcome.label.lower()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            f"Close as {label}?",
            f"Close this case as {label}? It can be reopened later if the person gets in touch.",
            parent=self,
        )
        close = box.addButton(f"&Close as {label}", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("&Keep it open", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        if unsaved_work.answer(box) is not close:
            return
        try:
            cases.close_case(self.vault, self.case_id, outcome)
        except InvalidInput as problem:
            QMessageBox.warning(self, "Not closed", problem.message)
            return
        self.closed.emit()
