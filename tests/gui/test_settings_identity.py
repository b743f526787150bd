"""Settings names the hospital and the program lead, and takes or drops the logo."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.reports.front_matter import picture_size
from peersupport_desktop.services import settings
from peersupport_desktop.services.quarterly_reports import report_pdf
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


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
    b'<rect width="200" height="100" fill="#1f5fa0"/><circle cx="50" cy="50" r="40" '
    b'fill="#f2c12e"/><image href="https://example.org/tracker.png" width="1" height="1"/></svg>'
)


def test_an_svg_logo_is_drawn_once_into_a_png_and_reaches_the_report(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings_page(qtbot, vault)
    picture = tmp_path / "mercy.svg"
    picture.write_bytes(SVG)
    choosing(monkeypatch, picture)
    page.ui.chooseLogoButton.click()
    logo = settings.get_logo(vault)
    assert logo is not None and logo.kind == "png"  # the vault keeps the drawing
    assert picture_size(logo.data) == (800, 400)  # its shape kept
    assert page.ui.messageLabel.text() == "Logo saved."
    pdf = report_pdf(vault, Quarter(2026, 3), Edition.INTERNAL, as_of=dt.datetime(2026, 10, 2))
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1


def test_a_broken_svg_is_refused_in_plain_words(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings_page(qtbot, vault)
    broken = tmp_path / "logo.svg"
    broken.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><rect")
    choosing(monkeypatch, broken)
    page.ui.chooseLogoButton.click()
    assert settings.get_logo(vault) is None
    assert "That SVG file could not be drawn." in page.ui.messageLabel.text()
