"""Today's list of supporters to check in with: each had an intense encounter (a
contact marked so) that no debrief crediting them has followed yet
(services/debriefs.supporter_check_ins). Enter or a double-click opens the debrief
log with a one-to-one with that supporter ready to save; once it is, the row goes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from peersupport_desktop.gui.row_list_model import ListedRow
from peersupport_desktop.gui.today_case_list import TodayCaseList
from peersupport_desktop.services.debriefs import SupporterCheckIn

COLUMNS = ("Supporter check-in",)


class SupporterCheckInsList(TodayCaseList):
    debrief_with = Signal(int)  # the supporter's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Check-ins with supporters",
            COLUMNS,
            "A check-in proposed with each supporter after an intense encounter, until a "
            "debrief credits them; Enter logs a one-to-one debrief with the chosen one.",
            view_name="supporterCheckInsView",
            parent=parent,
        )
        # The list's rows are keyed by supporter, not by case.
        self.open_case.connect(self.debrief_with)

    def show_check_ins(self, check_ins: Sequence[SupporterCheckIn]) -> None:
        self.show_rows([ListedRow(c.supporter_id, (c.sentence(),)) for c in check_ins])
