"""The whole day's work with the keyboard alone: Today → the case → log a conversation
→ assign a supporter → close; and no window offers one Alt key for two controls."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import CaseStatus, ContactKind
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.contact_dialog import ContactDialog
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services import cases, supporters
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral, show_active
from tests.gui.window_sizes import every_dialog

ALT = Qt.KeyboardModifier.AltModifier


def front(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    """The window in front, once it is of ``kind``."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind), timeout=3000)
    window = QApplication.activeWindow()
    assert isinstance(window, kind)
    return window


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the focus is, as a person would."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot: QtBot, found: Callable[[QWidget | None], bool], most: int = 40) -> None:
    for _ in range(most):
        if found(QApplication.focusWidget()):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the control")


def test_todays_work_with_the_keyboard_alone(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Noor Haddad", hours_ago=2)
    mentor = supporters.add_supporter(vault, supporters.SupporterInput("Ada Mentor", "nurse"))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)

    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Today
    queue = window.today.ui.queueView
    tab_to(qtbot, lambda widget: widget is queue)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # the case waiting for outreach opens
    view = front(qtbot, CaseView)
    assert isinstance(view, CaseView) and view.case_id == case_id

    press(qtbot, Qt.Key.Key_C, ALT)  # Log conversation…
    contact = front(qtbot, ContactDialog)
    assert contact.ui.kindCombo.currentData() == ContactKind.CONVERSATION
    press(qtbot, Qt.Key.Key_D, ALT)  # Duration
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "30")
    press(qtbot, Qt.Key.Key_Return)  # Save, the default
    qtbot.waitUntil(lambda: not contact.isVisible())

    # A window manager gives the focus back to the case window as the form closes;
    # the offscreen platform leaves that to the application.
    view.activateWindow()
    front(qtbot, CaseView)
    press(qtbot, Qt.Key.Key_S, ALT)  # the supporter list
    assert QApplication.focusWidget() is view.supporter
    press(qtbot, Qt.Key.Key_Down)
    assert view.supporter.currentData() == mentor.id
    press(qtbot, Qt.Key.Key_G, ALT)  # Assign
    qtbot.waitUntil(
        lambda: cases.get_case(vault, case_id, opening=False).case.supporter_id == mentor.id
    )

    press(qtbot, Qt.Key.Key_L, ALT)  # Close the case…
    question = front(qtbot, QInputDialog)
    assert isinstance(question, QInputDialog) and question.textValue() == "Supported"
    press(qtbot, Qt.Key.Key_Return)
    closed = cases.get_case(vault, case_id, opening=False)
    assert closed.case.status is CaseStatus.CLOSED
    assert [c.duration_minutes for c in closed.contacts] == [30]


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """The Alt keys on offer in a window: (letter, the control's text)."""
    taken = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, QAbstractButton | QLabel):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label's Alt key works only through its buddy
        found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
        if found:
            taken.append((found.group(1).lower(), widget.text()))
    return taken


def test_no_window_offers_one_alt_key_for_two_controls(qtbot: QtBot, vault: Vault) -> None:
    fill_demo_program(vault, cases=40)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    windows: list[tuple[str, QWidget]] = [
        (f"page {title}", page) for title, _icon, page in window.pages
    ]
    windows += list(every_dialog(window, vault))
    # A page shares its window's Alt keys with the menu bar (&File, &Edit, …).
    menus = [
        (found.group(1).lower(), action.text())
        for action in window.menuBar().actions()
        if (found := re.search(r"&([^&\s])", action.text()))
    ]
    clashes = {}
    for name, shown in windows:
        shown.show()
        letters = mnemonics(shown) + (menus if name.startswith("page ") else [])
        twice = {letter for letter, _text in letters if [x for x, _ in letters].count(letter) > 1}
        if twice:
            clashes[name] = sorted(text for letter, text in letters if letter in twice)
    assert clashes == {}, "\n".join(f"{name}: {texts}" for name, texts in clashes.items())
