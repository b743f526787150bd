"""Leaving Settings with unsaved changes asks "Save changes to the settings?": Save,
Discard, or Keep editing (the default, which stays on the page)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services import settings
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import show_active, unlock

SETTINGS_ROW = 7


def answering(asked: list[QMessageBox], button: str) -> Callable[[QMessageBox], object]:
    def choose(box: QMessageBox) -> object:
        asked.append(box)
        return next(b for b in box.buttons() if b.text() == button)

    return choose


def on_settings(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    show_active(window, qtbot)
    window.navigation.setCurrentRow(SETTINGS_ROW)
    assert window.stack.currentWidget() is window.settings_page
    return window


def test_leaving_unchanged_settings_asks_nothing(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QMessageBox] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Keep editing"))
    window = on_settings(qtbot, vault)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.today and asked == []
    window.close()


def test_keep_editing_stays_on_settings_with_the_edit(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QMessageBox] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Keep editing"))
    window = on_settings(qtbot, vault)
    window.settings_page.ui.targetSpin.setValue(36)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    (box,) = asked
    assert box.windowTitle() == "Save changes to the settings?"
    assert sorted(b.text() for b in box.buttons()) == ["&Discard", "&Keep editing", "&Save"]
    assert box.defaultButton().text() == "&Keep editing"  # Enter keeps the work
    assert box.escapeButton().text() == "&Keep editing"  # type: ignore[union-attr]
    assert window.stack.currentWidget() is window.settings_page
    assert window.navigation.currentRow() == SETTINGS_ROW
    assert window.settings_page.ui.targetSpin.value() == 36
    assert settings.get_settings(vault).outreach_target_hours != 36
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Keep editing"))
    window.close()  # quitting asks too, and keeping on editing keeps the window
    assert window.isVisible() and vault.is_open
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Discard"))
    window.close()


def test_save_saves_and_goes(qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[QMessageBox] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Save"))
    window = on_settings(qtbot, vault)
    window.settings_page.ui.targetSpin.setValue(36)
    window.navigation.setCurrentRow(1)
    assert len(asked) == 1 and window.stack.currentWidget() is window.cases
    assert settings.get_settings(vault).outreach_target_hours == 36
    assert not window.settings_page.has_unsaved_changes()
    window.close()


def test_a_refused_save_stays_on_settings(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    asked: list[QMessageBox] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Save"))
    window = on_settings(qtbot, vault)
    window.settings_page.ui.watchFolderEdit.setText(str(tmp_path / "not there"))
    window.navigation.setCurrentRow(0)
    assert window.stack.currentWidget() is window.settings_page
    assert "does not exist" in window.settings_page.ui.messageLabel.text()
    assert settings.get_settings(vault).watch_folder is None
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Discard"))
    window.close()


def test_discard_drops_the_edit_and_goes(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QMessageBox] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Discard"))
    window = on_settings(qtbot, vault)
    before = settings.get_settings(vault).outreach_target_hours
    window.settings_page.ui.targetSpin.setValue(before + 5)
    window.navigation.setCurrentRow(0)
    assert len(asked) == 1 and window.stack.currentWidget() is window.today
    assert settings.get_settings(vault).outreach_target_hours == before
    assert window.settings_page.ui.targetSpin.value() == before
    window.close()


def test_a_lock_keeps_unsaved_settings_without_asking(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QMessageBox] = []
    monkeypatch.setattr(unsaved_work, "answer", answering(asked, "&Discard"))
    window = on_settings(qtbot, vault)
    window.settings_page.ui.targetSpin.setValue(36)
    window.settings_page.ui.watchFolderEdit.setText("/somewhere/else")
    window.lock()  # by the idle timer, say: nobody is there to answer
    assert asked == [] and not vault.is_open
    assert window.settings_page.ui.watchFolderEdit.text() == ""  # nothing left in sight
    unlock(qtbot, window)
    page = window.settings_page
    assert window.stack.currentWidget() is page
    assert page.ui.targetSpin.value() == 36 and page.has_unsaved_changes()  # as left
    assert page.ui.watchFolderEdit.text() == "/somewhere/else"
    assert settings.get_settings(window.vault).outreach_target_hours != 36
    window.close()  # answered Discard
    assert asked
