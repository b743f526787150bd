"""Supporters: the roster with load, last support and refresher flags; add, edit,
pause, retire; availability and trainings; calendar files in and out. A supporter
over capacity or with an overdue refresher is said in words, with an icon and the
alert colour (never colour alone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from peersupport_desktop.core.capacity_words import load_words
from peersupport_desktop.core.codes import DepartmentRule, SupporterStatus
from peersupport_desktop.core.languages import language_name
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.availability_dialog import AvailabilityDialog
from peersupport_desktop.gui.debriefs_dialog import DebriefsDialog
from peersupport_desktop.gui.empty_state import EmptyState
from peersupport_desktop.gui.forms.ui_supporters_page import Ui_SupportersPage
from peersupport_desktop.gui.look import icon
from peersupport_desktop.gui.record_import_dialog import RecordImportDialog
from peersupport_desktop.gui.row_list_model import (
    KEY_ROLE,
    ListedRow,
    RowListModel,
    current_key,
    select_key,
)
from peersupport_desktop.gui.supporter_dialog import SupporterDialog
from peersupport_desktop.gui.supporter_load_dialog import SupporterLoadDialog
from peersupport_desktop.gui.training_sessions_dialog import TrainingSessionsDialog
from peersupport_desktop.services import calendar_files, settings, supporters
from peersupport_desktop.services.roster import RosterRow, roster
from peersupport_desktop.store.vault import Vault

COLUMNS = (
    "Name",
    "Role",
    "Department",
    "Languages",
    "Open cases",
    "Last supported",
    "Refresher due",
    "Status",
)
LOAD, REFRESHER = COLUMNS.index("Open cases"), COLUMNS.index("Refresher due")
EXPORT_DAYS = 90  # a calendar file covers the next three months
NO_SUPPORTERS = (
    "No peer supporters yet. The roster lists the people who reach out to a clinician "
    "after a hard event, with their load and training: add each one with Add supporter."
)
ALL_RETIRED = (
    "Everyone on the roster is retired. Tick Show retired to see them, "
    "or add one with Add supporter."
)
NO_MATCH = "No supporter matches the search."
DEBRIEFS_TIP = (
    "The supporters' debriefs and meetings: log one, see who has gone too long without one"
)
TRAININGS_TIP = "Training sessions: who attended, refreshers, and the anonymous evaluations"
LOAD_TIP = (
    "Each supporter's open cases against their cap, contacts and hours in the last 30 days, "
    "and their latest debrief"
)


def ui_button(parent: QWidget, text: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setToolTip(tip)
    return button


def over_capacity(row: RosterRow) -> bool:
    return row.open_cases > row.supporter.capacity


def load_cell(row: RosterRow) -> str:
    """ "2 of 3 (program default)"; over the cap (not at it), said first as the load
    view says it."""
    return load_words(
        row.open_cases,
        row.supporter.capacity,
        row.capacity_is_default,
        flagged=over_capacity(row),
    )


def roster_cells(row: RosterRow) -> tuple[str, ...]:
    person = row.supporter
    refresher = shown_dates.day(person.refresher_due) if person.refresher_due else "none set"
    if row.refresher_overdue:
        refresher += " · overdue"
    return (
        person.name,
        person.role.label,
        person.department or "",
        ", ".join(language_name(code) for code in person.languages),
        load_cell(row),
        shown_dates.day(row.last_supported) if row.last_supported else "never",
        refresher,
        person.status.label,
    )


def count_sentence(shown: list[RosterRow]) -> str:
    """ "12 supporters · 1 refresher overdue · 2 over capacity" """
    parts = [counted(len(shown), "supporter")]
    overdue = sum(r.refresher_overdue for r in shown)
    if overdue:
        parts.append(counted(overdue, "refresher overdue", "refreshers overdue"))
    over = sum(over_capacity(r) for r in shown)
    if over:
        parts.append(f"{over:,} over capacity")
    return " · ".join(parts)


class RosterModel(RowListModel):
    """The roster's rows, with the warning icon beside what is wrong: a load over
    capacity, an overdue refresher."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)
        self.flagged: dict[int, set[int]] = {}  # supporter id -> columns with a warning

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            key = self.index(index.row(), 0).data(KEY_ROLE)
            return icon("overdue") if index.column() in self.flagged.get(key, ()) else None
        return super().data(index, role)

    def show_roster(self, rows: list[RosterRow]) -> None:
        self.flagged = {
            r.supporter.id: {c for c, bad in ((LOAD, over_capacity(r)),
                                                (REFRESHER, r.refresher_overdue)) if bad}
            for r in rows
        }  # fmt: skip
        alert = {r.supporter.id: bool(self.flagged[r.supporter.id]) for r in rows}
        self.set_rows(
            [ListedRow(r.supporter.id, roster_cells(r), alert=alert[r.supporter.id]) for r in rows]
        )


class SupportersPage(QWidget):
    changed = Signal()  # the roster changed: other pages' choices follow

    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SupportersPage()
        self.ui.setupUi(self)
        self._vault = vault
        self.rows: dict[int, RosterRow] = {}
        self.dialog: QWidget | None = None
        ui = self.ui
        ui.heading.setObjectName("pageTitle")
        ui.messageLabel.hide()
        self.model = RosterModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = ui.table
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.empty = EmptyState(self.table)
        # The supporters' own care (issue 24), beside the heading: built here, not in the form.
        self.debriefs_button = ui_button(self, "Debrief&s and meetings…", DEBRIEFS_TIP)
        self.debriefs_button.clicked.connect(lambda: self.open_debriefs())
        self.trainings_button = ui_button(self, "Trai&nings…", TRAININGS_TIP)
        self.trainings_button.clicked.connect(lambda: self.open_trainings())
        self.load_button = ui_button(self, "&Load…", LOAD_TIP)
        self.load_button.clicked.connect(lambda: self.open_load())
        for button in (self.load_button, self.debriefs_button, self.trainings_button):
            ui.headingRow.addWidget(button)
        ui.searchEdit.textChanged.connect(self._filter)
        for rule in DepartmentRule:
            ui.ruleCombo.addItem(rule.label.lower(), rule)
        ui.ruleCombo.currentIndexChanged.connect(self._rule_chosen)
        ui.retiredCheck.toggled.connect(lambda _on: self.refresh())
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit)
        ui.availabilityButton.clicked.connect(self.edit_availability)
        ui.pauseButton.clicked.connect(self.toggle_pause)
        ui.retireButton.clicked.connect(self.retire)
        ui.exportButton.clicked.connect(self.export_calendar)
        ui.importButton.clicked.connect(self.import_calendar)
        # The program's spreadsheet of supporters (issue 24): built here, not in the form.
        self.importRosterButton = QPushButton("Import r&oster…")
        self.importRosterButton.setAccessibleName("Import roster")
        self.importRosterButton.setToolTip(
            "Add supporters, or update them, from the program's roster spreadsheet (CSV or Excel)."
        )
        self.importRosterButton.clicked.connect(lambda: self.import_roster())
        ui.buttons.insertWidget(1, self.importRosterButton)
        QWidget.setTabOrder(ui.addButton, self.importRosterButton)
        QWidget.setTabOrder(self.importRosterButton, ui.editButton)
        self._enable()

    @property
    def vault(self) -> Vault:
        return self._vault()

    def showEvent(self, event: QShowEvent) -> None:
        """Loads change as cases are assigned and closed elsewhere: refreshed when shown."""
        super().showEvent(event)
        if self._vault().is_open:
            self.refresh()

    def refresh(self) -> None:
        rule = settings.get_settings(self.vault).department_rule
        self.ui.ruleCombo.blockSignals(True)
        self.ui.ruleCombo.setCurrentIndex(list(DepartmentRule).index(rule))
        self.ui.ruleCombo.blockSignals(False)
        chosen = self.selected()
        show_retired = self.ui.retiredCheck.isChecked()
        everyone = roster(self.vault)
        self.rows = {r.supporter.id: r for r in everyone}
        shown = [
            r for r in everyone if show_retired or r.supporter.status is not SupporterStatus.RETIRED
        ]
        self.model.show_roster(shown)
        self.ui.countLabel.setText(count_sentence(shown))
        self._say_when_empty()
        if chosen is not None:
            self.select(chosen.supporter.id)
        self._enable()

    def clear(self) -> None:
        """On lock: nothing of the roster stays on screen (edits are saved as they are made)."""
        if isinstance(self.dialog, QDialog) and self.dialog.isVisible():
            self.dialog.done(QDialog.DialogCode.Rejected)
        self.dialog = None
        self.rows = {}
        self.model.show_roster([])
        self.ui.messageLabel.hide()

    def selected(self) -> RosterRow | None:
        key = current_key(self.table)
        return None if key is None else self.rows.get(key)

    def select(self, supporter_id: int) -> None:
        select_key(self.table, supporter_id)

    # -- what the coordinator does ------------------------------------------
    def add(self) -> SupporterDialog:
        dialog = SupporterDialog(self.vault, self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def import_roster(self, source: Path | None = None) -> RecordImportDialog:
        """The roster from a spreadsheet; the list shows what came in once it is stored."""
        from peersupport_desktop.services.record_kinds import record_kind

        dialog = RecordImportDialog(self.vault, record_kind("supporters"), self, path=source)
        dialog.imported.connect(lambda _result: self._roster_imported())
        self.dialog = dialog
        dialog.show()
        return dialog

    def _roster_imported(self) -> None:
        self.refresh()
        self.changed.emit()

    def edit(self) -> SupporterDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = SupporterDialog(self.vault, self, existing=row.supporter)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def edit_availability(self) -> AvailabilityDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = AvailabilityDialog(self.vault, row.supporter.id, self)
        dialog.finished.connect(lambda _result: self._changed(row.supporter.id))
        self.dialog = dialog
        dialog.show()
        return dialog

    def toggle_pause(self) -> None:
        row = self.selected()
        if row is None:
            return
        paused = row.supporter.status is SupporterStatus.PAUSED
        status = SupporterStatus.ACTIVE if paused else SupporterStatus.PAUSED
        self._do(
            row.supporter.id, lambda: supporters.set_status(self.vault, row.supporter.id, status)
        )

    def retire(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            "Retire this supporter?",
            f"{row.supporter.name} will no longer be suggested or assigned. "
            "Their history stays, and they can be made active again.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            sid = row.supporter.id
            self._do(sid, lambda: supporters.set_status(self.vault, sid, SupporterStatus.RETIRED))

    def export_calendar(self, destination: Path | None = None) -> Path | None:
        """The selected supporter's availability, today and the next three months."""
        row = self.selected()
        if row is None:
            return None
        if destination is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, "Export availability", f"{row.supporter.name} availability.ics",
                "iCalendar files (*.ics)",
            )  # fmt: skip
            if not chosen:
                return None
            destination = Path(chosen)
        start = dt.date.today()
        try:
            written = calendar_files.save_availability(
                self.vault,
                row.supporter.id,
                start,
                start + dt.timedelta(days=EXPORT_DAYS),
                destination,
                replace=True,  # the save dialog asked
            )
        except Sayable as exc:
            self._say(str(exc))
            return None
        self._say(f"Saved {row.supporter.name}'s availability to {written.name}.")
        return written

    def import_calendar(self, source: Path | None = None) -> None:
        row = self.selected()
        if row is None:
            return
        if source is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, f"Import availability for {row.supporter.name}", "", "iCalendar files (*.ics)"
            )
            if not chosen:
                return
            source = Path(chosen)
        try:
            data = source.read_bytes()
            summary = calendar_files.import_availability(self.vault, row.supporter.id, data)
        except OSError:
            self._say("That file could not be read.")
            return
        except Sayable as exc:
            self._say(str(exc))
            return
        self._say(" ".join((summary.sentence, *summary.skipped)))
        self._changed(row.supporter.id)

    def open_debriefs(self, one_to_one_with: int | None = None) -> DebriefsDialog:
        """The debrief log; with a supporter, a one-to-one with them ready to save."""
        dialog = DebriefsDialog(self.vault, self, one_to_one_with=one_to_one_with)
        dialog.changed.connect(self.changed)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_load(self) -> SupporterLoadDialog:
        """The supporters' load: who is at or over their cap, who needs a debrief."""
        dialog = SupporterLoadDialog(self.vault, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def open_trainings(self) -> TrainingSessionsDialog:
        dialog = TrainingSessionsDialog(self.vault, self)
        dialog.changed.connect(lambda: self._changed_all())
        self.dialog = dialog
        dialog.show()
        return dialog

    def _changed_all(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- plumbing -------------------------------------------------------------
    def _rule_chosen(self, _index: int) -> None:
        rule = DepartmentRule(self.ui.ruleCombo.currentData())
        try:
            settings.change_settings(self.vault, department_rule=rule)
        except Sayable as exc:
            self._say(str(exc))
            return
        self._say(f"Supporters now come {rule.label.lower()}, unless the person asks otherwise.")

    def _after_save(self, dialog: SupporterDialog) -> None:
        if dialog.saved is not None:
            self._changed(dialog.saved.id)

    def _do(self, supporter_id: int, change: Callable[[], object]) -> None:
        try:
            change()
        except Sayable as exc:
            self._say(str(exc))
            return
        self._changed(supporter_id)

    def _changed(self, supporter_id: int) -> None:
        self.refresh()
        self.select(supporter_id)
        self.changed.emit()

    def _say(self, sentence: str) -> None:
        self.ui.messageLabel.setText(sentence)
        self.ui.messageLabel.show()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._say_when_empty()

    def _say_when_empty(self) -> None:
        """What an empty roster means: nobody yet, everyone retired, or a search's miss."""
        if not self.rows:
            self.empty.say(NO_SUPPORTERS)
        elif self.model.rowCount() == 0:
            self.empty.say(ALL_RETIRED)
        else:
            self.empty.say(NO_MATCH)

    def _enable(self, *_args: QModelIndex) -> None:
        row = self.selected()
        ui = self.ui
        for button in (ui.editButton, ui.availabilityButton, ui.pauseButton, ui.retireButton,
                       ui.exportButton, ui.importButton):  # fmt: skip
            button.setEnabled(row is not None)
        if row is not None:
            status = row.supporter.status
            ui.pauseButton.setText("&Resume" if status is not SupporterStatus.ACTIVE else "&Pause")
            ui.retireButton.setEnabled(status is not SupporterStatus.RETIRED)
