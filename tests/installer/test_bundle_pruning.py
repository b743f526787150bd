"""What the bundle leaves out: network-facing and unused Qt plugins, and what only they need."""

from __future__ import annotations

import pytest
from bundle_pruning import Entry, is_dropped, reachable, without_dropped


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


def test_keeps_only_libraries_something_kept_links_to() -> None:
    entries = [
        Entry("sqlcipher3/_sqlite3.so", "/src/_sqlite3.so", "EXTENSION"),
        Entry("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        Entry("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        Entry("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        Entry("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        Entry("libxcb-cursor.so.0", "/sys/libxcb-cursor.so.0", "BINARY"),
        Entry("libgtk-3.so.0", "/sys/libgtk-3.so.0", "BINARY"),  # only the GTK theme's
        Entry("libpango-1.0.so.0", "/sys/libpango-1.0.so.0", "BINARY"),
        Entry("libpython3.11.so.1.0", "/sys/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],  # found by following, not listed above
        "/src/libqxcb.so": ["/usr/lib/libxcb-cursor.so.0", "libc.so.6"],
        "/sys/libgtk-3.so.0": ["libpango-1.0.so.0"],
    }

    kept = reachable(entries, lambda source: links.get(source, []))

    assert {entry.dest for entry in kept} == {
        "sqlcipher3/_sqlite3.so",
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",  # loaded by the bootloader by name
    }


def test_without_dropped_keeps_the_order_of_the_rest() -> None:
    entries = [
        Entry("a.so", "/a", "BINARY"),
        Entry("PySide6/Qt/plugins/platforms/libqvnc.so", "/v", "BINARY"),
        Entry("b.so", "/b", "BINARY"),
    ]
    assert [entry.dest for entry in without_dropped(entries)] == ["a.so", "b.so"]
