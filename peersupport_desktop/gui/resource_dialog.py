"""Add or edit one entry of the resource directory: its name, kind, phone, hours, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.codes import ResourceKind
from peersupport_desktop.gui.field_errors import carried_out
from peersupport_desktop.gui.unsaved_work import may_discard
from peersupport_desktop.services import resources
from peersupport_desktop.services.resources import ResourceInput, ResourceRecord
from peersupport_desktop.store.vault import Vault

NOTES_LINES = 4  # the notes box's height: a few lines, so the dialog stays small


class ResourceDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        existing: ResourceRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.existing = existing
        self.saved: ResourceRecord | None = None
        self.setWindowTitle("Add resource" if existing is None else "Edit resource")
        self.name_edit = _line(
            "Name", "What the service is called, as you would say it to the person.", 200
        )
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind")
        self.kind_combo.setToolTip("What sort of help the service gives.")
        for kind in ResourceKind:
            self.kind_combo.addItem(kind.label, kind)
        self.phone_edit = _line("Phone", "The number to call, with any extension.", 40)
        self.hours_edit = _line(
            "Hours", "When it answers, for example: Weekdays 8:00 to 17:00.", 100
        )
        self.hours_edit.setPlaceholderText("For example: 24 hours, every day")
        self.contact_edit = _line(
            "Other contact", "Any other way to reach it: an email, a pager, a web page.", 200
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setToolTip(
            "What a coordinator should know before offering it: who may use it, how to refer."
        )
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(
            self.notes_edit.fontMetrics().lineSpacing() * NOTES_LINES + 12
        )
        form = QFormLayout()
        for caption, field in (
            ("&Name:", self.name_edit),
            ("&Kind:", self.kind_combo),
            ("&Phone:", self.phone_edit),
            ("&Hours:", self.hours_edit),
            ("&Other contact:", self.contact_edit),
            ("No&tes:", self.notes_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            "Keep this resource in the directory."
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            "Close without saving this resource."
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        if existing is not None:
            self._show(existing)
        self._as_opened = self.data()

    def _show(self, entry: ResourceRecord) -> None:
        self.name_edit.setText(entry.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(entry.kind))
        self.phone_edit.setText(entry.phone or "")
        self.hours_edit.setText(entry.hours or "")
        self.contact_edit.setText(entry.contact or "")
        self.notes_edit.setPlainText(entry.notes or "")

    def data(self) -> ResourceInput:
        return ResourceInput(
            kind=ResourceKind(self.kind_combo.currentData()),
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            hours=self.hours_edit.text(),
            notes=self.notes_edit.toPlainText(),
            contact=self.contact_edit.text(),
            # Editing never reactivates: the page's Reactivate does, and is audited so.
            active=True if self.existing is None else self.existing.active,
        )

    def save(self) -> None:
        def store() -> None:
            if self.existing is None:
                self.saved = resources.add_resource(self.vault, self.data())
            else:
                self.saved = resources.edit_resource(self.vault, self.existing.id, self.data())

        fields: dict[str, QWidget] = {
            "name": self.name_edit, "kind": self.kind_combo, "phone": self.phone_edit,
            "hours": self.hours_edit, "contact": self.contact_edit, "notes": self.notes_edit,
        }  # fmt: skip
        if carried_out(self, store, self.message_label, fields):
            self.accept()

    def reject(self) -> None:
        """What was typed is never dropped without asking."""
        if self.data() != self._as_opened and not may_discard(self, "resource"):
            return
        super().reject()


def _line(name: str, tip: str, max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setToolTip(tip)
    edit.setMaxLength(max_length)
    return edit
