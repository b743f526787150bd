"""One name, one id and one version everywhere the installers and the application say them."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET

from bundle_identity import APP_ID, platform_tag, version
from linux_package import DESKTOP_ENTRY, METAINFO
from peersupport_desktop import __version__


def test_the_version_is_pyproject_s_and_the_package_s() -> None:
    assert version() == __version__


def test_the_newest_appstream_release_is_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "AppStream metadata lists no release"
    assert releases[0].get("version") == version(), "add a <release> for the new version"


def test_appstream_names_the_desktop_entry_and_icon_by_the_app_id() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == APP_ID
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"


def test_the_desktop_entry_starts_the_window_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert DESKTOP_ENTRY.name == f"{APP_ID}.desktop"
    assert section["Type"] == "Application"
    assert section["Name"] == "Peer Support Desktop"
    assert section["Icon"] == APP_ID
    assert section["Exec"] == "PeerSupportDesktop"  # install.sh makes it the full path
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


def test_platform_tag_names_system_and_machine() -> None:
    system, machine = platform_tag().split("-", 1)
    assert system in {"linux", "windows", "macos"}
    assert machine
