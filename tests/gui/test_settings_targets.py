"""Settings sets the report's targets: a spin box each, 0 reading "No target"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services import settings
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import settings_page, show_active

SETTINGS_ROW = 7


def type_into(qtbot: QtBot, spin: QSpinBox, text: str) -> None:
    """Select what the box shows and type over it, as a person would."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def targets(vault: Vault) -> tuple[int | None, int | None, int | None]:
    kept = settings.get_settings(vault)
    return (
        kept.target_within_percent,
        kept.target_acceptance_percent,
        kept.target_refresher_percent,
    )


def test_a_new_vault_shows_no_targets(qtbot: QtBot, vault: Vault) -> None:
    page = settings_page(qtbot, vault)  # held: the form's widgets live as long as it
    ui = page.ui
    for spin in (ui.withinTargetSpin, ui.acceptanceTargetSpin, ui.refresherTargetSpin):
        assert spin.value() == 0
        assert spin.text() == "No target"
        assert (spin.minimum(), spin.maximum(), spin.suffix()) == (0, 100, "%")
        assert spin.accessibleName() and "quarterly report" in spin.toolTip()
    assert ui.withinTargetSpin.toolTip().startswith(
        "Share of referrals reached out to within the outreach target"
    )


def test_targets_typed_in_are_saved_to_the_vault_and_shown_again(
    qtbot: QtBot, vault: Vault
) -> None:
    page = settings_page(qtbot, vault)
    ui = page.ui
    type_into(qtbot, ui.withinTargetSpin, "90")
    type_into(qtbot, ui.acceptanceTargetSpin, "60")
    type_into(qtbot, ui.refresherTargetSpin, "100")
    assert page.has_unsaved_changes()
    ui.saveButton.click()
    assert ui.messageLabel.text() == "Saved."
    assert targets(vault) == (90, 60, 100)
    assert not page.has_unsaved_changes()

    page.clear()
    page.load()
    assert (ui.withinTargetSpin.text(), ui.refresherTargetSpin.text()) == ("90%", "100%")

    # Down to 0 is "No target": the vault keeps none.
    ui.acceptanceTargetSpin.setFocus()
    ui.acceptanceTargetSpin.setValue(1)
    qtbot.keyClick(ui.acceptanceTargetSpin, Qt.Key.Key_Down)
    assert ui.acceptanceTargetSpin.text() == "No target"
    ui.saveButton.click()
    assert targets(vault) == (90, None, 100)


def test_a_target_edit_left_unsaved_is_asked_about_and_saved(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QMessageBox] = []

    def save(box: QMessageBox) -> object:
        asked.append(box)
        return next(b for b in box.buttons() if b.text() == "&Save")

    answer: Callable[[QMessageBox], object] = save
    monkeypatch.setattr(unsaved_work, "answer", answer)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    window.navigation.setCurrentRow(SETTINGS_ROW)
    assert window.stack.currentWidget() is window.settings_page
    window.settings_page.ui.refresherTargetSpin.setValue(75)
    window.navigation.setCurrentRow(1)
    assert len(asked) == 1 and window.stack.currentWidget() is window.cases
    assert targets(vault) == (None, None, 75)
    window.close()
