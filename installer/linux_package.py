"""Linux: a tarball of the one-folder build with its desktop entry, AppStream metadata,
icons and a per-user install script; an AppImage too where appimagetool is at hand."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

from bundle_icons import Icons
from bundle_identity import APP_ID, BUNDLE_NAME, INSTALLER, package_stem, platform_tag

LINUX = INSTALLER / "linux"
DESKTOP_ENTRY = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALL_SCRIPT = LINUX / "install.sh"


def stage(bundle: Path, icons: Icons, folder: Path) -> Path:
    """The tarball's contents, laid out in ``folder``: what install.sh expects."""
    if folder.exists():
        shutil.rmtree(folder)
    share = folder / "share"
    shutil.copytree(bundle, folder / BUNDLE_NAME, symlinks=True)
    _place(DESKTOP_ENTRY, share / "applications" / DESKTOP_ENTRY.name)
    _place(METAINFO, share / "metainfo" / METAINFO.name)
    _place(icons.png, share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png")
    _place(icons.svg, share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    _place(INSTALL_SCRIPT, folder / "install.sh")
    (folder / "install.sh").chmod(0o755)
    return folder


def make_tarball(bundle: Path, icons: Icons, dist: Path, work: Path) -> Path:
    name = package_stem()
    staged = stage(bundle, icons, work / name)
    tarball = dist / f"{name}.tar.gz"
    partial = tarball.with_name(tarball.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(staged, arcname=name, filter=_owned_by_nobody)
    partial.replace(tarball)  # a failed build leaves no tarball that looks whole
    return tarball


def appimage_tool() -> str | None:
    return shutil.which("appimagetool") or shutil.which("appimagetool-x86_64.AppImage")


def make_appimage(bundle: Path, icons: Icons, dist: Path, work: Path, tool: str) -> Path:
    """An AppImage through appimagetool (which no package registry carries: it and the
    AppImage runtime come from AppImage's own GitHub releases)."""
    appdir = stage_appdir(bundle, icons, work / "AppDir")
    image = dist / f"{package_stem()}.AppImage"
    environment = {**os.environ, "ARCH": platform_tag().split("-", 1)[1]}
    subprocess.run([tool, "--no-appstream", str(appdir), str(image)], check=True, env=environment)
    return image


def stage_appdir(bundle: Path, icons: Icons, appdir: Path) -> Path:
    """The AppDir layout appimagetool packs: AppRun, the entry and icon at the top."""
    if appdir.exists():
        shutil.rmtree(appdir)
    shutil.copytree(bundle, appdir / "usr" / "lib" / BUNDLE_NAME, symlinks=True)
    _place(DESKTOP_ENTRY, appdir / DESKTOP_ENTRY.name)
    _place(icons.png, appdir / f"{APP_ID}.png")
    (appdir / ".DirIcon").symlink_to(f"{APP_ID}.png")
    _place(METAINFO, appdir / "usr" / "share" / "metainfo" / METAINFO.name)
    run = appdir / "AppRun"
    run.write_text(
        '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")'
        f'/usr/lib/{BUNDLE_NAME}/{BUNDLE_NAME}" "$@"\n',
        encoding="utf-8",
    )
    run.chmod(run.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return appdir


def _place(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Files unpack as whoever unpacks them, not as the build machine's account."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info
