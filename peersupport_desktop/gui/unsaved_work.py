"""Typed-in work is never dropped without asking, and the safe answer is the default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(parent: QWidget, what: str) -> bool:
    """Ask before closing a form holding unsaved work: "Discard this contact?".

    The buttons say what they do ("Discard", "Keep editing"), and Enter or Escape keeps
    the work: a key pressed out of habit loses nothing.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        f"Discard this {what}?",
        f"The {what} has not been saved. Discard it, or keep editing?",
        parent=parent,
    )
    discard = box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("&Keep editing", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return answer(box) is discard


def answer(box: QMessageBox) -> object:
    """The button the person chose (the tests answer in its place)."""
    box.exec()
    return box.clickedButton()
