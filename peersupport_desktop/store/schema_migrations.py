"""Alembic, driven from code: every vault is brought to the newest schema on open."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from peersupport_desktop.store.errors import VaultError

MIGRATIONS = Path(__file__).with_name("migrations")


class VaultTooNew(VaultError):
    pass


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate in one transaction: a failed migration leaves the vault as it was."""
    scripts = ScriptDirectory.from_config(_config())
    with engine.connect() as conn:
        # SQLite's way to alter a table is to copy it and drop the old one, and with
        # foreign keys on, that drop first deletes every row, cascading to the child
        # tables (a case's contacts). So keys are off while migrating (they can only
        # be switched outside a transaction) and checked before committing.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                _upgrade_in(conn, scripts, revision)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _upgrade_in(conn: Connection, scripts: ScriptDirectory, revision: str) -> None:
    current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and not _known(scripts, current):
        raise VaultTooNew(
            "This vault was written by a newer version of Peer Support Desktop: "
            "update the application to open it."
        )
    target = scripts.get_current_head() if revision == "head" else revision
    if current == target:
        return
    command.upgrade(_config(conn), revision)
    if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
        raise VaultError("Updating the vault's format left broken links; nothing was changed.")


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False
