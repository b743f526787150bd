"""The Resources page and its dialog, driven as a coordinator would, and the offer list
of a case window that reads the directory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import ResourceKind
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.pages.resources_page import ALL_INACTIVE, EMPTY, STATUS_COLUMN
from peersupport_desktop.gui.resource_dialog import ResourceDialog
from peersupport_desktop.services import cases, contacts, resources
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import answering, referral, show_active

SCREEN = QSize(1280, 720)


def resources_window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    titles = [title for title, _icon, _page in window.pages]
    assert titles[:6] == ["Today", "Cases", "Supporters", "Calendar", "Reports", "Resources"]
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.resources_page
    return window


def table(window: MainWindow) -> list[tuple[str, ...]]:
    proxy = window.resources_page.proxy
    return [
        tuple(proxy.index(r, c).data() for c in range(proxy.columnCount()))
        for r in range(proxy.rowCount())
    ]


def save(qtbot: QtBot, dialog: ResourceDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot: QtBot, dialog: ResourceDialog, kind: str, **typed: str) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText(kind))
    for field, words in typed.items():
        widget = getattr(dialog, f"{field}_edit")
        widget.clear()
        qtbot.keyClicks(widget, words)


def test_adding_editing_and_deactivating_through_the_page(qtbot: QtBot, vault: Vault) -> None:
    window = resources_window(qtbot, vault)
    page = window.resources_page
    assert page.empty_label.isVisible() and page.empty_label.text() == EMPTY
    assert page.count_label.text() == "0 resources"
    assert not page.edit_button.isEnabled() and not page.active_button.isEnabled()

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Add resource"
    assert [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())] == [
        k.label for k in ResourceKind
    ]  # plain names, stored as codes
    fill(qtbot, dialog, "Chaplaincy", name="Spiritual Care", phone="555-0104",
         hours="24 hours", notes="Ask for the on-call chaplain")  # fmt: skip
    save(qtbot, dialog)
    assert not dialog.isVisible()
    (chaplains,) = resources.list_resources(vault)
    assert (chaplains.kind, chaplains.name, chaplains.phone, chaplains.hours, chaplains.notes) == (
        ResourceKind.CHAPLAINCY, "Spiritual Care", "555-0104", "24 hours",
        "Ask for the on-call chaplain",
    )  # fmt: skip
    assert table(window) == [
        ("Spiritual Care", "Chaplaincy", "555-0104", "24 hours", "",
         "Ask for the on-call chaplain", "Yes")
    ]  # fmt: skip
    assert page.table.isColumnHidden(STATUS_COLUMN)  # every shown entry is offered
    assert not page.empty_label.isVisible() and page.count_label.text() == "1 resource"
    assert page.message_label.text() == "Saved."

    page.select(chaplains.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit resource"
    assert dialog.phone_edit.text() == "555-0104"
    fill(qtbot, dialog, "Chaplaincy", phone="pager", contact="chaplains@example.org")
    save(qtbot, dialog)  # a phone without a digit: said beside the field, nothing saved
    assert dialog.isVisible()
    assert dialog.message_label.text().startswith("Phone: A phone number needs at least one digit")
    assert resources.get_resource(vault, chaplains.id).phone == "555-0104"
    fill(qtbot, dialog, "Chaplaincy", phone="555-0144")
    save(qtbot, dialog)
    edited = resources.get_resource(vault, chaplains.id)
    assert (edited.phone, edited.contact) == ("555-0144", "chaplains@example.org")
    assert table(window)[0][2:5] == ("555-0144", "24 hours", "chaplains@example.org")

    page.select(chaplains.id)
    assert page.active_button.text() == "Deac&tivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert resources.get_resource(vault, chaplains.id).active is False
    assert resources.list_resources(vault) == []
    assert table(window) == [] and page.empty_label.text() == ALL_INACTIVE
    assert page.count_label.text() == "0 resources · 1 not offered"
    page.inactive_check.setChecked(True)
    assert not page.table.isColumnHidden(STATUS_COLUMN)
    assert [row[0::6] for row in table(window)] == [("Spiritual Care", "No")]
    page.select(chaplains.id)
    assert page.active_button.text() == "Reac&tivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert resources.get_resource(vault, chaplains.id).active is True
    window.close()


@pytest.mark.parametrize(
    ("answer", "closes"),
    [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_a_half_typed_resource_is_not_dropped_silently(
    qtbot: QtBot,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    closes: bool,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, answer))
    dialog = ResourceDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # untouched: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog = ResourceDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Legal clinic")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard this resource?"]
    assert dialog.isVisible() is not closes
    assert resources.list_resources(vault, include_inactive=True) == []


def test_the_offer_list_shows_active_entries_in_plain_words(qtbot: QtBot, vault: Vault) -> None:
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    contacts.log_contact(vault, case_id, contacts.ContactInput("conversation", "phone"))
    window = resources_window(qtbot, vault)
    page = window.resources_page
    for kind, name, phone in (("Employee assistance", "Staff EAP", "555-0100"),
                              ("Legal or risk support", "Claims desk", "")):  # fmt: skip
        dialog = page.add()
        fill(qtbot, dialog, kind, name=name, phone=phone)
        save(qtbot, dialog)
    claims = next(r for r in resources.list_resources(vault) if r.name == "Claims desk")
    page.select(claims.id)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)

    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    chooser = view.choose_resource()
    assert chooser is not None
    assert chooser.comboBoxItems() == ["Staff EAP (Employee assistance) · 555-0100"]
    chooser.setTextValue("Staff EAP (Employee assistance) · 555-0100")
    chooser.accept()
    (offer,) = cases.get_case(vault, case_id).offers
    assert offer.resource_name == "Staff EAP" and offer.resource_kind is ResourceKind.EAP
    window.close()


def test_an_empty_directory_says_where_to_add_one(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _title, text: said.append(text))
    case_id = referral(vault, "Kai Mercer", hours_ago=2)
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    assert view.choose_resource() is None
    assert said == [
        "The resource directory has nothing to offer yet: add resources on the Resources page."
    ]


def test_locking_clears_the_page_and_closes_its_dialog(qtbot: QtBot, vault: Vault) -> None:
    resources.add_resource(vault, resources.ResourceInput("eap", "Staff EAP", phone="555-0100"))
    window = resources_window(qtbot, vault)
    page = window.resources_page
    assert len(table(window)) == 1
    page.select(resources.list_resources(vault)[0].id)
    dialog = page.edit()
    assert dialog is not None
    qtbot.keyClicks(dialog.notes_edit, "typed before the lock")
    window.lock()
    assert not vault.is_open
    assert table(window) == [] and not dialog.isVisible() and page.entries == {}


def test_the_page_and_dialog_fit_a_small_screen(qtbot: QtBot, vault: Vault) -> None:
    for n in range(30):
        resources.add_resource(
            vault, resources.ResourceInput("other", f"Service {n} " + "with a long name " * 8,
                                           notes="a long note " * 40)
        )  # fmt: skip
    window = resources_window(qtbot, vault)
    page = window.resources_page
    hint = page.minimumSizeHint()
    assert hint.width() <= SCREEN.width() - 200 and hint.height() <= SCREEN.height() - 100
    assert page.table.horizontalHeader().sectionSize(0) <= 320  # long names elide
    assert "with a long name" in str(page.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    dialog = page.add()
    size = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    assert size.width() <= SCREEN.width() and size.height() <= SCREEN.height() // 1.5
    window.close()
