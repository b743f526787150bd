"""The main window: navigation, pages, menus and the status bar. Work happens in the pages."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import clipboard_guard, shown_dates
from peersupport_desktop.gui.actions import build_actions
from peersupport_desktop.gui.background_job import JobSlot
from peersupport_desktop.gui.backups_dialog import BackupsDialog
from peersupport_desktop.gui.case_table_model import CaseTableModel
from peersupport_desktop.gui.case_view import CaseView
from peersupport_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from peersupport_desktop.gui.export_dialog import ExportDialog
from peersupport_desktop.gui.help_dialogs import ShortcutsDialog, about_box, shortcuts_of
from peersupport_desktop.gui.idle_lock import IdleLock
from peersupport_desktop.gui.import_dialog import ImportDialog
from peersupport_desktop.gui.look import icon
from peersupport_desktop.gui.milestone_check_ins_list import check_ins_for_today
from peersupport_desktop.gui.new_case_dialog import NewCaseDialog
from peersupport_desktop.gui.notice_watcher import NoticeWatcher
from peersupport_desktop.gui.one_at_a_time import OneAtATime
from peersupport_desktop.gui.outreach_tray import OutreachTray
from peersupport_desktop.gui.pages.audit_page import AuditPage
from peersupport_desktop.gui.pages.calendar_page import CalendarPage
from peersupport_desktop.gui.pages.cases_page import CasesPage
from peersupport_desktop.gui.pages.reports_page import ReportsPage
from peersupport_desktop.gui.pages.resources_page import ResourcesPage
from peersupport_desktop.gui.pages.settings_page import SettingsPage
from peersupport_desktop.gui.pages.supporters_page import SupportersPage
from peersupport_desktop.gui.pages.today_page import TodayPage
from peersupport_desktop.gui.restoring import Restored, restore_and_open
from peersupport_desktop.gui.retention_prompt import offer_deidentification
from peersupport_desktop.gui.session_events import SessionEvents
from peersupport_desktop.gui.unlock_dialog import UnlockDialog
from peersupport_desktop.gui.vault_keeping import VaultKeeping
from peersupport_desktop.gui.vault_session import SessionState, VaultSession
from peersupport_desktop.gui.window_hiding import bring_back, put_away_windows
from peersupport_desktop.services import events, getting_started, locking, settings, supporters
from peersupport_desktop.services.anniversaries import anniversaries_ahead
from peersupport_desktop.services.availability import available_at
from peersupport_desktop.services.case_list import (
    CaseRow,
    all_case_rows,
    case_row,
    newest_case_rows,
)
from peersupport_desktop.services.debriefs import supporter_check_ins
from peersupport_desktop.services.errors import NotFound
from peersupport_desktop.services.locking import LockReason
from peersupport_desktop.services.outreach_attempts import cases_out_of_tries
from peersupport_desktop.services.referral_steps import overdue_steps
from peersupport_desktop.services.watch_folder import DroppedFile, folder_problem
from peersupport_desktop.store.vault import Vault

CLOCK_TICK_MS = 60_000  # Today's outreach clock moves on by the minute
WATCH_NEWS = 5  # the watch folder's latest files said on Today
LOCK_REASONS = {
    "idle": "Locked after a while without input.",
    "sleep": "Locked while the computer slept.",
    "screen": "Locked with the screen.",
}


def first_size(screen: QSize) -> QSize:
    """The window's size the first time it opens: roomy, and never beyond the screen
    (a laptop at 150% has 1280 by 720 to give, less its task bar and title bar)."""
    return QSize(min(1200, screen.width() - 40), min(760, screen.height() - 80))


class MainWindow(QMainWindow):
    loaded = Signal()  # every case is in the list
    first_screenful = 1000  # above this, the rest of the cases load in the background

    def __init__(self, vault: Vault, *, hint: str = "") -> None:
        super().__init__()
        self.session = VaultSession(self)  # open, locked, re-keying or restoring
        self.loading = JobSlot(self)  # every case, after the first screenful
        self.unlock_dialog: UnlockDialog | None = None
        self.export_dialog = OneAtATime(lambda: ExportDialog(self.vault, self))
        self.import_dialog = OneAtATime(self._import_dialog)
        self.watch_news: list[str] = []  # newest first, forgotten on lock
        self._put_away: list[QWidget] = []  # windows hidden by the lock, shown on unlock
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
        self.resources_page = ResourcesPage(lambda: self.vault)
        self.settings_page = SettingsPage(lambda: self.vault)
        self.audit_page = AuditPage(lambda: self.vault)
        self.pages: list[tuple[str, str, QWidget]] = [
            ("Today", "today", self.today),
            ("Cases", "cases", self.cases),
            ("Supporters", "supporters", self.roster),
            ("Calendar", "calendar", self.calendar),
            ("Reports", "reports", self.reports),
            ("Resources", "resources", self.resources_page),
        ]
        self.pages.append(("Audit log", "audit", self.audit_page))
        self.pages.append(("Settings", "settings", self.settings_page))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Pages")
        self.navigation.setToolTip("Choose the page to show; Ctrl+1 to Ctrl+8 go to each.")
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for title, icon_name, page in self.pages:
            QListWidgetItem(icon(icon_name), title, self.navigation)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._go_to_page)
        for number, (title, _icon, _page) in enumerate(self.pages, start=1):
            # Ctrl+1 … Ctrl+8: every page without the mouse.
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
                "back_up": self.back_up,
                "backups": self.show_backups,
                "check": self.check_vault,
                "change_passphrase": self.change_passphrase,
                "shortcuts": self.show_shortcuts,
                "about": self.show_about,
                "getting_started": self.show_getting_started,
            },
        )
        self._menus()
        self.vault_label = QLabel()
        # A long path is cut at the window's edge instead of widening the window.
        self.vault_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.awaiting_label = QLabel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addPermanentWidget(self.awaiting_label)
        self.today.open_case.connect(self.open_case)
        self.today.encounters.case_changed.connect(self.case_changed)  # one confirmed
        self.today.getting_started.go_to.connect(self._getting_started_step)
        self.today.getting_started.new_case.connect(self.new_case)
        self.resources_page.changed.connect(self.refresh_today)  # the list's resource step
        self.cases.open_case.connect(self.open_case)
        self.roster.changed.connect(self.roster_changed)
        # A check-in with a supporter after an intense encounter: a one-to-one debrief.
        self.today.supporter_check_ins.debrief_with.connect(self.roster.open_debriefs)
        self.calendar.changed.connect(self.refresh_today)
        self.reports.export_requested.connect(self.export_anonymized)
        self.settings_page.changed.connect(self.settings_changed)
        self.watcher = NoticeWatcher(self)
        self.watcher.imported.connect(self._notices_arrived)
        self.watcher.failed.connect(lambda sentence: self.statusBar().showMessage(sentence))
        self.tray = OutreachTray(self)
        self.keeping = VaultKeeping(lambda: self.vault, self)
        self.keeping.said.connect(lambda sentence: self.statusBar().showMessage(sentence))
        self.keeping.damaged.connect(self.vault_damaged)
        self.backups_dialog = OneAtATime(
            lambda: BackupsDialog(self.vault, self.keeping, self.restore_backup, self)
        )
        self.restoring = JobSlot(self)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_TICK_MS)
        self.clock.timeout.connect(self.refresh_today)
        # What works on the vault on its own, besides the job slots (which the session
        # finds by themselves): stopped in this order before the key goes.
        self.session.on_stop(self.clock.stop)
        self.session.on_stop(self.watcher.stop)  # an import under way ends first
        self.session.on_stop(self.import_dialog.reject)  # waits for its import
        self.session.on_stop(self.export_dialog.reject)  # waits for its job, forgets its table
        # What shows the vault's content, cleared at a lock (not for a change of key).
        for shown in (self.reports, self.roster, self.calendar, self.settings_page):
            self.session.on_forget(shown.clear)
        self.session.on_forget(self.audit_page.clear)
        self.session.on_forget(self.resources_page.clear)
        self.session.on_forget(lambda: self.watch_news.clear())  # a list made anew at times
        self.session.on_forget(self.tray.locked)
        self.session.on_forget(self.awaiting_label.clear)
        self.session.on_forget(self.statusBar().clearMessage)
        self.idle = IdleLock(self)
        self.idle.idle.connect(lambda why: self.lock(LOCK_REASONS[why]))
        self.session_events = SessionEvents(self)
        self.session_events.locking.connect(lambda why: self.lock(LOCK_REASONS[why]))
        self._restore_layout()
        self.navigation.setCurrentRow(0)
        self.reload()
        self._watch()  # after the first rows are shown: an import may take a moment
        self._watch_idleness()
        QTimer.singleShot(0, self._after_opening)

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
        vault = self.vault
        self.loading.start(
            lambda: all_case_rows(vault),
            "The cases could not all be loaded (an unexpected error).",
            self._show_rows,
            self._rows_failed,
        )

    def _rows_failed(self, sentence: str) -> None:
        QMessageBox.warning(self, "Cases", sentence)

    def _show_rows(self, rows: list[CaseRow]) -> None:
        self.model.set_rows(rows)
        for case_id in self._changed_while_loading:  # the load may predate these edits
            fresh = case_row(self.vault, case_id)
            if fresh is not None:
                self.model.replace_row(fresh)
        self._changed_while_loading.clear()
        self.cases.apply_filter()
        self.refresh_today()
        self.loaded.emit()

    def refresh_today(self) -> None:
        now = dt.datetime.now()
        private = self.app_actions["privacy"].isChecked()
        self.today.show_rows(
            self.model.rows(), available_at(self.vault, now), now=now, private=private,
            out_of_tries=cases_out_of_tries(self.vault),
        )  # fmt: skip
        program = settings.get_settings(self.vault)
        reminder = program.anniversary_reminder_days
        self.today.show_anniversaries(
            None if reminder is None else anniversaries_ahead(self.vault, now.date(), reminder),
            private=private,
        )
        self.today.overdue_steps.show_steps(overdue_steps(self.vault, now.date()), now.date())
        self.today.supporter_check_ins.show_check_ins(supporter_check_ins(self.vault))
        self.today.milestone_check_ins.show_check_ins(
            check_ins_for_today(self.vault, now.date()), now.date(), private=private
        )
        self.today.encounters.show_encounters(self.vault)
        problem = folder_problem(Path(program.watch_folder)) if program.watch_folder else None
        self.today.show_watch_folder(
            program.watch_folder, [problem, *self.watch_news] if problem else self.watch_news
        )
        waiting = self.today.queue.rowCount()
        overdue = sum(1 for row in self.today.queue.listed() if row.alert)
        self.tray.update(waiting, overdue)
        hidden = self.today.getting_started.hidden_by_coordinator
        self.today.show_getting_started(None if hidden else getting_started.progress(self.vault))
        self.vault_label.setText(f"Vault: {self.vault.path}")
        self.vault_label.setToolTip(str(self.vault.path))
        self.awaiting_label.setText(f"{waiting} awaiting outreach")

    def settings_changed(self) -> None:
        self._watch()
        self._watch_idleness()
        self.refresh_today()
        self._offer_retention()

    def _after_opening(self) -> None:
        """Once the window shows the vault: a backup if one is due, then retention."""
        if self.vault.is_open:
            self.keeping.back_up_if_due()
            self._offer_retention()

    def _offer_retention(self) -> None:
        offered = offer_deidentification(self, self.vault)
        if offered is None or not self.vault.is_open:  # locked while the question waited
            return
        sentence, changed = offered
        self.statusBar().showMessage(sentence)
        if changed:
            self.reload()

    def _watch_idleness(self) -> None:
        self.idle.start(settings.get_settings(self.vault).auto_lock_minutes)

    def _watch(self) -> None:
        folder = settings.get_settings(self.vault).watch_folder
        self.watcher.watch(self.vault, Path(folder) if folder else None)

    def _notices_arrived(self, outcomes: list[DroppedFile]) -> None:
        stamp = shown_dates.clock(dt.datetime.now())
        self.watch_news = [f"{stamp} {o.summary()}" for o in reversed(outcomes)] + self.watch_news
        del self.watch_news[WATCH_NEWS:]
        if any(o.result is not None and o.result.cases for o in outcomes):
            self.reload()
        else:
            self.refresh_today()

    def import_notices(self) -> None:
        """Ctrl+I: the import dialog (one at a time)."""
        self.import_dialog.show()

    def _import_dialog(self) -> ImportDialog:
        dialog = ImportDialog(self.vault, self)
        dialog.imported.connect(lambda result: self.reload() if result.cases else None)
        return dialog

    def _fill_supporter_choices(self) -> None:
        people = [(s.id, s.name) for s in supporters.list_supporters(self.vault)]
        self.cases.fill_choices(events.event_types(self.vault), people)
        self.calendar.fill_choices(people)

    def roster_changed(self) -> None:
        """A supporter was added, edited, paused or given new availability."""
        self._fill_supporter_choices()
        self.refresh_today()

    def case_changed(self, case_id: int) -> None:
        if self.loading.busy:
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

    def show_getting_started(self) -> None:
        """Help → Getting started list: the list on Today again, with what is left."""
        self.today.getting_started.bring_back()
        self.navigation.setCurrentRow(0)
        self.refresh_today()
        progress = self.today.getting_started.progress
        if progress is not None and not progress.offered:
            self.statusBar().showMessage(
                "Every getting-started step is done."
                if progress.complete
                else "The getting-started list is for a new vault: this one has closed a case."
            )

    def _getting_started_step(self, step: str) -> None:
        """A getting-started button: the step's page, at its field or its Add dialog."""
        pages: dict[str, QWidget] = {
            "program_name": self.settings_page, "outreach_target_hours": self.settings_page,
            "supporters": self.roster, "resources": self.resources_page,
        }  # fmt: skip
        self.navigation.setCurrentRow(self.stack.indexOf(pages[step]))
        if self.stack.currentWidget() is not pages[step]:
            return  # kept editing the settings
        if pages[step] is self.settings_page:
            self.settings_page.focus_field(step)
        else:
            (self.roster if step == "supporters" else self.resources_page).add()

    def find_case(self) -> None:
        self.navigation.setCurrentRow(1)
        self.cases.focus_search()

    def toggle_privacy(self) -> None:
        self.cases.set_private(self.app_actions["privacy"].isChecked())
        self.refresh_today()

    def print_report(self) -> None:
        """Ctrl+P: the Reports page and its print dialog, the report made first if none is shown."""
        self.navigation.setCurrentRow(self.stack.indexOf(self.reports))
        if self.reports.pdf is None:
            self.reports.produce_and_print()
        else:
            self.reports.print_report()

    def export_anonymized(self) -> None:
        """Ctrl+E: the export dialog (one at a time), which previews before it saves."""
        self.export_dialog.show()

    def lock(self, reason: str = "") -> None:
        """Hide everything, drop the key, and ask for the passphrase again.

        Open windows are hidden, half-filled forms with what was typed (kept in memory
        only); unlocking returns to the same page with the same windows open.
        """
        if self.unlock_dialog is not None or not self.session.lock_now(reason):
            return  # already locked; or re-keying or restoring, and locked once that ends
        self._quiesce()
        self._audit_lock(reason)
        self.vault.close()
        self.session.locked()
        hint = "\n".join(line for line in (reason, self.hint) if line)
        dialog = UnlockDialog(self.vault.path, self, hint=hint)
        dialog.finished.connect(self._unlocked)
        self.unlock_dialog = dialog
        dialog.open()

    def _go_to_page(self, row: int) -> None:
        """The page chosen; leaving Settings with unsaved changes asks first, and the
        navigation stays on Settings if the coordinator keeps editing."""
        leaving = self.stack.currentWidget()
        if (
            leaving is self.settings_page
            and row != self.stack.currentIndex()
            and not self.settings_page.may_leave()
        ):
            with QSignalBlocker(self.navigation):
                self.navigation.setCurrentRow(self.stack.currentIndex())
            return
        self.stack.setCurrentIndex(row)

    def _audit_lock(self, reason: str) -> None:
        """The lock, and why, in the audit log: the last entry under the key about to go.
        Never in the lock's way: a damaged vault or a full disk refuses the entry, and
        the lock goes on. (The unlock dialog audits the unlock.)"""
        if not self.vault.is_open:
            return  # a restore that left nothing open
        why = next(
            (LockReason[key.upper()] for key, said in LOCK_REASONS.items() if said == reason),
            LockReason.BY_HAND,
        )
        with contextlib.suppress(Sayable):
            locking.record_lock(self.vault, why)

    def _unlocked(self, result: int) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if result != QDialog.DialogCode.Accepted or dialog is None or dialog.vault is None:
            self.close()
            return
        self.vault.adopt(dialog.vault)  # the same object: open windows work on
        dialog.deleteLater()
        self.session.unlocked()
        self._resume()

    def _quiesce(self) -> None:
        """Everything out of sight and every reader stopped, before the key goes."""
        # Out of sight first: stopping may wait for an import on a slow drive.
        self.splitter.hide()
        self.idle.stop()
        # Closed, not put away: nothing is typed in it. Waits for a verification.
        self.backups_dialog.reject()
        self._put_away = put_away_windows(self)
        self.session.stop_work()
        self.session.forget()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # nothing copied outlasts the lock
            clipboard_guard.install(app).clear_if_still_ours()

    def _resume(self, *, restored: bool = False) -> None:
        """After an unlock, or a restore (whose forms would hold choices of the vault
        that was replaced, so they are closed instead of shown again)."""
        if restored:
            for window in self._put_away:
                window.hide()
                window.deleteLater()
            self._put_away = []
            self.case_views.clear()
            self.settings_page.drop_draft()
        self.splitter.show()
        self.reload()
        self._watch()
        self._watch_idleness()
        for case_id, view in list(self.case_views.items()):
            try:
                view.refresh()
            except NotFound:  # not in a restored backup
                if view in self._put_away:
                    self._put_away.remove(view)
                view.close()
                self.case_views.pop(case_id, None)
        bring_back(self._put_away)
        self._put_away = []
        QTimer.singleShot(0, self._after_opening)

    # -- the vault itself ---------------------------------------------------
    def back_up(self) -> None:
        self.statusBar().showMessage("Backing up…")
        self.keeping.back_up_now()

    def check_vault(self) -> None:
        self.keeping.check_now()

    def show_backups(self) -> None:
        self.backups_dialog.show()

    def restore_backup(self, backup: Path, passphrase: str) -> None:
        """Put a verified backup in place of the vault, off the GUI thread (a large one
        takes seconds), then carry on in it and say how it went."""
        key = self.vault.key()
        path = self.vault.path
        self._quiesce()
        self.session.begin(SessionState.RESTORING)
        self.vault.close()
        self.statusBar().showMessage("Restoring the backup…")
        self.restoring.start(
            lambda: restore_and_open(backup, path, passphrase, key),
            "The backup could not be restored.",
            self._restored,
            lambda sentence: self._restored(Restored(sentence)),
        )

    def _restored(self, outcome: Restored) -> None:
        pending = self.session.end()
        if outcome.vault is None:  # nothing opens: the unlock dialog says what it finds
            self._put_away = []
            self.lock(f"{outcome.sentence} Unlock the vault to go on.")
            return
        if outcome.replaced:
            self.vault.restored(outcome.vault)
        else:
            self.vault.adopt(outcome.vault)
        self._resume(restored=outcome.replaced)
        self.statusBar().showMessage(outcome.sentence)
        if pending is not None:  # a lock was asked for while restoring
            self.lock(pending)
        else:
            QMessageBox.information(self, "Restore", outcome.sentence)

    def vault_damaged(self, sentence: str) -> None:
        """A check found damage: stop using the file at once, and offer a restore."""
        self.session.stop_work()  # nothing more reads or writes it on its own
        box = QMessageBox(QMessageBox.Icon.Critical, "The vault is damaged", sentence, parent=self)
        restore = box.addButton("&Restore a backup…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Lock", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore:
            self.show_backups()
        else:
            self.lock()

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(
            self.vault, self, before=self._before_rekey, after=self._after_rekey
        )
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                "The passphrase is changed. Backups made before keep the old one."
            )
        )
        # Application-modal: no case window writes while the pages change key.
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()

    def _before_rekey(self) -> None:
        """Nothing else may touch the vault while its pages change key: not a loader,
        not the watch folder, not a lock (which waits for the end)."""
        self.session.begin(SessionState.REKEYING)

    def _after_rekey(self) -> None:
        # What was read when the key changed was dropped: read it again.
        self.reload()
        if self.audit_page.isVisible():
            self.audit_page.load()
        self._watch()
        pending = self.session.end()
        if pending is not None:  # a lock was asked for while the pages changed key
            self.lock(pending)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.session_events.watch(self)  # needs the native window, which exists now

    # -- window state (layout only: nothing confidential) -------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        for key in ("new_case", "import", "print", "export", "lock"):
            file_menu.addAction(self.app_actions[key])
        file_menu.addSeparator()
        file_menu.addAction(self.app_actions["quit"])
        vault_menu = self.menuBar().addMenu("Va&ult")
        for key in ("back_up", "backups", "check", "change_passphrase"):
            vault_menu.addAction(self.app_actions[key])
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.app_actions["find"])
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.app_actions["privacy"])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.app_actions["shortcuts"])
        help_menu.addAction(self.app_actions["getting_started"])
        help_menu.addAction(self.app_actions["about"])
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in ("new_case", "find", "lock", "print"):
            toolbar.addAction(self.app_actions[key])

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(shortcuts_of(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> QMessageBox:
        box = about_box(self.vault.path, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _restore_layout(self) -> None:
        stored = QSettings()
        geometry = stored.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self.screen().availableGeometry().size()))
        splitter = stored.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.cases.restore_layout(stored)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vault.is_open and not self.settings_page.may_leave():
            event.ignore()  # kept editing the settings
            return
        stored = QSettings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/splitter", self.splitter.saveState())
        self.cases.save_layout(stored)
        for view in list(self.case_views.values()):
            view.close()
        self.idle.stop()
        self.session.stop_work()
        if self.vault.is_open:
            self.vault.close()
        super().closeEvent(event)
