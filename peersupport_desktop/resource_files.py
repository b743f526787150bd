"""Where the bundled files (fonts, icons, stylesheet) are, from source, installed or frozen."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "resources",  # frozen by PyInstaller
        here / "resources",  # installed from a wheel
        here.parent / "resources",  # a source checkout or an editable install
    ]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("The application's resources folder is missing; reinstall it.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
