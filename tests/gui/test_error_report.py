"""Unexpected errors: one sentence on screen, a log that holds no data, and the app carries on."""

from __future__ import annotations

import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from peersupport_desktop import __version__
from peersupport_desktop.gui import error_report
from peersupport_desktop.gui.error_report import ErrorReporter

# Stands for a value from the vault that an exception's message might quote.
SENTINEL = "Margaret Quill-Sentinel 555-0199"

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter is the one under test


@pytest.fixture
def reporter(
    configured_app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ErrorReporter]:
    # Whatever happens, the hooks are put back and nothing is written outside tmp_path.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setenv(error_report.LOG_DIR_ENV, str(tmp_path / "logs"))
    made = ErrorReporter(configured_app)
    made.quiet_after_dialog_s = 0.0
    made.install()
    yield made
    made.uninstall()
    if made.dialog is not None:
        made.dialog.close()
    made.deleteLater()


def look_up_the_clinician(record: dict[str, str]) -> str:
    return record[SENTINEL]  # a KeyError whose message is the value itself


def refuse_to_work() -> None:
    look_up_the_clinician({})


def test_an_error_in_a_slot_is_one_sentence_and_a_log_without_data(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    button = QPushButton("Save")
    qtbot.addWidget(button)
    clicks: list[bool] = []
    button.clicked.connect(refuse_to_work)
    button.clicked.connect(lambda: clicks.append(True))
    button.click()

    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    text = reporter.dialog.text()
    log = tmp_path / "logs" / "errors.log"
    assert text == (
        "Something went wrong and that action did not finish; what was saved before it is safe, "
        f"and the details (no names, no notes) are in {log}."
    )
    assert text.count(". ") == 0 and text.endswith(".")  # one sentence
    assert SENTINEL not in text and "Quill" not in text

    assert log.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
    written = log.read_text(encoding="utf-8")
    assert "KeyError" in written
    assert "in look_up_the_clinician" in written and "in refuse_to_work" in written
    assert "tests/gui/test_error_report.py:" in written
    assert __version__ in written
    # Neither the message, nor a local, nor the source line (which spells the sentinel's name).
    assert "Quill" not in written and "555-0199" not in written
    assert "record[" not in written and "SENTINEL" not in written
    assert str(Path(__file__).resolve().parents[2]) not in written  # paths cut below the checkout

    # The application carries on: the other slot ran, the event loop turns, clicks still work.
    assert clicks == [True]
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])
    button.clicked.disconnect(refuse_to_work)
    button.click()
    assert clicks == [True, True]


def test_errors_while_the_dialog_is_open_are_logged_not_shown_again(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(refuse_to_work)
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    first = reporter.dialog
    for _ in range(3):
        button.click()
        qtbot.wait(10)
    assert reporter.dialog is first
    boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not button]
    assert boxes == [first]
    log = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert log.count("  KeyError") == 4
    # Closing it lets the next error speak again (no quiet period in this test).
    assert first is not None
    first.accept()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None)


def test_a_repeating_error_does_not_reopen_the_dialog_at_once(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    reporter.quiet_after_dialog_s = 60.0
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(refuse_to_work)
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    reporter.dialog.accept()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    button.click()
    qtbot.wait(50)
    assert reporter.dialog is None


def test_an_error_in_a_thread_is_logged_and_said_from_the_window(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    worker = threading.Thread(target=refuse_to_work, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert reporter.dialog.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
    written = (tmp_path / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "KeyError" in written and "Quill" not in written


def test_a_chain_of_errors_names_every_type_and_no_message(tmp_path: Path) -> None:
    try:
        try:
            look_up_the_clinician({})
        except KeyError as exc:
            raise ValueError(SENTINEL) from exc
    except ValueError as exc:
        entry = error_report.describe(exc)
    assert entry.index("  KeyError") < entry.index("  ValueError")
    assert "because of it" in entry
    assert "Quill" not in entry and "SENTINEL" not in entry


def test_the_log_is_capped_and_keeps_one_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    for _ in range(30):
        error_report.write_entry(folder, "x" * 100 + "\n", max_bytes=1000)
    current = folder / "errors.log"
    old = folder / "errors.log.1"
    assert old.exists() and current.exists()
    assert current.stat().st_size <= 1000 and old.stat().st_size <= 1000
    assert sorted(p.name for p in folder.iterdir()) == ["errors.log", "errors.log.1"]


def test_when_the_log_cannot_be_written_the_sentence_says_less(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    reporter.folder = blocker
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(refuse_to_work)
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert reporter.dialog.text() == (
        "Something went wrong and that action did not finish; what was saved before it is safe."
    )


def test_install_is_once_per_application(
    configured_app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    original = sys.excepthook
    first = error_report.install(configured_app, tmp_path)
    try:
        assert error_report.install(configured_app) is first
        assert sys.excepthook == first.handle
    finally:
        first.uninstall()
        first.deleteLater()
    assert sys.excepthook is original
