"""The main window: navigation, pages, menus and the status bar. Work happens in the pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from peersupport_desktop.gui.actions import build_actions
from peersupport_desktop.gui.case_loader import CaseLoader
from peersupport_desktop.gui.case_table_model import CaseTableModel
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.export_dialog import ExportDialog
from peersupport_desktop.gui.import_dialog import ImportDialog
from peersupport_desktop.gui.look import icon
from peersupport_desktop.gui.new_case_dialog import NewCaseDialog
from peersupport_desktop.gui.notice_watcher import NoticeWatcher
from peersupport_desktop.gui.outreach_tray import OutreachTray
from peersupport_desktop.gui.pages.calendar_page import CalendarPage
from peersupport_desktop.gui.pages.cases_page import CasesPage
from peersupport_desktop.gui.pages.placeholder_page import PlaceholderPage
from peersupport_desktop.gui.pages.reports_page import ReportsPage
from peersupport_desktop.gui.pages.settings_page import SettingsPage
from peersupport_desktop.gui.pages.supporters_page import SupportersPage
from peersupport_desktop.gui.pages.today_page import TodayPage
from peersupport_desktop.gui.unlock_dialog import UnlockDialog
from peersupport_desktop.services import events, settings, supporters
from peersupport_desktop.services.anniversaries import anniversaries_ahead
from peersupport_desktop.services.availability import available_at
from peersupport_desktop.services.case_list import CaseRow, case_row, newest_case_rows
from peersupport_desktop.services.watch_folder import DroppedFile, folder_problem
from peersupport_desktop.store.vault import Vault

LATER = {"Resources": "the directory of professional resources."}
CLOCK_TICK_MS = 60_000  # Today's outreach clock moves on by the minute
WATCH_NEWS = 5  # the watch folder's latest files said on Today


class MainWindow(QMainWindow):
    loaded = Signal()  # every case is in the list
    first_screenful = 1000  # above this, the rest of the cases load in the background

    def __init__(self, vault: Vault, *, hint: str = "") -> None:
        super().__init__()
        self.loader: CaseLoader | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.watch_news: list[str] = []  # newest first, forgotten on lock
        self._reopen_after_unlock: list[int] = []
        self._changed_while_loading: set[int] = set()
        self.vault = vault
        self.hint = hint  # shown in the unlock dialog (the demo's passphrase)
        self.setWindowTitle("Peer Support Desktop")
        self.setWindowIcon(icon("app"))
        self.model = CaseTableModel()
        self.today = TodayPage()
        self.cases = CasesPage(self.model)
        self.case_views: dict[int, CaseView] = {}
        self.reports = ReportsPage(lambda: self.vault)
        self.roster = SupportersPage(lambda: self.vault)
        self.calendar = CalendarPage(lambda: self.vault)
        self.settings_page = SettingsPage(lambda: self.vault)
        self.pages: list[tuple[str, str, QWidget]] = [
            ("Today", "today", self.today),
            ("Cases", "cases", self.cases),
            ("Supporters", "supporters", self.roster),
            ("Calendar", "calendar", self.calendar),
            ("Reports", "reports", self.reports),
        ]
        for title, promise in LATER.items():
            self.pages.append((title, title.lower(), PlaceholderPage(title, promise)))
        self.pages.append(("Settings", "settings", self.settings_page))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for title, icon_name, page in self.pages:
            QListWidgetItem(icon(icon_name), title, self.navigation)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        for number, (title, _icon, _page) in enumerate(self.pages, start=1):
            # Ctrl+1 … Ctrl+7: every page without the mouse.
            go = QAction(f"Go to {title}", self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(
                lambda _c=False, row=number - 1: self.navigation.setCurrentRow(row)
            )
            self.addAction(go)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + 48)
        self.splitter.setSizes([180, 900])
        self.setCentralWidget(self.splitter)

        self.app_actions = build_actions(
            self,
            {
                "new_case": self.new_case,
                "find": self.find_case,
                "lock": self.lock,
                "print": self.print_report,
                "export": self.export_anonymized,
                "import": self.import_notices,
                "quit": self.close,
                "privacy": self.toggle_privacy,
            },
        )
        self._menus()
        self.vault_label = QLabel()
        self.awaiting_label = QLabel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addPermanentWidget(self.awaiting_label)
        self.today.open_case.connect(self.open_case)
        self.cases.open_case.connect(self.open_case)
        self.roster.changed.connect(self.roster_changed)
        self.calendar.changed.connect(self.refresh_today)
        self.reports.export_requested.connect(self.export_anonymized)
        self.settings_page.changed.connect(self.settings_changed)
        self.watcher = NoticeWatcher(self)
        self.watcher.imported.connect(self._notices_arrived)
        self.watcher.failed.connect(lambda sentence: self.statusBar().showMessage(sentence))
        self.tray = OutreachTray(self)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_TICK_MS)
        self.clock.timeout.connect(self.refresh_today)
        self._restore_layout()
        self.navigation.setCurrentRow(0)
        self.reload()
        self._watch()  # after the first rows are shown: an import may take a moment

    # -- what the coordinator does -----------------------------------------
    def reload(self) -> None:
        """Everything from the vault again (after unlocking, say).

        A small vault loads at once; a large one shows its newest cases at once and
        loads the rest in a worker thread (the figures on Today wait for all of them).
        """
        self._fill_supporter_choices()
        self.settings_page.load()
        self.clock.start()
        first = newest_case_rows(self.vault, self.first_screenful + 1)
        if len(first) <= self.first_screenful:
            self._show_rows(first)
            return
        self.model.set_rows(first)
        self.cases.apply_filter()
        self.awaiting_label.setText("Loading all cases…")
        self.loader = CaseLoader(self.vault, self)
        self.loader.loaded.connect(self._show_rows)
        self.loader.failed.connect(lambda sentence: QMessageBox.warning(self, "Cases", sentence))
        self.loader.start()

    def _show_rows(self, rows: list[CaseRow]) -> None:
        self.model.set_rows(rows)
        for case_id in self._changed_while_loading:  # the load may predate these edits
            fresh = case_row(self.vault, case_id)
            if fresh is not None:
                self.model.replace_row(fresh)
        self._changed_while_loading.clear()
        self.loader = None
        self.cases.apply_filter()
        self.refresh_today()
        self.loaded.emit()

    def refresh_today(self) -> None:
        now = dt.datetime.now()
        private = self.app_actions["privacy"].isChecked()
        self.today.show_rows(
            self.model.rows(), available_at(self.vault, now), now=now, private=private
        )
        program = settings.get_settings(self.vault)
        reminder = program.anniversary_reminder_days
        self.today.show_anniversaries(
            None if reminder is None else anniversaries_ahead(self.vault, now.date(), reminder),
            private=private,
        )
        problem = folder_problem(Path(program.watch_folder)) if program.watch_folder else None
        self.today.show_watch_folder(
            program.watch_folder, [problem, *self.watch_news] if problem else self.watch_news
        )
        waiting = self.today.queue.rowCount()
        overdue = sum(1 for row in self.today.queue.listed() if row.alert)
        self.tray.update(waiting, overdue)
        self.vault_label.setText(f"Vault: {self.vault.path}")
        self.awaiting_label.setText(f"{waiting} awaiting outreach")

    def settings_changed(self) -> None:
        self._watch()
        self.refresh_today()

    def _watch(self) -> None:
        folder = settings.get_settings(self.vault).watch_folder
        self.watcher.watch(self.vault, Path(folder) if folder else None)

    def _notices_arrived(self, outcomes: list[DroppedFile]) -> None:
        stamp = dt.datetime.now().strftime("%H:%M")
        self.watch_news = [f"{stamp} {o.summary()}" for o in reversed(outcomes)] + self.watch_news
        del self.watch_news[WATCH_NEWS:]
        if any(o.result is not None and o.result.cases for o in outcomes):
            self.reload()
        else:
            self.refresh_today()

    def import_notices(self) -> None:
        """Ctrl+I: the import dialog (one at a time)."""
        if self.import_dialog is None:
            dialog = ImportDialog(self.vault, self)
            dialog.imported.connect(lambda result: self.reload() if result.cases else None)
            dialog.finished.connect(self._import_closed)
            self.import_dialog = dialog
        self.import_dialog.show()
        self.import_dialog.raise_()
        self.import_dialog.activateWindow()

    def _import_closed(self) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
            self.import_dialog = None

    def _fill_supporter_choices(self) -> None:
        people = [(s.id, s.name) for s in supporters.list_supporters(self.vault)]
        self.cases.fill_choices(events.event_types(self.vault), people)
        self.calendar.fill_choices(people)

    def roster_changed(self) -> None:
        """A supporter was added, edited, paused or given new availability."""
        self._fill_supporter_choices()
        self.refresh_today()

    def case_changed(self, case_id: int) -> None:
        if self.loader is not None:
            self._changed_while_loading.add(case_id)
        row = case_row(self.vault, case_id)
        if row is not None:
            self.model.replace_row(row)
        self.refresh_today()

    def open_case(self, case_id: int) -> None:
        view = self.case_views.get(case_id)
        if view is None:
            view = CaseView(self.vault, case_id, self)
            view.changed.connect(self.case_changed)
            view.finished.connect(lambda _result, cid=case_id: self.case_views.pop(cid, None))
            self.case_views[case_id] = view
        view.show()
        view.raise_()
        view.activateWindow()

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.vault, self)
        dialog.created.connect(self._created)
        dialog.show()

    def _created(self, case_id: int) -> None:
        self.case_changed(case_id)
        self.open_case(case_id)

    def find_case(self) -> None:
        self.navigation.setCurrentRow(1)
        self.cases.focus_search()

    def toggle_privacy(self) -> None:
        self.model.set_private(self.app_actions["privacy"].isChecked())
        self.refresh_today()

    def print_report(self) -> None:
        """Ctrl+P: the Reports page, and its print dialog once a report is shown."""
        self.navigation.setCurrentRow(self.stack.indexOf(self.reports))
        if self.reports.pdf is None:
            self.reports.produce()
        else:
            self.reports.print_report()

    def export_anonymized(self) -> None:
        """Ctrl+E: the export dialog (one at a time), which previews before it saves."""
        if self.export_dialog is None:
            dialog = ExportDialog(self.vault, self)
            dialog.finished.connect(self._export_closed)
            self.export_dialog = dialog
        self.export_dialog.show()
        self.export_dialog.raise_()
        self.export_dialog.activateWindow()

    def _export_closed(self) -> None:
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
            self.export_dialog = None

    def _stop_loading(self) -> None:
        self.clock.stop()
        self.watcher.stop()  # an import under way ends first
        if self.import_dialog is not None:
            self.import_dialog.reject()  # waits for its import
        if self.export_dialog is not None:
            self.export_dialog.reject()  # waits for its worker, forgets its table
        self.reports.wait()
        if self.loader is not None:
            self.loader.wait()  # its transaction ends before the key is dropped
            self.loader = None

    def lock(self) -> None:
        """Hide everything, drop the key, and ask for the passphrase again.

        Unlocking returns to the same page with the same cases open.
        """
        if self.unlock_dialog is not None:
            return  # already locked
        # Out of sight first: stopping may wait for an import on a slow drive.
        self.splitter.hide()
        self._reopen_after_unlock = list(self.case_views)
        for view in list(self.case_views.values()):
            view.close()
        self._stop_loading()
        self.reports.clear()
        self.roster.clear()
        self.calendar.clear()
        self.settings_page.clear()
        self.watch_news.clear()
        self.tray.locked()
        self.vault.close()
        dialog = UnlockDialog(self.vault.path, self, hint=self.hint)
        dialog.finished.connect(self._unlocked)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlocked(self, result: int) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if result != QDialog.DialogCode.Accepted or dialog is None or dialog.vault is None:
            self.close()
            return
        self.vault = dialog.vault
        self.splitter.show()
        self.reload()
        self._watch()
        for case_id in self._reopen_after_unlock:
            self.open_case(case_id)

    # -- window state (layout only: nothing confidential) -------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        for key in ("new_case", "import", "print", "export", "lock"):
            file_menu.addAction(self.app_actions[key])
        file_menu.addSeparator()
        file_menu.addAction(self.app_actions["quit"])
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.app_actions["find"])
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.app_actions["privacy"])
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in ("new_case", "find", "lock", "print"):
            toolbar.addAction(self.app_actions[key])

    def _restore_layout(self) -> None:
        stored = QSettings()
        geometry = stored.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = stored.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.cases.restore_layout(stored)

    def closeEvent(self, event: QCloseEvent) -> None:
        stored = QSettings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/splitter", self.splitter.saveState())
        self.cases.save_layout(stored)
        for view in list(self.case_views.values()):
            view.close()
        self._stop_loading()
        if self.vault.is_open:
            self.vault.close()
        super().closeEvent(event)
