"""Showing a service's InvalidInput beside the field it names, and other one-line messages."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.services.errors import InvalidInput


def carried_out(
    form: QWidget,
    change: Callable[[], object],
    message_label: QLabel,
    fields: Mapping[str, QWidget],
    *,
    title: str = "Not saved",
) -> bool:
    """A form's service call: True once done. Refused, it says why beside the field
    the refusal names (a bad value), or in a box (the vault refused: full, damaged)."""
    try:
        change()
    except InvalidInput as problem:
        show_problem(message_label, problem, fields)
        return False
    except Sayable as exc:
        QMessageBox.warning(form, title, str(exc))
        return False
    return True


def show_problem(message_label: QLabel, error: InvalidInput, fields: Mapping[str, QWidget]) -> None:
    """Say the sentence and put the cursor in the field it is about."""
    widget = fields.get(error.field)
    where = f"{_caption(widget)}: " if widget is not None else ""
    say(message_label, f"{where}{error.message}", problem=True)
    if widget is not None:
        widget.setFocus()


def say(message_label: QLabel, sentence: str, *, problem: bool) -> None:
    """Show a sentence in the problem style or the plain one.

    The style follows the object name only when the label is polished again, so a
    label that said a problem and now says "Saved." is not left in red.
    """
    message_label.setObjectName("problem" if problem else "")
    message_label.style().unpolish(message_label)
    message_label.style().polish(message_label)
    message_label.setText(sentence)
    message_label.show()


def _caption(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    return name.removesuffix("Edit").removesuffix("Combo").replace("_", " ").capitalize()
