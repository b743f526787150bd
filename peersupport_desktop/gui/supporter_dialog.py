"""Add or edit one supporter: who they are, their capacity (the program's default or a
cap of their own), their training dates."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QWidget

from peersupport_desktop.core.codes import Role
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import carried_out
from peersupport_desktop.gui.forms.ui_supporter_dialog import Ui_SupporterDialog
from peersupport_desktop.gui.language_picker import LanguagePicker
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.gui.unsaved_work import may_discard
from peersupport_desktop.services import clinicians, departments, settings, supporters
from peersupport_desktop.services.supporters import SupporterInput, SupporterRecord
from peersupport_desktop.store.vault import Vault


class SupporterDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        existing: SupporterRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SupporterDialog()
        self.ui.setupUi(self)
        shown_dates.follow_locale(self)
        self.vault = vault
        self.existing = existing
        self.saved: SupporterRecord | None = None
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role.label, role)
        self.languages = LanguagePicker()
        ui.languagesLayout.addWidget(self.languages)
        ui.languagesLabel.setBuddy(self.languages.search)
        ui.departmentCombo.addItem("")
        ui.departmentCombo.addItems(departments.department_names(vault))
        today = QDate.currentDate()
        ui.trainedEdit.setDate(today)
        ui.refresherEdit.setDate(today.addYears(2))
        ui.untrainedCheck.toggled.connect(ui.trainedEdit.setDisabled)
        ui.noRefresherCheck.toggled.connect(ui.refresherEdit.setDisabled)
        self.program_default = settings.get_settings(vault).default_capacity
        ui.defaultCapacityRadio.setText(f"Pro&gram default ({self.program_default})")
        self.capacity_choice = QButtonGroup(self)  # of its own: no other radio joins it
        self.capacity_choice.addButton(ui.defaultCapacityRadio)
        self.capacity_choice.addButton(ui.ownCapacityRadio)
        ui.ownCapacityRadio.toggled.connect(ui.capacitySpin.setEnabled)
        ui.capacitySpin.setValue(self.program_default)  # where an own cap starts from
        ui.messageLabel.hide()
        ui.clinicianCombo.addItem("(not linked)", None)
        ui.nameEdit.editingFinished.connect(self.offer_clinicians)
        if existing is None:
            self.setWindowTitle("Add supporter")
        else:
            self.setWindowTitle(f"Edit {existing.name}")
            self._show(existing)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            "Keep these details on the roster."
        )
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Close without saving these details."
        )
        self._as_opened = self.data()

    def _show(self, person: SupporterRecord) -> None:
        ui = self.ui
        ui.nameEdit.setText(person.name)
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findText(person.role.label))
        ui.departmentCombo.setCurrentText(person.department or "")
        ui.specialtyEdit.setText(person.specialty or "")
        self.languages.set_codes(person.languages)
        ui.emailEdit.setText(person.email or "")
        ui.phoneEdit.setText(person.phone or "")
        if person.own_capacity is not None:
            ui.ownCapacityRadio.setChecked(True)
            ui.capacitySpin.setValue(person.own_capacity)
        ui.untrainedCheck.setChecked(person.training_date is None)
        if person.training_date:
            ui.trainedEdit.setDate(to_qdate(person.training_date))
        ui.noRefresherCheck.setChecked(person.refresher_due is None)
        if person.refresher_due:
            ui.refresherEdit.setDate(to_qdate(person.refresher_due))
        if person.clinician_id is not None:
            linked = clinicians.get_clinician(self.vault, person.clinician_id)
            ui.clinicianCombo.addItem(_describe(linked), linked.id)
            ui.clinicianCombo.setCurrentIndex(1)

    def offer_clinicians(self) -> None:
        """Clinician records under the supporter's name, to link the same person."""
        if not self.vault.is_open:
            return  # the name field lost focus as the window locked
        combo = self.ui.clinicianCombo
        chosen = combo.currentData()
        for found in clinicians.find_clinicians(self.vault, self.ui.nameEdit.text(), limit=10):
            if combo.findData(found.id) < 0:
                combo.addItem(_describe(found), found.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def data(self) -> SupporterInput:
        ui = self.ui
        return SupporterInput(
            name=ui.nameEdit.text(),
            role=Role(ui.roleCombo.currentData()),
            department=ui.departmentCombo.currentText().strip() or None,
            specialty=ui.specialtyEdit.text(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            languages=self.languages.codes(),
            training_date=None
            if ui.untrainedCheck.isChecked()
            else from_qdate(ui.trainedEdit.date()),
            refresher_due=None
            if ui.noRefresherCheck.isChecked()
            else from_qdate(ui.refresherEdit.date()),
            # None: the program's default, followed when Settings changes it.
            capacity=ui.capacitySpin.value() if ui.ownCapacityRadio.isChecked() else None,
            clinician_id=ui.clinicianCombo.currentData(),
        )

    def save(self) -> None:
        def store() -> None:
            if self.existing is None:
                self.saved = supporters.add_supporter(self.vault, self.data())
            else:
                self.saved = supporters.edit_supporter(self.vault, self.existing.id, self.data())

        ui = self.ui
        fields: dict[str, QWidget] = {
            "name": ui.nameEdit, "role": ui.roleCombo, "department": ui.departmentCombo,
            "specialty": ui.specialtyEdit, "languages": self.languages.search,
            "email": ui.emailEdit, "phone": ui.phoneEdit, "capacity": ui.capacitySpin,
            "refresher_due": ui.refresherEdit,
        }  # fmt: skip
        if carried_out(self, store, ui.messageLabel, fields):
            self.accept()

    def reject(self) -> None:
        """What was typed is never dropped without asking."""
        if self.data() != self._as_opened and not may_discard(self, "supporter"):
            return
        super().reject()


def _describe(person: clinicians.ClinicianRecord) -> str:
    return " · ".join(part for part in (person.name, person.role.label, person.department) if part)
