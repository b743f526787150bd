"""A vault's WAL read without SQLite: would opening it lose a saved change, and under
which key are its pages?

SQLite reads a WAL frame by frame and stops at the first whose salts or running
checksum do not match; everything after is treated as never written, and the next
checkpoint deletes it. That is right for a transaction cut short by a crash, but a
damaged or truncated WAL loses committed transactions the same silent way. So before a
vault is opened, its WAL is read here (format: https://www.sqlite.org/fileformat.html,
section 4), with two witnesses SQLite does not use:

- the wal-index (``-shm``), which a crash leaves behind, records how many frames had
  been committed; fewer valid frames than that means frames were lost;
- every page carries SQLCipher's HMAC over its content and number, so a frame after the
  break that verifies under the key, and closes a transaction, is a saved change that
  SQLite would drop.

The HMAC also says whose pages these are: a change of passphrase cut short (by an older
version, which re-keyed in place) leaves every page re-keyed in the WAL while the main
file keeps the old key.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from peersupport_desktop.store.keying import VaultKey

_MAGIC = (0x377F0682, 0x377F0683)  # the low bit: checksums over big-endian words
_HEADER = struct.Struct(">IIII8s8s")  # magic, version, page size, sequence, salts, checksum
_FRAME_HEADER = struct.Struct(">II8sII")  # page number, size after commit, salts, checksum
_SHM_HEADER = struct.Struct("=IIIBBHII8x8s8x")  # SQLite writes the wal-index in native order
# SQLCipher 4's page: 16 bytes of salt on page 1, then ciphertext; a 16-byte IV and a
# 64-byte HMAC-SHA512 at the end. Its HMAC key comes from the page key and the salt.
_IV_BYTES = 16
_HMAC_BYTES = 64
_SALT_BYTES = 16
_HMAC_SALT_MASK = 0x3A
_HMAC_KDF_ITERATIONS = 2
DEFAULT_PAGE_SIZE = 4096  # SQLCipher 4's, for frames a broken header cannot size


@dataclass(frozen=True, slots=True)
class WalReading:
    """What a vault's WAL holds, as far as SQLite will use it and beyond."""

    pages: frozenset[int]  # the pages SQLite will read from it (up to its last commit)
    verified: int  # of those pages, how many verify under the key (each page's latest frame)
    database_pages: int  # the vault's size in pages at that last commit
    loses_saved_changes: bool  # committed frames SQLite would silently drop

    @property
    def used_pages(self) -> int:
        return len(self.pages)

    @property
    def under_this_key(self) -> bool:
        return self.verified == self.used_pages

    @property
    def under_another_key(self) -> bool:
        return self.used_pages > 0 and self.verified == 0

    @property
    def holds_every_page(self) -> bool:
        """A whole image of the vault: what re-keying in place writes before its checkpoint."""
        wanted = range(1, self.database_pages + 1)
        return self.database_pages > 0 and all(page in self.pages for page in wanted)


def wal_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + "-wal")


def read_wal(vault_path: Path, key: VaultKey) -> WalReading | None:
    """The WAL beside ``vault_path`` checked against ``key``; None when there is none
    (or it is empty). Only reads; OSError when the file cannot be read.

    Another process may be writing the WAL meanwhile (the window while a command runs),
    and a pass that catches a frame half-written, or a restart between reading the
    index and the frames, would see a loss that is not there. So a loss is only said
    when a second pass a moment later reads exactly the same bytes and sees it too; a
    WAL that keeps changing is a live one, which SQLite will not recover from anyway.
    """
    hmac_key = _hmac_key(key)
    reading = _read_once(vault_path, hmac_key)
    for _ in range(_CONFIRMATIONS):
        if reading is None or not reading[0].loses_saved_changes:
            break
        time.sleep(_SETTLE_S)
        again = _read_once(vault_path, hmac_key)
        if again is not None and again[1] == reading[1]:
            return again[0]  # the same bytes twice: a loss left by a crash, not a writer
        reading = again
    else:
        if reading is not None:  # changing at every pass: live, not damaged
            return dataclasses.replace(reading[0], loses_saved_changes=False)
    return None if reading is None else reading[0]


_CONFIRMATIONS = 3
_SETTLE_S = 0.05


def _read_once(vault_path: Path, hmac_key: bytes) -> tuple[WalReading, bytes] | None:
    """One pass over the WAL and its index, with a digest of every byte read."""
    digest = hashlib.sha256()
    index = _index_header(vault_path)
    digest.update(index or b"")
    try:
        with wal_path(vault_path).open("rb") as handle:
            reader = _Digesting(handle, digest)
            head = reader.read(_HEADER.size)
            if not head:
                return None
            reading = _read(reader, head, _committed_frames(index), hmac_key)
    except FileNotFoundError:
        return None
    return reading, digest.digest()


class _Digesting:
    """A file read through a digest: two passes that read the same bytes agree."""

    def __init__(self, handle: BinaryIO, digest: Any) -> None:
        self.handle, self.digest = handle, digest

    def read(self, size: int) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def first_page_verifies(vault_path: Path, key: VaultKey, page_size: int) -> bool:
    """Whether the vault file's first page is under ``key`` (it may not be, while the
    WAL's pages are: a change of key cut short)."""
    with vault_path.open("rb") as handle:
        return _verifies(handle.read(page_size), 1, _hmac_key(key))


def _read(handle: _Digesting, head: bytes, committed: _Committed | None, key: bytes) -> WalReading:
    magic, _version, page_size, _sequence, salts, _checksum_stored = _HEADER.unpack(
        head.ljust(_HEADER.size, b"\0")
    )
    big_endian = magic & 1 == 1
    running = struct.unpack(">II", head[24:32].ljust(8, b"\0"))
    if not (
        len(head) == _HEADER.size
        and magic in _MAGIC
        and _power_of_two_page(page_size)
        and _checksum(head[:24], (0, 0), big_endian) == running
    ):
        # SQLite ignores a WAL whose header does not hold, and whatever it carried.
        lost = (committed is not None and committed.frames > 0) or any(
            frame.commit and _verifies(page, frame.page, key)
            for frame, page in _frames(handle, DEFAULT_PAGE_SIZE)
        )
        return WalReading(frozenset(), 0, 0, lost)
    used = database_pages = 0
    latest: dict[int, bool] = {}  # page -> whether its latest committed frame verifies
    pending: list[tuple[int, bool]] = []  # the frames of a transaction not yet committed
    broken = lost = False
    for frame, page in _frames(handle, page_size):
        matches = frame.salts == salts
        if not broken and matches:
            running = _checksum(frame.raw[:8] + page, running, big_endian)
            broken = running != frame.checksum
        if broken or not matches:
            # Past SQLite's end: a frame of this WAL's generation that verifies and closes
            # a transaction is a saved change SQLite would not see.
            if matches and frame.commit and _verifies(page, frame.page, key):
                lost = True
            broken = True
            continue
        pending.append((frame.page, _verifies(page, frame.page, key)))
        if frame.commit:
            used += len(pending)
            latest.update(pending)
            database_pages = frame.commit
            pending.clear()
    if committed is not None and committed.salts == salts and committed.frames > used:
        lost = True  # the wal-index saw commits that the WAL no longer holds whole
    return WalReading(frozenset(latest), sum(latest.values()), database_pages, lost)


@dataclass(frozen=True, slots=True)
class _Frame:
    raw: bytes
    page: int
    commit: int
    salts: bytes
    checksum: tuple[int, int]


def _frames(handle: _Digesting, page_size: int) -> Iterator[tuple[_Frame, bytes]]:
    while True:
        raw = handle.read(_FRAME_HEADER.size)
        page = handle.read(page_size)
        if len(raw) < _FRAME_HEADER.size or len(page) < page_size:
            return  # a frame cut short is no frame
        number, commit, salts, first, second = _FRAME_HEADER.unpack(raw)
        yield _Frame(raw, number, commit, salts, (first, second)), page


@dataclass(frozen=True, slots=True)
class _Committed:
    frames: int
    salts: bytes


def _index_header(vault_path: Path) -> bytes | None:
    """The wal-index's header (both copies), as a crash left it."""
    try:
        with vault_path.with_name(vault_path.name + "-shm").open("rb") as handle:
            return handle.read(2 * _SHM_HEADER.size)
    except OSError:
        return None


def _committed_frames(head: bytes | None) -> _Committed | None:
    """The wal-index's count of committed frames, when it holds one SQLite would trust
    (both copies of its header agree and it was initialised)."""
    if head is None or len(head) < 2 * _SHM_HEADER.size:
        return None
    if head[: _SHM_HEADER.size] != head[_SHM_HEADER.size :]:
        return None
    _version, _unused, _change, initialised, _order, _size, frames, _pages, salts = (
        _SHM_HEADER.unpack(head[: _SHM_HEADER.size])
    )
    return _Committed(frames, salts) if initialised else None


def _checksum(data: bytes, start: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (walChecksumBytes): a running Fibonacci-weighted sum."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    first, second = start
    mask = 0xFFFFFFFF
    for index in range(0, len(words), 2):
        first = (first + words[index] + second) & mask
        second = (second + words[index + 1] + first) & mask
    return first, second


def _hmac_key(key: VaultKey) -> bytes:
    mask = bytes(byte ^ _HMAC_SALT_MASK for byte in key.salt)
    return hashlib.pbkdf2_hmac("sha512", key.key, mask, _HMAC_KDF_ITERATIONS, len(key.key))


def _verifies(page: bytes, number: int, hmac_key: bytes) -> bool:
    start = _SALT_BYTES if number == 1 else 0
    end = len(page) - _HMAC_BYTES
    if end - _IV_BYTES <= start:
        return False
    stored = page[end:]
    computed = hmac.new(hmac_key, page[start:end] + struct.pack("<I", number), "sha512")
    return hmac.compare_digest(computed.digest(), stored)


def _power_of_two_page(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0
