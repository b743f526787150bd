"""Today: who is waiting for outreach, follow-ups due this week, open cases, who is free;
and for a new vault, the getting-started list."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.case_table_model import CASE_ID_ROLE, initials
from peersupport_desktop.gui.empty_state import EmptyState
from peersupport_desktop.gui.forms.ui_today_page import Ui_TodayPage
from peersupport_desktop.gui.getting_started_panel import GettingStartedPanel
from peersupport_desktop.gui.milestone_check_ins_list import MilestoneCheckInsList
from peersupport_desktop.gui.overdue_steps_list import OverdueStepsList
from peersupport_desktop.gui.reported_encounters_list import ReportedEncountersList
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel
from peersupport_desktop.gui.supporter_check_ins_list import SupporterCheckInsList
from peersupport_desktop.services.anniversaries import Anniversary
from peersupport_desktop.services.case_list import CaseRow
from peersupport_desktop.services.getting_started import GettingStarted

NOBODY_WAITING = (
    "No one is waiting for outreach. New referrals appear here with the time left to reach out."
)
NO_FOLLOW_UPS = (
    "No follow-ups are due this week. A follow-up planned in a case appears here "
    "in the week it is due."
)
NO_ANNIVERSARIES = (
    "No first anniversary of a serious event is coming up. Each appears here ahead of "
    "the day, as set in Settings."
)


def _span(delta: dt.timedelta) -> str:
    hours = int(abs(delta).total_seconds() // 3600)
    return f"{hours // 24} d {hours % 24} h" if hours >= 24 else f"{hours} h"


def outreach_queue(
    rows: Sequence[CaseRow],
    now: dt.datetime,
    private: bool,
    out_of_tries: AbstractSet[int] = frozenset(),
) -> list[ListedRow]:
    """Cases waiting for outreach (nobody reached out yet, or the next try after an
    unanswered attempt due), by the time left against each case's own due time (an
    urgent event's cases have theirs); then ``out_of_tries``, whose tries ran out, to
    be closed (services.outreach_attempts.cases_out_of_tries)."""
    waiting = [
        r
        for r in rows
        if r.status is not CaseStatus.CLOSED and (_waiting(r) or r.case_id in out_of_tries)
    ]
    waiting.sort(key=lambda r: (r.case_id in out_of_tries, _due(r)))
    listed = []
    for row in waiting:
        ran_out = row.case_id in out_of_tries
        left = _due(row) - now
        overdue = not ran_out and left < dt.timedelta(0)
        listed.append(
            ListedRow(
                row.case_id,
                (
                    row.reference,
                    initials(row.clinician) if private else row.clinician,
                    _span(now - row.referred),
                    _time_left(row, left, ran_out=ran_out),
                ),
                alert=overdue,
            )
        )
    return listed


def _waiting(row: CaseRow) -> bool:
    return row.first_outreach_at is None or row.next_attempt_due_at is not None


def _due(row: CaseRow) -> dt.datetime:
    return dt.datetime.fromisoformat(row.next_attempt_due_at or row.outreach_due_at)


def _time_left(row: CaseRow, left: dt.timedelta, *, ran_out: bool) -> str:
    if ran_out:
        return "No answer to any try: close as unreachable?"
    late = left < dt.timedelta(0)
    if row.next_attempt_due_at is not None:
        return f"⚠ Next try late by {_span(left)}" if late else f"Next try in {_span(left)}"
    return f"⚠ Overdue by {_span(left)}" if late else f"{_span(left)} left"


def follow_ups_this_week(rows: Sequence[CaseRow], today: dt.date, private: bool) -> list[ListedRow]:
    """Open cases whose next follow-up falls before the end of this week (or is past)."""
    week_end = (today + dt.timedelta(days=6 - today.weekday())).isoformat()
    due = [
        r
        for r in rows
        if r.next_follow_up and r.next_follow_up <= week_end and r.status is not CaseStatus.CLOSED
    ]
    due.sort(key=lambda r: r.next_follow_up or "")
    return [
        ListedRow(
            r.case_id,
            (
                r.reference,
                initials(r.clinician) if private else r.clinician,
                _follow_up_text(r.next_follow_up or "", today),
                r.supporter,
            ),
            alert=(r.next_follow_up or "") < today.isoformat(),
        )
        for r in due
    ]


def _follow_up_text(date: str, today: dt.date) -> str:
    shown = shown_dates.stored_day(date)
    return f"⚠ Past due: {shown}" if date < today.isoformat() else shown


class TodayPage(QWidget):
    open_case = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayPage()
        content = QWidget()
        self.ui.setupUi(content)
        ui = self.ui
        ui.pageTitle.setObjectName("pageTitle")
        for title in (
            ui.queueTitle, ui.followUpTitle, ui.anniversaryTitle, ui.statusTitle, ui.freeTitle,
            ui.watchTitle,
        ):  # fmt: skip
            title.setObjectName("sectionTitle")
        self.queue = RowListModel(("Case", "Clinician", "Waiting", "Outreach target"))
        self.follow_ups = RowListModel(("Case", "Clinician", "Follow-up", "Supporter"))
        self.queue_title, self.by_status, self.free_now = (
            ui.queueTitle,
            ui.byStatusLabel,
            ui.freeNowLabel,
        )
        self.queue_view = self._table(ui.queueView, self.queue)
        self.follow_up_view = self._table(ui.followUpView, self.follow_ups)
        self.anniversaries = RowListModel(("Case", "Clinician", "First anniversary", "Event"))
        self.anniversary_view = self._table(ui.anniversaryView, self.anniversaries)
        self.empty_queue = EmptyState(self.queue_view, NOBODY_WAITING)
        self.empty_follow_ups = EmptyState(self.follow_up_view, NO_FOLLOW_UPS)
        self.empty_anniversaries = EmptyState(self.anniversary_view, NO_ANNIVERSARIES)
        # Check-ins before milestones, beside the anniversaries (shown when there are some).
        self.milestone_check_ins = MilestoneCheckInsList(self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.anniversaryView) + 1, self.milestone_check_ins)
        self.milestone_check_ins.open_case.connect(self.open_case)
        # Check-ins with supporters after an intense encounter (shown when there are some).
        self.supporter_check_ins = SupporterCheckInsList(self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.anniversaryView) + 1, self.supporter_check_ins)
        # Referrals on whose next step is overdue (shown only when there are some).
        self.overdue_steps = OverdueStepsList(self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.anniversaryView) + 1, self.overdue_steps)
        self.overdue_steps.open_case.connect(self.open_case)
        # Encounters supporters reported, awaiting confirmation (shown when there are some).
        self.encounters = ReportedEncountersList(self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.anniversaryView) + 1, self.encounters)
        self.encounters.open_case.connect(self.open_case)
        self.getting_started = GettingStartedPanel()
        ui.layout.insertWidget(1, self.getting_started)
        # Takes up the room of the case lists while the list stands in their place.
        self.filler = QSpacerItem(0, 0)
        ui.layout.addItem(self.filler)
        self.getting_started.put_away_changed.connect(self._show_case_lists)
        self.show_anniversaries(None, private=False)
        self.show_watch_folder(None, [])
        # The page scrolls: with its short lists (encounters to confirm, check-ins with
        # supporters and before milestones…) a busy day is taller than a laptop's screen.
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_getting_started(self, progress: GettingStarted | None) -> None:
        """The getting-started list (None: not read, as the coordinator hid it). While it
        shows and there is no case yet, it takes the place of the empty case lists."""
        self.getting_started.show_progress(progress)
        self._show_case_lists()

    def _show_case_lists(self) -> None:
        progress = self.getting_started.progress
        in_place = (
            not self.getting_started.isHidden() and progress is not None and not progress.first_case
        )
        ui = self.ui
        for widget in (ui.queueTitle, ui.queueView, ui.followUpTitle, ui.followUpView):
            widget.setHidden(in_place)
        grow = QSizePolicy.Policy.Expanding if in_place else QSizePolicy.Policy.Minimum
        self.filler.changeSize(0, 0, QSizePolicy.Policy.Minimum, grow)
        ui.layout.invalidate()

    def show_rows(
        self,
        rows: Sequence[CaseRow],
        free: Sequence[tuple[int, str]],
        *,
        now: dt.datetime,
        private: bool,
        out_of_tries: AbstractSet[int] = frozenset(),
    ) -> None:
        queue = outreach_queue(rows, now, private, out_of_tries)
        self.queue.set_rows(queue)
        overdue = sum(1 for item in queue if item.alert)
        self.queue_title.setText(f"Awaiting outreach: {len(queue)} ({overdue} overdue)")
        self.follow_ups.set_rows(follow_ups_this_week(rows, now.date(), private))
        counts = Counter(r.status for r in rows if r.status is not CaseStatus.CLOSED)
        self.by_status.setText(
            " · ".join(
                f"{s.label}: {counts.get(s, 0)}" for s in CaseStatus if s is not CaseStatus.CLOSED
            )
        )
        names = [initials(name) if private else name for _sid, name in free]
        self.free_now.setText(", ".join(names) if names else "Nobody has a slot right now.")

    def show_anniversaries(self, ahead: Sequence[Anniversary] | None, *, private: bool) -> None:
        """None: reminders are off, and the section is hidden."""
        for widget in (self.ui.anniversaryTitle, self.ui.anniversaryView):
            widget.setVisible(ahead is not None)
        self.anniversaries.set_rows(
            [
                ListedRow(
                    a.case_id,
                    (
                        a.reference,
                        initials(a.clinician) if private else a.clinician,
                        shown_dates.day(a.on),
                        f"{a.event_label}, {shown_dates.day(a.occurred_on)}",
                    ),
                )
                for a in ahead or ()
            ]
        )

    def show_watch_folder(self, folder: str | None, news: Sequence[str]) -> None:
        """The watch folder and what its latest files brought, newest first."""
        ui = self.ui
        for widget in (ui.watchTitle, ui.watchLabel):
            widget.setVisible(folder is not None)
        if folder is None:
            return
        said = "\n".join(news) if news else "No file imported since the vault was unlocked."
        ui.watchLabel.setText(f"Watching {folder}.\n{said}")

    def _table(self, view: QTableView, model: RowListModel) -> QTableView:
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.activated.connect(self._activated)
        return view

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(int(index.data(CASE_ID_ROLE)))
