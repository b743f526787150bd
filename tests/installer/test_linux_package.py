"""The Linux tarball and its install script, on a stand-in bundle in a stand-in home."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

from bundle_icons import Icons, make_icons
from bundle_identity import APP_ID, BUNDLE_NAME, version
from linux_package import make_appimage, make_tarball, stage, stage_appdir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the install script is POSIX sh")


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Icons:
    return make_icons(tmp_path_factory.mktemp("icons"))


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A one-folder build's shape: the executable (here a script saying its arguments)
    and its _internal folder."""
    folder = tmp_path / "dist" / BUNDLE_NAME
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "library.so").write_bytes(b"\x7fELF stand-in")
    program = folder / BUNDLE_NAME
    program.write_text('#!/bin/sh\necho "started with: $*"\n', encoding="utf-8")
    program.chmod(0o755)
    return folder


@pytest.fixture
def staged(bundle: Path, icons: Icons, tmp_path: Path) -> Path:
    """The tarball's contents, unpacked."""
    return stage(bundle, icons, tmp_path / "staged")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _app(home: Path) -> Path:
    """Where install.sh puts the application."""
    return home / ".local" / "lib" / "peersupport-desktop"


def _install(staged: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run_script(staged / "install.sh", home, *args)


def _run_script(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(
        ["sh", str(script), *args], env=environment, capture_output=True, text=True, check=False
    )


def test_install_puts_the_application_in_the_menu_and_on_the_path(staged: Path, home: Path) -> None:
    installed = _install(staged, home)

    assert installed.returncode == 0, installed.stderr
    app = _app(home)
    share = home / ".local" / "share"
    link = home / ".local" / "bin" / "peersupport-desktop"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/{BUNDLE_NAME}"' in entry
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    ran = subprocess.run([str(link), "--self-test"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "started with: --self-test"
    assert "--self-test" in installed.stdout


def test_reinstalling_replaces_the_old_build_whole(
    bundle: Path, icons: Icons, tmp_path: Path, home: Path
) -> None:
    assert _install(stage(bundle, icons, tmp_path / "first"), home).returncode == 0
    app = _app(home)
    (app / "_internal" / "left-from-the-old-version.so").write_bytes(b"old")

    assert _install(stage(bundle, icons, tmp_path / "second"), home).returncode == 0

    assert not (app / "_internal" / "left-from-the-old-version.so").exists()
    assert (app / "_internal" / "library.so").is_file()
    assert not (app.parent / "peersupport-desktop.new").exists()


def _desktop_exec(line: str) -> str:
    """The program path an Exec="…" line names, unescaped as the desktop entry
    specification says: first the string's backslashes, then the quoting, then %%."""
    value = line.removeprefix("Exec=")
    value = value.replace("\\\\", "\x00").replace("\x00", "\\")  # string level: \\ is \
    assert value.startswith('"') and value.endswith('"')
    inner, unquoted, escaped = value[1:-1], [], False
    for char in inner:
        if escaped or char != "\\":
            unquoted.append(char)
            escaped = False
        else:
            escaped = True
    return "".join(unquoted).replace("%%", "%")


def test_the_menu_entry_starts_the_right_program_from_an_awkward_home(
    staged: Path, tmp_path: Path
) -> None:
    home = tmp_path / 'Dr "Ana" O\'Neil 100% $HOME `x` back\\slash'
    home.mkdir()

    assert _install(staged, home).returncode == 0

    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    (line,) = [x for x in entry.read_text(encoding="utf-8").splitlines() if x.startswith("Exec=")]
    program = _app(home) / BUNDLE_NAME
    assert _desktop_exec(line) == str(program)
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert b"error" not in checked.stdout + checked.stderr


def test_the_installed_copy_uninstalls_without_the_unpacked_tarball(
    staged: Path, home: Path
) -> None:
    installed = _install(staged, home)
    shutil.rmtree(staged)
    app = _app(home)
    assert f"{app}/uninstall.sh" in installed.stdout

    removed = _run_script(app / "uninstall.sh", home)

    assert removed.returncode == 0, removed.stderr
    assert not app.exists()
    assert not (home / ".local" / "bin" / "peersupport-desktop").exists()


def test_uninstall_removes_the_application_and_keeps_the_vault(staged: Path, home: Path) -> None:
    assert _install(staged, home).returncode == 0
    vault_folder = home / ".local" / "share" / "PeerSupportDesktop"
    (vault_folder / "backups").mkdir(parents=True)
    (vault_folder / "program.vault").write_bytes(b"encrypted records")
    (vault_folder / "backups" / "program-20261101-090000.vault").write_bytes(b"a backup")

    removed = _install(staged, home, "--uninstall")

    assert removed.returncode == 0, removed.stderr
    assert not _app(home).exists()
    assert not (home / ".local" / "bin" / "peersupport-desktop").exists()
    assert not (home / ".local" / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert (vault_folder / "program.vault").read_bytes() == b"encrypted records"
    assert (vault_folder / "backups" / "program-20261101-090000.vault").is_file()
    assert str(vault_folder) in removed.stdout


def test_an_unknown_option_changes_nothing(staged: Path, home: Path) -> None:
    refused = _install(staged, home, "--everywhere")
    assert refused.returncode == 2
    assert "Usage" in refused.stderr
    assert not (home / ".local").exists()


def test_the_tarball_unpacks_to_one_folder_anyone_may_own(
    bundle: Path, icons: Icons, tmp_path: Path
) -> None:
    dist = tmp_path / "out"
    dist.mkdir()
    tarball = make_tarball(bundle, icons, dist, tmp_path / "work")

    assert tarball.name.startswith(f"{BUNDLE_NAME}-{version()}-linux-")
    assert not list(dist.glob("*.partial"))
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
    top = tarball.name.removesuffix(".tar.gz")
    assert {name.split("/", 1)[0] for name in members} == {top}
    script = members[f"{top}/install.sh"]
    assert script.mode & stat.S_IXUSR
    assert members[f"{top}/{BUNDLE_NAME}/{BUNDLE_NAME}"].mode & stat.S_IXUSR
    assert f"{top}/share/applications/{APP_ID}.desktop" in members
    assert all(member.uid == 0 and member.uname == "" for member in members.values())


def test_the_appimage_folder_starts_the_bundle(bundle: Path, icons: Icons, tmp_path: Path) -> None:
    appdir = stage_appdir(bundle, icons, tmp_path / "AppDir")

    ran = subprocess.run(
        [str(appdir / "AppRun"), "a b"], capture_output=True, text=True, check=True
    )

    assert ran.stdout.strip() == "started with: a b"
    assert (appdir / f"{APP_ID}.desktop").is_file()
    assert (appdir / ".DirIcon").resolve() == (appdir / f"{APP_ID}.png").resolve()
    assert (appdir / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_the_appimage_is_packed_by_appimagetool_from_that_folder(
    bundle: Path, icons: Icons, tmp_path: Path
) -> None:
    """appimagetool itself is not installable here; a stand-in checks what it is given."""
    tool = tmp_path / "appimagetool"
    tool.write_text(
        '#!/bin/sh\n[ "$1" = --no-appstream ] && [ -x "$2/AppRun" ] && [ -n "$ARCH" ] '
        '&& echo image > "$3"\n',
        encoding="utf-8",
    )
    tool.chmod(0o755)
    dist = tmp_path / "out"
    dist.mkdir()

    image = make_appimage(bundle, icons, dist, tmp_path / "work", str(tool))

    assert image.read_text(encoding="utf-8") == "image\n"
    assert image.suffix == ".AppImage"
