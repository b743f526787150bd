"""What the spec leaves out of the binaries PyInstaller collects, and why.

PyInstaller's Qt hooks collect every plugin of each module used. Some of them the
application must not carry (the VNC platform serves the screen over the network; the
TUIO touch plugin listens on UDP), and others only drag in large libraries it never
uses (the virtual keyboard brings Qt Quick and QML; the GTK theme brings GTK's stack).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import NamedTuple

# Plugin folder -> plugin names (without "lib" and suffix); None: the whole folder.
DROPPED_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qvnc", "qlinuxfb", "qeglfs", "qminimalegl", "qvkkhrdisplay"}),
    "platforminputcontexts": frozenset({"qtvirtualkeyboardplugin"}),
    "platformthemes": frozenset({"qgtk3"}),
    "imageformats": frozenset(
        {"qgif", "qicns", "qjpeg", "qpdf", "qtga", "qtiff", "qwbmp", "qwebp"}
    ),
    "generic": None,  # evdev input and TUIO touch over UDP: for kiosks, not desktops
    "egldeviceintegrations": None,  # only for the eglfs platform, dropped above
}
# Qt libraries only the dropped plugins use (as a library or a macOS framework).
DROPPED_QT_LIBRARIES = re.compile(
    r"(^|/)(lib)?Qt6?(VirtualKeyboard|Quick|Qml|EglFS|EglFsKms)[^/]*$|"
    r"/Qt(VirtualKeyboard|Quick|Qml)[^/]*\.framework/"
)
# The bootloader loads Python's library by name, not through anyone's link table.
ALWAYS_KEPT = re.compile(r"(^|/)(lib)?python3")
# Host libraries Qt's X11 platform needs that desktops often lack (Qt 6.5 and later);
# X/MIT-licensed (build.py adds their packages' notices). Every other host library that only
# Qt or Pillow needs stays the host's, as it is for the application installed with pip.
HOST_LIBRARIES_KEPT = re.compile(r"^libxcb-(cursor|icccm|keysyms|image|render-util|util)\.so")


class Entry(NamedTuple):
    """One of PyInstaller's TOC entries: where in the bundle, from where, what kind."""

    dest: str
    source: str
    typecode: str


def is_wheel_repaired(dest: str) -> bool:
    """A library auditwheel put beside a package, in ``NAME.libs/`` (already stripped)."""
    folder, _, name = dest.replace("\\", "/").partition("/")
    return folder.endswith(".libs") and bool(name)


def is_dropped(dest: str) -> bool:
    path = PurePosixPath(dest.replace("\\", "/"))
    if DROPPED_QT_LIBRARIES.search(path.as_posix()):
        return True
    if "plugins" not in path.parts[:-2]:
        return False
    group = path.parent.name
    if group not in DROPPED_PLUGINS:
        return False
    names = DROPPED_PLUGINS[group]
    stem = path.name.split(".")[0].removeprefix("lib")
    return names is None or stem in names


def without_dropped(entries: Iterable[Entry]) -> list[Entry]:
    return [entry for entry in entries if not is_dropped(entry.dest)]


def reachable(entries: list[Entry], needs: Callable[[str], Iterable[str]]) -> list[Entry]:
    """Only the libraries something kept links to, and of the host's only those Python
    itself needs (and HOST_LIBRARIES_KEPT).

    What the application loads are the Python extensions and the Qt plugins. Those
    from the Python environment (site-packages: Qt, Pillow, SQLCipher) bring their own
    libraries; the host libraries they link to (glib, CUPS and its Kerberos and TLS,
    libstdc++, X11) are the desktop's, exactly as for the application installed with
    pip, so their licences are the host's too. Python's own extensions keep what they
    link to: the bundle replaces the Python installation.

    ``needs`` gives the file names a binary links to. On Linux (ldd) that is already
    transitive; following it again costs little and serves linkers that are not.
    """
    by_name = {PurePosixPath(_posix(e.dest)).name: e for e in entries}
    roots = [e for e in entries if e.typecode == "EXTENSION" or "/plugins/" in _posix(e.dest)]
    kept = {e.dest for e in roots} | {e.dest for e in entries if ALWAYS_KEPT.search(e.dest)}
    # (binary, whether its host libraries are kept: only for Python's own runtime)
    waiting = [(e.source, not _from_environment(e)) for e in roots]
    waiting += [(e.source, True) for e in entries if ALWAYS_KEPT.search(e.dest)]
    seen: set[tuple[str, bool]] = set()
    while waiting:
        source, keeps_host = waiting.pop()
        if (source, keeps_host) in seen:
            continue
        seen.add((source, keeps_host))
        for name in needs(source):
            entry = by_name.get(PurePosixPath(name).name)
            if entry is None:
                continue
            host = not _from_environment(entry)
            if host and not keeps_host and not HOST_LIBRARIES_KEPT.search(_name(entry)):
                continue
            kept.add(entry.dest)
            waiting.append((entry.source, keeps_host and host))
    return [e for e in entries if e.dest in kept]


def _from_environment(entry: Entry) -> bool:
    """Installed into the Python environment by a package (site-packages), not the host's."""
    source = entry.source.replace("\\", "/")
    return "/site-packages/" in source or "/dist-packages/" in source


def _name(entry: Entry) -> str:
    return PurePosixPath(_posix(entry.dest)).name


def _posix(dest: str) -> str:
    return "/" + dest.replace("\\", "/")
