"""The audit log, read-only: who did what, when, to which record; never content.

Filtered by period, kind of work and record; newest first, a page at a time
("Load more" reads the next older page). The reads run off the GUI thread: the
newest page takes milliseconds, but a filter on a rare kind of work or one
record reads the whole log (a few hundred milliseconds at 750,000 entries).
Every first page read is itself audited ("Viewed the audit log"), so the page
reads only when it is shown or its filters change, never behind the scenes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.audit_table_model import AuditTableModel, Column
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.empty_state import EmptyState
from peersupport_desktop.gui.field_errors import say
from peersupport_desktop.gui.forms.ui_audit_page import Ui_AuditPage
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.services import audit
from peersupport_desktop.services.audit import AuditCursor, AuditFilter, AuditSlice
from peersupport_desktop.services.audit_actions import ActionGroup
from peersupport_desktop.store.vault import Vault

# Dates typed digit by digit, arrows held down: one read (and one audit entry) when
# the coordinator pauses, not one per step.
FILTER_DELAY_MS = 400
PERIOD_DAYS = 30  # the period offered when "Between" is ticked
UNEXPECTED = "The audit log could not be read (an unexpected error)."
SIZED_ROWS = 200  # rows measured for the column widths
COLUMN_GAP = 12  # pixels beside a column's widest text, so columns do not run together
NO_MATCH = (
    "No entry matches these filters. Widen the period, choose All kinds of action, "
    "or clear the record, to see more."
)
NO_ENTRIES = "No entries yet. What is done in the vault is listed here as it happens."


def count_line(shown: int, total: int | None) -> str:
    """The line under the table: "Showing 1,000 most recent of 12,345 entries" and the
    plainer cases."""
    if total is None:
        return f"Showing {shown:,} most recent entries (counting all…)"
    if total == 0:
        return "No entries."
    if shown >= total:
        return "Showing the only entry." if total == 1 else f"Showing all {total:,} entries."
    return f"Showing {shown:,} most recent of {total:,} entries."


class AuditPage(QWidget):
    def __init__(self, vault: Callable[[], Vault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        shown_dates.follow_locale(self)
        self._vault = vault
        ui = self.ui
        ui.groupCombo.addItem("All kinds of action", None)
        for group in ActionGroup:
            ui.groupCombo.addItem(group.label, group)
        today = dt.date.today()
        ui.sinceEdit.setDate(to_qdate(today - dt.timedelta(days=PERIOD_DAYS)))
        ui.untilEdit.setDate(to_qdate(today))
        ui.sinceEdit.setEnabled(False)
        ui.untilEdit.setEnabled(False)
        self.model = AuditTableModel()
        self.table = ui.table
        self.table.setModel(self.model)
        rows = self.table.verticalHeader()
        rows.hide()
        # One line a row, fixed: compact, and no row measured at thousands of rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Column widths from the first rows only: measuring a thousand cost 150 ms a page.
        header.setResizeContentsPrecision(SIZED_ROWS)
        self.empty = EmptyState(self.table)  # said once a read comes back with nothing
        ui.messageLabel.hide()
        ui.moreButton.setEnabled(False)
        # A page of entries, and the count of all that match, read side by side. New
        # filters or a lock end both and drop what they were about to say: it would
        # speak of rows no longer wanted.
        self.reading = JobSlot(self)
        self.counting = JobSlot(self)
        self.reading.dropped.connect(self._dropped)
        self.counting.dropped.connect(self._dropped)
        self._wanted = AuditFilter()  # the filter of the rows shown
        self._more: AuditCursor | None = None
        self._total: int | None = None
        self._reading_more = False
        # The filters read again after a pause; the record on Enter or Find.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(FILTER_DELAY_MS)
        self._soon.timeout.connect(self.load)
        ui.periodCheck.toggled.connect(self._period_toggled)
        ui.sinceEdit.dateChanged.connect(self._filters_changed)
        ui.untilEdit.dateChanged.connect(self._filters_changed)
        ui.groupCombo.currentIndexChanged.connect(self._filters_changed)
        ui.recordEdit.returnPressed.connect(self.load)
        ui.recordEdit.textChanged.connect(self._record_changed)
        ui.findButton.clicked.connect(self.load)
        ui.moreButton.clicked.connect(self.load_more)

    # -- what the main window calls -------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read when shown (again after an unlock): the log grows with every action."""
        super().showEvent(event)
        if self._vault().is_open:
            self.load()

    def load(self) -> None:
        """The newest page for the filters as they are now; the rows shown stay until
        it comes, so the table does not flash empty."""
        self._soon.stop()
        self.wait()
        self._wanted = self.current_filter()
        self._more, self._total, self._reading_more = None, None, False
        self.ui.messageLabel.hide()
        self.ui.countLabel.setText("Reading the audit log…")
        self._enable_more()
        vault, wanted = self._vault(), self._wanted
        self.reading.start(
            lambda: audit.read_log(vault, wanted), UNEXPECTED, self._first_page, self._first_failed
        )

    def load_more(self) -> None:
        """The next older page, below the rows shown."""
        if self._more is None or self._reading_more or self.reading.busy:
            return
        self._reading_more = True
        self._enable_more()
        vault, wanted, after = self._vault(), self._wanted, self._more
        self.reading.start(
            lambda: audit.read_log(vault, wanted, after=after),
            UNEXPECTED,
            self._next_page,
            self._more_failed,
        )

    def clear(self) -> None:
        """On lock: every row forgotten, and every read ended before the key goes."""
        self._soon.stop()
        self.wait()
        self.empty.say("")
        self.model.set_entries([])
        self._more, self._total, self._reading_more = None, None, False
        self.ui.messageLabel.hide()
        self.ui.countLabel.clear()
        self._enable_more()

    def wait(self) -> None:
        """Let running reads end (their transactions hold the vault open); what they
        were about to say is dropped."""
        self.reading.wait()
        self.counting.wait()

    @property
    def busy(self) -> bool:
        return self.reading.busy or self.counting.busy

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        period = ui.periodCheck.isChecked()
        group = ui.groupCombo.currentData()
        return AuditFilter(
            since=from_qdate(ui.sinceEdit.date()) if period else None,
            until=from_qdate(ui.untilEdit.date()) if period else None,
            group=group if isinstance(group, ActionGroup) else None,
            record=ui.recordEdit.text().strip(),
        )

    # -- results ------------------------------------------------------------------
    def _first_page(self, result: object) -> None:
        assert isinstance(result, AuditSlice)
        filtered = self._wanted != AuditFilter()
        self.empty.say(NO_MATCH if filtered else NO_ENTRIES)
        self.model.set_entries(result.entries)
        self._more, self._total = result.more, result.total
        if result.entries:
            for column in (Column.AT, Column.ACTOR, Column.ACTION, Column.RECORD):
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_GAP)
        if self._total is None:  # a pass over the log: counted apart, rows shown first
            vault, wanted = self._vault(), self._wanted
            self.counting.start(
                lambda: audit.count_log(vault, wanted), UNEXPECTED, self._counted, self._say
            )
        self._show_count()

    def _next_page(self, result: object) -> None:
        assert isinstance(result, AuditSlice)
        self.model.append_entries(result.entries)
        self._more, self._reading_more = result.more, False
        self._show_count()

    def _counted(self, result: object) -> None:
        assert isinstance(result, int)
        self._total = result
        self._show_count()

    def _first_failed(self, sentence: str) -> None:
        self.empty.say("")  # the problem is said below the table
        self.model.set_entries([])  # rows of other filters would pass for these
        self.ui.countLabel.clear()
        self._say(sentence)

    def _more_failed(self, sentence: str) -> None:
        self._reading_more = False
        self._enable_more()
        self._say(sentence)

    def _dropped(self) -> None:
        """A read ended unfinished (new filters, a lock, a change of key): stop waiting."""
        self._reading_more = False
        self._show_count()

    def _say(self, sentence: str) -> None:
        say(self.ui.messageLabel, sentence, problem=True)

    def _show_count(self) -> None:
        self.ui.countLabel.setText(count_line(self.model.rowCount(), self._total))
        self._enable_more()

    def _enable_more(self) -> None:
        self.ui.moreButton.setEnabled(self._more is not None and not self._reading_more)

    def _filters_changed(self, *_args: object) -> None:
        if self._vault().is_open:
            self._soon.start()

    def _period_toggled(self, on: bool) -> None:
        self.ui.sinceEdit.setEnabled(on)
        self.ui.untilEdit.setEnabled(on)
        self._filters_changed()

    def _record_changed(self, text: str) -> None:
        if not text.strip() and self._wanted.record:
            self._filters_changed()  # cleared: every record again
