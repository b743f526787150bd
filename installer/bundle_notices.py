"""The licence notices for everything the bundle carries, gathered at build time.

The Python packages' own licence files come from their installed metadata, so a new
dependency brings its notice without anyone remembering to add it. What no package
metadata carries is committed in installer/licenses/: the LGPL and GPL texts for Qt
(PySide6's wheels hold none), SQLCipher's licence, and the Apache licence of the
OpenSSL built into it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

from bundle_identity import APP_NAME, INSTALLER, ROOT, version

COMMITTED = INSTALLER / "licenses"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
# Licence files in a package's metadata that are not the licence itself.
_NOT_LICENCES = re.compile(r"(AUTHORS|sboms/)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str
    files: tuple[str, ...]  # relative to the notices folder
    note: str = ""


def gather(folder: Path) -> list[Component]:
    """Every notice into ``folder`` (made fresh), with an index file naming each."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copytree(COMMITTED, folder / "texts")
    components = [*_not_from_packages(folder), *_from_packages(folder)]
    (folder / NOTICES_FILE).write_text(_index(components), encoding="utf-8")
    return components


def add_host_libraries(internal: Path) -> list[str]:
    """Linux: the notices of the host's libraries the bundle carries (the few Python's
    own modules link to, and the X11 ones Qt needs that desktops lack), from the Debian
    packages they came from, appended to the bundle's notices. Returns the packages."""
    folder = internal / "licenses"
    libraries = sorted(
        path.name
        for path in internal.glob("*.so*")
        if path.is_file() and not path.is_symlink() and not path.name.startswith("libpython")
    )
    known = _ldconfig_paths()
    packages: dict[str, list[str]] = {}
    for name in libraries:
        package = _debian_package(known.get(name))
        packages.setdefault(package or "", []).append(name)
    lines = ["", "Libraries of the build machine (Linux)", ""]
    for package, names in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if package and copyright_file.is_file():
            target = folder / "host" / f"{package}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(copyright_file, target)
            lines += [f"{', '.join(names)} (Debian package {package})"]
            lines += [f"  Text: {target.relative_to(folder).as_posix()}", ""]
        else:
            lines += [f"{', '.join(names)}: the build machine's; see its packages' licences", ""]
    with (folder / NOTICES_FILE).open("a", encoding="utf-8") as index:
        index.write("\n".join(lines))
    return sorted(package for package in packages if package)


def _ldconfig_paths() -> dict[str, str]:
    try:
        listed = subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    found: dict[str, str] = {}
    for line in listed.splitlines():
        name, _, path = line.strip().partition(" => ")
        found.setdefault(name.split(" ", 1)[0], path)
    return found


def _debian_package(path: str | None) -> str | None:
    if path is None or shutil.which("dpkg") is None:
        return None
    for candidate in (path, str(Path(path).resolve())):
        owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if owner.returncode == 0:
            return owner.stdout.split(":", 1)[0]
    return None


def runtime_distributions(root: str = "peersupport-desktop") -> list[metadata.Distribution]:
    """The application's installed dependencies, transitively, without extras."""
    seen: dict[str, metadata.Distribution] = {}
    waiting = [root]
    while waiting:
        name = _normal(waiting.pop())
        if name in seen:
            continue
        dist = metadata.distribution(name)
        seen[name] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                waiting.append(requirement.name)
    del seen[_normal(root)]
    return sorted(seen.values(), key=lambda dist: _normal(dist.metadata["Name"]))


def _from_packages(folder: Path) -> list[Component]:
    components = []
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        files = []
        for path in _licence_files(dist):
            target = folder / "packages" / name / Path(str(path)).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(str(dist.locate_file(path))), target)
            files.append(target.relative_to(folder).as_posix())
        licence = dist.metadata["License-Expression"] or dist.metadata["License"] or ""
        if name.lower().startswith(("pyside6", "shiboken6")):
            files = ["texts/LGPL-3.0.txt", "texts/GPL-3.0.txt"]
            licence = "LGPL-3.0-only (the terms under which it is used here)"
        first_line = licence.splitlines()[0] if licence.strip() else _classifier_licence(dist)
        components.append(Component(name, dist.version, first_line, tuple(files)))
    return components


def _classifier_licence(dist: metadata.Distribution) -> str:
    prefix = "License :: OSI Approved :: "
    named = [
        c[len(prefix) :] for c in dist.metadata.get_all("Classifier") or [] if c.startswith(prefix)
    ]
    return " / ".join(named) or "see its licence file"


def _licence_files(dist: metadata.Distribution) -> list[metadata.PackagePath]:
    found = []
    for path in dist.files or []:
        text = str(path)
        in_metadata = ".dist-info/" in text
        named_licence = re.search(r"(LICEN[CS]E|COPYING|NOTICE)", Path(text).name, re.I)
        if in_metadata and named_licence and not _NOT_LICENCES.search(text):
            found.append(path)
    return found


def _not_from_packages(folder: Path) -> list[Component]:
    python_licence = _python_licence()
    shutil.copyfile(python_licence, folder / "texts" / "Python.txt")
    fonts = []
    for licence in sorted((ROOT / "resources" / "fonts").glob("LICENSE-*")):
        shutil.copyfile(licence, folder / "texts" / licence.name)
        fonts.append(f"texts/{licence.name}")
    return [
        Component(
            "Qt",
            _qt_version(),
            "LGPL-3.0-only",
            ("texts/LGPL-3.0.txt", "texts/GPL-3.0.txt"),
            note=(
                "Qt's libraries are separate shared libraries in this folder and may be "
                "replaced by compatible builds of the same version. Their source: "
                "https://download.qt.io/official_releases/qt/ and, for PySide6, "
                "https://download.qt.io/official_releases/QtForPython/. The third-party "
                "components inside Qt are listed at "
                "https://doc.qt.io/qt-6/licenses-used-in-qt.html."
            ),
        ),
        Component(
            "SQLCipher",
            "4 (inside sqlcipher3)",
            "BSD-3-Clause",
            ("texts/SQLCipher.txt",),
            note="SQLite, on which it is built, is in the public domain.",
        ),
        Component(
            "OpenSSL",
            "3 (inside sqlcipher3)",
            "Apache-2.0",
            ("texts/Apache-2.0.txt",),
            note="This product includes software developed by the OpenSSL Project.",
        ),
        Component("Python", sys.version.split()[0], "PSF-2.0", ("texts/Python.txt",)),
        Component(
            "Fonts: DejaVu, Droid Sans Fallback, NanumGothic",
            "",
            "Bitstream Vera / Apache-2.0 / OFL-1.1",
            tuple(fonts),
        ),
    ]


def _python_licence() -> Path:
    candidates = [
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt",
        Path(sys.base_prefix) / "share" / "doc" / "python3" / "copyright",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("Python's own LICENSE.txt is missing from this Python installation.")


def _qt_version() -> str:
    from PySide6 import QtCore

    return str(QtCore.qVersion())


def _index(components: list[Component]) -> str:
    lines = [
        f"{APP_NAME} {version()}: third-party software in this bundle",
        "",
        "Each component below is distributed under its own licence, whose text is in the",
        "file or files named after it (relative to this folder).",
        "",
    ]
    for component in components:
        lines.append(f"{component.name} {component.version}".rstrip())
        lines.append(f"  Licence: {component.licence}")
        lines.extend(f"  Text: {path}" for path in component.files)
        if component.note:
            lines.append(f"  {component.note}")
        lines.append("")
    return "\n".join(lines)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
