"""Leaving a page with unsaved changes: save them, discard them, or keep editing.

The safe answer, Keep editing, is the default, so Enter or Escape pressed out of
habit loses nothing; the tests answer through ``unsaved_work.answer``, as for the
"Discard?" question.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from peersupport_desktop.gui import unsaved_work


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep editing"


def save_or_discard(parent: QWidget, what: str) -> SaveChoice:
    """Ask "Save changes to the {what}?"."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        f"Save changes to the {what}?",
        f"The {what} have changes that are not saved yet. Save them, discard them, "
        "or keep editing?",
        parent=parent,
    )
    save = box.addButton("&Save", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("&Keep editing", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    chosen = unsaved_work.answer(box)
    if chosen is save:
        return SaveChoice.SAVE
    return SaveChoice.DISCARD if chosen is discard else SaveChoice.KEEP_EDITING
