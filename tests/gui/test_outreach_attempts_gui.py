"""The case window follows outreach: an unanswered attempt schedules the next try and
keeps the case on Today's queue; when the tries run out it offers to close the case as
unreachable (asking first); an attempt that reached the person becomes a conversation
and takes the case off the queue."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import AttemptResult, CaseStatus, ContactKind, Outcome
from peersupport_desktop.gui import unsaved_work
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.pages.today_page import outreach_queue
from peersupport_desktop.services import cases, settings
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.outreach_attempts import cases_out_of_tries
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import log_attempt, referral, save_contact


def _queue_cell(vault: Vault, case_id: int) -> str | None:
    queue = outreach_queue(
        all_case_rows(vault), dt.datetime.now(), False, cases_out_of_tries(vault)
    )
    return next((row.cells[3] for row in queue if row.key == case_id), None)


def test_tries_until_unreachable_is_offered_and_confirmed(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.change_settings(vault, max_attempts=2, retry_after_hours=4)
    case_id = referral(vault, "Ola Berg", hours_ago=1)
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    view.show()
    assert view.outreach_panel.isHidden()  # nothing tried yet
    save_contact(qtbot, log_attempt(qtbot, view, AttemptResult.NO_ANSWER))
    assert view.outreach_panel.isVisible()
    assert "Next try due" in view.outreach_panel.line.text()
    assert "try 2 of at most 2" in view.outreach_panel.line.text()
    assert view.outreach_panel.close_button.isHidden()
    assert (_queue_cell(vault, case_id) or "").startswith("Next try in 3 h")  # still waiting
    save_contact(qtbot, log_attempt(qtbot, view, AttemptResult.VOICEMAIL))
    panel = view.outreach_panel
    assert "close the case as unreachable" in panel.line.text()
    assert panel.close_button.isVisible() and "unreachable" in panel.close_button.text()
    assert _queue_cell(vault, case_id) == "No answer to any try: close as unreachable?"
    # One click, and a question first: keeping it open changes nothing.
    asked: list[str] = []

    def choosing(wanted: str) -> object:
        def choose(box: QMessageBox) -> object:
            asked.append(box.windowTitle())
            return next(b for b in box.buttons() if b.text() == wanted)

        return choose

    monkeypatch.setattr(unsaved_work, "answer", choosing("&Keep it open"))
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(vault, case_id, opening=False).case.status is not CaseStatus.CLOSED
    monkeypatch.setattr(unsaved_work, "answer", choosing("&Close as unreachable"))
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert asked == ["Close as unreachable?", "Close as unreachable?"]
    closed = cases.get_case(vault, case_id, opening=False).case
    assert closed.outcome is Outcome.UNREACHABLE
    assert view.outreach_panel.isHidden() and _queue_cell(vault, case_id) is None


def test_a_later_attempt_that_reached_the_person_is_a_conversation(
    qtbot: QtBot, vault: Vault
) -> None:
    case_id = referral(vault, "Ivo Lund", hours_ago=2)
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    view.show()
    save_contact(qtbot, log_attempt(qtbot, view, AttemptResult.MESSAGE_SENT))
    assert _queue_cell(vault, case_id) is not None
    dialog = log_attempt(qtbot, view, AttemptResult.REACHED)
    # Reached: the dialog makes it a conversation, whose parts and check-in now apply.
    assert dialog.ui.kindCombo.currentData() == ContactKind.CONVERSATION
    assert dialog.result_combo.isHidden() and dialog.reached_note.isVisible()
    assert dialog.ui.partsList.isEnabled() and dialog.ui.checkInCombo.isEnabled()
    save_contact(qtbot, dialog)
    detail = cases.get_case(vault, case_id, opening=False)
    assert detail.case.status is CaseStatus.IN_SUPPORT
    assert detail.case.next_attempt_due_at is None
    assert [c.kind for c in detail.contacts] == [
        ContactKind.OUTREACH_ATTEMPT,
        ContactKind.CONVERSATION,
    ]
    assert view.outreach_panel.isHidden() and _queue_cell(vault, case_id) is None
