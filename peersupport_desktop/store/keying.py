"""SQLCipher keys: derived once from the passphrase, then used raw.

SQLCipher 4 derives its page key as PBKDF2-HMAC-SHA512(passphrase, salt, 256,000)
with the 16-byte salt stored in the first bytes of the file. We do that derivation
ourselves, once, and key every connection with the raw key plus salt
(``x'<key><salt>'``). The file is byte-for-byte what SQLCipher writes for the same
passphrase, so any standard SQLCipher 4 client opens it with the passphrase; and
the passphrase itself is dropped as soon as the key is derived.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.core.passphrase_policy import normalize

SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher 4's default. Tests may lower it (never the application): a vault keyed
# with another count needs ``PRAGMA kdf_iter`` in a standard client.
KDF_ITERATIONS = 256_000


@dataclass(frozen=True, slots=True, repr=False)
class VaultKey:
    """A derived key with its salt. repr() hides it so it can never reach a log."""

    key: bytes
    salt: bytes

    def pragma_literal(self) -> str:
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def __repr__(self) -> str:
        return "VaultKey(<hidden>)"


def derive(passphrase: str, salt: bytes) -> VaultKey:
    material = normalize(passphrase).encode("utf-8")
    key = hashlib.pbkdf2_hmac("sha512", material, salt, KDF_ITERATIONS, KEY_BYTES)
    return VaultKey(key, salt)


def new_key(passphrase: str) -> VaultKey:
    return derive(passphrase, secrets.token_bytes(SALT_BYTES))


def read_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def passphrase_literal(passphrase: str) -> str:
    """A passphrase as a quoted SQL string, for PRAGMA rekey (quotes doubled)."""
    return "'" + normalize(passphrase).replace("'", "''") + "'"
