"""A passphrase field's two helps: an eye that shows or hides what was typed, and a
warning when Caps Lock seems to be on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from peersupport_desktop.gui.look import icon

SHOW = "Show the passphrase"
HIDE = "Hide the passphrase"
CAPS_LOCK_ON = "Caps Lock is on."


def add_eye(edit: QLineEdit) -> QAction:
    """A checkable eye at the end of the field: checked, the passphrase shows as typed."""
    eye = QAction(icon("show"), SHOW, edit)
    eye.setCheckable(True)
    eye.setToolTip(SHOW)

    # Qt gives a field in Normal echo the input method back (predictive text, which
    # learns what is typed): the passphrase stays marked sensitive either way.
    secret = (
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhHiddenText
    )

    def shown(visible: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(edit.inputMethodHints() | secret)
        words = HIDE if visible else SHOW
        eye.setIcon(icon("hide" if visible else "show"))
        eye.setText(words)
        eye.setToolTip(words)

    eye.toggled.connect(shown)
    edit.addAction(eye, QLineEdit.ActionPosition.TrailingPosition)
    return eye


class CapsLockWatch(QObject):
    """Qt cannot ask the keyboard whether Caps Lock is on; a letter can tell: upper case
    typed without Shift (or lower case with it) means Caps Lock is on, and a letter in
    the expected case means it is off. Other keys say nothing either way."""

    def __init__(self, edit: QLineEdit, warning: QLabel) -> None:
        super().__init__(edit)
        self.warning = warning
        warning.setText(CAPS_LOCK_ON)
        warning.setAccessibleName("Caps Lock warning")
        warning.hide()
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.judge(event)
        return False

    def judge(self, event: QKeyEvent) -> None:
        letter = event.text()
        if len(letter) != 1 or letter.upper() == letter.lower():
            return  # not a letter with two cases: a digit, a space, an arrow
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.warning.setVisible(letter.isupper() != shift)
