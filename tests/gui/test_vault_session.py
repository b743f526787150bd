"""The lock stops every job, including one added tomorrow: job slots started under the
window register with its VaultSession by themselves, and a lock waits for each before
the key is dropped, then drops what it was about to say."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.vault_session import SessionState, VaultSession
from peersupport_desktop.store.vault import Vault
from tests.gui.test_vault_keeping_gui import window_on


def test_a_new_job_on_any_page_is_stopped_by_a_lock(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(vault, qtbot)
    page = window.audit_page  # any widget of the window will do
    slot = JobSlot(page)  # a job no list in the window knows of
    key_there_at_the_end: list[bool] = []
    said: list[object] = []

    def slow_read() -> str:
        time.sleep(0.4)
        key_there_at_the_end.append(window.vault.is_open)
        return "rows"

    assert slot.start(slow_read, "unexpected", said.append, said.append)
    assert VaultSession.of(page) is window.session
    window.lock()
    assert window.session.state is SessionState.LOCKED
    assert key_there_at_the_end == [True]  # the lock waited for the job's end
    assert not slot.busy
    qtbot.wait(200)
    assert said == []  # what it was about to say was dropped


def test_a_lock_asked_for_during_a_change_of_key_waits_for_its_end(
    qtbot: QtBot, vault: Vault
) -> None:
    window = window_on(vault, qtbot)
    window.session.begin(SessionState.REKEYING)
    window.lock("Locked while away.")
    assert window.unlock_dialog is None  # not now
    assert window.session.end() == "Locked while away."
    assert window.session.state is SessionState.OPEN


def test_only_work_on_the_vault_itself_is_begun(qtbot: QtBot, vault: Vault) -> None:
    window = window_on(vault, qtbot)
    with pytest.raises(ValueError, match="Only re-keying and restoring"):
        window.session.begin(SessionState.LOCKED)


def test_a_report_cut_off_by_a_change_of_key_is_said_not_finished(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peersupport_desktop.gui.pages import reports_page

    window = window_on(vault, qtbot)
    real = reports_page.produce_report

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.3)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reports_page, "produce_report", slow)
    window.reports.produce()
    assert window.reports.producing.busy
    window.session.begin(SessionState.REKEYING)  # what a change of passphrase does first
    assert not window.reports.producing.busy
    assert window.reports.ui.progressBar.isHidden()
    assert "not finished" in window.reports.ui.statusLabel.text()
    window.session.end()
