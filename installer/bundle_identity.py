"""What the bundle is called on every platform, and its version (from pyproject.toml)."""

from __future__ import annotations

import platform
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the application's own package, whether installed or not
import peersupport_desktop  # noqa: E402

INSTALLER = ROOT / "installer"
APP_NAME = "Peer Support Desktop"
# The one-folder build's folder and its windowed executable.
BUNDLE_NAME = "PeerSupportDesktop"
# The console executable beside it on Windows, where a windowed one cannot print
# (elsewhere the windowed executable prints, and install scripts link this name to it).
CLI_NAME = "peersupport-desktop"
PUBLISHER = "Peer Support Desktop developers"
APP_ID = peersupport_desktop.APP_ID


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def platform_tag() -> str:
    """linux-x86_64, windows-amd64, macos-arm64: the suffix of every built file's name."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def package_stem() -> str:
    """PeerSupportDesktop-0.1.0-linux-x86_64: how every installer built here begins (the
    build deletes an earlier build's by it)."""
    return f"{BUNDLE_NAME}-{version()}-{platform_tag()}"
