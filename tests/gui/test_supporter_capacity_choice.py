"""The supporter dialog's capacity: the program's default (its number said, followed when
Settings changes it) or a cap of their own, chosen by keyboard or mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.supporter_dialog import SupporterDialog
from peersupport_desktop.services import settings, supporters
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import show_active


def save(qtbot: QtBot, dialog: SupporterDialog) -> None:
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_supporter_takes_the_programs_default_unless_given_their_own(
    qtbot: QtBot, vault: Vault
) -> None:
    settings.change_settings(vault, default_capacity=4)
    dialog = SupporterDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.defaultCapacityRadio.text() == "Pro&gram default (4)"
    assert ui.defaultCapacityRadio.isChecked() and not ui.capacitySpin.isEnabled()
    assert ui.capacitySpin.value() == 4  # an own cap starts from the default
    for widget in (ui.defaultCapacityRadio, ui.ownCapacityRadio, ui.capacitySpin):
        assert widget.accessibleName() and widget.toolTip()
    qtbot.keyClicks(ui.nameEdit, "Lena Park")
    save(qtbot, dialog)
    (lena,) = supporters.list_supporters(vault)
    assert (lena.own_capacity, lena.capacity) == (None, 4)

    # The default moves, and she follows it.
    settings.change_settings(vault, default_capacity=2)
    assert supporters.get_supporter(vault, lena.id).capacity == 2


def test_an_own_cap_is_chosen_by_keyboard_and_given_back_to_the_default(
    qtbot: QtBot, vault: Vault
) -> None:
    ben = supporters.add_supporter(
        vault,
        supporters.SupporterInput(
            name="Ben Later", role="nurse", training_date=dt.date(2025, 1, 1)
        ),
    )
    dialog = SupporterDialog(vault, existing=ben)
    qtbot.addWidget(dialog)
    show_active(dialog, qtbot)
    ui = dialog.ui
    assert ui.defaultCapacityRadio.isChecked()
    # Alt+W chooses "Own cap"; Tab goes on to its spin box, which takes a number typed in.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.ownCapacityRadio.isChecked)  # a mnemonic clicks after a moment
    assert ui.capacitySpin.isEnabled()
    assert QApplication.focusWidget() is ui.ownCapacityRadio
    qtbot.keyClick(ui.ownCapacityRadio, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.capacitySpin
    ui.capacitySpin.selectAll()
    qtbot.keyClicks(ui.capacitySpin, "6")
    save(qtbot, dialog)
    kept = supporters.get_supporter(vault, ben.id)
    assert (kept.own_capacity, kept.capacity) == (6, 6)
    settings.change_settings(vault, default_capacity=5)
    assert supporters.get_supporter(vault, ben.id).capacity == 6  # his own stays

    again = SupporterDialog(vault, existing=kept)
    qtbot.addWidget(again)
    again.show()
    assert again.ui.ownCapacityRadio.isChecked() and again.ui.capacitySpin.value() == 6
    assert again.ui.defaultCapacityRadio.text() == "Pro&gram default (5)"
    qtbot.mouseClick(again.ui.defaultCapacityRadio, Qt.MouseButton.LeftButton)
    assert not again.ui.capacitySpin.isEnabled()
    save(qtbot, again)
    kept = supporters.get_supporter(vault, ben.id)
    assert (kept.own_capacity, kept.capacity) == (None, 5)


def test_an_own_cap_of_the_defaults_size_stays_their_own(qtbot: QtBot, vault: Vault) -> None:
    """Saving an own cap equal to today's default keeps it theirs: the default may move."""
    dialog = SupporterDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Cy Moreau")
    qtbot.mouseClick(dialog.ui.ownCapacityRadio, Qt.MouseButton.LeftButton)
    assert dialog.ui.capacitySpin.value() == 3
    save(qtbot, dialog)
    (cy,) = supporters.list_supporters(vault)
    assert cy.own_capacity == 3
