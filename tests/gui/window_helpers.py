"""Helpers for the window tests."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.services import cases
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault


def referral(vault: Vault, name: str, *, hours_ago: float, event_id: int | None = None) -> int:
    """A case referred ``hours_ago`` hours ago, through the services."""
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="leader",
            referred_at=dt.datetime.now() - dt.timedelta(hours=hours_ago),
            clinician=ClinicianInput(name=name, role="nurse"),
            event=None if event_id else EventInput("trauma", dt.date.today()),
            event_id=event_id,
        ),
    ).id


def show_active(window: MainWindow, qtbot: QtBot) -> None:
    """Shortcuts reach only the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
