"""Settings: the program's name, hospital, lead and logo, how outreach is timed,
holidays, the watch folder, anniversary reminders, auto-lock, the backup folder,
retention, the report's targets, following up (tries, the urgent target, milestone
check-ins, referral steps) and the supporters (the default capacity, how long without a
debrief lists one) with the feedback form's address.

Everything here is kept in the vault (never in QSettings): it is the program's,
and a watch folder's path may say whose computer this is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QSpinBox, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.departments_dialog import DepartmentsDialog
from peersupport_desktop.gui.field_errors import say, show_problem
from peersupport_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from peersupport_desktop.gui.qt_dates import from_qdate, from_qtime, to_qtime
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, current_key, show_rows
from peersupport_desktop.gui.save_question import SaveChoice, save_or_discard
from peersupport_desktop.gui.svg_logo import is_svg, svg_as_png
from peersupport_desktop.services import backups, settings
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault

T = TypeVar("T")

CLOCK_CHOICES = {
    OutreachClock.HOURS: "Clock hours (nights and weekends count)",
    OutreachClock.WORKING_HOURS: "Working hours only (the days and hours below)",
}


class SettingsPage(QWidget):
    changed = Signal()  # saved: the watch folder and reminders may differ now

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        shown_dates.follow_locale(self)
        self._vault = vault
        ui = self.ui
        ui.pageTitle.setObjectName("pageTitle")
        for clock, text in CLOCK_CHOICES.items():
            ui.clockCombo.addItem(text, clock)
        self.day_boxes: list[QCheckBox] = [
            ui.day0, ui.day1, ui.day2, ui.day3, ui.day4, ui.day5, ui.day6
        ]  # fmt: skip
        self.holidays = RowListModel(("Date", "Holiday"))
        show_rows(ui.holidaysView, self.holidays)
        ui.holidayDate.setDate(QDate.currentDate())
        ui.messageLabel.hide()
        ui.clockCombo.currentIndexChanged.connect(self._show_working_week)
        ui.anniversaryCheck.toggled.connect(ui.anniversarySpin.setEnabled)
        ui.retentionCheck.toggled.connect(ui.retentionSpin.setEnabled)
        ui.debriefCheck.toggled.connect(ui.debriefSpin.setEnabled)
        ui.backupBrowseButton.clicked.connect(self._browse_backups)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.load)
        ui.browseButton.clicked.connect(self._browse)
        ui.departmentsButton.clicked.connect(self.edit_departments)
        ui.chooseLogoButton.clicked.connect(self.choose_logo)
        ui.removeLogoButton.clicked.connect(self.remove_logo)
        ui.addHolidayButton.clicked.connect(self.add_holiday)
        ui.removeHolidayButton.clicked.connect(self.remove_holiday)
        self._loaded: settings.Settings | None = None
        # Edits not saved when the vault locked: kept in memory only, and shown again
        # once it is unlocked, as a half-written form is.
        self._draft: settings.Settings | None = None

    def edit_departments(self) -> None:
        """The department list, modal: a lock cancels it like any question."""
        DepartmentsDialog(self._vault(), self).exec()

    def load(self) -> None:
        """The vault's settings into the page, dropping unsaved edits (but for those
        the lock kept, shown again after the unlock)."""
        current = settings.get_settings(self._vault())
        self._loaded = current
        draft, self._draft = self._draft, None
        self._show(draft if draft is not None else current)

    def _show(self, current: settings.Settings) -> None:
        ui = self.ui
        ui.programNameEdit.setText(current.program_name)
        ui.hospitalEdit.setText(current.hospital_name or "")
        ui.programLeadEdit.setText(current.program_lead or "")
        self._show_logo()
        ui.targetSpin.setValue(current.outreach_target_hours)
        ui.clockCombo.setCurrentIndex(ui.clockCombo.findData(current.outreach_clock))
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in current.working_days)
        ui.startsEdit.setTime(to_qtime(current.working_starts))
        ui.endsEdit.setTime(to_qtime(current.working_ends))
        ui.watchFolderEdit.setText(current.watch_folder or "")
        reminding = current.anniversary_reminder_days is not None
        ui.anniversaryCheck.setChecked(reminding)
        ui.anniversarySpin.setEnabled(reminding)
        ui.anniversarySpin.setValue(current.anniversary_reminder_days or 14)
        ui.autoLockSpin.setValue(current.auto_lock_minutes)
        ui.backupFolderEdit.setText(current.backup_folder or "")
        ui.backupFolderEdit.setPlaceholderText(
            f"Beside the vault: {backups.default_backup_folder(self._vault().path)}"
        )
        retaining = current.retention_months is not None
        ui.retentionCheck.setChecked(retaining)
        ui.retentionSpin.setEnabled(retaining)
        ui.retentionSpin.setValue(current.retention_months or 12)
        for field, spin in self._target_spins().items():
            spin.setValue(getattr(current, field) or 0)  # 0 reads "No target"
        for field, spin in self._follow_up_spins().items():
            spin.setValue(getattr(current, field))
        ui.defaultCapacitySpin.setValue(current.default_capacity)
        listing = current.debrief_every_days is not None
        ui.debriefCheck.setChecked(listing)
        ui.debriefSpin.setEnabled(listing)
        ui.debriefSpin.setValue(current.debrief_every_days or 120)
        ui.feedbackFormEdit.setText(current.feedback_form_address or "")
        ui.messageLabel.hide()
        self._show_working_week()
        self._fill_holidays()

    def drop_draft(self) -> None:
        """After a restore: edits made to the vault that was replaced do not apply."""
        self._draft = None

    def clear(self) -> None:
        """On lock: nothing of the vault stays in the widgets."""
        if self.has_unsaved_changes():
            self._draft = self.edited()
        self._loaded = None
        self.holidays.set_rows([])
        self.ui.programNameEdit.clear()
        self.ui.hospitalEdit.clear()
        self.ui.programLeadEdit.clear()
        self._show_logo_of(None)
        self.ui.watchFolderEdit.clear()
        self.ui.feedbackFormEdit.clear()
        self.ui.backupFolderEdit.clear()
        self.ui.backupFolderEdit.setPlaceholderText("")

    def edited(self) -> settings.Settings:
        assert self._loaded is not None
        ui = self.ui
        folder = ui.watchFolderEdit.text().strip()
        backup_folder = ui.backupFolderEdit.text().strip()
        return replace(
            self._loaded,
            program_name=ui.programNameEdit.text().strip(),
            hospital_name=ui.hospitalEdit.text().strip() or None,
            program_lead=ui.programLeadEdit.text().strip() or None,
            outreach_target_hours=ui.targetSpin.value(),
            outreach_clock=OutreachClock(ui.clockCombo.currentData()),
            working_days=tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
            working_starts=from_qtime(ui.startsEdit.time()),
            working_ends=from_qtime(ui.endsEdit.time()),
            watch_folder=folder or None,
            anniversary_reminder_days=(
                ui.anniversarySpin.value() if ui.anniversaryCheck.isChecked() else None
            ),
            auto_lock_minutes=ui.autoLockSpin.value(),
            backup_folder=backup_folder or None,
            retention_months=ui.retentionSpin.value() if ui.retentionCheck.isChecked() else None,
            # 0 reads "No target"
            target_within_percent=ui.withinTargetSpin.value() or None,
            target_acceptance_percent=ui.acceptanceTargetSpin.value() or None,
            target_refresher_percent=ui.refresherTargetSpin.value() or None,
            retry_after_hours=ui.retryAfterSpin.value(),
            max_attempts=ui.maxAttemptsSpin.value(),
            urgent_target_minutes=ui.urgentTargetSpin.value(),
            milestone_check_in_days=ui.milestoneCheckInSpin.value(),
            referral_step_days=ui.referralStepSpin.value(),
            default_capacity=ui.defaultCapacitySpin.value(),
            debrief_every_days=ui.debriefSpin.value() if ui.debriefCheck.isChecked() else None,
            feedback_form_address=ui.feedbackFormEdit.text().strip() or None,
        )

    def _target_spins(self) -> dict[str, QSpinBox]:
        """Each report target's spin box, by the setting's name."""
        ui = self.ui
        return {
            "target_within_percent": ui.withinTargetSpin,
            "target_acceptance_percent": ui.acceptanceTargetSpin,
            "target_refresher_percent": ui.refresherTargetSpin,
        }

    def _follow_up_spins(self) -> dict[str, QSpinBox]:
        """Each setting of following up's spin box, by the setting's name."""
        ui = self.ui
        return {
            "retry_after_hours": ui.retryAfterSpin,
            "max_attempts": ui.maxAttemptsSpin,
            "urgent_target_minutes": ui.urgentTargetSpin,
            "milestone_check_in_days": ui.milestoneCheckInSpin,
            "referral_step_days": ui.referralStepSpin,
        }

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.edited() != self._loaded

    def may_leave(self) -> bool:
        """Before the page is left (for another page, or on quitting): unsaved changes
        are saved, discarded or kept editing, as the coordinator says. True when the
        page may be left; False to stay (kept editing, or the save was refused)."""
        if not self.has_unsaved_changes():
            return True
        choice = save_or_discard(self, "settings")
        if choice is SaveChoice.SAVE:
            return self.save()
        if choice is SaveChoice.DISCARD:
            self.load()
            return True
        return False

    def save(self) -> bool:
        """True when saved; False when refused (said beside the field)."""
        ui = self.ui
        wanted = self.edited()
        if wanted.watch_folder is not None and not Path(wanted.watch_folder).is_dir():
            self._problem(InvalidInput("watch_folder", "That folder does not exist."))
            return False
        saved = self._attempt(lambda: settings.update_settings(self._vault(), wanted))
        if saved is None:
            return False
        (self._loaded,) = saved
        say(ui.messageLabel, "Saved.", problem=False)
        self.changed.emit()
        return True

    def add_holiday(self) -> None:
        day, name = from_qdate(self.ui.holidayDate.date()), self.ui.holidayName.text()
        if self._attempt(lambda: settings.add_holiday(self._vault(), day, name)):
            self.ui.holidayName.clear()
            self._fill_holidays()

    def remove_holiday(self) -> None:
        key = current_key(self.ui.holidaysView)
        if key is not None and self._attempt(
            lambda: settings.remove_holiday(self._vault(), dt.date.fromordinal(key))
        ):
            self._fill_holidays()

    def choose_logo(self) -> None:
        """A picture file for the report's cover, kept in the vault at once."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Choose the program's logo", "", "Pictures (*.png *.jpg *.jpeg *.svg)"
        )
        if not chosen:
            return
        try:
            with Path(chosen).open("rb") as picture:  # a byte past the limit is enough to refuse
                data = picture.read(settings.MAX_LOGO_BYTES + 1)
        except OSError:
            self._problem(InvalidInput("logo", "That file could not be read."))
            return
        if is_svg(data):  # drawn once into a PNG, which the vault keeps
            drawn = svg_as_png(data) if len(data) <= settings.MAX_LOGO_BYTES else None
            if drawn is None:
                self._problem(InvalidInput("logo", "That SVG file could not be drawn."))
                return
            data = drawn
        if self._attempt(lambda: settings.set_logo(self._vault(), data)):
            self._show_logo()
            say(self.ui.messageLabel, "Logo saved.", problem=False)

    def remove_logo(self) -> None:
        if self._attempt(lambda: settings.remove_logo(self._vault())):
            self._show_logo()
            say(self.ui.messageLabel, "Logo removed.", problem=False)

    def _show_logo(self) -> None:
        self._show_logo_of(settings.get_logo(self._vault()))

    def _show_logo_of(self, logo: settings.Logo | None) -> None:
        preview = self.ui.logoPreview
        pixmap = QPixmap()
        if logo is not None:
            pixmap.loadFromData(logo.data)
        if pixmap.isNull():
            preview.clear()
            preview.setText("No logo")
        else:
            preview.setPixmap(
                pixmap.scaled(
                    preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.ui.removeLogoButton.setEnabled(logo is not None)

    def _attempt(self, change: Callable[[], T]) -> tuple[T] | None:
        """Make the change: its result (in a 1-tuple, so even None is true), or None
        when it was refused, and the refusal is said beside the field it is about."""
        try:
            return (change(),)
        except InvalidInput as problem:
            self._problem(problem)
        except Sayable as exc:
            self._problem(InvalidInput("", str(exc)))
        return None

    def _fill_holidays(self) -> None:
        self.holidays.set_rows(
            [
                ListedRow(day.toordinal(), (shown_dates.day(day), name))
                for day, name in settings.holidays(self._vault())
            ]
        )

    def _show_working_week(self) -> None:
        working = self.ui.clockCombo.currentData() == OutreachClock.WORKING_HOURS
        for widget in (*self.day_boxes, self.ui.startsEdit, self.ui.endsEdit):
            widget.setEnabled(working)

    def _browse(self) -> None:
        self._choose_folder(self.ui.watchFolderEdit, "Watch folder for event notices")

    def _browse_backups(self) -> None:
        self._choose_folder(self.ui.backupFolderEdit, "Folder for the vault's backups")

    def _choose_folder(self, edit: QLineEdit, title: str) -> None:
        chosen = QFileDialog.getExistingDirectory(self, title, edit.text())
        if chosen:
            edit.setText(chosen)

    def focus_field(self, field: str) -> None:
        """Put the cursor in a setting's field, named as the service names it."""
        widget = self._fields()[field]
        self.ui.scrollArea.ensureWidgetVisible(widget)
        widget.setFocus()

    def _problem(self, problem: InvalidInput) -> None:
        show_problem(self.ui.messageLabel, problem, self._fields())

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "program_name": ui.programNameEdit, "hospital_name": ui.hospitalEdit,
            "program_lead": ui.programLeadEdit, "logo": ui.chooseLogoButton,
            "outreach_target_hours": ui.targetSpin, "working_days": ui.day0,
            "working_starts": ui.startsEdit, "watch_folder": ui.watchFolderEdit,
            "anniversary_reminder_days": ui.anniversarySpin, "holiday_name": ui.holidayName,
            "auto_lock_minutes": ui.autoLockSpin, "backup_folder": ui.backupFolderEdit,
            "retention_months": ui.retentionSpin, **self._target_spins(),
            **self._follow_up_spins(), "default_capacity": ui.defaultCapacitySpin,
            "debrief_every_days": ui.debriefSpin, "feedback_form_address": ui.feedbackFormEdit,
        }  # fmt: skip
