"""New case (Ctrl+N): the clinician, the event and the referral, saved as one."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from peersupport_desktop.core.codes import ReferralSource, Role
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import carried_out
from peersupport_desktop.gui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from peersupport_desktop.gui.language_picker import fill_language_choice
from peersupport_desktop.gui.qt_dates import from_qdate, from_qdatetime
from peersupport_desktop.gui.unsaved_work import may_discard
from peersupport_desktop.services import cases, clinicians, events
from peersupport_desktop.services.departments import department_names
from peersupport_desktop.store.vault import Vault


class NewCaseDialog(QDialog):
    created = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        shown_dates.follow_locale(self)
        self.vault = vault
        self.case_id: int | None = None
        self._known: dict[str, clinicians.ClinicianRecord] = {}
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role.label, role)
        fill_language_choice(ui.languageCombo)
        for source in ReferralSource:
            ui.sourceCombo.addItem(source.label, source)
        for code, label in events.event_types(vault):
            ui.eventTypeCombo.addItem(label, code)
        departments = ["", *department_names(vault)]
        ui.departmentCombo.addItems(departments)
        ui.eventDepartmentCombo.addItems(departments)
        ui.existingEventCombo.addItem("A new event", None)
        for event in events.recent_events(vault):
            where = f" · {event.department}" if event.department else ""
            count = f" · {event.case_count} involved"
            ui.existingEventCombo.addItem(
                f"{event.occurred_on} · {event.event_type_label}{where}{count}", event.id
            )
        today = QDate.currentDate()
        ui.eventDateEdit.setDate(today)
        ui.eventDateEdit.setMaximumDate(today)
        ui.referredEdit.setDateTime(QDateTime.currentDateTime())
        ui.messageLabel.hide()
        ui.existingEventCombo.currentIndexChanged.connect(self._event_choice)
        ui.nameEdit.textEdited.connect(self._complete)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Save t&he case")
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            "Open the case; its outreach target starts from the referral time."
        )
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Close without opening a case."
        )
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._pick_known)
        ui.nameEdit.setCompleter(self._completer)
        self._chosen: clinicians.ClinicianRecord | None = None

    # -- clinicians already known -------------------------------------------
    def _complete(self, text: str) -> None:
        self._chosen = None
        if len(text.strip()) < 2:
            return
        found = clinicians.find_clinicians(self.vault, text)
        self._known = {f"{c.name} ({c.department or c.role.label})": c for c in found}
        model = self._completer.model()
        model.setStringList(list(self._known))  # type: ignore[attr-defined]

    def _pick_known(self, text: str) -> None:
        chosen = self._known.get(text)
        if chosen is None:
            return
        self._chosen = chosen
        ui = self.ui
        ui.nameEdit.setText(chosen.name)
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(chosen.role))
        ui.departmentCombo.setCurrentText(chosen.department or "")
        ui.emailEdit.setText(chosen.email or "")
        ui.phoneEdit.setText(chosen.phone or "")
        ui.languageCombo.setCurrentIndex(
            max(0, ui.languageCombo.findData(chosen.preferred_language))
        )

    def _event_choice(self) -> None:
        new_event = self.ui.existingEventCombo.currentData() is None
        for widget in (self.ui.eventTypeCombo, self.ui.eventDateEdit,
                       self.ui.eventDepartmentCombo, self.ui.descriptionEdit):  # fmt: skip
            widget.setEnabled(new_event)

    # -- saving ---------------------------------------------------------------
    def save(self) -> None:
        ui = self.ui
        event_id = ui.existingEventCombo.currentData()
        clinician = None
        if self._chosen is None or self._chosen.name != ui.nameEdit.text().strip():
            clinician = clinicians.ClinicianInput(
                name=ui.nameEdit.text(),
                role=ui.roleCombo.currentData(),
                department=ui.departmentCombo.currentText(),
                email=ui.emailEdit.text(),
                phone=ui.phoneEdit.text(),
                preferred_language=ui.languageCombo.currentData(),
            )
        event = None
        if event_id is None:
            event = events.EventInput(
                event_type=ui.eventTypeCombo.currentData(),
                occurred_on=from_qdate(ui.eventDateEdit.date()),
                department=ui.eventDepartmentCombo.currentText(),
                description=ui.descriptionEdit.text(),
            )
        referred = from_qdatetime(ui.referredEdit.dateTime())
        referral = cases.NewCase(
            referral_source=ui.sourceCombo.currentData(),
            clinician_id=None if clinician else self._chosen.id if self._chosen else None,
            clinician=clinician,
            event_id=event_id,
            event=event,
            referrer=ui.referrerEdit.text(),
            referred_at=referred,
            urgent=ui.urgentCheck.isChecked(),
        )

        def store() -> None:
            self.case_id = cases.open_case(self.vault, referral).id

        if not carried_out(self, store, ui.messageLabel, self._fields()):
            return
        assert self.case_id is not None
        self.created.emit(self.case_id)
        self.accept()

    def reject(self) -> None:
        """Typed-in work is never dropped without asking."""
        if (
            self.ui.nameEdit.text().strip()
            and self.case_id is None
            and not may_discard(self, "referral")
        ):
            return
        super().reject()

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "clinician": ui.nameEdit, "clinician_name": ui.nameEdit,
            "clinician_role": ui.roleCombo, "clinician_department": ui.departmentCombo,
            "clinician_email": ui.emailEdit, "clinician_phone": ui.phoneEdit,
            "event": ui.existingEventCombo, "event_type": ui.eventTypeCombo,
            "event_date": ui.eventDateEdit, "event_department": ui.eventDepartmentCombo,
            "event_description": ui.descriptionEdit, "referral_source": ui.sourceCombo,
            "referrer": ui.referrerEdit, "referred_at": ui.referredEdit,
        }  # fmt: skip
