"""The clipboard: what this application copies is marked secret, and cleared after a while.

A name or a phone number copied from a case would otherwise live on in clipboard
managers' histories (Klipper, Windows' Win+V history and cloud clipboard, macOS
clipboard tools). Whenever the clipboard changes to data this application put there,
the guard puts the same data back with the markers those tools honour, as password
managers do (KeePassXC sets the same ones), then clears the clipboard after
``clear_after_ms`` if it still holds exactly what was put there. Text another program
copied is never touched.

Whose data it is: Qt's X11, Wayland and Windows back ends report ownership
(``ownsClipboard``). macOS's does not (it always says no), and it learns of other
programs' copies only when the application is activated again, so there a change is
taken as ours unless it comes while the application is being activated. The offscreen
back end used by the tests reports no ownership either and follows the same rule.
"""

from __future__ import annotations

import struct
import sys

from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"  # KDE Klipper, CopyQ, wl-clip-persist and others
MAC_CONCEALED_MIME = "application/x-nspasteboard-concealed-type"
MAC_CONCEALED_UTI = "org.nspasteboard.ConcealedType"  # nspasteboard.org's convention


def _windows_format(name: str) -> str:
    # Qt's spelling of a raw, registered Windows clipboard format.
    return f'application/x-qt-windows-mime;value="{name}"'


_ZERO_DWORD = struct.pack("<I", 0)
# https://learn.microsoft.com/windows/win32/dataxchg/clipboard-formats (cloud clipboard
# and clipboard history formats): the first one's presence, the others' zero, say "no".
WINDOWS_MARKERS = {
    _windows_format("ExcludeClipboardContentFromMonitorProcessing"): _ZERO_DWORD,
    _windows_format("CanIncludeInClipboardHistory"): _ZERO_DWORD,
    _windows_format("CanUploadToCloudClipboard"): _ZERO_DWORD,
}
MAC_MARKERS = {MAC_CONCEALED_MIME: b"secret"}
OTHER_MARKERS = {KDE_HINT: b"secret"}

# Platforms whose Qt back end never reports owning the clipboard.
NO_OWNERSHIP_PLATFORMS = frozenset({"cocoa", "offscreen", "minimal"})


def markers_for(platform: str = sys.platform) -> dict[str, bytes]:
    """The formats that mark clipboard data secret on ``platform`` (a ``sys.platform``)."""
    if platform == "win32":
        return dict(WINDOWS_MARKERS)
    if platform == "darwin":
        return dict(MAC_MARKERS)
    return dict(OTHER_MARKERS)


def is_marked(mime: QMimeData, markers: dict[str, bytes]) -> bool:
    return all(mime.hasFormat(name) for name in markers)


def marked_copy(mime: QMimeData, markers: dict[str, bytes]) -> QMimeData:
    """The same data in every format it has, plus the markers."""
    copy = QMimeData()
    for name in mime.formats():
        copy.setData(name, mime.data(name))
    if mime.hasImage():  # an image lives as a QImage, not as bytes under a format
        copy.setImageData(mime.imageData())
    for name, value in markers.items():
        copy.setData(name, QByteArray(value))
    return copy


def is_ours(*, ownership_reported: bool, owns: bool, activating: bool) -> bool:
    """Whether a clipboard change is this application's own copy."""
    if ownership_reported:
        return owns
    return not activating


class ClipboardGuard(QObject):
    """Marks what this application copies and clears it after ``clear_after_ms``."""

    def __init__(self, app: QApplication, *, platform: str = sys.platform) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        self.clear_after_ms = CLEAR_AFTER_MS
        self.markers = markers_for(platform)
        self.ownership_reported = QApplication.platformName() not in NO_OWNERSHIP_PLATFORMS
        self._clipboard: QClipboard = QApplication.clipboard()
        self._ours: QMimeData | None = None  # what we put there, by identity
        self._activating = False
        self._marking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_still_ours)
        self._clipboard.dataChanged.connect(self._changed)
        if not self.ownership_reported:
            # An application-wide filter sees every event: only where it is needed.
            app.installEventFilter(self)
        # Closing with our data still there: clear it rather than hand it to a
        # clipboard manager (X11 passes the clipboard on to one at exit).
        app.aboutToQuit.connect(self._quitting)
        if platform == "darwin":
            self._mac_converter = _concealed_type_converter()

    @property
    def pending(self) -> bool:
        """Whether a clear is due."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Sent to the application just before macOS's back end announces what other
        # programs copied meanwhile; the flag lasts until the event loop turns again.
        if event.type() == QEvent.Type.ApplicationActivate and not self._activating:
            self._activating = True
            QTimer.singleShot(0, self._activated)
        return False

    def _activated(self) -> None:
        self._activating = False

    def _changed(self) -> None:
        if self._marking:
            return  # our own marked copy being announced
        mime = self._clipboard.mimeData()
        if mime is None or not mime.formats():
            self._forget()
            return
        owns = self.ownership_reported and self._clipboard.ownsClipboard()
        if not is_ours(
            ownership_reported=self.ownership_reported, owns=owns, activating=self._activating
        ):
            self._forget()  # someone else's now: theirs to keep
            return
        if mime is self._ours:
            return  # our marked copy coming back (some platforms tell twice)
        if not is_marked(mime, self.markers):
            marked = marked_copy(mime, self.markers)
            self._ours = marked
            self._marking = True
            try:
                self._clipboard.setMimeData(marked)
            finally:
                self._marking = False
        else:
            self._ours = mime
        self._timer.start(self.clear_after_ms)

    def clear_if_still_ours(self) -> None:
        """Clear the clipboard if it still holds what this application put there."""
        ours, self._ours = self._ours, None
        self._timer.stop()
        if ours is not None and self._clipboard.mimeData() is ours:
            self._clipboard.clear()

    def _quitting(self) -> None:
        if self._timer.isActive():
            self.clear_if_still_ours()

    def _forget(self) -> None:
        self._ours = None
        self._timer.stop()


_NAME = "clipboardGuard"


def install(app: QApplication) -> ClipboardGuard:
    """The application's guard, made on the first call."""
    existing = app.findChild(ClipboardGuard, _NAME)
    if isinstance(existing, ClipboardGuard):
        return existing
    return ClipboardGuard(app)


def _concealed_type_converter() -> object | None:
    """On macOS, write our concealed marker under nspasteboard.org's own type name.

    Without it Qt writes an unknown MIME type under a name of its own
    (``com.trolltech.anymime...``), which Qt-based tools such as CopyQ understand but
    native clipboard managers do not look for. QUtiMimeConverter (Qt 6.5) is the
    documented way to add a mapping; when the binding lacks it, the Qt name stays.
    """
    base = getattr(QtGui, "QUtiMimeConverter", None)
    if base is None:
        return None

    class ConcealedType(base):  # type: ignore[misc, valid-type]
        def mimeForUti(self, uti: str) -> str:
            return MAC_CONCEALED_MIME if uti == MAC_CONCEALED_UTI else ""

        def utiForMime(self, mime: str) -> str:
            return MAC_CONCEALED_UTI if mime == MAC_CONCEALED_MIME else ""

        def convertToMime(self, mime: str, data: list[QByteArray], uti: str) -> object:
            return data[0] if data else QByteArray()

        def convertFromMime(self, mime: str, data: object, uti: str) -> list[QByteArray]:
            if isinstance(data, QByteArray):
                return [data]
            if isinstance(data, bytes | bytearray):
                return [QByteArray(bytes(data))]
            return [QByteArray(MAC_MARKERS[MAC_CONCEALED_MIME])]

    return ConcealedType()
