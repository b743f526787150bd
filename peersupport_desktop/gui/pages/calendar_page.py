"""Calendar: supporters' availability by month or week, the on-call rotation, the
program's follow-ups and check-ins before milestones; who is free at the selected day or
hour. A supporter whose refresher training is overdue is flagged where they are put on
call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QVBoxLayout, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.availability_dialog import AvailabilityDialog
from peersupport_desktop.gui.calendar_view import CalendarView, Mode, check_in_sentence, swatch
from peersupport_desktop.gui.forms.ui_calendar_page import Ui_CalendarPage
from peersupport_desktop.gui.look import alert_colour, icon
from peersupport_desktop.services import availability, calendar_files
from peersupport_desktop.services.calendar_plan import CalendarPlan, calendar_plan
from peersupport_desktop.services.roster import refreshers_overdue
from peersupport_desktop.store.vault import Vault


class CalendarPage(QWidget):
    changed = Signal()  # the rotation changed

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self._vault = vault
        self.dialog: QDialog | None = None
        # Supporters whose refresher is overdue, and when it was due (the roster's rule).
        self.refreshers_overdue: dict[int, dt.date] = {}
        self.on_call_ids: dict[dt.date, int] = {}  # Monday -> the supporter on first call
        self.names: dict[int, str] = {}  # the supporter choices, as plain names
        ui = self.ui
        self.on_call_tip = ui.onCallButton.toolTip()  # the form's; a warning goes before it
        ui.refresherLabel.hide()
        ui.titleLabel.setObjectName("pageTitle")
        self.view = CalendarView()
        host = QVBoxLayout(ui.calendarHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.view)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setSizes([760, 260])
        self.view.period_changed.connect(self.reload)
        self.view.selection_changed.connect(self.show_selection)
        ui.previousButton.clicked.connect(lambda: self.view.go(-1))
        ui.nextButton.clicked.connect(lambda: self.view.go(1))
        ui.todayButton.clicked.connect(self.view.go_today)
        ui.monthRadio.toggled.connect(lambda _on: self._mode_chosen())
        ui.weekRadio.toggled.connect(lambda _on: self._mode_chosen())
        ui.supporterCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.onCallButton.clicked.connect(self.make_first_call)
        ui.availabilityButton.clicked.connect(self.edit_availability)
        ui.exportRotationButton.clicked.connect(lambda: self.export_rotation())

    @property
    def vault(self) -> Vault:
        return self._vault()

    def fill_choices(self, people: list[tuple[int, str]]) -> None:
        """The supporter filter: everyone, or one of ``people`` (id, name)."""
        combo = self.ui.supporterCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Everyone", None)
        self._read_refreshers()
        self.names = dict(people)
        for supporter_id, name in people:
            if supporter_id in self.refreshers_overdue:
                combo.addItem(icon("overdue"), f"{name} (refresher overdue)", supporter_id)
            else:
                combo.addItem(name, supporter_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Worked out when shown: cases and the roster change while other pages are up."""
        super().showEvent(event)
        if self.ui.supporterCombo.count():
            self.reload()

    def clear(self) -> None:
        """On lock: the plan and the names go (edits are saved as they are made)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.done(QDialog.DialogCode.Rejected)
        self.dialog = None
        self.refreshers_overdue, self.on_call_ids, self.names = {}, {}, {}
        self.view.set_plan(CalendarPlan(*self.view.visible_range()))
        self.ui.freeList.clear()
        self.ui.supporterCombo.blockSignals(True)
        self.ui.supporterCombo.clear()
        self.ui.supporterCombo.blockSignals(False)
        # The lines that name a supporter go too.
        self.ui.refresherLabel.clear()
        self.ui.refresherLabel.hide()
        self.ui.onCallLabel.clear()
        self.ui.onCallButton.setText("Choose a supporter to make them first call")
        self.ui.onCallButton.setEnabled(False)

    def _read_refreshers(self) -> None:
        self.refreshers_overdue = refreshers_overdue(self.vault)

    def reload(self) -> None:
        self._read_refreshers()  # a refresher falls due, or is done, while the page is away
        start, end = self.view.visible_range()
        self.on_call_ids = {
            week.week_start: week.supporter_id
            for week in availability.on_call_weeks(self.vault, start, end)
        }
        chosen = self.ui.supporterCombo.currentData()
        self.view.set_plan(calendar_plan(self.vault, start, end, supporter_id=chosen))
        self.ui.titleLabel.setText(self.view.title())
        self.show_selection()

    def show_selection(self) -> None:
        ui = self.ui
        starts, ends = self.view.selected_span()
        plan = self.view.plan
        if self.view.mode is Mode.MONTH:
            ui.freeTitle.setText(f"Free on {starts:%A %d %B}")
        else:
            ui.freeTitle.setText(f"Free {starts:%A %d %B, %H:%M}-{ends:%H:%M}")
        ui.freeList.clear()
        for entry in plan.free_during(starts, ends):
            label = f"{entry.starts:%H:%M}-{entry.ends:%H:%M}  {entry.name}"
            ui.freeList.addItem(QListWidgetItem(swatch(entry.supporter_id), label))
        if ui.freeList.count() == 0:
            ui.freeList.addItem("Nobody is free then.")
        day = starts.date()
        for reference in plan.follow_ups.get(day, ()):
            if self.view.is_overdue(day):
                item = QListWidgetItem(icon("overdue"), f"Follow-up overdue: {reference}")
                item.setForeground(alert_colour())
            else:
                item = QListWidgetItem(f"Follow-up due: {reference}")
            ui.freeList.addItem(item)
        for check_in in plan.check_ins.get(day, ()):
            ui.freeList.addItem(QListWidgetItem(check_in_sentence(check_in)))
        first_call = plan.on_call_for(day)
        flag = ""
        monday = day - dt.timedelta(days=day.weekday())
        if first_call is not None and self.on_call_ids.get(monday) in self.refreshers_overdue:
            flag = " (refresher overdue)"
        ui.onCallLabel.setText(
            f"First call this week: {first_call}{flag}"
            if first_call
            else "Nobody is first call this week: choose a supporter, then Make first call."
        )
        chosen = ui.supporterCombo.currentData()
        self._warn_of_refresher(chosen)
        ui.onCallButton.setEnabled(chosen is not None)
        ui.availabilityButton.setEnabled(chosen is not None)
        ui.onCallButton.setText(
            f"Make {self.names.get(int(chosen), '')} first &call this week"
            if chosen is not None
            else "Choose a supporter to make them first call"
        )
        self.view.setFocus()

    def _warn_of_refresher(self, chosen: int | None) -> None:
        """Beside the on-call choice: the chosen supporter's refresher is overdue."""
        label = self.ui.refresherLabel
        due = None if chosen is None else self.refreshers_overdue.get(int(chosen))
        if chosen is None or due is None:
            label.hide()
            self.ui.onCallButton.setToolTip(self.on_call_tip)
            return
        label.setText(
            f"Warning: {self.names.get(int(chosen), '')}'s refresher training is overdue "
            f"(it was due {shown_dates.day(due)}). They can still be put on call; "
            "plan the refresher soon."
        )
        label.setStyleSheet(f"color: {alert_colour().name()}")
        label.show()
        self.ui.onCallButton.setToolTip(f"Their refresher training is overdue. {self.on_call_tip}")

    def _mode_chosen(self) -> None:
        self.view.set_mode(Mode.WEEK if self.ui.weekRadio.isChecked() else Mode.MONTH)

    def edit_availability(self) -> AvailabilityDialog | None:
        """The chosen supporter's slots and time away, from the calendar as from the roster."""
        chosen = self.ui.supporterCombo.currentData()
        if chosen is None:
            return None
        dialog = AvailabilityDialog(self.vault, int(chosen), self)
        dialog.finished.connect(lambda _result: self._availability_edited())
        self.dialog = dialog
        dialog.show()
        return dialog

    def _availability_edited(self) -> None:
        if self.vault.is_open:
            self.reload()
        self.changed.emit()

    def make_first_call(self) -> None:
        chosen = self.ui.supporterCombo.currentData()
        if chosen is None:
            return
        day = self.view.selected_day
        monday = day - dt.timedelta(days=day.weekday())
        try:
            availability.set_on_call(self.vault, monday, int(chosen))
        except Sayable as exc:
            self.ui.onCallLabel.setText(str(exc))
            return
        self.reload()
        self.changed.emit()

    def export_rotation(self, destination: Path | None = None) -> Path | None:
        start, end = self.view.visible_range()
        if destination is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, "Export the on-call rotation", f"on-call {start:%Y-%m-%d}.ics",
                "iCalendar files (*.ics)",
            )  # fmt: skip
            if not chosen:
                return None
            destination = Path(chosen)
        try:
            written = calendar_files.save_rotation(
                self.vault,
                start,
                end,
                destination,
                replace=True,  # the save dialog asked
            )
        except Sayable as exc:
            self.ui.onCallLabel.setText(str(exc))
            return None
        self.ui.onCallLabel.setText(
            f"Saved the rotation {shown_dates.day(start)} to {shown_dates.day(end)} "
            f"to {written.name}."
        )
        return written
