"""The department list: ticked departments are named, small ones go to their line."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.export_table import ExportFormat
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.departments_dialog import LINE, NAMED, DepartmentsDialog
from peersupport_desktop.gui.pages.settings_page import SettingsPage
from peersupport_desktop.services.departments import DepartmentSetting, department_settings
from peersupport_desktop.services.exports import ExportRequest, build_export, save_export
from peersupport_desktop.store.vault import Vault
from tests.known_program import refer

Q3 = Quarter(2026, 3)


def _refer(vault: Vault, department: str, count: int, start: int) -> None:
    for n in range(start, start + count):
        when = dt.datetime(2026, 7, 1, 9) + dt.timedelta(days=n % 80)
        refer(vault, when, f"P {n}", "nurse", department, event_type="trauma")


def test_lines_and_names_set_in_the_dialog_shape_the_export(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    _refer(vault, "ICU", 20, 0)
    _refer(vault, "Cardiology", 6, 20)
    _refer(vault, "Cardiac surgery", 7, 26)
    _refer(vault, "Surgery", 12, 33)
    page = SettingsPage(lambda: vault)
    qtbot.addWidget(page)
    assert page.ui.departmentsButton.isEnabled()
    dialog = DepartmentsDialog(vault)
    qtbot.addWidget(dialog)
    names = [dialog.ui.departmentsTable.item(r, 0).text() for r in range(4)]
    assert names == ["Cardiac surgery", "Cardiology", "ICU", "Surgery"]
    table = dialog.ui.departmentsTable
    for row in (0, 1):
        table.item(row, LINE).setText("Heart services")
    table.item(3, NAMED).setCheckState(Qt.CheckState.Unchecked)  # Surgery: not named
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "Saved (3 changed)" in dialog.ui.messageLabel.text()
    assert DepartmentSetting("Cardiology", True, "Heart services") in department_settings(vault)
    request = ExportRequest((Q3,), dimensions=(Dimension.DEPARTMENT,))
    export = build_export(vault, request, as_of=dt.datetime(2026, 10, 10))
    save_export(vault, export, ExportFormat.CSV, tmp_path / "s.csv")
    rows = csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text("utf-8-sig")))
    shown = {row["category"] for row in rows if row["table"] == "department"}
    assert shown == {"ICU", "Heart services", "other departments", "total"}
