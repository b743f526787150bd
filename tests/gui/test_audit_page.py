"""The audit page, driven as a coordinator would: entries shown, filters narrowing them,
nothing editable, more on request, everything gone on lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.audit_table_model import AuditTableModel, Column
from peersupport_desktop.gui.pages.audit_page import AuditPage, count_line
from peersupport_desktop.services import audit, cases, exports
from peersupport_desktop.services.audit_actions import ActionGroup
from peersupport_desktop.store.models import AuditEntry
from peersupport_desktop.store.vault import Vault
from tests.program_builder import build_program


def shown_page(qtbot: QtBot, vault: Vault) -> AuditPage:
    page = AuditPage(lambda: vault)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()  # showing it reads the log
    settled(qtbot, page)
    return page


def settled(qtbot: QtBot, page: AuditPage) -> None:
    """Every read ended and its rows shown (a filter waits a moment before reading)."""
    qtbot.waitUntil(lambda: not page.busy and not page._soon.isActive(), timeout=5000)


def column(page: AuditPage, which: Column) -> list[str]:
    model = page.model
    return [model.index(r, which).data() for r in range(model.rowCount())]


def test_the_page_shows_who_did_what_newest_first(qtbot: QtBot, vault: Vault) -> None:
    built = build_program(vault)
    page = shown_page(qtbot, vault)
    actions = column(page, Column.ACTION)
    assert actions[0] == "Viewed the audit log"  # this very look at it
    assert "Created a case" in actions and "Saved an anonymized export (summary)" in actions
    assert actions[-1] == "Added a supporter"  # the oldest, last
    times = column(page, Column.AT)
    assert times == sorted(times, reverse=True)
    assert set(column(page, Column.ACTOR)) == {audit.actor()}
    assert cases.reference_for(built.case_id) in column(page, Column.RECORD)
    assert page.ui.countLabel.text() == f"Showing all {len(actions)} entries."
    assert not page.ui.moreButton.isEnabled()


def test_opening_a_case_shows_up(qtbot: QtBot, vault: Vault) -> None:
    built = build_program(vault)
    page = shown_page(qtbot, vault)
    cases.get_case(vault, built.second_case_id)  # the coordinator opens it to read
    page.load()
    settled(qtbot, page)
    assert column(page, Column.ACTION)[1] == "Opened a case"
    assert column(page, Column.RECORD)[1] == cases.reference_for(built.second_case_id)
    tip = page.model.index(1, Column.ACTION).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Action code: case.view"


def test_filters_narrow_the_entries(qtbot: QtBot, vault: Vault) -> None:
    built = build_program(vault)
    page = shown_page(qtbot, vault)
    everything = page.model.rowCount()
    ui = page.ui

    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData(ActionGroup.CONTACTS))
    settled(qtbot, page)
    assert column(page, Column.ACTION) == ["Logged a contact", "Logged a contact"]

    ui.groupCombo.setCurrentIndex(0)  # every kind again, and one case
    reference = cases.reference_for(built.second_case_id)
    qtbot.keyClicks(ui.recordEdit, reference.lower())
    qtbot.keyClick(ui.recordEdit, Qt.Key.Key_Return)
    settled(qtbot, page)
    # The case was opened, then moved up a tier (tests/program_builder.py), newest first.
    assert column(page, Column.ACTION) == [
        "Moved a case to another tier of support",
        "Created a case",
    ]
    assert column(page, Column.RECORD) == [reference, reference]
    assert ui.countLabel.text() == "Showing all 2 entries."

    ui.recordEdit.clear()  # cleared: every record again
    settled(qtbot, page)
    assert page.model.rowCount() > everything  # with the views since

    ui.periodCheck.setChecked(True)  # days with nothing done
    ui.sinceEdit.setDate(QDate(2001, 1, 1))
    ui.untilEdit.setDate(QDate(2001, 1, 31))
    settled(qtbot, page)
    assert page.model.rowCount() == 0
    assert ui.countLabel.text() == "No entries."


def test_a_record_not_found_is_said_and_nothing_shown(qtbot: QtBot, vault: Vault) -> None:
    build_program(vault)
    page = shown_page(qtbot, vault)
    page.ui.recordEdit.setText("PS-999999")
    page.ui.findButton.click()
    settled(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.ui.messageLabel.isVisible()
    assert page.ui.messageLabel.text().startswith("No case has that reference.")


def test_an_export_shows_its_fingerprint(qtbot: QtBot, vault: Vault) -> None:
    build_program(vault)
    (logged,) = exports.export_log(vault)
    page = shown_page(qtbot, vault)
    row = column(page, Column.ACTION).index("Saved an anonymized export (summary)")
    details = page.model.index(row, Column.DETAILS)
    assert logged.sha256[:12] in details.data()
    assert logged.sha256 in details.data(Qt.ItemDataRole.ToolTipRole)


def test_nothing_can_be_edited(qtbot: QtBot, vault: Vault) -> None:
    build_program(vault)
    page = shown_page(qtbot, vault)
    table = page.ui.table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    index = page.model.index(0, Column.ACTION)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() is not QAbstractItemView.State.EditingState
    assert not page.model.setData(index, "changed")


def test_more_entries_on_request(qtbot: QtBot, vault: Vault) -> None:
    moment = dt.datetime(2026, 3, 2, 9, 0)
    with vault.transaction() as session:
        audit.record_many(session, "case.list", "case", [])  # nothing: no entry
        session.add_all(
            AuditEntry(at=moment, action="case.list", record_kind="case", record_id=None)
            for _ in range(1500)
        )
    page = shown_page(qtbot, vault)
    assert page.model.rowCount() == 1000
    assert page.ui.countLabel.text() == "Showing 1,000 most recent of 1,501 entries."
    page.table.selectRow(10)
    qtbot.mouseClick(page.ui.moreButton, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert page.model.rowCount() == 1501
    assert page.table.currentIndex().row() == 10  # the place is kept
    assert page.ui.countLabel.text() == "Showing all 1,501 entries."
    assert not page.ui.moreButton.isEnabled()
    assert len(audit.entries(vault, action="audit.view")) == 1  # more of the same look


def test_a_rare_kind_is_counted_after_its_rows_show(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit, "PAGE", 2)
    monkeypatch.setattr(audit, "INDEX_WINDOW_PAGES", 1)
    build_program(vault)
    page = shown_page(qtbot, vault)
    page.ui.groupCombo.setCurrentIndex(page.ui.groupCombo.findData(ActionGroup.SUPPORTERS))
    settled(qtbot, page)
    assert set(column(page, Column.ACTION)) >= {"Added a supporter", "Recorded a training"}
    assert page.ui.countLabel.text() == f"Showing all {page.model.rowCount()} entries."


def test_clear_forgets_every_row(qtbot: QtBot, vault: Vault) -> None:
    build_program(vault)
    page = shown_page(qtbot, vault)
    assert page.model.rowCount() > 0
    page.load()  # a read under way when the lock comes
    page.clear()
    settled(qtbot, page)  # its late result is dropped
    assert page.model.rowCount() == 0
    assert page.ui.countLabel.text() == ""
    assert not page.ui.moreButton.isEnabled()


def test_the_model_alone(qtmodeltester: object, vault: Vault) -> None:
    build_program(vault)
    model = AuditTableModel()
    model.set_entries(audit.read_log(vault).entries)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.headerData(Column.RECORD, Qt.Orientation.Horizontal) == "Record"


def test_count_lines() -> None:
    assert count_line(1000, 12345) == "Showing 1,000 most recent of 12,345 entries."
    assert count_line(1000, None) == "Showing 1,000 most recent entries (counting all…)"
    assert count_line(3, 3) == "Showing all 3 entries."
    assert count_line(1, 1) == "Showing the only entry."
    assert count_line(0, 0) == "No entries."
