"""Showing a service's InvalidInput beside the field it names."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from peersupport_desktop.services.errors import InvalidInput


def show_problem(message_label: QLabel, error: InvalidInput, fields: Mapping[str, QWidget]) -> None:
    """Say the sentence and put the cursor in the field it is about."""
    widget = fields.get(error.field)
    where = f"{_caption(widget)}: " if widget is not None else ""
    message_label.setObjectName("problem")
    message_label.setText(f"{where}{error.message}")
    message_label.show()
    if widget is not None:
        widget.setFocus()


def _caption(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    return name.removesuffix("Edit").removesuffix("Combo").replace("_", " ").capitalize()
