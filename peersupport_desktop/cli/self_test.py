"""``--self-test``: proof that a build carries what the application needs, on any machine.

IT staff run it on a freshly built or installed bundle. Offscreen and in a temporary
folder, it goes through every layer a coordinator relies on: Qt and its plugins, SQLCipher
and OpenSSL, the schema's migrations, the services, the report and its fonts, QtPdf, the
window's forms and icons. Nothing outside the temporary folder is read or written (not
even QSettings), and no socket is opened.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from peersupport_desktop import __version__
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from peersupport_desktop.store.vault import Vault

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
# Modules a lean build leaves out; the application never imports them (the no-socket
# tests forbid network modules in the source).
LEFT_OUT = ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtWebEngineCore")
# Left out of a built bundle too: the standard library's TLS, unencrypted SQLite and
# GNU readline (GPL), and the Qt plugins that would listen on the network (VNC, TUIO).
NOT_BUNDLED = (*LEFT_OUT, "ssl", "sqlite3", "readline")
LISTENING_PLUGINS = ("qvnc", "qtuiotouchplugin")
# The platform plugins that put windows on a desktop: the test itself runs offscreen,
# so it loads one of these by hand to prove the libraries they need are found.
DESKTOP_PLATFORMS = {
    "linux": ("libqxcb.so", "libqwayland.so"),
    "win32": ("qwindows.dll",),
    "darwin": ("libqcocoa.dylib",),
}
CLINICIAN = "Self-test clinician"


class SelfTestFailed(Exception):
    """One step found something missing or wrong; the message says what."""


def run(out: TextIO) -> int:
    """Every step in order; the first failure ends the test with its sentence."""
    started = time.perf_counter()
    out.write(f"Peer Support Desktop {__version__} self-test\n")
    with tempfile.TemporaryDirectory(prefix="peersupport-self-test-") as folder:
        steps = _Steps(Path(folder), out)
        try:
            steps.run_all()
        except Exception as exc:  # anything at all: the test exists to report it
            reason = str(exc) if isinstance(exc, SelfTestFailed) else type(exc).__name__
            out.write(f"Self-test FAILED at '{steps.current}': {reason}\n")
            return ExitCode.FAILED
        finally:
            steps.close()
    out.write(f"Self-test passed in {time.perf_counter() - started:.1f} s.\n")
    return ExitCode.OK


class _Steps:
    def __init__(self, folder: Path, out: TextIO) -> None:
        self.folder = folder
        self.out = out
        self.current = "starting"
        self.passphrase = secrets.token_urlsafe(24)
        self.vault_path = folder / "self-test.vault"
        self.vault: Vault | None = None
        self.app: QApplication | None = None
        self.case_id = 0
        self.pdf = b""

    def run_all(self) -> None:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("Qt offscreen", self.qt),
            ("left-out modules", self.left_out),
            ("desktop platform", self.desktop_platform),
            ("SQLCipher vault", self.vault_created),
            ("case written and read", self.case_round_trip),
            ("roster workbook", self.roster_workbook),
            ("quarterly report", self.report),
            ("report page shown", self.report_page),
            ("main window", self.main_window),
        ]
        for name, check in checks:
            self.current = name
            began = time.perf_counter()
            said = check()
            took = (time.perf_counter() - began) * 1000
            self.out.write(f"  ok  {name}: {said} ({took:.0f} ms)\n")

    def close(self) -> None:
        if self.vault is not None and self.vault.is_open:
            self.vault.close()

    # -- the steps ----------------------------------------------------------
    def qt(self) -> str:
        # Before the application object exists: the platform plugin is chosen once.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QSettings, qInstallMessageHandler

        from peersupport_desktop.gui.launch import application

        # Whatever the window stores goes to the temporary folder, not the user's own.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.folder / "settings")
        )
        qInstallMessageHandler(_quiet_offscreen_notes)
        self.app = application()
        platform = self.app.platformName()
        if platform != "offscreen":
            raise SelfTestFailed(f"Qt chose the '{platform}' platform, not offscreen.")
        return f"PySide6 {pyside_version}"

    def left_out(self) -> str:
        loaded = [name for name in LEFT_OUT if name in sys.modules]
        if loaded:
            raise SelfTestFailed(f"{', '.join(loaded)} was loaded.")
        if _is_bundle():
            plugins = _plugins_folder()
            bundled = [name for name in NOT_BUNDLED if importlib.util.find_spec(name) is not None]
            bundled += [
                plugin.name
                for plugin in plugins.rglob("*")
                if any(name in plugin.name for name in LISTENING_PLUGINS)
            ]
            if bundled:
                raise SelfTestFailed(f"the bundle carries {', '.join(bundled)}.")
            return f"{len(NOT_BUNDLED) + len(LISTENING_PLUGINS)} not in the bundle"
        return "not loaded"

    def desktop_platform(self) -> str:
        if not _is_bundle():
            return "not a bundle: Qt's own installation"
        import ctypes

        folder = _plugins_folder() / "platforms"
        names = DESKTOP_PLATFORMS.get(sys.platform.rstrip("0123456789"), ())
        loaded, refused = [], []
        for name in names:
            try:
                ctypes.CDLL(str(folder / name))
            except OSError as exc:  # names the missing library: no data of anyone's
                refused.append(f"{name}: {exc}")
            else:
                loaded.append(name)
        if not loaded:
            raise SelfTestFailed(f"no desktop platform plugin loads ({'; '.join(refused)}).")
        return ", ".join(loaded) + " load"

    def vault_created(self) -> str:
        from peersupport_desktop.store.vault import create_vault

        # The real key derivation: OpenSSL's PBKDF2 inside the bundled SQLCipher.
        self.vault = create_vault(self.vault_path, self.passphrase, check_strength=False)
        conn = self.vault.raw_connection()
        try:
            (version,) = conn.execute("PRAGMA cipher_version").fetchone() or ("",)
        finally:
            conn.close()
        if not str(version).startswith("4."):
            raise SelfTestFailed(f"PRAGMA cipher_version gave '{version}', not SQLCipher 4.")
        with self.vault_path.open("rb") as file:
            if file.read(len(SQLITE_PLAIN_HEADER)) == SQLITE_PLAIN_HEADER:
                raise SelfTestFailed("the vault file is not encrypted.")
        return f"SQLCipher {version}, file encrypted"

    def case_round_trip(self) -> str:
        from peersupport_desktop.services import cases
        from peersupport_desktop.services.clinicians import ClinicianInput
        from peersupport_desktop.services.events import EventInput, event_types
        from peersupport_desktop.store.vault import open_vault

        vault = self._vault()
        event_type = event_types(vault)[0][0]
        record = cases.open_case(
            vault,
            cases.NewCase(
                referral_source="self",
                clinician=ClinicianInput(name=CLINICIAN, role="nurse"),
                event=EventInput(event_type, dt.date.today()),
            ),
        )
        self.case_id = record.id
        vault.close()  # read back from the file, under the passphrase, not from a cache
        self.vault = open_vault(self.vault_path, self.passphrase)
        detail = cases.get_case(self.vault, self.case_id)
        if detail.clinician.name != CLINICIAN:
            raise SelfTestFailed("the case read back differs from the one written.")
        return f"{detail.case.reference} reopened from disk"

    def roster_workbook(self) -> str:
        """openpyxl, which only imports load, reads a workbook the listing wrote."""
        from peersupport_desktop.services.record_import import import_records
        from peersupport_desktop.services.record_listing import Listing, Value, listing_bytes
        from peersupport_desktop.services.roster_import import KIND, LAYOUT

        path = self.folder / "roster.xlsx"
        row: dict[str, Value] = {
            "name": "Self-test supporter",
            "role": "nurse",
            "training_date": dt.date.today(),
        }
        listing = Listing("Supporters", LAYOUT.keys, [tuple(row.get(k) for k in LAYOUT.keys)])
        path.write_bytes(listing_bytes(listing, ".xlsx"))
        result = import_records(self._vault(), KIND, path)
        if result.added != 1:
            raise SelfTestFailed("the roster workbook did not add its supporter.")
        return "1 supporter read from an XLSX sheet"

    def report(self) -> str:
        from peersupport_desktop.core.quarters import Quarter
        from peersupport_desktop.reports.figure_text import Edition
        from peersupport_desktop.services.quarterly_reports import report_pdf

        quarter = Quarter.containing(dt.date.today())
        self.pdf = report_pdf(self._vault(), quarter, Edition.LEADERSHIP)
        if not self.pdf.startswith(b"%PDF-"):
            raise SelfTestFailed("the report is not a PDF.")
        return f"{quarter}, {len(self.pdf) // 1024} KB"

    def report_page(self) -> str:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument

        buffer = QBuffer()  # in memory: the report never touches the disk
        buffer.setData(QByteArray(self.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise SelfTestFailed("QtPdf could not open the report.")
        pages = document.pageCount()
        inked = _inked_share(document.render(0, QSize(420, 594)))
        document.close()
        if inked < 0.005:
            raise SelfTestFailed("the report's first page renders blank.")
        return f"page 1 of {pages}, {inked:.1%} inked"

    def main_window(self) -> str:
        from peersupport_desktop.gui.main_window import MainWindow

        vault = self._vault()
        window = MainWindow(vault)
        window.show()
        shot = window.grab().toImage()
        listed = window.model.rowCount()
        window.close()  # closes the vault, as a coordinator's closing does
        window.deleteLater()
        if listed != 1:
            raise SelfTestFailed(f"the window lists {listed} cases, not 1.")
        if vault.is_open:
            raise SelfTestFailed("closing the window left the vault open.")
        if _inked_share(shot) < 0.01:
            raise SelfTestFailed("the window draws nothing.")
        return f"{shot.width()}x{shot.height()}, 1 case listed"

    def _vault(self) -> Vault:
        if self.vault is None:
            raise SelfTestFailed("no vault was created.")
        return self.vault


def _is_bundle() -> bool:
    return bool(getattr(sys, "frozen", False))  # set by PyInstaller's bootloader


def _plugins_folder() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def _quiet_offscreen_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings reach stderr as usual, but for the offscreen platform's note that
    it cannot resize to hints, which is expected here and would only alarm."""
    if "does not support propagateSizeHints" not in message:
        sys.stderr.write(f"{message}\n")


def _inked_share(image: QImage) -> float:
    """The share of sampled pixels that are drawn and not near-white: blank renders are 0
    (QtPdf leaves the paper transparent)."""
    samples = inked = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            samples += 1
            colour = image.pixelColor(x, y)
            inked += colour.alpha() > 128 and colour.lightness() < 200
    return inked / samples if samples else 0.0
