"""Settings names the hospital and the program lead, and takes or drops the logo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from peersupport_desktop.services import settings
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import settings_page
from tests.pictures import png


def choosing(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers with ``path``, as a person choosing it would."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_hospital_and_lead_are_saved_with_the_settings(qtbot: QtBot, vault: Vault) -> None:
    page = settings_page(qtbot, vault)
    page.ui.hospitalEdit.setText("Mercy General")
    page.ui.programLeadEdit.setText("Dr. Ada Lee")
    assert page.has_unsaved_changes()
    page.ui.saveButton.click()
    kept = settings.get_settings(vault)
    assert (kept.hospital_name, kept.program_lead) == ("Mercy General", "Dr. Ada Lee")
    page.clear()
    assert page.ui.hospitalEdit.text() == ""
    page.load()
    assert page.ui.hospitalEdit.text() == "Mercy General"
    assert page.ui.programLeadEdit.text() == "Dr. Ada Lee"


def test_a_logo_is_chosen_shown_and_removed(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings_page(qtbot, vault)
    assert page.ui.logoPreview.text() == "No logo"
    assert not page.ui.removeLogoButton.isEnabled()
    picture = tmp_path / "mercy.png"
    picture.write_bytes(png())
    choosing(monkeypatch, picture)
    page.ui.chooseLogoButton.click()
    assert settings.get_logo(vault) == settings.Logo(png(), "png")
    assert not page.ui.logoPreview.pixmap().isNull()
    assert page.ui.removeLogoButton.isEnabled()
    assert page.ui.messageLabel.text() == "Logo saved."
    page.ui.removeLogoButton.click()
    assert settings.get_logo(vault) is None
    assert page.ui.logoPreview.text() == "No logo"
    assert not page.ui.removeLogoButton.isEnabled()


def test_a_text_file_named_png_is_refused_in_plain_words(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings_page(qtbot, vault)
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    choosing(monkeypatch, fake)
    page.ui.chooseLogoButton.click()
    assert settings.get_logo(vault) is None
    assert page.ui.messageLabel.isVisible()
    assert "The logo must be a PNG or JPEG picture." in page.ui.messageLabel.text()
    assert page.ui.logoPreview.text() == "No logo"
