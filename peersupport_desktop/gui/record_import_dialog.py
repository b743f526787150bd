"""Import a file of records of one kind (a roster, feedback answers, …): map its
columns, see the first rows as they will be read, import the whole file or nothing.

A file in the kind's standard columns, or one whose columns fit a mapping saved for
this kind, needs nothing but the Import button. For any other, the coordinator picks
the file's column for each of the kind's and names the source; the mapping is saved
under that name with the import, so the next file from the same place is recognised.

The import is all or nothing: a single row the kind cannot take stores nothing, and
every such row is listed with its line and reason, so the file can be mended.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peersupport_desktop.core.notice_files import NoticeTable
from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.record_layout import Column, LayoutProblem
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, show_rows
from peersupport_desktop.services.record_import import (
    STANDARD,
    RecordImport,
    RecordKind,
    RowsRejected,
    import_table,
    mapping_names,
    read_file,
    recognise,
    saved_mapping,
)
from peersupport_desktop.store.vault import Vault

PREVIEW_ROWS = 5
MAPPING_PAIRS = 3  # a column's label and choice, this many a row
NOT_IN_FILE = "(not in the file)"
STANDARD_SOURCE = "The standard columns"  # shown for STANDARD, which stays the data
FILE_TYPES = "Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)"


def column_label(column: Column) -> str:
    """A column as the mapping names it, "(required)" in words, not only in bold."""
    return column.label + (" (required)" if column.required else "")


@dataclass(frozen=True, slots=True)
class _FileRead:
    """What reading the file found: its table, and the mapping it is recognised by."""

    table: NoticeTable
    known: tuple[str, dict[str, str]] | None  # (source, mapping), or None
    saved: list[str]  # the kind's saved mappings' names


class RecordImportDialog(QDialog):
    imported = Signal(object)  # the RecordImport, once stored

    def __init__(
        self,
        vault: Vault,
        kind: RecordKind,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kind = kind
        self.layout_of_kind = kind.layout
        self.table: NoticeTable | None = None
        self.outcome: RecordImport | None = None
        self.refused: RowsRejected | None = None
        # After Close (the vault may be locked by then) a result is not announced.
        self.reading = JobSlot(self)
        self.importing = JobSlot(self)
        title = self.layout_of_kind.title
        self.setWindowTitle(f"Import: {self.layout_of_kind.title_in_sentence}")
        self.setObjectName("RecordImportDialog")
        self.setMinimumSize(760, 540)
        self.resize(940, 620)
        self._build(title)
        self._set_table(None)
        if path is not None:
            self.choose_file(path)

    def _build(self, title: str) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.fileEdit = QLineEdit()
        self.fileEdit.setReadOnly(True)
        self.fileEdit.setAccessibleName("File")
        self.fileEdit.setToolTip(
            f"The file of the {self.layout_of_kind.title_in_sentence} to import (CSV or Excel)."
        )
        self.fileEdit.setPlaceholderText("A CSV file or an Excel workbook (.xlsx)")
        self.chooseButton = QPushButton("&Choose file…")
        self.chooseButton.setAccessibleName("Choose file")
        self.chooseButton.setToolTip("Pick the CSV file or Excel workbook to import.")
        self.chooseButton.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.fileEdit, 1)
        file_row.addWidget(self.chooseButton)
        file_label = QLabel("&File:")
        file_label.setBuddy(self.fileEdit)
        form.addRow(file_label, file_row)
        self.sourceCombo = QComboBox()
        self.sourceCombo.setEditable(True)
        self.sourceCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sourceCombo.setAccessibleName("Source name")
        self.source_tip = (
            "Where the file comes from (the HR system, the training office): the column "
            "mapping is kept under this name. Pick a saved one to use its mapping."
        )
        self.sourceCombo.setToolTip(self.source_tip)
        line = self.sourceCombo.lineEdit()
        assert line is not None  # an editable combo has one
        line.setPlaceholderText("e.g. HR spreadsheet: its column mapping is kept under this name")
        line.setAccessibleName("Source name")
        self.sourceCombo.textActivated.connect(self._source_chosen)
        source_label = QLabel("&Source name:")
        source_label.setBuddy(self.sourceCombo)
        form.addRow(source_label, self.sourceCombo)
        outer.addLayout(form)

        self.fileInfoLabel = QLabel()
        self.fileInfoLabel.setWordWrap(True)
        outer.addWidget(self.fileInfoLabel)

        self.mappingGroup = QGroupBox("Which column of the file holds what")
        grid = QGridLayout(self.mappingGroup)
        self.combos: dict[str, QComboBox] = {}
        for number, column in enumerate(self.layout_of_kind.columns):
            combo = QComboBox()
            # A file's long column names widen the list, never the dialog.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setAccessibleName(column_label(column))
            combo.setToolTip(f"The file's column that holds the {column.label.lower()}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(column_label(column))
            label.setBuddy(combo)
            if column.required:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            row, pair = divmod(number, MAPPING_PAIRS)
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            grid.setColumnStretch(pair * 2 + 1, 1)
            self.combos[column.key] = combo
        outer.addWidget(self.mappingGroup)
        self.mappingLabel = QLabel()
        self.mappingLabel.setWordWrap(True)
        outer.addWidget(self.mappingLabel)

        preview_title = QLabel("The first rows, as the import will read them")
        outer.addWidget(preview_title)
        self.preview = RowListModel(
            ("Line", *(column.label for column in self.layout_of_kind.columns))
        )
        self.previewView = show_rows(QTableView(), self.preview)
        self.previewView.setAccessibleName("Preview of the first rows")
        self.previewView.setToolTip("The first rows of the file, as they will be read.")
        preview_title.setBuddy(self.previewView)
        outer.addWidget(self.previewView, 2)

        self.resultLabel = QLabel()
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.resultLabel)
        self.rejects = RowListModel(("Line", "Why it cannot be imported"))
        self.rejectsView = show_rows(QTableView(), self.rejects)
        self.rejectsView.setAccessibleName("Rows that cannot be imported")
        self.rejectsView.setToolTip("Every row that cannot be imported, with the reason for each.")
        outer.addWidget(self.rejectsView, 2)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.importButton = QPushButton("&Import")
        self.importButton.setAccessibleName("Import")
        self.importButton.setToolTip(
            "Import the whole file; if any row cannot be, nothing is stored."
        )
        self.importButton.setDefault(True)
        self.importButton.clicked.connect(self.start_import)
        self.closeButton = QPushButton("Close")
        self.closeButton.setAccessibleName("Close")
        self.closeButton.setToolTip("Close the import.")
        self.closeButton.clicked.connect(self.reject)
        buttons.addWidget(self.importButton)
        buttons.addWidget(self.closeButton)
        outer.addLayout(buttons)

    # -- the file ----------------------------------------------------------------
    def choose_file(self, path: Path) -> None:
        """Read the file in the background; its columns then fill the mapping."""
        if self.reading.busy or self.importing.busy:
            return
        self.fileEdit.setText(str(path))
        self._set_table(None)
        self._say("Reading the file…")
        vault, layout = self.vault, self.layout_of_kind

        def work() -> _FileRead:
            table = read_file(path)
            return _FileRead(
                table, recognise(vault, layout, table.headers), mapping_names(vault, layout)
            )

        self.chooseButton.setEnabled(False)
        self.reading.start(
            work,
            "The file could not be read (an unexpected error); nothing was imported.",
            self._read,
            self._unreadable,
        )

    def _unreadable(self, sentence: str) -> None:
        self.chooseButton.setEnabled(True)
        self._set_table(None)
        self._say(f"{sentence} Nothing was imported.", problem=True)

    def _read(self, read: _FileRead) -> None:
        self.chooseButton.setEnabled(True)
        table = read.table
        self._set_table(table)
        self.sourceCombo.blockSignals(True)
        self.sourceCombo.clear()
        self.sourceCombo.addItems(read.saved)
        self.sourceCombo.blockSignals(False)
        layout = self.layout_of_kind
        if read.known is not None:
            source, mapping = read.known
            how = (
                "The file has the standard columns."
                if source == STANDARD
                else f"The columns fit the saved mapping '{source}'."
            )
        else:
            # The file's own name is offered as the source's: the mapping is kept under it.
            source, mapping = Path(self.fileEdit.text()).stem, layout.guess(table.headers)
            how = (
                "Choose the file's column for each of these, the required ones at least; "
                "the mapping is kept under the source's name, for the next file like it."
            )
        self._set_mapping(mapping)
        canonical = source == STANDARD
        self.sourceCombo.setEditText(STANDARD_SOURCE if canonical else source)
        self.sourceCombo.setEnabled(not canonical)
        self.sourceCombo.setToolTip(
            "A file in the standard columns needs no source name or mapping."
            if canonical
            else self.source_tip
        )
        shape = (
            "an Excel sheet"
            if table.encoding == "xlsx"
            else f"{table.encoding}, separated by '{table.separator}'"
        )
        self.fileInfoLabel.setText(f"{counted(len(table.rows), 'row')} ({shape}). {how}")
        self._say("")
        self.resultLabel.hide()
        self._show_preview()

    def _set_mapping(self, mapping: dict[str, str]) -> None:
        for key, combo in self.combos.items():
            # A saved mapping fits whatever the letter case of the file's column names.
            found = combo.findText(mapping.get(key, NOT_IN_FILE), Qt.MatchFlag.MatchFixedString)
            combo.blockSignals(True)  # one preview once all are set, not one per column
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def _source_chosen(self, name: str) -> None:
        """A saved source picked by name: its mapping, if it fits this file's columns."""
        if self.table is None or not name.strip():
            return
        try:
            columns = saved_mapping(self.vault, self.layout_of_kind, name)
            self.layout_of_kind.check_mapping(columns, self.table.headers)
        except LayoutProblem:
            self.mappingLabel.setText(
                "That saved mapping does not fit this file's columns; choose them below."
            )
            return
        self._set_mapping(columns)
        self._show_preview()

    def mapping(self) -> dict[str, str]:
        return {
            key: combo.currentText()
            for key, combo in self.combos.items()
            if combo.currentIndex() > 0
        }

    def _set_table(self, table: NoticeTable | None) -> None:
        self.table, self.outcome, self.refused = table, None, None
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_IN_FILE)
            combo.addItems([header for header in table.headers if header] if table else [])
            combo.blockSignals(False)
        self.mappingGroup.setEnabled(table is not None)
        self.sourceCombo.setEnabled(table is not None)
        self.importButton.setEnabled(table is not None)
        self.fileInfoLabel.setText("")
        self.mappingLabel.setText("")
        self.rejects.set_rows([])
        self.rejectsView.hide()
        self._show_preview()

    def _mapping_changed(self) -> None:
        self._show_preview()

    def _show_preview(self) -> None:
        """The first rows under the kind's columns, as the import will take them."""
        if self.table is None:
            self.preview.set_rows([])
            return
        layout, mapping = self.layout_of_kind, self.mapping()
        try:
            layout.check_mapping(mapping, self.table.headers)
            self.mappingLabel.setText("")
        except LayoutProblem as problem:
            say(self.mappingLabel, str(problem), problem=True)
        rows = layout.rows(mapping, self.table.headers, self.table.rows[:PREVIEW_ROWS])
        self.preview.set_rows(
            [
                ListedRow(row.line, (str(row.line), *(row.get(key) for key in layout.keys)))
                for row in rows
            ]
        )

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, f"{self.layout_of_kind.title} to import", "", FILE_TYPES
        )
        if chosen:
            self.choose_file(Path(chosen))

    # -- importing ---------------------------------------------------------------
    def source(self) -> str:
        """The source the mapping is saved under. A file in the standard columns is
        always the standard source (its mapping never saved), whatever is left out."""
        if self.table is not None and self.layout_of_kind.canonical(self.table.headers) is not None:
            return STANDARD
        return self.sourceCombo.currentText().strip()

    def start_import(self) -> None:
        if self.table is None or self.importing.busy or self.reading.busy:
            return
        mapping = self.mapping()
        try:
            self.layout_of_kind.check_mapping(mapping, self.table.headers)
        except LayoutProblem as problem:
            self._say(str(problem), problem=True)
            return
        source = self.source()
        if not source:
            self._say("Name the source, so its column mapping is kept.", problem=True)
            self.sourceCombo.setFocus()
            return
        table, vault, kind = self.table, self.vault, self.kind

        def work() -> RecordImport | RowsRejected:
            try:
                return import_table(vault, kind, table, mapping=mapping, source=source)
            except RowsRejected as rejected:  # said in the dialog, line by line
                return rejected

        self.importButton.setEnabled(False)
        self.rejects.set_rows([])
        self.rejectsView.hide()
        self._say("Importing…")
        self.importing.start(
            work,
            "The file could not be imported (an unexpected error); nothing was stored.",
            self._imported,
            self._failed,
        )

    def _imported(self, result: RecordImport | RowsRejected) -> None:
        self.importButton.setEnabled(True)  # again is harmless: it adds nothing new
        if isinstance(result, RowsRejected):
            self.refused, self.outcome = result, None
            rows = counted(len(result.problems), "row")
            self._say(
                f"Nothing was imported: {rows} cannot be, each listed below with its reason; "
                "mend them and import the file again.",
                problem=True,
            )
            self.rejects.set_rows(
                [
                    ListedRow(problem.line, (str(problem.line), problem.reason), alert=True)
                    for problem in result.problems
                ]
            )
            self.rejectsView.show()
            return
        self.outcome, self.refused = result, None
        self._say(result.summary())
        self.imported.emit(result)

    def _failed(self, sentence: str) -> None:
        self.importButton.setEnabled(True)
        self._say(sentence, problem=True)

    def _say(self, sentence: str, *, problem: bool = False) -> None:
        say(self.resultLabel, sentence, problem=problem)

    def reject(self) -> None:
        self.reading.wait()
        self.importing.wait()  # the import is one transaction: let it end
        super().reject()
