"""Today's list of supporters to check in with: each had an intense encounter (a
contact marked so) that no debrief crediting them has followed yet
(services/debriefs.supporter_check_ins). Enter, a double-click or Check in opens the
debrief log with a one-to-one with the chosen supporter ready to save; once it is, the
row goes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

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
            "debrief credits them; Enter or Check in logs a one-to-one debrief with the "
            "chosen one.",
            view_name="supporterCheckInsView",
            parent=parent,
        )
        # The list's rows are keyed by supporter, not by case.
        self.open_case.connect(self.debrief_with)
        self.check_in_button = QPushButton("&Check in…", self)
        self.check_in_button.setAccessibleName("Check in with the selected supporter")
        self.check_in_button.setToolTip(
            "Open the debrief log with a one-to-one debrief with the selected supporter, "
            "ready to save (Enter in the list)."
        )
        self.add_buttons(self.check_in_button)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def show_check_ins(self, check_ins: Sequence[SupporterCheckIn]) -> None:
        self.show_rows([ListedRow(c.supporter_id, (c.sentence(),)) for c in check_ins])
        self._enable()  # the list read again has no row selected

    def check_in_selected(self) -> None:
        """As Enter does on the selected row."""
        index = self.chosen_index()
        if index is not None:
            self._activated(index)

    def _enable(self) -> None:
        self.check_in_button.setEnabled(self.chosen_index() is not None)
