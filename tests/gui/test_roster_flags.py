"""The Supporters page says who is over capacity or overdue for a refresher in words,
with an icon and the alert colour, and counts them in the right plural form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peersupport_desktop.services import cases, supporters
from peersupport_desktop.store.vault import Vault
from tests.gui.test_supporters_and_calendar import cells, window_on
from tests.gui.window_helpers import referral


def person(
    name: str, *, capacity: int = 3, refresher_due: dt.date | None = None
) -> supporters.SupporterInput:
    return supporters.SupporterInput(
        name=name,
        role="nurse",
        training_date=dt.date(2024, 1, 1),
        refresher_due=refresher_due or dt.date(2030, 1, 1),
        capacity=capacity,
    )


def test_over_capacity_is_said_with_an_icon_and_counted(qtbot: QtBot, vault: Vault) -> None:
    busy = supporters.add_supporter(vault, person("Ana Soon", capacity=1))
    for name in ("Kai Mercer", "Lena Park"):
        cases.assign_supporter(vault, referral(vault, name, hours_ago=2), busy.id)
    window = window_on(qtbot, vault, 2)
    page = window.roster
    assert cells(page.proxy, 4) == ["Over capacity: 2 of 1"]
    load = page.proxy.index(0, 4)
    assert load.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour alone
    assert load.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.proxy.index(0, 6).data(Qt.ItemDataRole.DecorationRole) is None  # refresher fine
    assert page.ui.countLabel.text() == "1 supporter · 1 over capacity"

    free = supporters.add_supporter(vault, person("Ben Later"))
    lapsed = person("Cy Moreau", refresher_due=dt.date.today() - dt.timedelta(days=1))
    supporters.add_supporter(vault, lapsed)
    page.refresh()
    assert cells(page.proxy, 0) == ["Ana Soon", "Ben Later", "Cy Moreau"]
    assert cells(page.proxy, 4) == ["Over capacity: 2 of 1", "0 of 3", "0 of 3"]
    page.select(free.id)
    row = page.table.currentIndex().row()
    assert page.proxy.index(row, 4).data(Qt.ItemDataRole.DecorationRole) is None
    assert page.proxy.index(row, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.proxy.index(2, 6).data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.ui.countLabel.text() == "3 supporters · 1 refresher overdue · 1 over capacity"
    window.close()
