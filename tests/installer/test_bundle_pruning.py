"""What the bundle leaves out: network-facing and unused Qt plugins, and what only they need."""

from __future__ import annotations

import pytest

from bundle_pruning import Entry, is_dropped, is_wheel_repaired, reachable, without_dropped


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqvnc.so",  # serves the screen over the network
        "PySide6/Qt/plugins/platforms/qvnc.dll",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",  # listens on UDP
        "PySide6/Qt/plugins/generic/qtuiotouchplugin.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libQt6Quick.so.6",  # PyInstaller's link to it at the top
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
    ],
)
def test_drops_what_the_application_must_not_or_need_not_carry(dest: str) -> None:
    assert is_dropped(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # the self-test's
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",  # every icon is SVG
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # Qt PDF links it (the Python module is left out)
        "resources/icons/quick.svg",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    ],
)
def test_keeps_what_the_window_needs(dest: str) -> None:
    assert not is_dropped(dest)


SITE = "/venv/lib/python3.11/site-packages"
PYTHON = "/opt/python3.11"
HOST = "/usr/lib/x86_64-linux-gnu"


def test_keeps_what_python_links_to_and_of_the_host_s_libraries_only_python_s() -> None:
    entries = [
        Entry("sqlcipher3/_sqlite3.so", f"{SITE}/sqlcipher3/_sqlite3.so", "EXTENSION"),
        Entry("PySide6/QtGui.abi3.so", f"{SITE}/PySide6/QtGui.abi3.so", "EXTENSION"),
        Entry("PySide6/Qt/lib/libQt6Gui.so.6", f"{SITE}/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        Entry("PySide6/Qt/lib/libQt6Core.so.6", f"{SITE}/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        Entry("PySide6/Qt/plugins/platforms/libqxcb.so", f"{SITE}/qxcb.so", "BINARY"),
        Entry("zlib.so", f"{PYTHON}/lib-dynload/zlib.so", "EXTENSION"),
        Entry("libpython3.11.so.1.0", f"{PYTHON}/lib/libpython3.11.so.1.0", "BINARY"),
        Entry("libz.so.1", f"{HOST}/libz.so.1", "BINARY"),  # Python's and Qt's
        Entry("libglib-2.0.so.0", f"{HOST}/libglib-2.0.so.0", "BINARY"),  # only Qt's
        Entry("libxcb-cursor.so.0", f"{HOST}/libxcb-cursor.so.0", "BINARY"),  # kept on purpose
        Entry("libxcb-render-util.so.0", f"{HOST}/libxcb-render-util.so.0", "BINARY"),
        Entry("libxcb.so.1", f"{HOST}/libxcb.so.1", "BINARY"),  # every X11 desktop's
        Entry("libgtk-3.so.0", f"{HOST}/libgtk-3.so.0", "BINARY"),  # nobody's now
    ]
    links = {
        f"{SITE}/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        f"{SITE}/PySide6/Qt/lib/libQt6Gui.so.6": ["libQt6Core.so.6", "libz.so.1"],
        f"{SITE}/PySide6/Qt/lib/libQt6Core.so.6": ["libglib-2.0.so.0"],
        f"{SITE}/qxcb.so": [f"{HOST}/libxcb-cursor.so.0", "libxcb.so.1", "libc.so.6"],
        f"{HOST}/libxcb-cursor.so.0": ["libxcb-render-util.so.0", "libxcb.so.1"],
        f"{PYTHON}/lib-dynload/zlib.so": ["libz.so.1"],
    }

    kept = reachable(entries, lambda source: links.get(source, []))

    assert {entry.dest for entry in kept} == {
        "sqlcipher3/_sqlite3.so",
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",  # found by following, not listed by the extension
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "zlib.so",
        "libpython3.11.so.1.0",  # loaded by the bootloader by name
        "libz.so.1",
        "libxcb-cursor.so.0",
        "libxcb-render-util.so.0",
    }


def test_without_dropped_keeps_the_order_of_the_rest() -> None:
    entries = [
        Entry("a.so", "/a", "BINARY"),
        Entry("PySide6/Qt/plugins/platforms/libqvnc.so", "/v", "BINARY"),
        Entry("b.so", "/b", "BINARY"),
    ]
    assert [entry.dest for entry in without_dropped(entries)] == ["a.so", "b.so"]


def test_libraries_a_wheel_repaired_are_told_apart_so_they_are_never_stripped_again() -> None:
    # Stripped a second time, numpy's OpenBLAS no longer loads, and neither does the
    # solver that proves the reports safe.
    assert is_wheel_repaired("numpy.libs/libscipy_openblas64_-99b71e71.so")
    assert is_wheel_repaired("numpy.libs\\libgfortran-040039e1.so.5.0.0")
    assert not is_wheel_repaired("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so")
    assert not is_wheel_repaired("libpython3.11.so.1.0")
    assert not is_wheel_repaired("PySide6/Qt/lib/libQt6Core.so.6")
