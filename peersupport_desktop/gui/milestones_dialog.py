"""A case's milestones (a root-cause analysis meeting, a deposition, a trial...) and its
event's, each with the check-in it schedules; one added for the case or for everyone the
event touched, one removed. Opened from the case window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.codes import MilestoneKind
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import say, show_problem
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, current_key, show_rows
from peersupport_desktop.services import cases, milestones, settings
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.milestones import MilestoneRecord
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Date", "Milestone", "For", "Check-in")
FOR_EVENT = "Everyone involved in the event"
FOR_CASE = "This case"
NONE_YET = (
    "No milestones yet. Add the dates an investigation or legal process brings "
    "(a root-cause analysis meeting, a deposition, a hearing): a check-in comes before each."
)


def milestone_row(record: MilestoneRecord) -> ListedRow:
    return ListedRow(
        record.id,
        (
            shown_dates.day(record.on_date),
            record.kind.label,
            FOR_EVENT if record.for_event else FOR_CASE,
            f"{shown_dates.day(record.check_in_on)} ({record.check_in_days} days before)",
        ),
    )


class MilestonesButton(QPushButton):
    """The case window's way in: opens the dialog, and says when milestones changed (so
    Today and the calendar show the check-ins anew)."""

    changed = Signal()

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Milestones and chec&k-ins…", parent)
        self.vault, self.case_id = vault, case_id
        self.dialog: MilestonesDialog | None = None
        self.setAccessibleName("Milestones and check-ins")
        self.setToolTip(
            "The dates of an investigation or legal process (a root-cause analysis meeting, "
            "a deposition, a trial), for this case or everyone involved, and the check-in "
            "before each"
        )
        self.setAutoDefault(False)
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> MilestonesDialog:
        dialog = MilestonesDialog(self.vault, self.case_id, self.window())
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _closed(self, dialog: MilestonesDialog) -> None:
        if dialog.changed:
            self.changed.emit()


class MilestonesDialog(QDialog):
    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.case_id = vault, case_id
        self.changed = False  # Today and the calendar are shown anew if so
        reference = cases.get_case(vault, case_id, opening=False).case.reference
        self.setWindowTitle(f"Milestones of {reference}")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "The case's own milestones and its event's. A check-in with the person comes "
            "the set number of days before each; Today and the calendar show it."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.listed = RowListModel(COLUMNS)
        self.view = show_rows(QTableView(), self.listed)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Milestones")
        self.view.setToolTip("The case's milestones and its event's, soonest first")
        layout.addWidget(self.view, 1)
        self.empty = QLabel(NONE_YET)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addLayout(self._adding())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.remove_button = self._button(
            "&Remove the chosen milestone", "Remove the milestone chosen in the list"
        )
        self.remove_button.clicked.connect(self.remove_chosen)
        close = self._button("Close", "Close the milestones")
        close.clicked.connect(self.accept)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._choice_changed())
        self.resize(720, 480)
        self.refresh()

    def _adding(self) -> QFormLayout:
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in MilestoneKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setAccessibleName("Kind of milestone")
        self.kind.setToolTip("What the date is: a meeting, a review, a hearing, a deposition...")
        self.on_date = QDateEdit()
        self.on_date.setCalendarPopup(True)
        self.on_date.setDate(to_qdate(dt.date.today() + dt.timedelta(days=14)))
        self.on_date.setAccessibleName("Milestone date")
        self.on_date.setToolTip("The day of the milestone")
        self.days = QSpinBox()
        self.days.setRange(0, 90)
        self.days.setSuffix(" days")
        self.days.setValue(settings.get_settings(self.vault).milestone_check_in_days)
        self.days.setAccessibleName("Check-in days before")
        self.days.setToolTip("The check-in comes this many days before the milestone (Settings)")
        self.for_case = QRadioButton("This &case only")
        self.for_case.setToolTip("The milestone is this person's alone")
        self.for_case.setAccessibleName("For this case only")
        self.for_event = QRadioButton("&Everyone involved in the event")
        self.for_event.setToolTip("Each person the event touched gets a check-in before it")
        self.for_event.setAccessibleName("For everyone involved in the event")
        self.for_case.setChecked(True)
        whose = QHBoxLayout()
        whose.addWidget(self.for_case)
        whose.addWidget(self.for_event)
        whose.addStretch(1)
        self.add_button = self._button("&Add milestone", "Add the milestone with its check-in")
        self.add_button.clicked.connect(self.add)
        kind_label, date_label, days_label = (
            QLabel("&Kind:"),
            QLabel("&Date:"),
            QLabel("Check-in &before:"),
        )
        for label, field in (
            (kind_label, self.kind),
            (date_label, self.on_date),
            (days_label, self.days),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("For:", whose)
        form.addRow("", self.add_button)
        return form

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        return button

    # -- what the coordinator does ------------------------------------------------
    def add(self) -> MilestoneRecord | None:
        for_event = self.for_event.isChecked()
        try:
            event_id = self._event_id() if for_event else None
            added = milestones.add_milestone(
                self.vault,
                event_id=event_id,
                case_id=None if for_event else self.case_id,
                kind=self.kind.currentData(),
                on_date=from_qdate(self.on_date.date()),
                check_in_days=self.days.value(),
            )
        except InvalidInput as problem:
            fields = {"milestone_date": self.on_date, "check_in_days": self.days}
            show_problem(self.message, problem, fields)
            return None
        except Sayable as exc:
            say(self.message, str(exc), problem=True)
            return None
        self.changed = True
        self.refresh()
        whose = "everyone involved in the event" if for_event else "this case"
        say(
            self.message,
            f"Added: {added.kind.label} on {shown_dates.day(added.on_date)} for {whose}; "
            f"check-in {shown_dates.day(added.check_in_on)}.",
            problem=False,
        )
        return added

    def remove_chosen(self) -> None:
        chosen = current_key(self.view)
        if chosen is None:
            return
        try:
            milestones.remove_milestone(self.vault, chosen)
        except Sayable as exc:
            say(self.message, str(exc), problem=True)
            return
        self.changed = True
        self.refresh()
        say(self.message, "Removed the milestone.", problem=False)

    def refresh(self) -> None:
        records = milestones.milestones_of(self.vault, self.case_id)
        self.listed.set_rows([milestone_row(r) for r in records])
        self.empty.setVisible(not records)
        self._choice_changed()

    def _choice_changed(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.remove_button.setEnabled(chosen)
        self.remove_button.setToolTip(
            "Remove the milestone chosen in the list"
            if chosen
            else "Choose a milestone in the list first."
        )

    def _event_id(self) -> int:
        return cases.get_case(self.vault, self.case_id, opening=False).event.id
