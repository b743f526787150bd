"""Training sessions: each recorded with the supporters who attended (ticked in a list
with a filter; a refresher puts each one's next refresher off), the attendees'
anonymous evaluations added one by one or imported from a form's file, and each
session's summary: who attended, how many evaluated it, the mean scores and the
comments (for the program alone). Opened from the Supporters page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import say, show_problem
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.gui.record_import_dialog import RecordImportDialog
from peersupport_desktop.gui.row_list_model import (
    ListedRow,
    RowListModel,
    current_key,
    select_key,
    show_rows,
)
from peersupport_desktop.gui.supporter_checklist import SupporterChecklist
from peersupport_desktop.services import supporters, training_sessions
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_kinds import record_kind
from peersupport_desktop.services.training_sessions import (
    EvaluationInput,
    SessionSummary,
    TrainingSessionInput,
)
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Date", "Title", "Kind", "Attended", "Evaluations", "Useful", "Ready")
NONE_YET = (
    "No training sessions yet. Record each one with the supporters who attended; their "
    "evaluations come after, one by one or from the form's file."
)


def mean_text(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def session_row(summary: SessionSummary) -> ListedRow:
    return ListedRow(
        summary.id,
        (
            shown_dates.day(summary.held_on),
            summary.title,
            "Refresher" if summary.refresher else "Initial",
            str(len(summary.attendees)),
            str(summary.evaluations),
            mean_text(summary.mean_useful),
            mean_text(summary.mean_ready),
        ),
    )


def summary_text(summary: SessionSummary) -> str:
    """The chosen session in words: who attended, the scores, the comments."""
    lines = [f"Attended: {', '.join(summary.attendees) or 'nobody recorded'}."]
    if summary.evaluations:
        lines.append(
            f"{summary.evaluations} evaluation{'' if summary.evaluations == 1 else 's'}: "
            f"useful {mean_text(summary.mean_useful) or '-'} of 5, "
            f"ready {mean_text(summary.mean_ready) or '-'} of 5."
        )
    else:
        lines.append("No evaluation yet.")
    lines += [f"• {comment}" for comment in summary.comments]
    return "\n".join(lines)


class TrainingSessionsDialog(QDialog):
    changed = Signal()  # a session recorded: the roster's trainings and refreshers follow

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.sessions: dict[int, SessionSummary] = {}
        self.importer: RecordImportDialog | None = None
        self.setWindowTitle("Training sessions")
        layout = QHBoxLayout(self)
        layout.addLayout(self._log(), 3)
        layout.addLayout(self._forms(), 2)
        shown_dates.follow_locale(self)
        self.resize(1100, 600)
        self.refresh()
        self._choice_changed()

    # -- building -----------------------------------------------------------------
    def _log(self) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel("Training sessions, newest first")
        title.setObjectName("sectionTitle")
        column.addWidget(title)
        self.listed = RowListModel(COLUMNS)
        self.view = show_rows(QTableView(), self.listed)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Training sessions")
        self.view.setToolTip("Every training session with its attendance and mean scores")
        column.addWidget(self.view, 2)
        self.empty = QLabel(NONE_YET)
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName("The chosen session's summary")
        self.summary.setToolTip(
            "Who attended, the evaluations' mean scores and their comments (for the "
            "program alone: never in a report)"
        )
        column.addWidget(self.summary, 1)
        imports = QHBoxLayout()
        self.import_attendance = self._button(
            "Import atte&ndance…", "Import attendance from a CSV or XLSX file, a row per supporter"
        )
        self.import_attendance.clicked.connect(lambda: self.open_import("trainings"))
        self.import_evaluations = self._button(
            "Import e&valuations…", "Import the evaluation form's answers from a CSV or XLSX file"
        )
        self.import_evaluations.clicked.connect(lambda: self.open_import("training_evaluations"))
        imports.addWidget(self.import_attendance)
        imports.addWidget(self.import_evaluations)
        imports.addStretch(1)
        column.addLayout(imports)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._choice_changed())
        return column

    def _forms(self) -> QVBoxLayout:
        column = QVBoxLayout()
        recording = QGroupBox("Record a session")
        form = QFormLayout(recording)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setAccessibleName("Title")
        self.title.setToolTip("The training's title, as the program calls it")
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setMaximumDate(to_qdate(dt.date.today()))
        self.held_on.setDate(QDate.currentDate())
        self.held_on.setAccessibleName("Held on")
        self.held_on.setToolTip("The day it was held")
        self.refresher = QCheckBox("A &refresher (puts each attendee's next refresher off)")
        self.refresher.setAccessibleName("Refresher")
        self.refresher.setToolTip(
            "Each attendee's next refresher becomes due two years after this one"
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(0, training_sessions.MAX_MINUTES)
        self.minutes.setSpecialValueText("not given")
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Duration")
        self.minutes.setToolTip("How long it lasted, in minutes (0: not given)")
        self.attendees = SupporterChecklist("supporters who attended")
        for caption, field in (
            ("&Title:", self.title),
            ("&Held on:", self.held_on),
            ("&Duration:", self.minutes),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.refresher)
        came = QLabel("&Attended:")
        came.setBuddy(self.attendees.filter)
        form.addRow(came, self.attendees)
        self.record_button = self._button("Re&cord the session", "Record it with its attendance")
        self.record_button.clicked.connect(self.record_session)
        form.addRow("", self.record_button)
        column.addWidget(recording, 1)

        evaluating = QGroupBox("An evaluation of the chosen session (anonymous)")
        grid = QFormLayout(evaluating)
        self.useful = self._score("How useful it was, 1 (not at all) to 5 (very)")
        self.useful.setAccessibleName("Useful")
        self.ready = self._score("How ready they feel to support a colleague, 1 to 5")
        self.ready.setAccessibleName("Ready")
        self.comment = QLineEdit()
        self.comment.setMaxLength(training_sessions.MAX_COMMENT)
        self.comment.setAccessibleName("Comment")
        self.comment.setToolTip("Their comment, if any (never who wrote it)")
        scores = QHBoxLayout()
        useful_label, ready_label = QLabel("&Useful:"), QLabel("Read&y:")
        useful_label.setBuddy(self.useful)
        ready_label.setBuddy(self.ready)
        for widget in (useful_label, self.useful, ready_label, self.ready):
            scores.addWidget(widget)
        scores.addStretch(1)
        grid.addRow(scores)
        comment_label = QLabel("Co&mment:")
        comment_label.setBuddy(self.comment)
        grid.addRow(comment_label, self.comment)
        self.evaluate_button = self._button("Add the &evaluation", "")
        self.evaluate_button.clicked.connect(self.add_evaluation)
        grid.addRow("", self.evaluate_button)
        column.addWidget(evaluating)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        closing = QHBoxLayout()
        closing.addStretch(1)
        close = self._button("Close", "Close the training sessions")
        close.clicked.connect(self.accept)
        closing.addWidget(close)
        column.addLayout(closing)
        return column

    def _score(self, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem("not given", None)
        for score in range(1, 6):
            combo.addItem(str(score), score)
        combo.setToolTip(tip)
        return combo

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        return button

    # -- what the coordinator does --------------------------------------------------
    def record_session(self) -> SessionSummary | None:
        data = TrainingSessionInput(
            title=self.title.text(),
            held_on=from_qdate(self.held_on.date()),
            attendees=self.attendees.ticked(),
            refresher=self.refresher.isChecked(),
            minutes=self.minutes.value() or None,
        )
        try:
            held = training_sessions.add_session(self.vault, data)
        except InvalidInput as problem:
            fields = {
                "title": self.title,
                "held_on": self.held_on,
                "minutes": self.minutes,
                "attendees": self.attendees.filter,
            }
            show_problem(self.message, problem, fields)
            return None
        except Sayable as exc:
            say(self.message, str(exc), problem=True)
            return None
        self.title.clear()
        self.minutes.setValue(0)
        self.refresher.setChecked(False)
        self.attendees.filter.clear()
        self.attendees.set_ticked(())
        self.refresh()
        select_key(self.view, held.id)
        self.changed.emit()
        say(
            self.message,
            f"Recorded the session of {shown_dates.day(held.held_on)} with "
            f"{len(held.attendees)} attending.",
            problem=False,
        )
        return held

    def add_evaluation(self) -> SessionSummary | None:
        chosen = current_key(self.view)
        if chosen is None:
            return None
        data = EvaluationInput(
            self.useful.currentData(), self.ready.currentData(), self.comment.text()
        )
        try:
            summary = training_sessions.add_evaluation(self.vault, chosen, data)
        except InvalidInput as problem:
            fields = {"useful": self.useful, "ready": self.ready, "comment": self.comment}
            show_problem(self.message, problem, fields)
            return None
        except Sayable as exc:
            say(self.message, str(exc), problem=True)
            return None
        self.useful.setCurrentIndex(0)
        self.ready.setCurrentIndex(0)
        self.comment.clear()
        self.refresh()
        select_key(self.view, chosen)
        say(self.message, f"Added: {summary.evaluations} evaluations so far.", problem=False)
        return summary

    def open_import(self, kind_name: str) -> RecordImportDialog:
        dialog = RecordImportDialog(self.vault, record_kind(kind_name), self)
        dialog.imported.connect(lambda _result: self._imported())
        self.importer = dialog
        dialog.show()
        return dialog

    def refresh(self) -> None:
        ticked = self.attendees.ticked()
        self.attendees.set_people([(p.id, p.name) for p in supporters.list_supporters(self.vault)])
        self.attendees.set_ticked(ticked)
        chosen = current_key(self.view)
        self.sessions = {s.id: s for s in training_sessions.list_sessions(self.vault)}
        self.listed.set_rows([session_row(s) for s in self.sessions.values()])
        self.empty.setVisible(not self.sessions)
        if chosen is not None:
            select_key(self.view, chosen)
        self._choice_changed()

    def _imported(self) -> None:
        self.refresh()
        self.changed.emit()

    def _choice_changed(self) -> None:
        key = current_key(self.view)
        summary = self.sessions.get(key) if key is not None else None
        self.summary.setPlainText(summary_text(summary) if summary else "")
        self.summary.setVisible(summary is not None)
        self.evaluate_button.setEnabled(summary is not None)
        self.evaluate_button.setToolTip(
            "Add the evaluation to the session chosen in the list"
            if summary is not None
            else "Choose a session in the list first."
        )
