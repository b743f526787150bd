"""Starting the window: the application object, the vault (created, unlocked or a demo)."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from peersupport_desktop import APP_ID
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import capture_guard, clipboard_guard, error_report
from peersupport_desktop.gui.create_vault_dialog import CreateVaultDialog
from peersupport_desktop.gui.look import icon, stylesheet
from peersupport_desktop.gui.unlock_dialog import UnlockDialog
from peersupport_desktop.store.instance_lock import InstanceLock

if TYPE_CHECKING:
    from peersupport_desktop.store.vault import Vault

APP_NAME = "Peer Support Desktop"
DEMO_CASES = 400


# Platform plugins that put the window on a network (a VNC server listens on 5900; the
# web one serves over HTTP): never, whatever the environment asks.
NETWORK_PLATFORMS = ("vnc", "webgl")


def ignore_network_platform() -> None:
    """Before Qt starts: a network platform asked for by the environment is dropped,
    and the desktop's own is used, as with no setting."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":", 1)[0].strip().lower() in NETWORK_PLATFORMS:
        del os.environ["QT_QPA_PLATFORM"]


def application() -> QApplication:
    ignore_network_platform()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("PeerSupportDesktop")
    app.setDesktopFileName(APP_ID)  # Wayland and X11 docks match the window to its entry
    app.setWindowIcon(icon("app"))
    sheet = stylesheet()
    if app.styleSheet() != sheet:  # setting it again would re-polish every live widget
        app.setStyleSheet(sheet)
    # Before any window: what is copied from it is marked secret and cleared, and on
    # Windows no window of ours shows in screenshots or shared screens.
    clipboard_guard.install(app)
    capture_guard.install(app)
    return app


def obtain_vault(path: Path, *, hint: str = "") -> Vault | None:
    """The first run creates the vault; later runs unlock it. None: the person gave up."""
    dialog: CreateVaultDialog | UnlockDialog
    dialog = UnlockDialog(path, hint=hint) if path.exists() else CreateVaultDialog(path)
    # The dialog appears first; the database layer loads while the passphrase is typed.
    # Not at the event loop's first turn: on a real screen the dialog is not drawn yet
    # then, and the second of importing would keep it blank (it did: 1.9 s to see it).
    after_first_paint(dialog, _load_store)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.vault


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Calls ``then`` once, as soon as ``widget`` has been painted on the screen."""

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, then)  # after this paint reaches the screen
            return False

    widget.installEventFilter(FirstPaint(widget))


def _load_store() -> None:
    import peersupport_desktop.gui.main_window  # noqa: F401  (pulls in the services and store)


def make_demo_vault(folder: Path) -> tuple[Path, str]:
    """A throwaway vault with a synthetic program, under a passphrase made for it."""
    from peersupport_desktop.services.demo_program import fill_demo_program
    from peersupport_desktop.store.vault import create_vault

    passphrase = secrets.token_urlsafe(18)
    path = folder / "demo.vault"
    with create_vault(path, passphrase, check_strength=False) as vault:
        fill_demo_program(vault, cases=DEMO_CASES)
    return path, passphrase


def _quit_on_signals(app: QApplication, window: QWidget) -> None:
    """Ctrl+C or a TERM close the window properly: the vault is closed, a demo removed.

    Qt's event loop does not return to Python on its own, so a timer lets the
    interpreter notice signals.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def hold_vault(vault_path: Path) -> InstanceLock | None:
    """This process's lock on the vault, or None after saying why not (open elsewhere,
    or its folder refuses the lock file)."""
    lock = InstanceLock(vault_path)
    try:
        lock.acquire()
    except Sayable as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None
    return lock


def run(vault_path: Path, demo: bool) -> int:
    app = application()
    demo_folder: Path | None = None
    lock: InstanceLock | None = None
    reporter: error_report.ErrorReporter | None = None
    try:
        hint = ""
        vault: Vault | None
        passphrase = ""
        if demo:
            # mkdtemp makes the folder readable by this user only. The demo opens at
            # once; its passphrase is shown when the window is locked.
            demo_folder = Path(tempfile.mkdtemp(prefix="peersupport-demo-"))
            vault_path, passphrase = make_demo_vault(demo_folder)
        else:
            try:
                vault_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError:
                QMessageBox.critical(
                    None,
                    APP_NAME,
                    f"The folder {vault_path.parent} cannot be created or written to: "
                    "choose another place with --vault PATH.",
                )
                return 1
        # Held until the process ends, before the passphrase is asked for: one window per
        # vault, and no command replaces or re-encrypts it meanwhile (the demo's is
        # harmless, in its private folder).
        lock = hold_vault(vault_path)
        if lock is None:
            return 1
        # From here an unexpected error is logged without data and said in one sentence,
        # and the window carries on.
        reporter = error_report.install(app, title=APP_NAME)
        if demo:
            hint = f"Demo vault, removed on exit. Its passphrase: {passphrase}"
            from peersupport_desktop.store.vault import open_vault

            vault = open_vault(vault_path, passphrase)
        else:
            vault = obtain_vault(vault_path)
        if vault is None:
            return 0
        # Only now: imported here first, the window's modules kept the dialog from
        # showing for a second and a half (they load while the passphrase is typed).
        from peersupport_desktop.gui.main_window import MainWindow

        window = MainWindow(vault, hint=hint)
        window.show()
        _quit_on_signals(app, window)
        return app.exec()
    finally:
        if reporter is not None:
            reporter.uninstall()
        if lock is not None:
            lock.release()  # before the demo's folder goes: Windows keeps open files
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
