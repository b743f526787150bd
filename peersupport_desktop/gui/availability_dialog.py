"""One supporter's weekly slots, dated exceptions and trainings, edited in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import carried_out
from peersupport_desktop.gui.forms.ui_availability_dialog import Ui_AvailabilityDialog
from peersupport_desktop.gui.qt_dates import from_qdate, from_qdatetime, from_qtime
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, current_key, show_rows
from peersupport_desktop.services import availability, supporters
from peersupport_desktop.store.vault import Vault

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class AvailabilityDialog(QDialog):
    def __init__(self, vault: Vault, supporter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AvailabilityDialog()
        self.ui.setupUi(self)
        shown_dates.follow_locale(self)
        self.vault = vault
        self.supporter_id = supporter_id
        ui = self.ui
        person = supporters.get_supporter(vault, supporter_id)
        self.setWindowTitle(f"{person.name}: availability and training")
        ui.heading.setObjectName("pageTitle")
        ui.heading.setText(person.name)
        for title in (ui.weeklyTitle, ui.datedTitle, ui.trainingTitle):
            title.setObjectName("sectionTitle")
        ui.weekdayCombo.addItems(list(WEEKDAYS))
        ui.slotStartEdit.setTime(QTime(12, 0))
        ui.slotEndEdit.setTime(QTime(14, 0))
        ui.datedKindCombo.addItem("Away", False)
        ui.datedKindCombo.addItem("Extra slot", True)
        tomorrow = QDateTime(QDate.currentDate().addDays(1), QTime(0, 0))
        ui.datedStartEdit.setDateTime(tomorrow)
        ui.datedEndEdit.setDateTime(tomorrow.addDays(1))
        ui.trainingDateEdit.setDate(QDate.currentDate())
        ui.messageLabel.hide()
        self.weekly = RowListModel(("Day", "From", "To"))
        self.dated = RowListModel(("Kind", "From", "To"))
        self.trainings = RowListModel(("Held on", "Training", "Kind"))
        for view, model in (
            (ui.weeklyView, self.weekly),
            (ui.datedView, self.dated),
            (ui.trainingView, self.trainings),
        ):
            show_rows(view, model)
        ui.addSlotButton.clicked.connect(self.add_slot)
        ui.removeSlotButton.clicked.connect(self.remove_slot)
        ui.addDatedButton.clicked.connect(self.add_dated)
        ui.removeDatedButton.clicked.connect(self.remove_dated)
        ui.addTrainingButton.clicked.connect(self.add_training)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            "Close; each slot and training is kept as soon as it is added."
        )
        self.refresh()

    def refresh(self) -> None:
        sid = self.supporter_id
        self.weekly.set_rows(
            [
                ListedRow(s.id, (WEEKDAYS[s.weekday], f"{s.starts:%H:%M}", f"{s.ends:%H:%M}"))
                for s in availability.slots_of(self.vault, sid)
            ]
        )
        self.dated.set_rows(
            [
                ListedRow(
                    e.id,
                    (
                        "Extra slot" if e.available else "Away",
                        shown_dates.moment(e.starts_at),
                        shown_dates.moment(e.ends_at),
                    ),
                )
                for e in availability.exceptions_of(self.vault, sid)
            ]
        )
        self.trainings.set_rows(
            [
                ListedRow(
                    t.id,
                    (
                        shown_dates.day(t.held_on),
                        t.title,
                        "refresher" if t.refresher else "initial",
                    ),
                )
                for t in supporters.trainings_of(self.vault, sid)
            ]
        )

    # -- what the coordinator does ------------------------------------------
    def add_slot(self) -> None:
        ui = self.ui
        starts, ends = from_qtime(ui.slotStartEdit.time()), from_qtime(ui.slotEndEdit.time())
        weekday = ui.weekdayCombo.currentIndex()
        self._do(
            lambda: availability.add_slot(self.vault, self.supporter_id, weekday, starts, ends)
        )

    def remove_slot(self) -> None:
        slot_id = current_key(self.ui.weeklyView)
        if slot_id is not None:
            self._do(lambda: availability.remove_slot(self.vault, slot_id))

    def add_dated(self) -> None:
        ui = self.ui
        available = bool(ui.datedKindCombo.currentData())
        starts, ends = (
            from_qdatetime(ui.datedStartEdit.dateTime()),
            from_qdatetime(ui.datedEndEdit.dateTime()),
        )
        self._do(
            lambda: availability.add_exception(
                self.vault, self.supporter_id, available=available, starts_at=starts, ends_at=ends
            )
        )

    def remove_dated(self) -> None:
        exception_id = current_key(self.ui.datedView)
        if exception_id is not None:
            self._do(lambda: availability.remove_exception(self.vault, exception_id))

    def add_training(self) -> None:
        ui = self.ui
        held = from_qdate(ui.trainingDateEdit.date())
        title, refresher = ui.trainingTitleEdit.text(), ui.refresherCheck.isChecked()
        if self._do(
            lambda: supporters.add_training(
                self.vault, self.supporter_id, title, held, refresher=refresher
            )
        ):
            ui.trainingTitleEdit.clear()

    def _do(self, change: Callable[[], object]) -> bool:
        ui = self.ui
        fields: dict[str, QWidget] = {
            "weekday": ui.weekdayCombo, "ends": ui.slotEndEdit,
            "ends_at": ui.datedEndEdit, "title": ui.trainingTitleEdit,
        }  # fmt: skip
        if not carried_out(self, change, ui.messageLabel, fields, title="Not changed"):
            return False
        ui.messageLabel.hide()
        self.refresh()
        return True
