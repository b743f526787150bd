"""Log or edit one contact: kind, an attempt's result, mode, time, duration, supporter,
parts covered, a short note.

Logging a new conversation also offers the next check-in with the person. An outreach
attempt asks what came of it instead; one that reached the person becomes a
conversation here, since reaching someone is a conversation (and is counted so).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QWidget,
)

from peersupport_desktop.core.check_ins import CheckIn
from peersupport_desktop.core.codes import (
    AttemptResult,
    ContactKind,
    ContactMode,
    ConversationPart,
)
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import carried_out
from peersupport_desktop.gui.forms.ui_contact_dialog import Ui_ContactDialog
from peersupport_desktop.gui.qt_dates import from_qdatetime, to_qdatetime
from peersupport_desktop.gui.unsaved_work import may_discard
from peersupport_desktop.services import contacts, supporters
from peersupport_desktop.services.contacts import NOTE_REMINDER, ContactRecord
from peersupport_desktop.store.vault import Vault

ONLY_CONVERSATIONS = (
    "Only for a conversation: an outreach attempt has not reached the person, so there "
    "is nothing covered and nobody to check in with yet."
)
REACHED_NOTE = (
    "Reached: this is logged as a conversation, so the person counts as reached and "
    "no further try is due."
)
NOT_RECORDED = "(not recorded)"
INTENSE = "Intense encoun&ter (propose a check-in with the supporter)"


INTENSE_TIP = (
    "The encounter was hard for the supporter: Today proposes checking in with them "
    "until a debrief credits them."
)


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
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("resultCombo")
        # An attempt logged before results were kept: said so, not guessed.
        if (
            existing is not None
            and existing.kind is ContactKind.OUTREACH_ATTEMPT
            and existing.result is None
        ):
            self.result_combo.addItem(NOT_RECORDED, None)
        for result in AttemptResult:
            self.result_combo.addItem(result.label, result)
        self.result_combo.setToolTip(
            "What came of the attempt. No answer, a voicemail or a message schedules the "
            "next try; Reached makes it a conversation; Declined proposes closing the case."
        )
        self.result_combo.setAccessibleName("Result of the outreach attempt")
        result_label = QLabel("&Result:", self)
        result_label.setBuddy(self.result_combo)
        ui.form.insertRow(1, result_label, self.result_combo)
        self.reached_note = QLabel(REACHED_NOTE, self)
        self.reached_note.setWordWrap(True)
        ui.form.insertRow(2, "", self.reached_note)
        self.reached_note.hide()
        # Beside the supporter it concerns: a hard encounter for them.
        self.intense_check = QCheckBox(INTENSE, self)
        self.intense_check.setObjectName("intenseCheck")
        self.intense_check.setAccessibleName("Intense encounter")
        self.intense_check.setToolTip(INTENSE_TIP)
        position = cast(tuple[int, object], ui.form.getWidgetPosition(ui.supporterCombo))
        ui.form.insertRow(position[0] + 1, "", self.intense_check)
        self._parts_tip, self._check_in_tip = ui.partsList.toolTip(), ui.checkInCombo.toolTip()
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
            self.intense_check.setChecked(existing.intense)
            self.result_combo.setCurrentIndex(max(0, self.result_combo.findData(existing.result)))
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
        self._show_kind(kind)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.result_combo.currentIndexChanged.connect(self._result_changed)
        ui.supporterCombo.setCurrentIndex(max(0, ui.supporterCombo.findData(supporter_id)))
        ui.supporterCombo.currentIndexChanged.connect(self._offer_intense)
        self._offer_intense()
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
        kind = ContactKind(ui.kindCombo.currentData())
        attempt = kind is ContactKind.OUTREACH_ATTEMPT
        if attempt:  # nothing covered on an attempt, but an old one keeps what it had
            parts = self.existing.parts if self.existing is not None else ()
        return contacts.ContactInput(
            kind=kind,
            mode=ui.modeCombo.currentData(),
            occurred_at=when,
            duration_minutes=ui.durationSpin.value(),
            supporter_id=ui.supporterCombo.currentData(),
            parts=parts,
            note=ui.noteEdit.text(),
            result=self.result_combo.currentData() if attempt else None,
            intense=self.intense_check.isChecked(),
        )

    def check_in(self) -> CheckIn:
        if not ContactKind(self.ui.kindCombo.currentData()).reaches_person:
            return CheckIn.NONE  # an attempt has nobody to check in with yet
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
            "parts": ui.partsList, "note": ui.noteEdit, "result": self.result_combo,
        }  # fmt: skip
        if carried_out(self, store, ui.messageLabel, fields):
            self.accept()

    def reject(self) -> None:
        """What was typed is never dropped without asking."""
        if (self.data(), self.check_in()) != self._as_opened and not may_discard(self, "contact"):
            return
        super().reject()

    def _offer_intense(self) -> None:
        """Intense is a supporter's conversation: offered with a supporter named, on a
        contact that reached the person; otherwise unticked, with the reason."""
        kind = ContactKind(self.ui.kindCombo.currentData())
        allowed = self.ui.supporterCombo.currentData() is not None and kind.reaches_person
        self.intense_check.setEnabled(allowed)
        if not allowed:
            self.intense_check.setChecked(False)
        self.intense_check.setToolTip(INTENSE_TIP if allowed else contacts.INTENSE_NEEDS)

    def _kind_changed(self) -> None:
        kind = ContactKind(self.ui.kindCombo.currentData())
        # Only crossing between an attempt and a conversation changes the suggestion, so a
        # check-in picked for a conversation survives switching it to a follow-up.
        if kind.reaches_person != self._kind.reaches_person:
            self._suggest_check_in(kind)
        self._kind = kind
        self._show_kind(kind)
        self._offer_intense()

    def _result_changed(self) -> None:
        """Reached: the person was talked with, so this is a conversation."""
        if self.result_combo.currentData() == AttemptResult.REACHED:
            ui = self.ui
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(ContactKind.CONVERSATION))
            self.result_combo.setCurrentIndex(self.result_combo.findData(AttemptResult.NO_ANSWER))
            self.reached_note.show()
            if self.existing is None:
                self.setWindowTitle(f"Log {ContactKind.CONVERSATION.label.lower()}")
            ui.partsList.setFocus()

    def _show_kind(self, kind: ContactKind) -> None:
        """An attempt asks for its result; parts and a check-in are a conversation's,
        shown disabled on an attempt with the reason."""
        ui, attempt = self.ui, kind is ContactKind.OUTREACH_ATTEMPT
        ui.form.setRowVisible(self.result_combo, attempt)
        if attempt:
            self.reached_note.hide()
        for control, tip in (
            (ui.partsList, self._parts_tip),
            (ui.checkInCombo, self._check_in_tip),
        ):
            control.setEnabled(not attempt)
            control.setToolTip(ONLY_CONVERSATIONS if attempt else tip)

    def _suggest_check_in(self, kind: ContactKind) -> None:
        """A week after reaching the person; an attempt has nobody to check in with yet."""
        suggested = CheckIn.WEEK if kind.reaches_person else CheckIn.NONE
        self.ui.checkInCombo.setCurrentIndex(self.ui.checkInCombo.findData(suggested))
