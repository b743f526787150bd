"""Asked as an appointment is recorded for a referral: its date, if known yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate


class AppointmentDialog(QDialog):
    chosen = Signal(object)  # the appointment's date, or None: not known yet

    def __init__(self, resource_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Appointment made")
        intro = QLabel(f"An appointment was made with {resource_name}. When is it?")
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(to_qdate(dt.date.today() + dt.timedelta(days=7)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName("Appointment date")
        self.date_edit.setToolTip("The day of the appointment itself.")
        self.unknown_check = QCheckBox("&Not known yet")
        self.unknown_check.setAccessibleName("Appointment date not known yet")
        self.unknown_check.setToolTip("Record the appointment without its date.")
        self.unknown_check.toggled.connect(lambda unknown: self.date_edit.setEnabled(not unknown))
        form = QFormLayout()
        label = QLabel("&Appointment on:")
        label.setBuddy(self.date_edit)
        form.addRow(label, self.date_edit)
        form.addRow("", self.unknown_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setToolTip(
                "Record the appointment."
                if self.buttons.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole
                else "Record nothing."
            )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        shown_dates.follow_locale(self)

    def accept(self) -> None:
        self.chosen.emit(None if self.unknown_check.isChecked() else self.on())
        super().accept()

    def on(self) -> dt.date:
        return from_qdate(self.date_edit.date())
