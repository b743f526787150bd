"""Unit surveys: the rounds of SVEST-R or SVEST held in the units, a new round, its
answers imported from the survey tool's file, two rounds of a unit compared factor by
factor, and a survey's scoring key entered from the authors' form.

A round or a factor answered by fewer than the program's small-number threshold
shows no figure, and says so in words; no figure is ever given across units.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.codes import SurveyInstrument
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.svest import PROVISIONAL
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.gui.record_import_dialog import RecordImportDialog
from peersupport_desktop.services import survey_answers, survey_results, unit_surveys
from peersupport_desktop.services.departments import department_names
from peersupport_desktop.services.survey_keys import ScoringKey, key_choices
from peersupport_desktop.store.vault import Vault

ROUND_COLUMNS = ("Unit", "Round", "Held on", "Survey", "Respondents", "Scored with")
COMPARE_COLUMNS = ("Factor", "Which way is better", "Before", "After", "Change")


def _table(columns: tuple[str, ...], name: str, tip: str, *, stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the widest words
    table.setMinimumHeight(3 * table.verticalHeader().defaultSectionSize())
    table.setAccessibleName(name)
    table.setToolTip(tip)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class NewRoundDialog(QDialog):
    """A unit, a label, the day the round closed and the survey it used."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.created: unit_surveys.RoundRecord | None = None
        self.setWindowTitle("New survey round")
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(department_names(vault))
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setAccessibleName("Unit")
        self.unit_combo.setToolTip("The unit (department) the survey was held in; type a new one.")
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText("Before, Spring 2026…")
        self.label_edit.setMaxLength(80)
        self.label_edit.setAccessibleName("Round label")
        self.label_edit.setToolTip("How this round is told from the unit's others.")
        self.date_edit = QDateEdit(to_qdate(dt.date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName("Held on")
        self.date_edit.setToolTip("The day the round closed.")
        self.survey_combo = QComboBox()
        for code in (SurveyInstrument.SVEST_R, SurveyInstrument.SVEST):
            self.survey_combo.addItem(code.label, code)
        self.survey_combo.setAccessibleName("Survey")
        self.survey_combo.setToolTip("The survey the unit answered: SVEST-R or the older SVEST.")
        self.key_combo = QComboBox()
        self.key_combo.setAccessibleName("Scored with")
        self.key_combo.setToolTip(
            "The scoring key the round is scored with, for good: the newest, or the key of "
            "the unit's earlier rounds, so the two can be compared."
        )
        self.survey_combo.currentIndexChanged.connect(lambda _index: self._fill_keys())
        self._fill_keys()
        form = QFormLayout()
        for text, field in (
            ("&Unit:", self.unit_combo),
            ("&Label:", self.label_edit),
            ("&Held on:", self.date_edit),
            ("&Survey:", self.survey_combo),
            ("Scored &with:", self.key_combo),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("What is wrong")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Add round")
        ok.setToolTip("Add the round; its answers are imported next.")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip("Close without adding a round.")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.message)
        outer.addWidget(buttons)

    def _fill_keys(self) -> None:
        self.key_combo.clear()
        for version, words in key_choices(self.vault, self.survey_combo.currentData()):
            self.key_combo.addItem(words, version)

    def accept(self) -> None:
        try:
            self.created = unit_surveys.create_round(
                self.vault,
                unit=self.unit_combo.currentText(),
                label=self.label_edit.text(),
                held_on=from_qdate(self.date_edit.date()),
                instrument=self.survey_combo.currentData(),
                key_version=self.key_combo.currentData(),
            )
        except Sayable as problem:
            say(self.message, str(problem), problem=True)
            return
        super().accept()


class UnitSurveysDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.records: list[unit_surveys.RoundRecord] = []
        self.new_round_dialog: NewRoundDialog | None = None
        self.import_dialog: RecordImportDialog | None = None
        self.setWindowTitle("Unit surveys")
        self.setObjectName("UnitSurveysDialog")
        room = self.screen().availableGeometry()  # a small laptop at 150% has 853 x 426
        self.resize(min(900, room.width() - 40), min(560, room.height() - 60))
        intro = QLabel(
            "Rounds of the second-victim survey (SVEST-R or SVEST) in each unit. Only the "
            "answers are kept, never who gave them. A round or factor answered by fewer than "
            "the program's threshold shows no figure."
        )
        intro.setWordWrap(True)
        self.rounds_table = _table(
            ROUND_COLUMNS,
            "Survey rounds",
            "Each round: its unit, label, date, survey, size and the key it is scored with.",
            stretch=len(ROUND_COLUMNS) - 1,
        )
        self.rounds_table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton("&New round\u2026")
        self.new_button.setToolTip("Add a round of a unit: its label, date and survey.")
        self.new_button.clicked.connect(self.new_round)
        self.import_button = QPushButton("&Import answers\u2026")
        self.import_button.setToolTip(
            "Import the chosen round's answers from the survey tool's CSV or XLSX file."
        )
        self.import_button.clicked.connect(self.import_answers)
        self.key_button = QPushButton("Scoring &key\u2026")
        self.key_button.setAccessibleName("Scoring key")
        self.key_button.setToolTip(
            "Enter a survey's scoring key from the authors' form (each item's factor, and "
            "whether it is reverse-worded) from a CSV or XLSX file; rounds answered from then "
            "on are scored with it, and each round keeps the key it was first scored with."
        )
        key_menu = QMenu(self.key_button)
        for code in (SurveyInstrument.SVEST_R, SurveyInstrument.SVEST):
            action = key_menu.addAction(f"{code.label}\u2026")
            action.triggered.connect(lambda _checked=False, code=code: self.enter_key(code))
        self.key_button.setMenu(key_menu)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.key_button)

        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName("Unit to compare")
        self.unit_combo.setToolTip("The unit whose two rounds are compared.")
        self.before_combo = QComboBox()
        self.before_combo.setAccessibleName("Round before")
        self.before_combo.setToolTip("The earlier round.")
        self.after_combo = QComboBox()
        self.after_combo.setAccessibleName("Round after")
        self.after_combo.setToolTip("The later round.")
        self.unit_combo.currentIndexChanged.connect(lambda _index: self._fill_rounds())
        self.before_combo.currentIndexChanged.connect(lambda _index: self.show_comparison())
        self.after_combo.currentIndexChanged.connect(lambda _index: self.show_comparison())
        choose = QHBoxLayout()
        for text, combo in (
            ("Uni&t:", self.unit_combo),
            ("&Before:", self.before_combo),
            ("&After:", self.after_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            choose.addWidget(label)
            choose.addWidget(combo, 1)
        self.sizes_label = QLabel()
        self.sizes_label.setWordWrap(True)
        self.sizes_label.setAccessibleName("Respondents of each round")
        self.compare_table = _table(
            COMPARE_COLUMNS,
            "Comparison of the two rounds",
            "Each factor's mean (1 to 5) before and after, and the change.",
        )
        # SVEST-R's shipped item table is not checked against the authors' form: rounds
        # scored with it are provisional, and say so.
        self.provisional_label = QLabel(f"{PROVISIONAL} (Scoring key\u2026)")
        self.provisional_label.setWordWrap(True)
        self.provisional_label.setAccessibleName("Provisional scoring")
        self.provisional_label.setToolTip(
            "The program's own SVEST-R item table (which items make each factor, which are "
            "reverse-worded) is provisional: enter the authors' form's key with Scoring key "
            "before the next round's answers come in."
        )
        self.provisional_label.hide()
        compare_box = QGroupBox("Compare two rounds of a unit")
        inner = QVBoxLayout(compare_box)
        inner.addLayout(choose)
        inner.addWidget(self.sizes_label)
        inner.addWidget(self.compare_table, 1)
        inner.addWidget(self.provisional_label)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("What was done")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip("Close the unit surveys; what was imported is kept.")
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addWidget(self.rounds_table, 1)
        outer.addLayout(actions)
        outer.addWidget(compare_box, 1)
        outer.addWidget(self.message)
        outer.addWidget(buttons)
        self.refresh()

    # ------------------------------------------------------------ rounds

    def refresh(self, chosen: int | None = None) -> None:
        """The rounds again (after a new one or an import), keeping the choices."""
        self.records = unit_surveys.rounds(self.vault)
        table = self.rounds_table
        table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            cells = (
                record.unit,
                record.label,
                shown_dates.day(record.held_on),
                record.instrument.label,
                f"{record.respondents:,}",
                record.scored_with,
            )
            for column, text in enumerate(cells):
                item = _cell(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
            if record.id == chosen:
                table.selectRow(row)
        self._selection_changed()
        unit = self.unit_combo.currentText()
        units = list(dict.fromkeys(record.unit for record in self.records))
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItems(units)
        if unit not in units:  # first, a unit that has two rounds to compare
            counts = [record.unit for record in self.records]
            unit = next((u for u in units if counts.count(u) > 1), units[0] if units else "")
        self.unit_combo.setCurrentIndex(units.index(unit) if unit in units else -1)
        self.unit_combo.blockSignals(False)
        self._fill_rounds()

    def chosen_round(self) -> unit_surveys.RoundRecord | None:
        rows = self.rounds_table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.chosen_round() is not None
        self.import_button.setEnabled(chosen)
        self.import_button.setToolTip(
            "Import the chosen round's answers from the survey tool's CSV or XLSX file."
            if chosen
            else "Choose a round in the list first (or add one with New round…)."
        )

    def new_round(self) -> None:
        self.new_round_dialog = NewRoundDialog(self.vault, self)
        self.new_round_dialog.accepted.connect(self._round_added)
        self.new_round_dialog.open()

    def _round_added(self) -> None:
        assert self.new_round_dialog is not None
        created = self.new_round_dialog.created
        if created is not None:
            self.refresh(chosen=created.id)
            say(
                self.message,
                f"Round '{created.label}' of {created.unit} added: import its answers next.",
                problem=False,
            )

    def import_answers(self) -> None:
        chosen = self.chosen_round()
        if chosen is None:
            return
        kind = survey_answers.round_kind(self.vault, chosen.id)
        self.import_dialog = RecordImportDialog(self.vault, kind, self)
        self.import_dialog.imported.connect(lambda _result: self.refresh(chosen=chosen.id))
        self.import_dialog.open()

    def enter_key(self, code: SurveyInstrument) -> None:
        self.import_dialog = RecordImportDialog(self.vault, ScoringKey(code), self)
        self.import_dialog.imported.connect(lambda _result: self.refresh())
        self.import_dialog.open()

    # ------------------------------------------------------------ comparison

    def _fill_rounds(self) -> None:
        unit = self.unit_combo.currentText()
        mine = [record for record in self.records if record.unit == unit]
        for combo, default in ((self.before_combo, 0), (self.after_combo, len(mine) - 1)):
            combo.blockSignals(True)
            combo.clear()
            for record in mine:
                combo.addItem(f"{record.label} ({shown_dates.day(record.held_on)})", record.label)
            combo.setCurrentIndex(max(default, 0) if mine else -1)
            combo.blockSignals(False)
        self.show_comparison()

    def show_comparison(self) -> None:
        before, after = self.before_combo.currentData(), self.after_combo.currentData()
        self.compare_table.setRowCount(0)
        self.provisional_label.hide()
        if before is None or after is None:
            self.sizes_label.setText("Choose a unit with two rounds.")
            return
        if before == after:
            self.sizes_label.setText("Choose two different rounds of the unit.")
            return
        try:
            comparison = survey_results.compare(
                self.vault, self.unit_combo.currentText(), before, after
            )
        except Sayable as problem:
            self.sizes_label.setText(str(problem))
            return
        sides = []
        for side, result in (("Before", comparison.before), ("after", comparison.after)):
            size = (
                survey_results.TOO_FEW
                if result.withheld
                else f"{result.round.respondents:,} respondents"
            )
            sides.append(f"{side}: {size}")
        self.sizes_label.setText("; ".join(sides) + ".")
        self.provisional_label.setVisible(comparison.provisional)
        rows = survey_results.comparison_listing(comparison).as_dicts()
        self.compare_table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            cells = (
                str(values["factor"]),
                str(values["direction"]),
                str(values["before"]),
                str(values["after"]),
                str(values["meaning"]),
            )
            for column, text in enumerate(cells):
                self.compare_table.setItem(row, column, _cell(text))
