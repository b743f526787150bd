"""Vault errors: each carries one sentence a coordinator can act on, and never a data value."""

from __future__ import annotations

from peersupport_desktop.core.sayable import Sayable


class VaultError(Sayable):
    """Base of every vault problem; ``str(error)`` is the sentence to show."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "The passphrase does not open this vault. Check it and try again; "
            "if you are sure it is right, the vault's first page may be damaged: restore a backup."
        )


class DamagedVault(VaultError):
    """The file is truncated, corrupted, or not a vault at all."""


class DamagedJournal(DamagedVault):
    """The vault's WAL would lose saved changes if opened: left as it is, unopened."""


class PassphraseChangeCutShort(WrongPassphrase):
    """The old passphrase, given for a vault whose latest pages are under a new one."""

    def __init__(self) -> None:
        VaultError.__init__(
            self,
            "A change of this vault's passphrase was cut short: its latest pages are "
            "under the new passphrase. Unlock it with the new passphrase to finish the "
            "change; nothing has been altered.",
        )


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class OutputExists(VaultExists):
    """A file to write is there already, and nobody said to replace it."""


class OutputRefused(VaultError):
    """A file to write would replace the vault, a backup, the input, or a special file."""


class VaultStorageError(VaultError):
    """The disk refused: full, read-only, or gone."""


class VaultBusy(VaultError):
    pass


class VaultInUse(VaultBusy):
    """Another window or command of this application holds the vault's instance lock."""

    def __init__(self) -> None:
        super().__init__(
            "This vault is already open in Peer Support Desktop (in another window, "
            "or a command still running): close it there first."
        )


class InvalidPassphrase(VaultError):
    """A new passphrase that breaks the rules."""
