"""The invitation to the feedback form for a closed case's person: its code and its
text, to copy into the coordinator's own e-mail or print and hand over.

Opening it makes nothing: the invitation, under a fresh code, is made when its text
is first copied or printed (once per case: again, the same code), so a look does not
count as an invitation sent. The program sends nothing itself: it opens no
connection, so the e-mail is the coordinator's.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.services import feedback
from peersupport_desktop.store.vault import Vault

CODE_TO_COME = "(made when you copy or print this text)"


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The print dialog: the printer chosen, or None if the coordinator cancelled
    (the tests answer in its place)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class FeedbackInvitationDialog(QDialog):
    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Invite to feedback")
        self.setObjectName("FeedbackInvitationDialog")
        self.vault, self.case_id = vault, case_id
        made = feedback.invitation_of(vault, case_id)
        # Shown again, an invitation's code is on record (feedback.invite audits it).
        self.invitation = None if made is None else feedback.invite(vault, case_id)
        self.text = self._words()
        room = self.screen().availableGeometry()
        self.resize(min(620, room.width() - 40), min(520, room.height() - 60))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName("About the invitation")
        self._say_code()
        self.text_view = QPlainTextEdit(self.text)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName("Invitation text")
        self.text_view.setToolTip("The invitation's text, with the code and the form's address.")
        self.copy_button = QPushButton("&Copy")
        self.copy_button.setAccessibleName("Copy the invitation")
        self.copy_button.setToolTip("Copy the text, to paste into your own e-mail.")
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton("&Print\u2026")
        self.print_button.setAccessibleName("Print the invitation")
        self.print_button.setToolTip("Print the text, to hand over or post.")
        self.print_button.clicked.connect(self.print_invitation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip("Close; the invitation and its code are kept.")
        buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setAccessibleName("What was done")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _words(self) -> str:
        if self.invitation is None:
            return feedback.invitation_words(CODE_TO_COME, feedback.form_address(self.vault))
        return feedback.invitation_text(self.vault, self.invitation)

    def _say_code(self) -> None:
        if self.invitation is None:
            said = "No invitation yet: copying or printing the text makes one, under a fresh code."
        else:
            made = day(self.invitation.invited_at.date())
            said = f"Code {self.invitation.code}, made {made}."
        self.intro.setText(
            f"{said} Add your own greeting, then paste the text into an e-mail or print it. "
            "It never names the case; the code alone brings the answers back."
        )

    def _make(self) -> None:
        """The invitation, made the first time its text leaves the window."""
        if self.invitation is None:
            self.invitation = feedback.invite(self.vault, self.case_id)
            self.text = self._words()
            self.text_view.setPlainText(self.text)
            self._say_code()

    def copy(self) -> None:
        """To the clipboard, where the clipboard guard marks it secret and clears it."""
        self._make()
        QApplication.clipboard().setText(self.text)
        self.message.setText("Copied: paste it into your e-mail.")

    def print_invitation(self) -> None:
        printer = choose_printer(self)
        if printer is None:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        self._make()
        document = QTextDocument()
        document.setDefaultFont(QFont(self.font().family(), 12))
        document.setPlainText(self.text)
        document.print_(printer)
        self.message.setText("Sent to the printer.")
