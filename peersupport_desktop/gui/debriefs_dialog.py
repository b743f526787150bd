"""The log of supporters' debriefs and meetings: each logged, changed or removed, the
supporters who came ticked in a list with a filter (a group debrief or a meeting
credits each one), and beside it who has gone too long without one. Opened from the
Supporters page, and from Today's check-in after an intense encounter (a one-to-one
with that supporter, ready to save)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.codes import DebriefKind, SupporterStatus
from peersupport_desktop.core.debrief_due import paused_left_out
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import say, show_problem
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.gui.row_list_model import (
    ListedRow,
    RowListModel,
    current_key,
    select_key,
    show_rows,
)
from peersupport_desktop.gui.supporter_checklist import SupporterChecklist
from peersupport_desktop.services import debriefs, settings, supporters
from peersupport_desktop.services.debriefs import DebriefDue, DebriefInput, DebriefRecord
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Date", "Kind", "Minutes", "Attendees", "Notes")
FIRST_WORDS = 8  # of the notes, in the log
NONE_YET = (
    "No debriefs or meetings yet. Log each one here: a group debrief or a meeting "
    "credits every supporter who came."
)
NOTES_REMINDER = "The meeting's own minutes only: never a case, nor the name of a person supported."


def first_words(notes: str | None) -> str:
    words = (notes or "").split()
    return " ".join(words[:FIRST_WORDS]) + ("…" if len(words) > FIRST_WORDS else "")


def debrief_row(record: DebriefRecord) -> ListedRow:
    return ListedRow(
        record.id,
        (
            shown_dates.day(record.held_on),
            record.kind.label,
            str(record.minutes) if record.minutes is not None else "",
            ", ".join(a.name for a in record.attendees),
            first_words(record.notes),
        ),
    )


def due_text(due: DebriefDue) -> str:
    last = f"last {shown_dates.day(due.last)}" if due.last else "none since trained"
    return f"{due.name}: {last} ({due.days} days)"


class DebriefsDialog(QDialog):
    changed = Signal()  # a debrief was logged, changed or removed: Today's check-ins follow

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, one_to_one_with: int | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.editing: int | None = None  # the debrief the form shows; None: a new one
        self.records: dict[int, DebriefRecord] = {}
        self.setWindowTitle("Debriefs and meetings")
        layout = QHBoxLayout(self)
        layout.addLayout(self._log(), 3)
        layout.addLayout(self._form(), 2)
        shown_dates.follow_locale(self)
        self.resize(1100, 600)
        self.refresh()
        self.new(one_to_one_with)

    # -- building -----------------------------------------------------------------
    def _log(self) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel("Debriefs and meetings, newest first")
        title.setObjectName("sectionTitle")
        column.addWidget(title)
        self.listed = RowListModel(COLUMNS)
        self.view = show_rows(QTableView(), self.listed)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Debriefs and meetings")
        self.view.setToolTip("Every debrief and meeting, newest first; choose one to change it")
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        for wide in (COLUMNS.index("Attendees"), COLUMNS.index("Notes")):
            # Long lists of names and notes are cut at the column's edge, not the log's.
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.view, 3)
        self.empty = QLabel(NONE_YET)
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.due_title = QLabel()
        self.due_title.setObjectName("sectionTitle")
        column.addWidget(self.due_title)
        self.due = QListWidget()
        self.due.setAccessibleName("Supporters not debriefed lately")
        self.due.setToolTip(
            "Active supporters without a debrief or meeting for longer than the program's "
            "interval (Settings); Enter starts a one-to-one with the chosen one"
        )
        self.due.itemActivated.connect(self._debrief_due)
        column.addWidget(self.due, 1)
        self.paused_note = QLabel()  # the paused left out of the list, said
        self.paused_note.setWordWrap(True)
        column.addWidget(self.paused_note)
        return column

    def _form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.form_title = QLabel()
        self.form_title.setObjectName("sectionTitle")
        column.addWidget(self.form_title)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in DebriefKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setAccessibleName("Kind")
        self.kind.setToolTip("A one-to-one debrief, a group debrief, or a supporters' meeting")
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setMaximumDate(to_qdate(dt.date.today()))
        self.held_on.setAccessibleName("Held on")
        self.held_on.setToolTip("The day it was held (not in the future)")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, debriefs.MAX_MINUTES)
        self.minutes.setSpecialValueText("not given")
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Duration")
        self.minutes.setToolTip("How long it lasted, in minutes (0: not given)")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(NOTES_REMINDER)
        self.notes.setAccessibleName("Notes")
        self.notes.setToolTip(NOTES_REMINDER)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        for caption, field in (
            ("&Kind:", self.kind),
            ("&Held on:", self.held_on),
            ("&Duration:", self.minutes),
            ("&Notes:", self.notes),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        column.addLayout(form)
        came = QLabel("&Who came:")
        self.attendees = SupporterChecklist("supporters who came")
        came.setBuddy(self.attendees.filter)
        column.addWidget(came)
        column.addWidget(self.attendees, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = self._button("&Save", "Log the debrief, or save the changes to it")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.new_button = self._button("New &entry", "Clear the form to log another debrief")
        self.new_button.clicked.connect(lambda: self.new())
        self.remove_button = self._button("&Remove", "Remove the debrief chosen in the log")
        self.remove_button.clicked.connect(self.remove_chosen)
        close = self._button("Close", "Close the debriefs and meetings")
        close.clicked.connect(self.accept)
        for button in (self.save_button, self.new_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        column.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        return column

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        return button

    # -- what the coordinator does --------------------------------------------------
    def new(self, one_to_one_with: int | None = None) -> None:
        """An empty form; with a supporter, a one-to-one with them, dated today."""
        self.editing = None
        self.view.setCurrentIndex(QModelIndex())  # choosing the same row again reloads it
        self.form_title.setText("Log a debrief or meeting")
        kind = DebriefKind.ONE_TO_ONE if one_to_one_with is not None else DebriefKind.GROUP
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.held_on.setDate(QDate.currentDate())
        self.minutes.setValue(0)
        self.notes.clear()
        self.attendees.filter.clear()
        self.attendees.set_ticked(() if one_to_one_with is None else (one_to_one_with,))
        self.remove_button.setEnabled(False)
        self.save_button.setText("&Save")

    def save(self) -> DebriefRecord | None:
        data = DebriefInput(
            kind=self.kind.currentData(),
            held_on=from_qdate(self.held_on.date()),
            attendees=self.attendees.ticked(),
            minutes=self.minutes.value() or None,
            notes=self.notes.toPlainText(),
        )
        try:
            if self.editing is None:
                saved = debriefs.add_debrief(self.vault, data)
            else:
                saved = debriefs.edit_debrief(self.vault, self.editing, data)
        except InvalidInput as problem:
            fields = {
                "kind": self.kind,
                "held_on": self.held_on,
                "minutes": self.minutes,
                "notes": self.notes,
                "attendees": self.attendees.filter,
            }
            show_problem(self.message, problem, fields)
            return None
        except Sayable as exc:
            say(self.message, str(exc), problem=True)
            return None
        was_new = self.editing is None
        self.refresh()
        self.changed.emit()
        if was_new:
            self.new()
        else:
            select_key(self.view, saved.id)
        count = len(saved.attendees)
        credited = "1 supporter" if count == 1 else f"{count} supporters"
        verb = "Logged" if was_new else "Saved"
        say(
            self.message,
            f"{verb}: {saved.kind.label.lower()} on {shown_dates.day(saved.held_on)}, "
            f"crediting {credited}.",
            problem=False,
        )
        return saved

    def remove_chosen(self) -> None:
        if self.editing is None:
            return
        try:
            debriefs.remove_debrief(self.vault, self.editing)
        except Sayable as exc:
            say(self.message, str(exc), problem=True)
            return
        self.refresh()
        self.changed.emit()
        self.new()
        say(self.message, "Removed the debrief.", problem=False)

    def refresh(self) -> None:
        people = supporters.list_supporters(self.vault, include_retired=True)
        ticked = self.attendees.ticked()
        self.attendees.set_people(
            [
                (p.id, p.name + (" (retired)" if p.status is SupporterStatus.RETIRED else ""))
                for p in people
            ]
        )
        self.attendees.set_ticked(ticked)
        self.records = {r.id: r for r in debriefs.list_debriefs(self.vault)}
        self.listed.set_rows([debrief_row(r) for r in self.records.values()])
        self.empty.setVisible(not self.records)
        self._show_due()

    def _show_due(self) -> None:
        every = settings.get_settings(self.vault).debrief_every_days
        self.due.clear()
        left_out = paused_left_out(debriefs.paused_not_due(self.vault))
        self.paused_note.setText(left_out)
        self.paused_note.setVisible(bool(left_out))
        if every is None:
            self.due_title.setText("Not debriefed lately: reminders are off (Settings)")
            self.due.hide()
            return
        found = debriefs.supporters_without_debrief(self.vault, dt.date.today())
        self.due_title.setText(f"Not debriefed for {every} days: {len(found)}")
        for due in found:
            item = QListWidgetItem(due_text(due), self.due)
            item.setData(Qt.ItemDataRole.UserRole, due.supporter_id)
        self.due.setVisible(bool(found))

    def _chosen(self) -> None:
        key = current_key(self.view)
        record = self.records.get(key) if key is not None else None
        if record is None:
            return
        self.editing = record.id
        self.form_title.setText(f"Change the debrief of {shown_dates.day(record.held_on)}")
        self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.held_on.setDate(to_qdate(record.held_on))
        self.minutes.setValue(record.minutes or 0)
        self.notes.setPlainText(record.notes or "")
        self.attendees.filter.clear()
        self.attendees.set_ticked(a.id for a in record.attendees)
        self.remove_button.setEnabled(True)
        self.save_button.setText("&Save changes")
        self.message.hide()

    def _debrief_due(self, item: QListWidgetItem) -> None:
        self.new(int(item.data(Qt.ItemDataRole.UserRole)))
        self.notes.setFocus()
