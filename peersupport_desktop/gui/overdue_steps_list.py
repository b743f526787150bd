"""Today's list of referral steps overdue: each offer whose next step was due before
today (services/referral_steps.overdue_steps); Enter or a double-click opens its case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from peersupport_desktop.gui.row_list_model import ListedRow
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.gui.today_case_list import TodayCaseList
from peersupport_desktop.services.referral_steps import AWAITED, ReferralLine

COLUMNS = ("Case", "Resource", "Step", "Awaiting", "Was due")


def overdue_rows(lines: Sequence[ReferralLine], today: dt.date) -> list[ListedRow]:
    return [
        ListedRow(
            line.case_id,
            (
                line.case_reference,
                line.resource_name,
                line.step.label + (f" on {day(line.step_at.date())}" if line.step_at else ""),
                AWAITED.get(line.step, ""),
                f"⚠ {day(line.due_on)} ({(today - line.due_on).days} d ago)" if line.due_on else "",
            ),
            alert=True,
        )
        for line in lines
    ]


class OverdueStepsList(TodayCaseList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Referral steps overdue",
            COLUMNS,
            "Referrals on whose next step was due before today; Enter opens the case.",
            view_name="overdueStepsView",
            parent=parent,
        )

    def show_steps(self, lines: Sequence[ReferralLine], today: dt.date) -> None:
        self.show_rows(overdue_rows(lines, today))
