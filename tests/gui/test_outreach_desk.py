"""The case window as the outreach desk: how to reach the person, what to do next, and
every action shown, disabled with its reason where it does not apply."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import CaseStatus, Outcome, ReferralSource
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.gui import clipboard_guard, desktop_links
from peersupport_desktop.gui.case_view import DEIDENTIFIED, NOTE_COLUMN, CaseView
from peersupport_desktop.gui.clipboard_guard import KDE_HINT
from peersupport_desktop.gui.next_step import next_step
from peersupport_desktop.services import cases, contacts, retention, settings
from peersupport_desktop.services.cases import CaseRecord
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault

PHONE = "+1 (555) 010-4477"
EMAIL = "r.okafor@hospital.example"


@pytest.fixture
def english() -> Iterator[None]:
    """Sentences checked word for word: one locale, whatever the machine's."""
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def dialled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    handed: list[str] = []
    monkeypatch.setattr(desktop_links, "hand_to_desktop", handed.append)
    return handed


def reachable_case(
    vault: Vault,
    *,
    phone: str | None = PHONE,
    email: str | None = EMAIL,
    referred_days_ago: int = 0,
) -> int:
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="leader",
            referred_at=dt.datetime.now() - dt.timedelta(days=referred_days_ago, hours=1),
            clinician=ClinicianInput(name="Rui Okafor", role="nurse", phone=phone, email=email),
            event=EventInput("trauma", dt.date.today()),
        ),
    ).id


def opened(qtbot: QtBot, vault: Vault, case_id: int) -> CaseView:
    view = CaseView(vault, case_id)
    qtbot.addWidget(view)
    view.show()
    return view


def test_the_phone_and_email_are_shown_dialled_and_written_by_the_desktop(
    qtbot: QtBot, vault: Vault, dialled: list[str]
) -> None:
    view = opened(qtbot, vault, reachable_case(vault))
    assert view.ui.phoneLabel.text() == f"Phone: {PHONE}"
    assert view.ui.emailLabel.text() == f"Email: {EMAIL}"
    qtbot.mouseClick(view.ui.callButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.ui.writeButton, Qt.MouseButton.LeftButton)
    assert dialled == ["tel:+15550104477", f"mailto:{EMAIL}"]


def test_a_copied_number_is_marked_secret_and_cleared(
    qtbot: QtBot, vault: Vault, configured_app: QApplication
) -> None:
    guard = clipboard_guard.install(configured_app)
    saved = guard.clear_after_ms
    guard.clear_after_ms = 200
    try:
        view = opened(qtbot, vault, reachable_case(vault))
        qtbot.mouseClick(view.ui.copyPhoneButton, Qt.MouseButton.LeftButton)
        mime = QApplication.clipboard().mimeData()
        assert mime.text() == PHONE
        assert bytes(mime.data(KDE_HINT).data()) == b"secret"
        qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)
        qtbot.mouseClick(view.ui.copyEmailButton, Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().mimeData().hasFormat(KDE_HINT)
    finally:
        guard.clear_after_ms = saved
        guard.clear_if_still_ours()


def test_without_a_number_the_buttons_say_why(qtbot: QtBot, vault: Vault) -> None:
    view = opened(qtbot, vault, reachable_case(vault, phone=None))
    assert view.ui.phoneLabel.text() == "No phone number on file"
    for button in (view.ui.callButton, view.ui.copyPhoneButton):
        assert button.isVisible() and not button.isEnabled()
        assert button.toolTip() == "There is no phone number on file."
    assert view.ui.writeButton.isEnabled()


def test_the_next_step_line_follows_the_case(qtbot: QtBot, vault: Vault, english: None) -> None:
    case_id = reachable_case(vault)
    view = opened(qtbot, vault, case_id)
    due = cases.get_case(vault, case_id).case.outreach_due_at
    assert view.ui.nextStepLabel.text().startswith("Reach out by ")
    assert QLocale().toString(due.time(), QLocale.FormatType.ShortFormat) in (
        view.ui.nextStepLabel.text()
    )

    contacts.log_contact(vault, case_id, contacts.ContactInput("conversation", "phone"))
    follow_up = dt.date.today() + dt.timedelta(days=6)
    cases.set_next_follow_up(vault, case_id, follow_up)
    view.refresh()
    long_date = QLocale().toString(follow_up, QLocale.FormatType.LongFormat)
    assert view.ui.nextStepLabel.text() == f"Follow up on {long_date}."

    view.close_as(Outcome.SUPPORTED)
    assert view.ui.nextStepLabel.text() == "Closed today. Reopen the case to work on it again."


def record(**changes: object) -> CaseRecord:
    now = dt.datetime(2026, 12, 3, 10, 0)
    base = CaseRecord(
        id=1, reference="PS-000001", clinician_id=1, event_id=1,
        referral_source=ReferralSource.LEADER, referrer=None,
        referred_at=now - dt.timedelta(hours=2), status=CaseStatus.NEW,
        supporter_id=None, outreach_due_at=now + dt.timedelta(hours=4, minutes=20),
        first_outreach_at=None, closed_at=None, outcome=None, next_follow_up=None,
        reopened_count=0,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_the_next_step_sentences(english: None) -> None:
    now = dt.datetime(2026, 12, 3, 10, 0)
    assert next_step(record(), now).sentence == "Reach out by 14:20 today."
    late = next_step(record(outreach_due_at=now - dt.timedelta(hours=20)), now)
    assert late.overdue and late.sentence == "Reach out now: outreach was due by 14:00 yesterday."
    reached = {"first_outreach_at": now, "status": CaseStatus.IN_SUPPORT}
    assert next_step(record(**reached), now).sentence.startswith("No follow-up planned")
    assert next_step(record(**reached, next_follow_up=now.date()), now).sentence == (
        "Follow up today."
    )
    missed = next_step(record(**reached, next_follow_up=dt.date(2026, 12, 2)), now)
    assert missed.overdue and missed.sentence == "Follow up now: the follow-up was due yesterday."
    assert next_step(record(**reached, next_follow_up=dt.date(2026, 12, 9)), now).sentence == (
        "Follow up on Wednesday, 9 December 2026."
    )


def test_none_planned_greys_the_date_and_a_closed_case_greys_its_plans(
    qtbot: QtBot, vault: Vault
) -> None:
    case_id = reachable_case(vault)
    view = opened(qtbot, vault, case_id)
    assert view.no_follow_up.isChecked() and not view.follow_up.isEnabled()
    view.no_follow_up.setChecked(False)
    assert view.follow_up.isEnabled()
    view.close_as(Outcome.DECLINED)
    for control in (view.supporter, view.assign_button, view.ui.matchButton,
                    view.no_follow_up, view.follow_up, view.follow_up_button):  # fmt: skip
        assert control.isVisible() and not control.isEnabled()
    assert view.ui.conversationButton.toolTip() == "The case is closed: reopen it first."


def test_the_note_column_stays_in_sight_and_the_window_resizes(qtbot: QtBot, vault: Vault) -> None:
    case_id = reachable_case(vault)
    contacts.log_contact(
        vault, case_id,
        contacts.ContactInput(
            "conversation", "phone", duration_minutes=40,
            parts=("listening", "reflecting", "reframing", "sense_making", "coping", "closing"),
            note="Talked through the night shift at length. " * 4,
        ),
    )  # fmt: skip
    view = opened(qtbot, vault, case_id)
    for width in (view.minimumWidth(), 1200):
        view.resize(width, 600)
        qtbot.waitUntil(lambda w=width: view.width() == w)  # type: ignore[misc]
        table = view.contacts_view
        start = table.columnViewportPosition(NOTE_COLUMN)
        assert 0 <= start < table.viewport().width() - 40  # the note starts on screen
    assert view.minimumSizeHint().width() <= 1280 and view.minimumSizeHint().height() <= 720
    note_cell = view.contacts.index(0, NOTE_COLUMN)
    assert note_cell.data(Qt.ItemDataRole.ToolTipRole).startswith("Talked through")


def test_a_deidentified_case_says_why_it_stays_closed(qtbot: QtBot, vault: Vault) -> None:
    case_id = reachable_case(vault, referred_days_ago=100)
    cases.close_case(vault, case_id, Outcome.DECLINED, dt.datetime.now() - dt.timedelta(days=90))
    settings.change_settings(vault, retention_months=1)
    assert retention.deidentify_past_retention(vault, dt.date.today()) == 1
    view = opened(qtbot, vault, case_id)
    reopen = view.buttons[Action.REOPEN]
    assert not reopen.isEnabled()  # the service would refuse it
    assert reopen.toolTip() == DEIDENTIFIED


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="xdg-open is the Linux opener")
def test_the_link_goes_to_the_desktops_own_opener_as_one_argument(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real hand-over, to a stand-in xdg-open that writes down what it was given."""
    written = tmp_path / "given.txt"
    opener = tmp_path / "xdg-open"
    opener.write_text(f'#!/bin/sh\nprintf "%s\\n" "$#" "$1" > "{written}"\n')
    opener.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert desktop_links.open_link(desktop_links.phone_link("+1 (555) 010-4477; rm -rf ~")) is None
    deadline = time.monotonic() + 5
    while not written.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert written.read_text().splitlines() == ["1", "tel:+15550104477"]


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows shell opens links itself")
def test_without_an_opener_the_person_is_told_to_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no opener anywhere
    problem = desktop_links.open_link(desktop_links.mail_link(EMAIL))
    assert problem is not None and "copy the number or address" in problem
