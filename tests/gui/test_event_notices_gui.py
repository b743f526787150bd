"""Event notices in the window: the import dialog, the settings page, the watch folder, Today."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.gui.import_dialog import ImportDialog
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.gui.notice_reasons import plain_reason
from peersupport_desktop.gui.outreach_tray import waiting_message
from peersupport_desktop.gui.shown_dates import day, moment
from peersupport_desktop.resource_files import resource
from peersupport_desktop.services import settings
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.import_mappings import mapping_names
from peersupport_desktop.services.watch_folder import IMPORTED
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral

EXAMPLE = resource("examples", "event_notices.csv")
OTHER_HEADER = "Ticket;Opened;Kind;Person;Job;Origin;Mail"


def dialog_for(qtbot: QtBot, vault: Vault, path: Path) -> ImportDialog:
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_file(path)
    return dialog


def press_import(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.importing.busy, timeout=20_000)


def import_now(qtbot: QtBot, dialog: ImportDialog) -> None:
    """Import; asked about old referrals, keep the choice made (Import them too, unless
    the test chose otherwise)."""
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        press_import(qtbot, dialog)
        if dialog.outcome is None and dialog.ui.oldGroup.isVisible():
            press_import(qtbot, dialog)


def test_a_canonical_file_needs_only_the_import_button(qtbot: QtBot, vault: Vault) -> None:
    dialog = dialog_for(qtbot, vault, EXAMPLE)
    assert "5 rows" in dialog.ui.fileInfoLabel.text()
    assert "The file has the standard columns." in dialog.ui.fileInfoLabel.text()
    assert dialog.ui.sourceEdit.text() == "The standard columns"  # never "canonical"
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.listed()[0].cells[5] == "Dr Lena Park"  # clinician_name, mapped
    import_now(qtbot, dialog)
    assert dialog.ui.resultLabel.text().startswith("3 new events, 5 new cases")
    assert not dialog.ui.rejectsView.isVisible()
    assert len(all_case_rows(vault)) == 5
    import_now(qtbot, dialog)  # again: nothing new, and it says so
    assert dialog.ui.resultLabel.text() == "Nothing new: all 5 rows were imported before."
    assert len(all_case_rows(vault)) == 5


def test_other_columns_are_mapped_with_a_preview_and_the_mapping_is_kept(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "incidents.csv"
    path.write_text(
        f"{OTHER_HEADER}\nT-1;2026-04-01;Near miss;Ann Lee;Nurse;leader;ann@x.org\n",
        encoding="cp1252",
    )
    dialog = dialog_for(qtbot, vault, path)
    assert "Choose which column holds what" in dialog.ui.fileInfoLabel.text()
    chosen = {
        "event_ref": "Ticket", "event_date": "Opened", "event_type": "Kind",
        "clinician_name": "Person", "clinician_role": "Job", "referral_source": "Origin",
        "clinician_email": "Mail",
    }  # fmt: skip
    for column, header in chosen.items():
        combo = dialog.combos[column]
        combo.setCurrentIndex(combo.findText(header))
    # Read as the import reads it: the labels and the locale's date, not the codes.
    assert dialog.preview.listed()[0].cells == (
        "Will be imported", "T-1", day(dt.date(2026, 4, 1)), "Near miss", "", "Ann Lee",
        "Nurse", "", "ann@x.org", "", "Chair or manager", "When imported",
        "", "", "", "", "", "", "",  # no urgency, no milestone dates: not in the file
    )  # fmt: skip
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert "Name the source system" in dialog.ui.resultLabel.text()
    assert all_case_rows(vault) == []
    qtbot.keyClicks(dialog.ui.sourceEdit, "Incident system")
    import_now(qtbot, dialog)
    assert len(all_case_rows(vault)) == 1
    assert mapping_names(vault) == ["Incident system"]
    again = dialog_for(qtbot, vault, path)  # the next file from that system
    assert "saved mapping of 'Incident system'" in again.ui.fileInfoLabel.text()
    assert again.mapping() == chosen
    shouting = tmp_path / "INCIDENTS.csv"
    shouting.write_text(path.read_text(encoding="cp1252").replace("Ticket;", "TICKET;", 1))
    upper = dialog_for(qtbot, vault, shouting)  # column names in another letter case
    assert upper.mapping()["event_ref"] == "TICKET" and len(upper.mapping()) == len(chosen)


def test_a_canonical_file_is_always_the_canonical_source(qtbot: QtBot, vault: Vault) -> None:
    dialog = dialog_for(qtbot, vault, EXAMPLE)
    assert dialog.ui.sourceEdit.isReadOnly()
    dialog.combos["clinician_phone"].setCurrentIndex(0)  # one optional column left out
    import_now(qtbot, dialog)
    assert mapping_names(vault) == []  # nothing saved: the columns are the canonical ones
    from peersupport_desktop.services.event_import import import_file

    assert import_file(vault, EXAMPLE).duplicates == 5  # the command line agrees


def test_rejected_rows_are_listed_and_saved_for_correction(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        ",".join(CANONICAL_COLUMNS) + "\nM-1,2026-03-01,trauma,,Ann Lee,nurse,,,,self,\n"
        "M-2,2026-03-01,trauma,,Bo Chan,wizard,,,,self,\n",
        encoding="utf-8",
    )
    dialog = dialog_for(qtbot, vault, path)
    import_now(qtbot, dialog)
    assert dialog.ui.rejectsView.isVisible()
    # The window says the column's label; the file to correct keeps the command line's words.
    plain = "Clinician's role is not a known code or label."
    assert dialog.rejects.listed()[0].cells == ("3", plain)
    target = tmp_path / "to-correct.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.ui.saveRejectsButton, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[1][:2] == ["3", "clinician_role is not a known code or label."]
    assert str(target) in dialog.ui.resultLabel.text()


def test_an_unreadable_file_says_why_and_cannot_be_imported(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = dialog_for(qtbot, vault, path)
    assert dialog.ui.resultLabel.text() == "The file is empty. Nothing was imported."
    assert not dialog.ui.importButton.isEnabled()


def test_the_settings_page_sets_the_working_week_and_holidays(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    page = window.settings_page
    ui = page.ui
    assert not ui.day0.isEnabled()  # clock hours: the working week does not apply
    ui.clockCombo.setCurrentIndex(ui.clockCombo.findData(OutreachClock.WORKING_HOURS))
    assert ui.day0.isEnabled()
    ui.day5.setChecked(True)  # Saturdays too
    ui.targetSpin.setValue(16)
    ui.watchFolderEdit.setText(str(tmp_path / "nowhere"))
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "That folder does not exist." in ui.messageLabel.text()
    ui.watchFolderEdit.setText(str(tmp_path))
    ui.anniversaryCheck.setChecked(True)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.messageLabel.text() == "Saved." and ui.messageLabel.objectName() == ""
    saved = settings.get_settings(vault)
    assert saved.outreach_clock is OutreachClock.WORKING_HOURS
    assert saved.working_days == (0, 1, 2, 3, 4, 5) and saved.outreach_target_hours == 16
    assert saved.watch_folder == str(tmp_path) and saved.anniversary_reminder_days == 14
    ui.holidayName.setText("New Year's Day")
    ui.holidayDate.setDate(dt.date(2027, 1, 1))
    qtbot.mouseClick(ui.addHolidayButton, Qt.MouseButton.LeftButton)
    assert settings.holidays(vault) == [(dt.date(2027, 1, 1), "New Year's Day")]
    ui.holidaysView.setCurrentIndex(page.holidays.index(0, 0))
    qtbot.mouseClick(ui.removeHolidayButton, Qt.MouseButton.LeftButton)
    assert settings.holidays(vault) == []
    window.close()


def test_the_watch_folder_imports_while_unlocked_and_today_says_so(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    settings.change_settings(vault, watch_folder=str(drop))
    (drop / "notices.csv").write_bytes(EXAMPLE.read_bytes())
    monkeypatch.setattr("peersupport_desktop.gui.notice_watcher.SETTLE_SECONDS", 0)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    said: list[str] = []
    window.watcher.failed.connect(said.append)
    qtbot.waitUntil(lambda: len(window.model.rows()) == 5 or bool(said), timeout=20_000)
    assert not said
    assert (drop / IMPORTED / "notices.csv").exists()
    news = window.today.ui.watchLabel.text()
    assert f"Watching {drop}" in news and "notices.csv: 3 new events, 5 new cases" in news
    assert window.today.queue.rowCount() == 5
    window.lock()
    (drop / "later.csv").write_bytes(EXAMPLE.read_bytes())
    window.watcher.settle_seconds = 0
    window.watcher.look()  # nothing is watched while locked
    qtbot.wait(300)
    assert not window.watcher.poll.isActive() and not window.watcher.watcher.directories()
    assert (drop / "later.csv").exists() and window.watch_news == []
    window.close()


def test_an_import_that_ends_after_the_lock_is_not_announced(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    settings.change_settings(vault, watch_folder=str(drop))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.watcher.importing.busy)  # the first look, at unlock
    (drop / "notices.csv").write_bytes(EXAMPLE.read_bytes())
    window.watcher.settle_seconds = 0
    window.watcher.look()
    assert window.watcher.importing.busy
    window.lock()  # waits for the import; its result is still queued
    qtbot.wait(300)  # ...and delivered now: it must be dropped, not reload a locked vault
    assert window.watch_news == [] and window.unlock_dialog is not None
    assert (drop / IMPORTED / "notices.csv").exists()  # the import itself was whole
    window.close()


def test_a_missing_watch_folder_is_said_on_today(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    settings.change_settings(vault, watch_folder=str(tmp_path / "unplugged"))
    window = MainWindow(vault)
    qtbot.addWidget(window)
    assert "does not exist" in window.today.ui.watchLabel.text()
    assert window.watcher.poll.isActive()  # it keeps looking for the drive
    window.close()


def test_the_tray_counts_waiting_cases_and_names_nobody(qtbot: QtBot, vault: Vault) -> None:
    referral(vault, "Kai Mercer", hours_ago=30)  # past the 24-hour target
    referral(vault, "Noor Haddad", hours_ago=1)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    assert window.tray.notified == ["2 cases are waiting for outreach (1 past the target)."]
    window.refresh_today()  # the same numbers again: no new notification
    assert len(window.tray.notified) == 1
    assert waiting_message(1, 0) == "1 case is waiting for outreach."
    assert waiting_message(0, 0) is None
    window.close()


def test_today_lists_first_anniversaries_when_reminders_are_on(qtbot: QtBot, vault: Vault) -> None:
    from peersupport_desktop.services import cases, clinicians, events

    a_year_ago = dt.date.today() - dt.timedelta(days=365) + dt.timedelta(days=3)
    cases.open_case(
        vault,
        cases.NewCase(
            referral_source="safety_report",
            clinician=clinicians.ClinicianInput("Ines Varga", "nurse"),
            event=events.EventInput("unexpected_death", a_year_ago),
            referred_at=dt.datetime.combine(a_year_ago, dt.time(12)),
        ),
    )
    window = MainWindow(vault)
    qtbot.addWidget(window)
    assert window.today.anniversaries.rowCount() == 0
    assert not window.today.ui.anniversaryView.isVisibleTo(window.today)
    settings.change_settings(vault, anniversary_reminder_days=7)
    window.settings_changed()
    assert window.today.ui.anniversaryView.isVisibleTo(window.today)
    (row,) = window.today.anniversaries.listed()
    assert row.cells[1] == "Ines Varga" and row.cells[3].startswith("Unexpected patient death")
    window.app_actions["privacy"].setChecked(True)
    assert window.today.anniversaries.listed()[0].cells[1] == "I. V."
    window.close()


def test_the_queue_marks_a_case_overdue_by_working_hours_across_a_weekend(
    vault: Vault, tmp_path: Path
) -> None:
    from peersupport_desktop.gui.pages.today_page import outreach_queue
    from peersupport_desktop.services.event_import import import_file

    settings.change_settings(vault, outreach_clock=OutreachClock.WORKING_HOURS)
    path = tmp_path / "weekend.csv"
    path.write_text(
        ",".join(CANONICAL_COLUMNS) + "\n"
        "W-1,2026-03-06,trauma,,Friday Person,nurse,,,,self,2026-03-06T16:00\n"
        "W-2,2026-03-09,trauma,,Monday Person,nurse,,,,self,2026-03-09T08:00\n",
        encoding="utf-8",
    )
    import_file(vault, path)
    rows = all_case_rows(vault)
    # Friday 16:00 + 24 working hours (08:00-17:00) is Wednesday 13:00; Monday 08:00
    # + 24 is Wednesday 15:00. Clock hours would have made both overdue by Tuesday noon.
    tuesday = outreach_queue(rows, dt.datetime(2026, 3, 10, 12, 0), private=False)
    assert [(r.cells[1], r.alert) for r in tuesday] == [
        ("Friday Person", False),
        ("Monday Person", False),
    ]
    wednesday = outreach_queue(rows, dt.datetime(2026, 3, 11, 13, 1), private=False)
    assert [(r.cells[1], r.alert) for r in wednesday] == [
        ("Friday Person", True),
        ("Monday Person", False),
    ]
    assert wednesday[0].cells[3] == "⚠ Overdue by 0 h"


def canonical_row(ref: str, name: str, days_ago: int, role: str = "nurse") -> str:
    referred = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=days_ago)
    return f"{ref},{referred.date()},trauma,,{name},{role},,,,safety_report,{referred.isoformat()}"


def test_the_mapping_and_the_preview_speak_plain_words(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "preview.csv"
    path.write_text(
        ",".join(CANONICAL_COLUMNS) + "\n"
        "P-1,2026-03-02,unexpected_death,ER,Dr Lena Park,attending,ER,LENA@X.ORG,,risk_management,"
        "2026-03-02T18:20\n"
        "P-1,2026-03-03,unexpected_death,ER,Sam Ortiz,nurse,,,,self,\n"  # another date
        "P-2,2026-03-01,trauma,,Bo Chan,wizard,,,,self,\n",
        encoding="utf-8",
    )
    dialog = dialog_for(qtbot, vault, path)
    labels = [w.text() for w in dialog.ui.mappingGroup.findChildren(QLabel)]
    assert "Event reference (required)" in labels and "Clinician's email" in labels
    assert not [text for text in labels if "_" in text or "*" in text]
    assert dialog.combos["event_date"].accessibleName() == "Event date (required)"
    headers = [dialog.preview.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert headers[:3] == ["Will it be imported?", "Event reference", "Event date"]
    first, second, third = dialog.preview.listed()
    assert first.cells == (
        "Will be imported", "P-1", day(dt.date(2026, 3, 2)), "Unexpected patient death", "ER",
        "Dr Lena Park", "Attending physician", "ER", "lena@x.org", "", "Risk management",
        moment(dt.datetime(2026, 3, 2, 18, 20)), "", "", "", "", "", "", "",
    )  # fmt: skip
    assert not first.alert
    assert second.alert and second.cells[0] == (
        "⚠ Will not be imported: Event date differs from line 2 of the same event reference."
    )
    assert second.cells[5] == "Sam Ortiz"  # a row not read shows its cells as in the file
    assert third.cells[0] == (
        "⚠ Will not be imported: Clinician's role is not a known code or label."
    )
    tip = dialog.preview.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == second.cells[0]  # the whole reason, where the column cuts it short
    dialog.combos["event_date"].setCurrentIndex(0)  # a required column left out
    assert dialog.preview.listed()[0].cells[0] == (
        "⚠ Will not be imported: Choose the file's column for event date."
    )


def test_plain_reasons_name_columns_by_their_labels() -> None:
    assert plain_reason("event_date differs from line 3 of the same event_ref.") == (
        "Event date differs from line 3 of the same event reference."
    )
    assert plain_reason("The file has no column 'event_date' to read event_date from.") == (
        "The file has no column 'event_date' to read event date from."  # the file's own name
    )
    assert plain_reason("referred_at comes before event_date.") == (
        "Referral time comes before event date."
    )
    assert "standard columns" in plain_reason("x is not one of the canonical columns.")


def test_old_referrals_are_said_before_importing(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "one-old.csv"
    path.write_text(
        ",".join(CANONICAL_COLUMNS) + "\n" + canonical_row("O-1", "Ola Berg", 45) + "\n",
        encoding="utf-8",
    )
    dialog = dialog_for(qtbot, vault, path)
    assert not dialog.ui.oldGroup.isVisible()
    press_import(qtbot, dialog)
    assert dialog.ui.oldGroup.isVisible()
    assert dialog.ui.oldLabel.text() == (
        "1 case was referred more than 30 days ago: they will show as overdue."
    )
    assert dialog.ui.importOldRadio.isChecked()  # the default: import them too
    assert all_case_rows(vault) == []  # asked before anything is stored
    assert dialog.ui.leaveOutRadio.accessibleName() == "Leave the old referrals out"
    import_now(qtbot, dialog)
    (case,) = all_case_rows(vault)
    assert case.clinician == "Ola Berg" and case.overdue(dt.datetime.now())
    assert not dialog.ui.oldGroup.isVisible()


def test_old_referrals_can_be_left_out_and_saved_to_deal_with_by_hand(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [canonical_row(f"O-{n}", f"Old Person {n}", 31 + n) for n in range(12)]
    rows += [canonical_row("R-1", "Rae Recent", 1), canonical_row("R-2", "Sol Recent", 29)]
    path = tmp_path / "many-old.csv"
    path.write_text("\n".join([",".join(CANONICAL_COLUMNS), *rows]) + "\n", encoding="utf-8")
    dialog = dialog_for(qtbot, vault, path)
    press_import(qtbot, dialog)
    assert dialog.ui.oldLabel.text() == (
        "12 cases were referred more than 30 days ago: they will show as overdue."
    )
    dialog.combos["clinician_phone"].setCurrentIndex(0)  # the mapping changed: ask again
    assert not dialog.ui.oldGroup.isVisible()
    press_import(qtbot, dialog)
    assert dialog.ui.oldGroup.isVisible() and all_case_rows(vault) == []
    qtbot.mouseClick(dialog.ui.leaveOutRadio, Qt.MouseButton.LeftButton)
    import_now(qtbot, dialog)
    assert {case.clinician for case in all_case_rows(vault)} == {"Rae Recent", "Sol Recent"}
    assert dialog.ui.resultLabel.text().endswith("0 rows rejected, 12 old referrals left out.")
    assert dialog.ui.resultLabel.objectName() != "problem"  # left out as asked: no problem
    listed = dialog.rejects.listed()
    assert len(listed) == 12 and dialog.ui.rejectsView.isVisible()
    assert {row.cells[1] for row in listed} == {
        "Referred more than 30 days ago; left out at import."
    }
    target = tmp_path / "old-referrals.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.ui.saveRejectsButton, Qt.MouseButton.LeftButton)
    saved = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(saved) == 13 and {row[6] for row in saved[1:]} == {
        f"Old Person {n}" for n in range(12)
    }
    # A later import of the same file, importing them too, brings them in.
    again = dialog_for(qtbot, vault, path)
    import_now(qtbot, again)
    assert len(all_case_rows(vault)) == 14
