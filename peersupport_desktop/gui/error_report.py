"""Unexpected errors: one sentence on screen, a local log without data, and the window lives on.

PySide hands an exception that escapes a slot or an event handler to ``sys.excepthook``
and carries on with the event loop; Python hands one that ends a thread to
``threading.excepthook``. Both are replaced here.

What the log keeps: the time, the versions, each exception's *type* and the frames of
its traceback (file, line, function). What it never keeps: the exception's message and
notes (a KeyError's message is the key, a ValueError's may quote a name), local
variables, or the source lines. The source lines are our own code, not data, but file,
line and the version written beside them find the same line, and leaving them out keeps
the log small and plainly free of anything typed into the window. Paths are cut to the
part below the package's or the library's folder, since a home folder names its owner.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

import peersupport_desktop
from peersupport_desktop import __version__

LOG_DIR_ENV = "PEERSUPPORT_LOG_DIR"
LOG_FILE = "errors.log"
MAX_LOG_BYTES = 1_000_000  # then errors.log becomes errors.log.1 (one old file kept)
QUIET_AFTER_DIALOG_S = 10.0  # errors this soon after a dialog was closed are logged only

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


def log_folder() -> Path:
    """``$PEERSUPPORT_LOG_DIR`` if set, else the platform's per-user log folder."""
    chosen = os.environ.get(LOG_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(user_log_dir("PeerSupportDesktop", appauthor=False))


def describe(exc: BaseException, *, when: dt.datetime | None = None) -> str:
    """The log entry for ``exc``: types and frames, never a message or a value."""
    moment = (when or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
    lines = [
        f"=== {moment}  Peer Support Desktop {__version__}  "
        f"Python {sys.version.split()[0]}  PySide6 {pyside_version}  {sys.platform}"
    ]
    roots = _roots()
    for position, link in enumerate(_chain(exc)):
        if position:
            lines.append("  then, while handling it or because of it:")
        lines.append(f"  {_type_name(type(link))}")
        # No source lines looked up, no locals captured: only where, never what.
        frames = traceback.StackSummary.extract(
            traceback.walk_tb(link.__traceback__), lookup_lines=False, capture_locals=False
        )
        lines.extend(
            f"    {_short_path(frame.filename, roots)}:{frame.lineno} in {frame.name}"
            for frame in frames
        )
    return "\n".join(lines) + "\n"


def write_entry(folder: Path, entry: str, *, max_bytes: int = MAX_LOG_BYTES) -> Path:
    """Append ``entry`` to ``folder/errors.log`` (made readable by this user only)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / LOG_FILE
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = 0
    if size and size + len(entry.encode("utf-8")) > max_bytes:
        path.replace(path.with_name(LOG_FILE + ".1"))  # the older one before it goes
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as log:
        if hasattr(os, "fchmod"):
            os.fchmod(log.fileno(), 0o600)  # a file left by someone else's umask too
        log.write(entry)
    return path


def sentence(log: Path | None) -> str:
    """What the dialog says: one sentence, no data."""
    start = "Something went wrong and that action did not finish; what was saved before it is safe"
    if log is None:
        return start + "."
    return f"{start}, and the details (no names, no notes) are in {log}."


class ErrorReporter(QObject):
    """Installed once by the window: logs each unexpected error, shows one dialog at a time."""

    _reported = Signal(str)  # the log's path, or "" when it could not be written

    def __init__(
        self, app: QApplication, folder: Path | None = None, *, title: str = "Peer Support Desktop"
    ) -> None:
        super().__init__(app)
        self.folder = folder
        self.title = title
        self.max_log_bytes = MAX_LOG_BYTES
        self.quiet_after_dialog_s = QUIET_AFTER_DIALOG_S
        self.dialog: QMessageBox | None = None
        self._closed_at = float("-inf")
        self._write_guard = threading.Lock()
        self._previous: tuple[ExceptHook, ThreadHook] | None = None
        # Queued even from the main thread: the dialog opens once the failed slot has
        # unwound, from the event loop, never inside the hook.
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            if exc.__traceback__ is None:
                exc.__traceback__ = tb
            written = self._log(exc)
            self._reported.emit(str(written) if written is not None else "")
        except BaseException:  # the hook must never raise: Python would print the message
            sys.stderr.write(f"An unexpected {_type_name(exc_type)} could not be reported.\n")

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return  # a thread that asked to end, as threading itself treats it
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _log(self, exc: BaseException) -> Path | None:
        folder = self.folder if self.folder is not None else log_folder()
        with self._write_guard:  # threads may fail at once
            try:
                return write_entry(folder, describe(exc), max_bytes=self.max_log_bytes)
            except OSError:
                return None

    def _show(self, log: str) -> None:
        if self.dialog is not None:
            return  # one at a time: the next errors are in the log
        if time.monotonic() - self._closed_at < self.quiet_after_dialog_s:
            return  # a repeating failure would otherwise reopen it as soon as it closes
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.title,
            sentence(Path(log) if log else None),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._dialog_closed)
        self.dialog = box
        box.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self._closed_at = time.monotonic()


def install(
    app: QApplication, folder: Path | None = None, *, title: str = "Peer Support Desktop"
) -> ErrorReporter:
    """Route unexpected errors to the log and a dialog; ``folder`` None: ``log_folder()``.

    One reporter per application: a later call sets the hooks again on the first one.
    """
    reporter = app.findChild(ErrorReporter)
    if not isinstance(reporter, ErrorReporter):
        reporter = ErrorReporter(app, folder, title=title)
    elif folder is not None:
        reporter.folder = folder
    reporter.install()
    return reporter


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or while handling, oldest first."""
    seen: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None and all(link is not other for other in seen):
        seen.append(link)
        if link.__cause__ is not None:
            link = link.__cause__
        elif link.__suppress_context__:  # raised "from None"
            link = None
        else:
            link = link.__context__
    return seen[::-1]


def _type_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _roots() -> list[Path]:
    package = Path(peersupport_desktop.__file__).absolute().parent
    entries = {
        package.parent,
        package.resolve().parent,
        *(Path(p).absolute() for p in sys.path if p),
    }
    return sorted(entries, key=lambda root: len(root.parts), reverse=True)


def _short_path(filename: str, roots: list[Path]) -> str:
    """The path below the package's or a library's folder; a bare name otherwise."""
    full = Path(filename).absolute()
    for root in roots:
        if full != root and full.is_relative_to(root):
            return full.relative_to(root).as_posix()
    return full.name
