"""Feedback from the people supported, as the program reads it: every invitation by
its code, whether it was answered, the answers and the comments.

Comments are the program's own reading: they show here and in the internal listing,
never in a report or an export. No case is named: the code stands in for the person.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.codes import FeedbackAnswer
from peersupport_desktop.gui.record_import_dialog import RecordImportDialog
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.services import feedback
from peersupport_desktop.services.feedback_import import KIND
from peersupport_desktop.store.vault import Vault

COLUMNS = (
    "Code", "Invited", "Answered", "Helpful", "Wellbeing better", "Back at work",
    "Would recommend", "Comment",
)  # fmt: skip
COMMENT_COLUMN = COLUMNS.index("Comment")


def _answer(value: FeedbackAnswer | None) -> str:
    return "" if value is None else value.label


class FeedbackDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.import_dialog: RecordImportDialog | None = None
        self.setWindowTitle("Feedback from the people supported")
        self.setObjectName("FeedbackDialog")
        room = self.screen().availableGeometry()  # a small laptop at 150% has 853 x 426
        self.resize(min(960, room.width() - 40), min(560, room.height() - 60))
        intro = QLabel(
            "Invitations by code, and the answers that came back. Comments are for the "
            "program alone: no report or export shows them. The reports count answers "
            "together, checked for small numbers."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a code; a long comment in full as its tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Feedback invitations and answers")
        self.table.setToolTip("Each invitation by its code: when, whether answered, the answers.")
        self.summary = QLabel()
        self.summary.setAccessibleName("Invitations and answers in all")
        self.import_button = QPushButton("&Import answers\u2026")
        self.import_button.setAccessibleName("Import feedback answers")
        self.import_button.setToolTip(
            "Import the survey tool's CSV or XLSX file of answers; they are matched by code."
        )
        self.import_button.clicked.connect(self.import_answers)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.summary, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip("Close the feedback.")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        lines = feedback.invitation_lines(self.vault)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            a = line.answers
            cells = (
                line.code,
                day(line.invited_at.date()),
                day(a.answered_on) if a else "Not yet",
                "" if a is None or a.helpful is None else f"{a.helpful} of 5",
                _answer(a.wellbeing_better) if a else "",
                _answer(a.back_at_work) if a else "",
                _answer(a.would_recommend) if a else "",
                (a.comment or "") if a else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        answered = sum(line.answers is not None for line in lines)
        self.summary.setText(f"{len(lines):,} invited, {answered:,} answered.")

    def import_answers(self) -> None:
        self.import_dialog = RecordImportDialog(self.vault, KIND, self)
        self.import_dialog.imported.connect(lambda _result: self.refresh())
        self.import_dialog.open()
