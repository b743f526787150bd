"""Typed-in work is never dropped without asking."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(parent: QWidget, what: str) -> bool:
    """Ask before closing a form holding unsaved work: "Discard this contact?"."""
    answer = QMessageBox.question(
        parent, f"Discard this {what}?", f"The {what} has not been saved. Discard it?"
    )
    return answer == QMessageBox.StandardButton.Yes
