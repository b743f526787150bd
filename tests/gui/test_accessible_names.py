"""Every control a person can reach with Tab has a name and a description that a screen
reader can say: on each page of the main window and in each dialog of the application.

The name is checked as declared, not as Qt's accessibility layer reports it: on Linux
QAccessibleComboBox gives a combo box's current text as its name, which would hide a
missing label. The description may be the tooltip, which Qt reads out when no
accessible description is set.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.gui.calendar_view import CalendarView
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.store.vault import Vault
from tests.gui.window_sizes import every_dialog

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # the date and time editors included
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
    CalendarView,  # drawn by the program itself
)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def internal(widget: QWidget) -> bool:
    """A part of a Qt widget rather than a control of ours: the spin box's or combo box's
    own line edit, a combo box's popup list, Qt's named internals (qt_…)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True  # the editor inside, or the popup list (parented to the combo)
        if parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.replace("&", "").lower()).strip()


def declared_name(widget: QWidget, labels: list[QLabel]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    for label in labels:
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def offenders(where: str, top: QWidget, *, apart: tuple[QWidget, ...] = ()) -> list[str]:
    """'where: objectName (class)' and what is missing, for each control in ``top``
    (those inside ``apart`` left out: they are checked on their own)."""
    labels = top.findChildren(QLabel)
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if internal(widget) or any(part.isAncestorOf(widget) for part in apart):
            continue
        name = declared_name(widget, labels)
        description = widget.accessibleDescription().strip() or widget.toolTip().strip()
        missing = []
        if not name:
            missing.append("no name")
        if not description:
            missing.append("no description")
        elif plain(description) == plain(name):
            missing.append("a description that only repeats the name")
        if missing:
            parent = widget.parentWidget()
            called = widget.objectName() or f"unnamed in {parent.objectName() if parent else ''}"
            found.append(f"{where}: {called} ({type(widget).__name__}): {', '.join(missing)}")
    return found


def every_offender(window: MainWindow, vault: Vault) -> list[str]:
    """Each page visited in turn, then each dialog opened in turn."""
    found: list[str] = []
    for row, (title, _icon, page) in enumerate(window.pages):
        window.navigation.setCurrentRow(row)
        settle()
        found += offenders(title, page)
    # The window's own controls: the navigation, the tool bar, the status bar.
    found += offenders("main window", window, apart=tuple(p for _t, _i, p in window.pages))
    dialogs = 0
    for name, dialog in every_dialog(window, vault):
        dialog.show()
        settle()
        found += offenders(name, dialog)
        dialogs += 1
        dialog.close()
        dialog.deleteLater()
    assert dialogs >= 15
    # every_dialog's case window shows a closed case, each button with the reason it is
    # disabled; an open case shows what the buttons do instead.
    still_open = next(r.case_id for r in all_case_rows(vault) if r.status is not CaseStatus.CLOSED)
    case_window = CaseView(vault, still_open, window)
    case_window.show()
    settle()
    found += offenders("case window, open case", case_window)
    case_window.close()
    case_window.deleteLater()
    return found


def test_every_control_has_a_name_and_a_description(qtbot: QtBot, vault: Vault) -> None:
    fill_demo_program(vault, cases=60)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    settle()
    found = every_offender(window, vault)
    window.close()
    assert found == [], "\n".join(["Controls without a name or description:", *found])


def test_the_check_sees_a_control_without_them(qtbot: QtBot) -> None:
    """The check itself: a bare line edit is caught, a labelled and described one is not."""
    from PySide6.QtWidgets import QFormLayout

    top = QWidget()
    qtbot.addWidget(top)
    form = QFormLayout(top)
    bare = QLineEdit()
    bare.setObjectName("bare")
    described = QLineEdit()
    described.setObjectName("described")
    described.setToolTip("The name the program goes by in reports.")
    echo = QLineEdit()
    echo.setObjectName("echo")
    echo.setToolTip("Program name")
    form.addRow("Notes", bare)
    form.addRow("Program name", described)
    label = QLabel("Program &name")
    label.setBuddy(echo)
    form.addRow(label, echo)
    orphan = QLineEdit()
    orphan.setObjectName("orphan")
    orphan.setToolTip("Words to find in the notes.")
    form.addRow(orphan)
    assert sorted(offenders("test", top)) == [
        "test: bare (QLineEdit): no description",
        "test: echo (QLineEdit): a description that only repeats the name",
        "test: orphan (QLineEdit): no name",
    ]
