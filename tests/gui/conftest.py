"""GUI tests: real widgets offscreen, settings kept out of the user's home."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def configured_app(qapp: QApplication) -> Iterator[QApplication]:
    QStandardPaths.setTestModeEnabled(True)  # QSettings go to a test location
    from peersupport_desktop.gui.launch import application

    app = application()
    QSettings().clear()
    yield app
    QSettings().clear()
