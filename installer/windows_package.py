"""Windows: the per-user setup program, compiled by Inno Setup 6.3 or later from
windows/*.iss."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from bundle_icons import Icons
from bundle_identity import (
    APP_NAME,
    BUNDLE_NAME,
    INSTALLER,
    PUBLISHER,
    package_stem,
    version,
)

SCRIPT = INSTALLER / "windows" / "peersupport_desktop.iss"


def inno_compiler() -> str | None:
    """ISCC.exe on PATH or where Inno Setup 6 installs itself (per machine or per user)."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(root or "/nonexistent") / sub / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def defines(bundle: Path, icons: Icons, dist: Path) -> list[str]:
    """What the script needs to know, all from one place (bundle_identity)."""
    values = {
        "AppName": APP_NAME,
        "AppVersion": version(),
        "AppNumericVersion": numeric_version(version()),
        "AppPublisher": PUBLISHER,
        "AppExe": f"{BUNDLE_NAME}.exe",
        "SourceDir": str(bundle),
        "IconFile": str(icons.ico),
        "OutputDir": str(dist),
        "OutputBaseFilename": f"{package_stem()}-setup",
    }
    return [f"/D{name}={value}" for name, value in values.items()]


def numeric_version(text: str) -> str:
    """Windows' file version takes up to four numbers only: 0.2.0rc1 is 0.2.0 there."""
    found = re.match(r"\d+(\.\d+){0,3}", text)
    if found is None:
        raise ValueError(f"The version {text!r} does not start with a number.")
    return found.group(0)


def make_installer(bundle: Path, icons: Icons, dist: Path, compiler: str) -> Path:
    subprocess.run([compiler, "/Q", *defines(bundle, icons, dist), str(SCRIPT)], check=True)
    return dist / f"{package_stem()}-setup.exe"
