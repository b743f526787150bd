"""Shared fixtures: a real SQLCipher vault on disk, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Set before any Qt import anywhere in the tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peersupport_desktop.store import keying
from peersupport_desktop.store.keying import VaultKey
from peersupport_desktop.store.vault import Vault, create_vault, open_with_key

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


class VaultTemplate:
    """A new vault in a few milliseconds: create_vault runs once a session, each test
    gets a copy of that vault's file, opened the ordinary way.

    create_vault costs about 0.3 s (every migration), and most tests start from a new
    vault. A copy is what create_vault makes with ``PASSPHRASE``, closed: the same
    schema and reference rows, 0600, the WAL folded in. Opening it still verifies the
    key, checks the journal, refuses a foreign database and brings the schema up to
    date. What differs is the salt (and so the key): every copy in a session shares
    the template's. A test about a new vault itself (its fresh salt, its creation, its
    migrations), or one that needs two vaults to differ, calls create_vault.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._image: bytes | None = None
        self._key: VaultKey | None = None

    def new_vault(self, path: Path, passphrase: str = PASSPHRASE) -> Vault:
        """A vault at ``path`` as ``create_vault(path, passphrase)`` would make it.

        Made for real under another passphrase or under the real KDF (``real_kdf``):
        the template's key was derived cheaply from ``PASSPHRASE``.
        """
        if passphrase != PASSPHRASE or keying.KDF_ITERATIONS != CHEAP_KDF_ITERATIONS:
            return create_vault(path, passphrase)
        image, key = self._made()
        # As create_vault: owner-only, and never over a file that is there.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(image)
        return open_with_key(path, key)

    def _made(self) -> tuple[bytes, VaultKey]:
        if self._image is None or self._key is None:
            path = self._folder / "template.vault"
            with create_vault(path, PASSPHRASE) as made:
                key = made.key()
            # Closed, the last connection folded the WAL into the file and removed it:
            # the file alone is the whole vault.
            leftovers = sorted(p.name for p in self._folder.iterdir() if p != path)
            assert not leftovers, f"the template left {leftovers}"
            self._image, self._key = path.read_bytes(), key
        return self._image, self._key


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplate:
    return VaultTemplate(tmp_path_factory.mktemp("vault-template"))


@pytest.fixture
def make_vault(vault_template: VaultTemplate) -> Callable[..., Vault]:
    """``make_vault(path)``: a new vault at ``path``, for fixtures that need one
    elsewhere than ``new_vault_path`` (a copy of the template; see VaultTemplate)."""
    return vault_template.new_vault


@pytest.fixture
def vault(new_vault_path: Path, make_vault: Callable[..., Vault]) -> Iterator[Vault]:
    opened = make_vault(new_vault_path)
    yield opened
    opened.close()
