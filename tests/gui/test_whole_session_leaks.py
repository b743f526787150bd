"""A whole session, watched: no socket is ever tried, and none of the confidential text
typed in reaches any file the application wrote (vault, WAL, backups, logs, settings,
temp folder, report, export) in plaintext."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.codes import ContactKind
from peersupport_desktop.core.export_files import ExportFormat
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui import error_report, shown_dates
from peersupport_desktop.gui.main_window import MainWindow
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import backups, cases, contacts, event_import, exports, supporters
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.services.export_request import ExportKind, ExportRequest
from peersupport_desktop.store.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.gui.window_helpers import show_active

# Unique, so a hit can only be a leak; one per kind of confidential field.
SENTINELS = {
    "clinician": "Zyxqlinician Vormbrandt",
    "email": "qzvx.sentinel@mail.invalid",
    "phone": "+1 555 0199 7311",
    "referrer": "Referrer Quaxmire",
    "description": "Sentinel-description-Plumbrook",
    "note": "Sentinel-note-Wexholt",
    "typed_note": "Sentinel-typed-Grimsditch",
    "supporter": "Supporter Yarrowmede",
    "supporter_email": "yarrow.sentinel@mail.invalid",
    "supporter_phone": "+1 555 0142 8806",
    "imported_name": "Imported Zanzibarro",
    "imported_ref": "SENTINEL-REF-77Q",
    "error": "Sentinel-error-Quillfeather",
}
NETWORK_EVENTS = (
    "socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto", "urllib.Request",
    "http.client.connect", "ftplib.connect", "smtplib.connect",
)  # fmt: skip


class NetworkTripwire:
    """An audit hook (PEP 578) that makes every socket fail while armed, and notes it."""

    attempts: list[str] = []  # noqa: RUF012  (one per process: a hook cannot be removed)
    armed = False
    installed = False

    @classmethod
    def hook(cls, event: str, _args: tuple[Any, ...]) -> None:
        if cls.armed and event in NETWORK_EVENTS:
            cls.attempts.append(event)
            raise OSError(f"the application tried the network: {event}")

    @classmethod
    @contextlib.contextmanager
    def armed_for(cls) -> Iterator[None]:
        if not cls.installed:
            sys.addaudithook(cls.hook)
            cls.installed = True
        cls.attempts.clear()
        cls.armed = True
        try:
            yield
        finally:
            cls.armed = False


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")]


def plaintext_hits(folder: Path, skip: set[Path]) -> list[str]:
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p not in skip):
        data = path.read_bytes()
        if path.suffix == ".pdf":
            data += "".join(page.extract_text() for page in PdfReader(path).pages).encode()
        for kind, sentinel in SENTINELS.items():
            if any(form in data for form in encodings(sentinel)):
                hits.append(f"{kind} in {path.relative_to(folder)}")
    return hits


@pytest.fixture
def session_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    folders = {name: tmp_path / name for name in ("vault", "tmp", "logs", "out", "in")}
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folders["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    monkeypatch.setenv(error_report.LOG_DIR_ENV, str(folders["logs"]))
    return folders


def test_a_whole_session_tries_no_socket_and_leaves_no_plaintext(
    qtbot: QtBot, session_folders: dict[str, Path]
) -> None:
    folders = session_folders
    notices = folders["in"] / "notices.csv"
    notices.write_text(
        "event_ref,event_date,event_type,clinician_name,clinician_role,referral_source,"
        "clinician_email\n"
        f"{SENTINELS['imported_ref']},2026-11-02,adverse_event,{SENTINELS['imported_name']},"
        f"nurse,safety_report,{SENTINELS['email'].replace('qzvx', 'qzvy')}\n",
        encoding="utf-8",
    )
    with NetworkTripwire.armed_for():
        vault = create_vault(folders["vault"] / "program.vault", PASSPHRASE)
        supporters.add_supporter(
            vault,
            supporters.SupporterInput(
                SENTINELS["supporter"],
                "nurse",
                email=SENTINELS["supporter_email"],
                phone=SENTINELS["supporter_phone"],
            ),
        )
        case = cases.open_case(
            vault,
            cases.NewCase(
                referral_source="leader",
                referrer=SENTINELS["referrer"],
                referred_at=dt.datetime.now() - dt.timedelta(hours=5),
                clinician=ClinicianInput(
                    SENTINELS["clinician"],
                    "nurse",
                    email=SENTINELS["email"],
                    phone=SENTINELS["phone"],
                ),
                event=EventInput(
                    "adverse_event", dt.date.today(), description=SENTINELS["description"]
                ),
            ),
        )
        contacts.log_contact(
            vault,
            case.id,
            contacts.ContactInput(ContactKind.OUTREACH_ATTEMPT, "phone", note=SENTINELS["note"]),
        )
        event_import.import_file(vault, notices)

        window = MainWindow(vault)
        qtbot.addWidget(window)
        show_active(window, qtbot)
        qtbot.waitUntil(lambda: not window.keeping.busy)  # the first backup
        window.open_case(case.id)
        contact = window.case_views[case.id].log_contact(ContactKind.CONVERSATION)
        qtbot.keyClicks(contact.ui.noteEdit, SENTINELS["typed_note"])
        contact.ui.noteEdit.selectAll()
        contact.ui.noteEdit.copy()  # to the clipboard, which is cleared on lock
        window.lock()
        assert QApplication.clipboard().text() == ""
        assert window.unlock_dialog is not None
        qtbot.keyClicks(window.unlock_dialog.ui.passphraseEdit, PASSPHRASE)
        qtbot.mouseClick(
            window.unlock_dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        contact.save()

        reports = window.reports
        reports.ui.quarterCombo.setCurrentIndex(
            reports.ui.quarterCombo.findText(
                shown_dates.quarter(Quarter.containing(dt.date.today()))
            )
        )
        reports.ui.editionCombo.setCurrentIndex(
            reports.ui.editionCombo.findData(Edition.LEADERSHIP)
        )
        with qtbot.waitSignal(reports.shown, timeout=20_000):
            reports.produce()
        reports.save_to(folders["out"] / "report.pdf")
        request = ExportRequest(
            quarters=(Quarter.containing(dt.date.today()),), kind=ExportKind.RECORDS
        )
        table = exports.build_export(vault, request)
        for export_format in (ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.JSON):
            exports.save_export(
                vault, table, export_format, folders["out"] / f"records.{export_format.value}"
            )
        window.back_up()
        qtbot.waitUntil(lambda: not window.keeping.busy)
        try:  # what the error hook writes for an unexpected error holding a value
            raise KeyError(SENTINELS["error"])
        except KeyError as exc:
            log = error_report.write_entry(folders["logs"], error_report.describe(exc))
        QSettings().sync()
        window.close()
        vault.close()

    assert NetworkTripwire.attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert len(backups.list_backups(folders["vault"] / "program.vault")) == 1  # one a day
    assert log.exists() and (folders["out"] / "report.pdf").exists()
    settings_file = Path(QSettings().fileName())
    assert settings_file.exists()
    hits = plaintext_hits(folders["vault"].parent, skip={notices})
    hits += [f"{kind} in QSettings" for kind, s in SENTINELS.items()
             if any(f in settings_file.read_bytes() for f in encodings(s))]  # fmt: skip
    assert hits == []


def test_the_tripwire_would_have_caught_a_socket() -> None:
    """The session test can fail: a socket made while armed is noted and refused."""
    import socket

    with NetworkTripwire.armed_for(), pytest.raises(OSError, match="tried the network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert NetworkTripwire.attempts == ["socket.__new__"]


def test_the_scan_would_have_found_plaintext(tmp_path: Path) -> None:
    (tmp_path / "leak.log").write_text(f"oops {SENTINELS['note']}", encoding="utf-16-le")
    assert plaintext_hits(tmp_path, skip=set()) == ["note in leak.log"]


def test_no_module_of_the_application_imports_a_network_library() -> None:
    package = Path(__file__).resolve().parents[2] / "peersupport_desktop"
    network = re.compile(
        r"QtNetwork|QtWebEngine|QtDBus|^\s*(from|import)\s+"
        r"(socket|ssl|urllib\.request|http|requests|ftplib|smtplib|xmlrpc|asyncio)\b",
        re.MULTILINE,
    )
    # The self-test names the left-out Qt modules to prove they are absent; it may not
    # import them (checked below), so it alone may mention them.
    checks_absence = package / "cli" / "self_test.py"
    offenders = [
        f"{path.relative_to(package)}: {match.group(0).strip()}"
        for path in package.rglob("*.py")
        if path != checks_absence
        for match in network.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    importing = re.compile(
        r"^\s*(from|import)\b.*(QtNetwork|QtWebEngine|QtQml|import_module)", re.M
    )
    assert not importing.search(checks_absence.read_text(encoding="utf-8"))
