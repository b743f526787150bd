"""Builds Peer Support Desktop for the platform this runs on, into dist/.

    python installer/build.py

Linux: dist/PeerSupportDesktop/ and a tarball with a per-user install script (and an
AppImage where appimagetool is on PATH). Windows: the per-user setup program (Inno
Setup 6). macOS: the .app in a disk image, signed and notarised when the credentials
are given (macos/SIGNING.md). Every build then runs its own --self-test.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import bundle_icons
import bundle_notices
from bundle_identity import (
    APP_NAME,
    BUNDLE_NAME,
    CLI_NAME,
    INSTALLER,
    ROOT,
    package_stem,
    version,
)

SPEC = INSTALLER / "peersupport_desktop.spec"
SELF_TEST_TIMEOUT_S = 300


class BuildFailed(Exception):
    """A step could not be done; the message says which and what to do."""


@dataclass
class Built:
    bundle: Path
    icons: bundle_icons.Icons
    packages: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where to put it")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--no-package", action="store_true", help="stop after the one-folder build")
    parser.add_argument("--no-self-test", action="store_true", help="skip the built --self-test")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    dist, work = args.dist.resolve(), args.work.resolve()
    try:
        built = build(dist, work)
        # Before packaging: a bundle that fails its self-test never becomes an installer
        # that looks finished (nor goes to Apple for notarising).
        if not args.no_self_test:
            self_test(built.bundle)
        if not args.no_package:
            package(built, dist, work)
    except BuildFailed as exc:
        print(f"Build failed: {exc}", file=sys.stderr)
        return 1
    print(f"\nBuilt {APP_NAME} {version()} in {time.perf_counter() - started:.0f} s:")
    print(f"  {built.bundle}  ({_megabytes(built.bundle)})")
    for made in built.packages:
        print(f"  {made}  ({_megabytes(made)})")
    for note in built.notes:
        print(f"  Note: {note}")
    return 0


def build(dist: Path, work: Path) -> Built:
    """The one-folder build (the .app on macOS), with its icons and notices."""
    _require_pyinstaller()
    # An earlier build's installers go first: a build that then fails leaves none.
    for earlier in dist.glob(f"{package_stem()}*"):
        earlier.unlink()
    icons = bundle_icons.make_icons(work / "icons")
    bundle_notices.gather(work / "notices")
    _run_pyinstaller(dist, work)
    bundle = dist / (f"{APP_NAME}.app" if sys.platform == "darwin" else BUNDLE_NAME)
    if sys.platform.startswith("linux"):
        bundle_notices.add_host_libraries(bundle / "_internal")
    return Built(bundle, icons)


def self_test(bundle: Path) -> None:
    """The built application's own --self-test, in a clean environment."""
    program = executable(bundle)
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("PEERSUPPORT_")
    }
    print(f"\nRunning {program.name} --self-test")
    try:
        finished = subprocess.run(
            [str(program), "--self-test"],
            env=environment,
            timeout=SELF_TEST_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildFailed(f"the built application did not run its self-test ({exc}).") from None
    if finished.returncode != 0:
        raise BuildFailed(f"the built application's self-test failed ({finished.returncode}).")


def executable(bundle: Path) -> Path:
    """The program that prints: the console twin on Windows, the app's own elsewhere."""
    if sys.platform == "win32":
        return bundle / f"{CLI_NAME}.exe"
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / BUNDLE_NAME
    return bundle / BUNDLE_NAME


def _require_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildFailed(
            'PyInstaller is not installed: run pip install -e ".[installer]" first.'
        ) from None


def _run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
        "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
    ]  # fmt: skip
    # The spec finds the icons and notices prepared in the scratch folder through this.
    environment = {**os.environ, "PEERSUPPORT_BUILD_WORK": str(work)}
    if subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode != 0:
        raise BuildFailed("PyInstaller stopped; its messages above say why.")


def package(built: Built, dist: Path, work: Path) -> None:
    """The platform's installer from the built folder."""
    icons = built.icons
    if sys.platform.startswith("linux"):
        import linux_package

        built.packages.append(linux_package.make_tarball(built.bundle, icons, dist, work))
        tool = linux_package.appimage_tool()
        if tool:
            image = linux_package.make_appimage(built.bundle, icons, dist, work, tool)
            built.packages.append(image)
        else:
            built.notes.append(
                "no AppImage: appimagetool is not on PATH (no package registry carries it)."
            )
    elif sys.platform == "win32":
        import windows_package

        compiler = windows_package.inno_compiler()
        if compiler is None:
            raise BuildFailed(
                "Inno Setup 6.3 or later is not installed (https://jrsoftware.org/isdl.php); "
                "or build only the folder with --no-package."
            )
        built.packages.append(windows_package.make_installer(built.bundle, icons, dist, compiler))
    elif sys.platform == "darwin":
        import macos_package

        image = macos_package.make_disk_image(built.bundle, dist, work)
        built.packages.append(image)
        if not macos_package.sign_disk_image(image):
            built.notes.append("not signed: set CODESIGN_IDENTITY (installer/macos/SIGNING.md).")
        elif not macos_package.notarise(image):
            built.notes.append("not notarised: set NOTARY_PROFILE (installer/macos/SIGNING.md).")


def _megabytes(path: Path) -> str:
    size = path.stat().st_size if path.is_file() else _folder_size(path)
    return f"{size / 1_000_000:.0f} MB"


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":
    raise SystemExit(main())
