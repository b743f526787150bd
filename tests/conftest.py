"""Shared fixtures: a real SQLCipher vault on disk, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import anywhere in the tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peersupport_desktop.store import keying
from peersupport_desktop.store.vault import Vault, create_vault

PASSPHRASE = "a quiet harbor at dawn with gulls"
CHEAP_KDF_ITERATIONS = 1000


@pytest.fixture(autouse=True)
def cheap_key_derivation(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests derive keys cheaply (as KeePassXC's do); ``real_kdf`` tests do not."""
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(keying, "KDF_ITERATIONS", CHEAP_KDF_ITERATIONS)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No passphrase or vault from the shell the tests run in."""
    for name in ("PEERSUPPORT_PASSPHRASE", "PEERSUPPORT_NEW_PASSPHRASE", "PEERSUPPORT_VAULT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    """The passphrase in a file, for --passphrase-file."""
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def new_vault_path(tmp_path: Path) -> Path:
    return tmp_path / "program.vault"


@pytest.fixture
def vault(new_vault_path: Path) -> Iterator[Vault]:
    opened = create_vault(new_vault_path, PASSPHRASE)
    yield opened
    opened.close()
