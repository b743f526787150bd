"""Import a file of event notices: map its columns (with a preview), import, see what came of it.

A file in the standard (canonical) columns, or one whose columns fit a saved mapping,
needs nothing but the Import button. For any other, the coordinator picks which
column holds what and names the source; the mapping is saved under that name
with the import, so the next file from the same system is recognised.

The preview reads its rows as the import will, and says why a row would not be
imported. Before importing, notices referred long ago (they would open cases already
overdue) are counted, and the coordinator chooses to import them too or leave them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QLabel, QWidget

from peersupport_desktop.core.codes import ReferralSource, Role
from peersupport_desktop.core.event_notices import (
    CANONICAL_COLUMNS,
    CANONICAL_SOURCE,
    COLUMN_LABELS,
    MILESTONE_COLUMNS,
    REQUIRED_COLUMNS,
    MappingProblem,
    Notice,
    NoticeChecker,
    canonical_mapping,
    code_spellings,
    column_positions,
    guess_mapping,
)
from peersupport_desktop.core.notice_files import FileRow, NoticeTable, UnreadableFile
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from peersupport_desktop.gui.notice_reasons import plain_reason
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, show_rows
from peersupport_desktop.gui.shown_dates import day, moment
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.event_import import (
    OLD_REFERRAL_DAYS,
    ImportResult,
    import_table,
    old_referrals,
    read_notice_file,
    save_rejects,
)
from peersupport_desktop.services.events import event_types
from peersupport_desktop.services.import_mappings import recognise
from peersupport_desktop.store.vault import Vault

PREVIEW_ROWS = 5
MAPPING_PAIRS = 3  # a column's label and choice, this many a row: 18 columns in 6 rows
NOT_IN_FILE = "(not in the file)"
STANDARD_SOURCE = "The standard columns"  # shown for CANONICAL_SOURCE, which stays the data
WILL_IMPORT = "Will be imported"
WONT_IMPORT = "⚠ Will not be imported: "  # the sign, so colour is never the only signal
AT_IMPORT = "When imported"  # an empty referral time: the import's own


def column_label(column: str) -> str:
    """A column as the mapping names it, "(required)" in words."""
    required = " (required)" if column in REQUIRED_COLUMNS else ""
    return COLUMN_LABELS[column] + required


def old_referrals_sentence(count: int) -> str:
    cases = counted(count, "case was", "cases were")
    return f"{cases} referred more than {OLD_REFERRAL_DAYS} days ago: they will show as overdue."


@dataclass(frozen=True, slots=True)
class _OldReferrals:
    """What the first press of Import found: old notices to ask about first."""

    count: int


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, once stored

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.source_tip = self.ui.sourceEdit.toolTip()  # the form's, for a file of its own
        self.vault = vault
        self.table: NoticeTable | None = None
        self.outcome: ImportResult | None = None
        self.type_labels: dict[str, str] = {}  # event type code -> label, the vault's
        # How many old referrals were said for this file, mapping and source (None: not
        # yet counted): once said, Import goes ahead with the choice made.
        self.old_count: int | None = None
        # After Close (the vault may be locked by then) a result is not announced.
        self.importing = JobSlot(self)
        ui = self.ui
        self.combos: dict[str, QComboBox] = {}
        for number, column in enumerate(CANONICAL_COLUMNS):
            combo = QComboBox()
            combo.setAccessibleName(column_label(column))
            combo.setToolTip(f"The file's column that holds the {COLUMN_LABELS[column].lower()}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(column_label(column))
            label.setBuddy(combo)
            row, pair = divmod(number, MAPPING_PAIRS)
            ui.mappingGrid.addWidget(label, row, pair * 2)
            ui.mappingGrid.addWidget(combo, row, pair * 2 + 1)
            self.combos[column] = combo
        self.preview = RowListModel(
            ("Will it be imported?", *(COLUMN_LABELS[c] for c in CANONICAL_COLUMNS))
        )
        show_rows(ui.previewView, self.preview)
        # The outcome first, where it is seen, cut short (its tooltip has it whole).
        header = ui.previewView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        self.rejects = RowListModel(("Line", "Why it was not imported"))
        show_rows(ui.rejectsView, self.rejects)
        ui.sourceEdit.textEdited.connect(self._forget_old)
        ui.chooseButton.clicked.connect(self._choose)
        ui.importButton.clicked.connect(self.start_import)
        ui.saveRejectsButton.clicked.connect(self._save_rejects)
        ui.closeButton.clicked.connect(self.reject)
        self._set_table(None)

    # -- the file ----------------------------------------------------------------
    def choose_file(self, path: Path) -> None:
        """Read the file and fill in the mapping it fits, or the columns named alike."""
        ui = self.ui
        ui.fileEdit.setText(str(path))
        try:
            table = read_notice_file(path)
        except UnreadableFile as exc:
            self._set_table(None)
            self._say(f"{exc} Nothing was imported.", problem=True)
            return
        self._set_table(table)
        self.type_labels = dict(event_types(self.vault))
        known = recognise(self.vault, table.headers)
        if known is not None:
            mapping, source = known.columns, known.source
            how = (
                "The file has the standard columns."
                if source == CANONICAL_SOURCE
                else f"The columns fit the saved mapping of '{source}'."
            )
        else:
            mapping, source = guess_mapping(table.headers), ""
            how = "Choose which column holds what, the required ones at least, and name the "
            how += "source system."
        for column, combo in self.combos.items():
            # A saved mapping fits whatever the letter case of the file's column names.
            found = combo.findText(mapping.get(column, NOT_IN_FILE), Qt.MatchFlag.MatchFixedString)
            combo.blockSignals(True)  # one preview once all are set, not one per column
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
        # Files in the canonical columns are always one source, however they come in
        # (window, watch folder or command line), so the same file never imports twice.
        canonical = self._canonical()
        ui.sourceEdit.setText(STANDARD_SOURCE if canonical else source)
        ui.sourceEdit.setReadOnly(canonical)
        ui.sourceEdit.setToolTip(
            "Files in the standard columns need no source name: they are all one source, "
            "so the same file never imports twice."
            if canonical
            else self.source_tip
        )
        ui.fileInfoLabel.setText(
            f"{len(table.rows)} rows ({table.encoding}, separated by '{table.separator}'). {how}"
        )
        self._show_preview()

    def _canonical(self) -> bool:
        return self.table is not None and canonical_mapping(self.table.headers) is not None

    def mapping(self) -> dict[str, str]:
        return {
            column: combo.currentText()
            for column, combo in self.combos.items()
            if combo.currentIndex() > 0
        }

    def _set_table(self, table: NoticeTable | None) -> None:
        self.table, self.outcome = table, None
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_IN_FILE)
            combo.addItems(list(table.headers) if table else [])
            combo.blockSignals(False)
        self.ui.mappingGroup.setEnabled(table is not None)
        self.ui.importButton.setEnabled(table is not None)
        self.ui.fileInfoLabel.setText("")
        self._forget_old()
        self.rejects.set_rows([])
        self.ui.rejectsView.hide()
        self.ui.saveRejectsButton.hide()
        self._say("")
        self._show_preview()

    def _mapping_changed(self) -> None:
        self._forget_old()
        self._show_preview()

    def _show_preview(self) -> None:
        """The first rows checked as the import checks them: what would be stored, in
        words, or why a row would not be imported, over its cells as the file has them."""
        if self.table is None:
            self.preview.set_rows([])
            return
        rows = self.table.rows[:PREVIEW_ROWS]
        try:
            positions = column_positions(self.mapping(), self.table.headers)
        except MappingProblem as problem:
            self.preview.set_rows([self._as_in_file(row, str(problem)) for row in rows])
            return
        checker = NoticeChecker(positions, code_spellings(self.type_labels.items()), now())
        listed = []
        for row in rows:
            notice = checker.check(row)
            if notice is None:
                listed.append(self._as_in_file(row, checker.rejected[-1].reason))
            else:
                listed.append(ListedRow(row.line, (WILL_IMPORT, *self._as_read(notice))))
        self.preview.set_rows(listed)

    def _as_in_file(self, row: FileRow, reason: str) -> ListedRow:
        assert self.table is not None
        index = {h: i for i, h in enumerate(self.table.headers)}
        positions = [index.get(self.combos[c].currentText()) for c in CANONICAL_COLUMNS]
        cells = tuple(
            row.cells[p] if p is not None and p < len(row.cells) else "" for p in positions
        )
        return ListedRow(row.line, (WONT_IMPORT + plain_reason(reason), *cells), alert=True)

    def _as_read(self, notice: Notice) -> tuple[str, ...]:
        """A valid row's values as the vault will hold them, in words."""
        return (
            notice.event_ref,
            day(notice.event_date),
            self.type_labels.get(notice.event_type, notice.event_type),
            notice.event_department or "",
            notice.clinician_name,
            Role(notice.clinician_role).label,
            notice.clinician_department or "",
            notice.clinician_email or "",
            notice.clinician_phone or "",
            ReferralSource(notice.referral_source).label,
            moment(notice.referred_at) if notice.referred_at is not None else AT_IMPORT,
            {None: "", True: "Yes", False: "No"}[notice.urgent],
            *(day(on) if on else "" for on in self._milestone_dates(notice)),
        )

    @staticmethod
    def _milestone_dates(notice: Notice) -> list[dt.date | None]:
        """The row's milestone dates in the order of their columns, None where empty."""
        given = dict(notice.milestones)
        return [given.get(kind) for kind in MILESTONE_COLUMNS.values()]

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Event notices to import", "", "CSV files (*.csv *.txt);;All files (*)"
        )
        if chosen:
            self.choose_file(Path(chosen))

    # -- importing ---------------------------------------------------------------
    def start_import(self) -> None:
        if self.table is None or self.importing.busy:
            return
        mapping = self.mapping()
        canonical = self._canonical()
        source = CANONICAL_SOURCE if canonical else self.ui.sourceEdit.text().strip()
        if not source:
            self._say("Name the source system, so its mapping is kept.", problem=True)
            self.ui.sourceEdit.setFocus()
            return
        table, vault = self.table, self.vault
        ask = self.old_count is None
        leave_out = OLD_REFERRAL_DAYS if self.ui.leaveOutRadio.isChecked() and not ask else None

        def work() -> ImportResult | _OldReferrals:
            if ask:  # first say how many would open overdue, if any
                old = old_referrals(vault, table, mapping, source, OLD_REFERRAL_DAYS)
                if old:
                    return _OldReferrals(old)
            return import_table(
                vault,
                table,
                mapping,
                source,
                save_mapping=not canonical,
                leave_out_older_than=leave_out,
            )

        self.ui.importButton.setEnabled(False)
        self._say("Importing…")
        self.importing.start(
            work,
            "The file could not be imported (an unexpected error); nothing was stored.",
            self._imported,
            self._failed,
        )

    def _forget_old(self) -> None:
        """Another file, mapping or source: old referrals are counted again at Import."""
        self.old_count = None
        self.ui.oldGroup.hide()
        self.ui.importOldRadio.setChecked(True)

    def _ask_about_old(self, count: int) -> None:
        ui = self.ui
        self.old_count = count
        ui.oldLabel.setText(old_referrals_sentence(count))
        ui.oldGroup.show()
        ui.importButton.setEnabled(True)
        self._say("Choose whether to import them, then press Import again.")
        ui.importOldRadio.setFocus()

    def _imported(self, result: ImportResult | _OldReferrals) -> None:
        if isinstance(result, _OldReferrals):
            self._ask_about_old(result.count)
            return
        self.outcome = result
        self._forget_old()  # they are cases now, or listed below
        self.ui.importButton.setEnabled(True)  # again is harmless: it adds nothing
        self._say(result.summary(), problem=bool(result.refused))  # left out by choice: no problem
        self.rejects.set_rows(
            [
                ListedRow(r.line, (str(r.line), plain_reason(r.reason)), alert=True)
                for r in result.rejected
            ]
        )
        self.ui.rejectsView.setVisible(bool(result.rejected))
        self.ui.saveRejectsButton.setVisible(bool(result.rejected))
        self.imported.emit(result)

    def _failed(self, sentence: str) -> None:
        self.ui.importButton.setEnabled(True)
        self._say(plain_reason(sentence), problem=True)

    def _save_rejects(self) -> None:
        if self.outcome is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the rejected rows, to correct", "rejected-rows.csv", "CSV files (*.csv)"
        )
        if not chosen:
            return
        try:
            # The save dialog asked before replacing a file; the source is never replaced.
            written = save_rejects(
                self.vault,
                Path(chosen),
                self.outcome,
                source=Path(self.ui.fileEdit.text()),
                replace=True,
            )
        except Sayable as exc:
            self._say(str(exc), problem=True)
            return
        self._say(f"{self.outcome.summary()} The rejected rows are in {written}.", problem=True)

    def _say(self, sentence: str, *, problem: bool = False) -> None:
        say(self.ui.resultLabel, sentence, problem=problem)

    def reject(self) -> None:
        self.importing.wait()  # the import is one transaction: let it end
        super().reject()
