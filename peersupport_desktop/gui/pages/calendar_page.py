"""Calendar: supporters' availability by month or week, the on-call rotation, the
program's follow-ups; who is free at the selected day or hour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QVBoxLayout, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.availability_dialog import AvailabilityDialog
from peersupport_desktop.gui.calendar_view import CalendarView, Mode, swatch
from peersupport_desktop.gui.forms.ui_calendar_page import Ui_CalendarPage
from peersupport_desktop.services import availability, calendar_files
from peersupport_desktop.services.calendar_plan import CalendarPlan, calendar_plan
from peersupport_desktop.store.vault import Vault


class CalendarPage(QWidget):
    changed = Signal()  # the rotation changed

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self._vault = vault
        self.dialog: QDialog | None = None
        ui = self.ui
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
        for supporter_id, name in people:
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
        self.view.set_plan(CalendarPlan(*self.view.visible_range()))
        self.ui.freeList.clear()
        self.ui.supporterCombo.blockSignals(True)
        self.ui.supporterCombo.clear()
        self.ui.supporterCombo.blockSignals(False)

    def reload(self) -> None:
        start, end = self.view.visible_range()
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
        for reference in plan.follow_ups.get(starts.date(), ()):
            ui.freeList.addItem(f"Follow-up due: {reference}")
        first_call = plan.on_call_for(starts.date())
        ui.onCallLabel.setText(f"First call this week: {first_call or 'nobody set'}")
        chosen = ui.supporterCombo.currentData()
        ui.onCallButton.setEnabled(chosen is not None)
        ui.availabilityButton.setEnabled(chosen is not None)
        ui.onCallButton.setText(
            f"Make {ui.supporterCombo.currentText()} first &call this week"
            if chosen is not None
            else "Choose a supporter to make them first call"
        )
        self.view.setFocus()

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
            f"Saved the rotation {start:%d %b} to {end:%d %b} to {written.name}."
        )
        return written
