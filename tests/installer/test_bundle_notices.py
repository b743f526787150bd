"""The bundle's licence notices: every component named, every text present."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bundle_notices import (
    NOTICES_FILE,
    _ldconfig_paths,
    add_host_libraries,
    gather,
    runtime_distributions,
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("notices")
    gather(folder)
    return folder


def test_names_qt_sqlcipher_openssl_reportlab_and_python(notices: Path) -> None:
    index = (notices / NOTICES_FILE).read_text(encoding="utf-8")
    for expected in (
        "Qt 6.",
        "LGPL-3.0-only",
        "https://download.qt.io/",
        "SQLCipher",
        "OpenSSL",
        "reportlab",
        "Python 3.",
    ):
        assert expected in index


def test_every_bundled_package_is_listed_with_its_licence_text(notices: Path) -> None:
    index = (notices / NOTICES_FILE).read_text(encoding="utf-8")
    names = {dist.metadata["Name"] for dist in runtime_distributions()}
    assert {"PySide6_Essentials", "sqlcipher3", "reportlab", "SQLAlchemy"} <= names
    assert "pytest" not in names  # a test dependency is not bundled
    for name in names:
        assert f"\n{name} " in index, name
    texts = [line.split("Text: ", 1)[1] for line in index.splitlines() if "Text: " in line]
    assert texts
    for text in texts:
        assert (notices / text).is_file(), text


def test_the_committed_texts_are_the_licences_themselves(notices: Path) -> None:
    first_lines = {
        "LGPL-3.0.txt": "GNU LESSER GENERAL PUBLIC LICENSE",
        "GPL-3.0.txt": "GNU GENERAL PUBLIC LICENSE",
        "Apache-2.0.txt": "Apache License",
        "SQLCipher.txt": "ZETETIC LLC",
    }
    for name, expected in first_lines.items():
        assert expected in (notices / "texts" / name).read_text(encoding="utf-8")[:400]


def test_gathering_again_starts_afresh(notices: Path) -> None:
    stale = notices / "packages" / "left-over"
    stale.mkdir(parents=True)
    gather(notices)
    assert not stale.exists()


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="the notices come from Debian packages")
def test_the_host_s_libraries_in_a_bundle_get_their_packages_notices(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    gather(internal / "licenses")
    host_zlib = Path(_ldconfig_paths()["libz.so.1"])
    zlib = host_zlib
    shutil.copyfile(host_zlib, internal / zlib.name)
    (internal / "libQt6Core.so.6").symlink_to(host_zlib)  # a link: the bundle's own
    (internal / "libpython3.11.so.1.0").write_bytes(b"")  # Python's, noticed already

    packages = add_host_libraries(internal)

    assert packages == ["zlib1g"]
    index = (internal / "licenses" / NOTICES_FILE).read_text(encoding="utf-8")
    assert f"{zlib.name} (Debian package zlib1g)" in index
    assert "zlib" in (internal / "licenses" / "host" / "zlib1g.txt").read_text(encoding="utf-8")
