"""The quarter's highlights: a few paragraphs the coordinator writes for the report.

Before saving, the text is checked for the names of clinicians and supporters the vault
knows: a report must name no one, so the coordinator is warned on screen (and only
there) and may edit the text or save it anyway.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates, unsaved_work
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.unsaved_work import may_discard
from peersupport_desktop.services.highlights import (
    MAX_HIGHLIGHTS,
    get_highlights,
    names_in,
    set_highlights,
)
from peersupport_desktop.store.vault import Vault

EDIT_LINES = 12  # room for a few paragraphs, and the dialog stays small


def save_despite_names(parent: QWidget, names: list[str]) -> bool:
    """Ask before saving a text that names people; "Edit the text" is the safe default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "The text names people",
        f"This text names {counted(len(names), 'person', 'people')} known to the vault: "
        f"{', '.join(names)}. A report must not name anyone: save anyway?",
        parent=parent,
    )
    save = box.addButton("&Save anyway", QMessageBox.ButtonRole.AcceptRole)
    edit = box.addButton("&Edit the text", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(edit)
    box.setEscapeButton(edit)
    return unsaved_work.answer(box) is save


class HighlightsDialog(QDialog):
    def __init__(self, vault: Vault, quarter: Quarter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.quarter = vault, quarter
        shown = shown_dates.quarter(quarter)
        self.setWindowTitle(f"Highlights for {shown}")
        self._as_opened = get_highlights(vault, quarter)
        intro = QLabel(
            f"A few words on {shown} in your own voice, printed after the report's cover in "
            "both editions. Leave a blank line between paragraphs. Name no one: the report "
            "goes beyond the program."
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self._as_opened)
        self.text_edit.setAccessibleName(f"Highlights for {shown}")
        self.text_edit.setToolTip(
            f"At most {MAX_HIGHLIGHTS:,} characters; empty, the report has no Highlights."
        )
        self.text_edit.setTabChangesFocus(True)  # Tab reaches the buttons, as in a form
        lines = self.text_edit.fontMetrics().lineSpacing() * EDIT_LINES
        self.text_edit.setMinimumHeight(lines)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Characters used")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Save")
        self.save_button.setToolTip(f"Keep these highlights for the report of {shown}.")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip("Close without saving.")
        layout = QVBoxLayout(self)
        for widget in (intro, self.text_edit, self.count_label, self.message_label):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._count)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, self.sizeHint().height())
        self._count()

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _count(self) -> None:
        used = len(self.text().strip())  # as kept: the edges are trimmed
        over = used - MAX_HIGHLIGHTS
        sentence = f"{used:,} of {MAX_HIGHLIGHTS:,} characters"
        if over > 0:
            sentence += f": {counted(over, 'character')} too many"
        say(self.count_label, sentence, problem=over > 0)
        self.save_button.setEnabled(over <= 0)

    def save(self) -> None:
        text = self.text()
        try:
            named = names_in(self.vault, text)
            if named and not save_despite_names(self, named):
                self.text_edit.setFocus()
                return
            set_highlights(self.vault, self.quarter, text)
        except Sayable as problem:
            say(self.message_label, str(problem), problem=True)
            return
        self._as_opened = text
        self.accept()

    def reject(self) -> None:
        """What was typed is never dropped without asking."""
        if self.text() != self._as_opened and not may_discard(self, "text"):
            return
        super().reject()
