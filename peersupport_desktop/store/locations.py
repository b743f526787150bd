"""Where the vault lives unless the coordinator says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "PeerSupportDesktop"
VAULT_ENV = "PEERSUPPORT_VAULT"
VAULT_FILE = "program.vault"


def default_vault_path() -> Path:
    """``PEERSUPPORT_VAULT`` if set, else the platform's per-user application data folder."""
    chosen = os.environ.get(VAULT_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / VAULT_FILE
