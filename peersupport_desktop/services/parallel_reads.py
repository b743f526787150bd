"""Independent reads two at a time: SQLite works outside Python's lock, so a second
connection uses the second core. Each read is a transaction of its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy.orm import Session

from peersupport_desktop.store.vault import Vault

READERS = 2  # the vault's pool keeps two connections ready

Item = TypeVar("Item")
Result = TypeVar("Result")


def read_in_parallel(
    vault: Vault, read: Callable[[Session, Item], Result], items: Sequence[Item]
) -> list[Result]:
    """``read(session, item)`` for every item, results in the items' order."""

    def one(item: Item) -> Result:
        with vault.transaction() as session:
            return read(session, item)

    if len(items) < 2:
        return [one(item) for item in items]
    with ThreadPoolExecutor(max_workers=READERS) as pool:
        return list(pool.map(one, items))
