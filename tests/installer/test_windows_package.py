"""The Inno Setup script: per user, upgrades in place, leaves the vault and says where.

Inno Setup runs only on Windows; here the script is read for what it promises and for
every define it uses being one build.py passes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bundle_icons import Icons
from bundle_identity import APP_NAME, BUNDLE_NAME, version
from windows_package import SCRIPT, defines, inno_compiler, numeric_version

SCRIPT_TEXT = SCRIPT.read_text(encoding="utf-8")


def _setting(name: str) -> str:
    found = re.search(rf"^{name}=(.*)$", SCRIPT_TEXT, re.MULTILINE)
    assert found, f"{name} is not set"
    return found.group(1).strip()


def _passed(tmp_path: Path) -> dict[str, str]:
    icons = Icons(tmp_path / "app.ico", tmp_path / "app.icns", tmp_path / "a.png", tmp_path / "s")
    pairs = (
        define.removeprefix("/D").split("=", 1) for define in defines(tmp_path, icons, tmp_path)
    )
    return dict(pairs)


def test_every_define_the_script_uses_is_passed(tmp_path: Path) -> None:
    used = set(re.findall(r"\{#(\w+)\}", SCRIPT_TEXT)) | set(
        re.findall(r"#ifndef (\w+)", SCRIPT_TEXT)
    )
    passed = _passed(tmp_path)
    assert used <= set(passed), used - set(passed)
    assert passed["AppVersion"] == version()
    assert passed["AppName"] == APP_NAME
    assert passed["AppExe"] == f"{BUNDLE_NAME}.exe"
    assert passed["OutputBaseFilename"].endswith("-setup")


def test_installs_per_user_without_administrator_rights() -> None:
    assert _setting("PrivilegesRequired") == "lowest"
    assert _setting("DefaultDirName").startswith("{autopf}")  # per user: LocalAppData\Programs
    assert "PrivilegesRequiredOverridesAllowed" not in SCRIPT_TEXT


def test_one_app_id_for_every_version_so_installers_upgrade() -> None:
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", _setting("AppId"))


def test_start_menu_entry_and_the_whole_build_folder() -> None:
    assert '{autoprograms}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in SCRIPT_TEXT
    assert "recursesubdirs" in SCRIPT_TEXT


def test_uninstalling_leaves_the_vault_and_says_where_it_is() -> None:
    assert "[UninstallDelete]" not in SCRIPT_TEXT  # nothing beyond what it installed
    assert "usPostUninstall" in SCRIPT_TEXT
    assert "{localappdata}\\PeerSupportDesktop" in SCRIPT_TEXT  # platformdirs' folder
    assert "PEERSUPPORT_VAULT" in SCRIPT_TEXT
    assert "kept" in SCRIPT_TEXT


def test_windows_file_version_is_the_numbers_of_the_version() -> None:
    assert numeric_version("0.1.0") == "0.1.0"
    assert numeric_version("0.2.0rc1") == "0.2.0"
    assert numeric_version("1.2.3.4.5") == "1.2.3.4"


def test_upgrades_replace_the_whole_build_folder() -> None:
    section = SCRIPT_TEXT.split("[InstallDelete]", 1)[1].split("\n[", 1)[0]
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in section


def test_finds_inno_setup_installed_for_the_user_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    for name in ("ProgramFiles(x86)", "ProgramFiles"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert inno_compiler() is None
    compiler = tmp_path / "Programs" / "Inno Setup 6" / "ISCC.exe"
    compiler.parent.mkdir(parents=True)
    compiler.write_bytes(b"")
    assert inno_compiler() == str(compiler)
