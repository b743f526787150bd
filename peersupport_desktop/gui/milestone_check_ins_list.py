"""Today's list of check-ins before milestones: a deposition, a hearing, a root-cause
analysis meeting brings the distress back, so each person it concerns gets a check-in a
few days before (services/milestones.check_ins_due). Enter or a double-click opens the
case. A check-in missed stays listed until its milestone has passed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from peersupport_desktop.gui.case_table_model import initials
from peersupport_desktop.gui.row_list_model import ListedRow
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.gui.today_case_list import TodayCaseList
from peersupport_desktop.services.milestones import CheckIn, check_ins_due
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Case", "Clinician", "Check-in", "Milestone")
AHEAD_DAYS = 7  # the check-ins of the coming week
BACK_DAYS = 14  # and those missed lately, while their milestone is still ahead


def check_ins_for_today(vault: Vault, today: dt.date) -> list[CheckIn]:
    """The check-ins to show on ``today``: due this coming week, or missed while the
    milestone is still to come."""
    found = check_ins_due(
        vault, today - dt.timedelta(days=BACK_DAYS), today + dt.timedelta(days=AHEAD_DAYS)
    )
    return [c for c in found if c.milestone_on >= today]


def check_in_rows(check_ins: Sequence[CheckIn], today: dt.date, private: bool) -> list[ListedRow]:
    return [
        ListedRow(
            c.case_id,
            (
                c.reference,
                initials(c.clinician) if private else c.clinician,
                f"⚠ Past due: {day(c.on)}" if c.on < today else day(c.on),
                f"{c.kind.label}, {day(c.milestone_on)}"
                + (" (everyone involved)" if c.for_event else ""),
            ),
            alert=c.on < today,
        )
        for c in check_ins
    ]


class MilestoneCheckInsList(TodayCaseList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Check-ins before milestones",
            COLUMNS,
            "A check-in with each person before a deposition, a hearing or another date of "
            "an investigation or legal process; Enter opens the case.",
            view_name="milestoneCheckInsView",
            parent=parent,
        )

    def show_check_ins(
        self, check_ins: Sequence[CheckIn], today: dt.date, *, private: bool
    ) -> None:
        self.show_rows(check_in_rows(check_ins, today, private))
