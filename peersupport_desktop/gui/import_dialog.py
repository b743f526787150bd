"""Import a file of event notices: map its columns (with a preview), import, see what came of it.

A file in the canonical columns, or one whose columns fit a saved mapping, needs
nothing but the Import button. For any other, the coordinator picks which
column holds what and names the source; the mapping is saved under that name
with the import, so the next file from the same system is recognised.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QWidget

from peersupport_desktop.core.event_notices import (
    CANONICAL_COLUMNS,
    CANONICAL_SOURCE,
    REQUIRED_COLUMNS,
    canonical_mapping,
    guess_mapping,
)
from peersupport_desktop.core.notice_files import NoticeTable, UnreadableFile
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, show_rows
from peersupport_desktop.services.event_import import (
    ImportResult,
    import_table,
    read_notice_file,
    save_rejects,
)
from peersupport_desktop.services.import_mappings import recognise
from peersupport_desktop.store.vault import Vault

PREVIEW_ROWS = 5
NOT_IN_FILE = "(not in the file)"


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, once stored

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.table: NoticeTable | None = None
        self.outcome: ImportResult | None = None
        # After Close (the vault may be locked by then) a result is not announced.
        self.importing = JobSlot(self)
        ui = self.ui
        self.combos: dict[str, QComboBox] = {}
        for number, column in enumerate(CANONICAL_COLUMNS):
            combo = QComboBox()
            combo.setAccessibleName(column)
            combo.currentIndexChanged.connect(self._show_preview)
            label = QLabel(column + (" *" if column in REQUIRED_COLUMNS else ""))
            label.setBuddy(combo)
            row, pair = divmod(number, 2)
            ui.mappingGrid.addWidget(label, row, pair * 2)
            ui.mappingGrid.addWidget(combo, row, pair * 2 + 1)
            self.combos[column] = combo
        self.preview = RowListModel(CANONICAL_COLUMNS)
        show_rows(ui.previewView, self.preview)
        self.rejects = RowListModel(("Line", "Reason"))
        show_rows(ui.rejectsView, self.rejects)
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
        known = recognise(self.vault, table.headers)
        if known is not None:
            mapping, source = known.columns, known.source
            how = (
                "The file has the canonical columns."
                if source == CANONICAL_SOURCE
                else f"The columns fit the saved mapping of '{source}'."
            )
        else:
            mapping, source = guess_mapping(table.headers), ""
            how = "Choose which column holds what (* is required), and name the source system."
        for column, combo in self.combos.items():
            # A saved mapping fits whatever the letter case of the file's column names.
            found = combo.findText(mapping.get(column, NOT_IN_FILE), Qt.MatchFlag.MatchFixedString)
            combo.setCurrentIndex(max(0, found))
        # Files in the canonical columns are always one source, however they come in
        # (window, watch folder or command line), so the same file never imports twice.
        ui.sourceEdit.setText(source)
        ui.sourceEdit.setReadOnly(self._canonical())
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
        self.rejects.set_rows([])
        self.ui.rejectsView.hide()
        self.ui.saveRejectsButton.hide()
        self._say("")
        self._show_preview()

    def _show_preview(self) -> None:
        if self.table is None:
            self.preview.set_rows([])
            return
        index = {h: i for i, h in enumerate(self.table.headers)}
        positions = [index.get(self.combos[c].currentText()) for c in CANONICAL_COLUMNS]
        self.preview.set_rows(
            [
                ListedRow(
                    row.line,
                    tuple(
                        row.cells[p] if p is not None and p < len(row.cells) else ""
                        for p in positions
                    ),
                )
                for row in self.table.rows[:PREVIEW_ROWS]
            ]
        )

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
        self.ui.importButton.setEnabled(False)
        self._say("Importing…")
        self.importing.start(
            lambda: import_table(vault, table, mapping, source, save_mapping=not canonical),
            "The file could not be imported (an unexpected error); nothing was stored.",
            self._imported,
            self._failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.ui.importButton.setEnabled(True)  # again is harmless: it adds nothing
        self._say(result.summary(), problem=bool(result.rejected))
        self.rejects.set_rows(
            [ListedRow(r.line, (str(r.line), r.reason), alert=True) for r in result.rejected]
        )
        self.ui.rejectsView.setVisible(bool(result.rejected))
        self.ui.saveRejectsButton.setVisible(bool(result.rejected))
        self.imported.emit(result)

    def _failed(self, sentence: str) -> None:
        self.ui.importButton.setEnabled(True)
        self._say(sentence, problem=True)

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
