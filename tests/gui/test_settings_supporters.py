"""Settings' Supporters and feedback group: the default capacity, how long without a
debrief lists a supporter (or never), and the feedback form's address, typed in as a
coordinator would, saved, refused in the service's sentence beside the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.services import settings
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import settings_page

FORM = "https://forms.example.org/r/peer-feedback"


def type_into(qtbot: QtBot, spin: QSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def test_the_group_shows_the_vaults_values_with_their_ranges(qtbot: QtBot, vault: Vault) -> None:
    page = settings_page(qtbot, vault)
    ui = page.ui
    assert (ui.defaultCapacitySpin.minimum(), ui.defaultCapacitySpin.maximum()) == (1, 50)
    assert ui.defaultCapacitySpin.value() == 3
    assert (ui.debriefSpin.minimum(), ui.debriefSpin.maximum()) == (7, 730)
    assert ui.debriefCheck.isChecked() and ui.debriefSpin.value() == 120
    assert ui.feedbackFormEdit.text() == "" and ui.feedbackFormEdit.maxLength() == 500
    for widget in (ui.defaultCapacitySpin, ui.debriefSpin, ui.feedbackFormEdit):
        assert widget.accessibleName() and widget.toolTip()
    assert "unless their own cap says otherwise" in ui.defaultCapacitySpin.accessibleName()
    assert "never opens" in ui.feedbackFormEdit.toolTip()


def test_typed_values_are_saved_and_off_turns_the_debrief_list_off(
    qtbot: QtBot, vault: Vault
) -> None:
    page = settings_page(qtbot, vault)
    ui = page.ui
    type_into(qtbot, ui.defaultCapacitySpin, "5")
    type_into(qtbot, ui.debriefSpin, "90")
    ui.feedbackFormEdit.setFocus()
    qtbot.keyClicks(ui.feedbackFormEdit, FORM)
    assert page.has_unsaved_changes()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    kept = settings.get_settings(vault)
    assert (kept.default_capacity, kept.debrief_every_days, kept.feedback_form_address) == (
        5,
        90,
        FORM,
    )
    assert ui.messageLabel.text() == "Saved."

    qtbot.mouseClick(ui.debriefCheck, Qt.MouseButton.LeftButton)  # off
    assert not ui.debriefSpin.isEnabled()
    ui.feedbackFormEdit.clear()
    assert page.save()
    kept = settings.get_settings(vault)
    assert (kept.debrief_every_days, kept.feedback_form_address) == (None, None)

    page.load()  # shown again as saved
    assert not ui.debriefCheck.isChecked() and not ui.debriefSpin.isEnabled()
    assert ui.defaultCapacitySpin.value() == 5


def test_an_address_that_is_no_web_address_is_refused_beside_its_field(
    qtbot: QtBot, vault: Vault
) -> None:
    page = settings_page(qtbot, vault)
    ui = page.ui
    ui.feedbackFormEdit.setText("file:///C:/forms/feedback.html")
    assert not page.save()
    assert ui.messageLabel.text().endswith(
        ": The feedback form's address must be a web address starting with https:// or http://."
    )
    assert page.focusWidget() is ui.feedbackFormEdit
    assert settings.get_settings(vault).feedback_form_address is None
