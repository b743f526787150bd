"""Log or edit one contact: kind, mode, time, duration, supporter, parts covered, a short note.

Logging a new contact also offers the next check-in with the person.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from peersupport_desktop.core.check_ins import CheckIn
from peersupport_desktop.core.codes import ContactKind, ContactMode, ConversationPart
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import carried_out
from peersupport_desktop.gui.forms.ui_contact_dialog import Ui_ContactDialog
from peersupport_desktop.gui.qt_dates import from_qdatetime, to_qdatetime
from peersupport_desktop.gui.unsaved_work import may_discard
from peersupport_desktop.services import contacts, supporters
from peersupport_desktop.services.contacts import NOTE_REMINDER, ContactRecord
from peersupport_desktop.store.vault import Vault


class ContactDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        case_id: int,
        parent: QWidget | None = None,
        *,
        kind: ContactKind = ContactKind.CONVERSATION,
        supporter_id: int | None = None,
        existing: ContactRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        shown_dates.follow_locale(self)
        self.vault = vault
        self.case_id = case_id
        self.existing = existing
        ui = self.ui
        for each in ContactKind:
            ui.kindCombo.addItem(each.label, each)
        for mode in ContactMode:
            ui.modeCombo.addItem(mode.label, mode)
        ui.supporterCombo.addItem("(nobody named)", None)
        for person in supporters.list_supporters(vault):
            ui.supporterCombo.addItem(person.name, person.id)
        for choice in CheckIn:
            ui.checkInCombo.addItem(choice.label, choice)
        for part in ConversationPart:
            item = QListWidgetItem(part.label, ui.partsList)
            item.setData(Qt.ItemDataRole.UserRole, part)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        ui.reminderLabel.setText(NOTE_REMINDER)
        ui.reminderLabel.setObjectName("warning")
        ui.messageLabel.hide()
        ui.whenEdit.setDateTime(QDateTime.currentDateTime())
        ui.whenEdit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        if existing is not None:
            self.setWindowTitle("Edit contact")
            kind, supporter_id = existing.kind, existing.supporter_id
            ui.modeCombo.setCurrentIndex(ui.modeCombo.findData(existing.mode))
            ui.whenEdit.setDateTime(to_qdatetime(existing.occurred_at))
            ui.durationSpin.setValue(existing.duration_minutes)
            ui.noteEdit.setText(existing.note or "")
            for row in range(ui.partsList.count()):
                item = ui.partsList.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in existing.parts:
                    item.setCheckState(Qt.CheckState.Checked)
            # Editing a contact leaves the case's follow-up alone; the case view sets that.
            ui.form.setRowVisible(ui.checkInCombo, False)
        else:
            self.setWindowTitle(f"Log {kind.label.lower()}")
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
        self._kind = kind
        self._suggest_check_in(kind)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.supporterCombo.setCurrentIndex(max(0, ui.supporterCombo.findData(supporter_id)))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            "Keep this contact in the case's record."
        )
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Close without saving this contact."
        )
        # The check-in choice counts as typed input: changing it alone is worth asking about.
        self._as_opened = (self.data(), self.check_in())

    def data(self) -> contacts.ContactInput:
        ui = self.ui
        when = from_qdatetime(ui.whenEdit.dateTime())
        parts = tuple(
            ui.partsList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(ui.partsList.count())
            if ui.partsList.item(row).checkState() == Qt.CheckState.Checked
        )
        return contacts.ContactInput(
            kind=ui.kindCombo.currentData(),
            mode=ui.modeCombo.currentData(),
            occurred_at=when,
            duration_minutes=ui.durationSpin.value(),
            supporter_id=ui.supporterCombo.currentData(),
            parts=parts,
            note=ui.noteEdit.text(),
        )

    def check_in(self) -> CheckIn:
        return CheckIn(self.ui.checkInCombo.currentData())

    def save(self) -> None:
        def store() -> None:
            if self.existing is None:
                contacts.log_contact(
                    self.vault, self.case_id, self.data(), check_in=self.check_in()
                )
            else:
                contacts.edit_contact(self.vault, self.existing.id, self.data())

        ui = self.ui
        fields: dict[str, QWidget] = {
            "kind": ui.kindCombo, "mode": ui.modeCombo, "occurred_at": ui.whenEdit,
            "duration_minutes": ui.durationSpin, "supporter": ui.supporterCombo,
            "parts": ui.partsList, "note": ui.noteEdit,
        }  # fmt: skip
        if carried_out(self, store, ui.messageLabel, fields):
            self.accept()

    def reject(self) -> None:
        """What was typed is never dropped without asking."""
        if (self.data(), self.check_in()) != self._as_opened and not may_discard(self, "contact"):
            return
        super().reject()

    def _kind_changed(self) -> None:
        kind = ContactKind(self.ui.kindCombo.currentData())
        # Only crossing between an attempt and a conversation changes the suggestion, so a
        # check-in picked for a conversation survives switching it to a follow-up.
        if kind.reaches_person != self._kind.reaches_person:
            self._suggest_check_in(kind)
        self._kind = kind

    def _suggest_check_in(self, kind: ContactKind) -> None:
        """A week after reaching the person; an attempt has nobody to check in with yet."""
        suggested = CheckIn.WEEK if kind.reaches_person else CheckIn.NONE
        self.ui.checkInCombo.setCurrentIndex(self.ui.checkInCombo.findData(suggested))
