"""Confidential values never reach the log or an error's text."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from peersupport_desktop.store.errors import VaultError
from peersupport_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.program_builder import CLINICIAN_EMAIL, CLINICIAN_NAME, NOTE, build_program


def test_engine_logging_hides_parameters(vault: Vault, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
        try:
            build_program(vault)
        finally:
            logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    logged = caplog.text
    assert "INSERT INTO clinicians" in logged  # the log was really captured
    for secret in (CLINICIAN_NAME, CLINICIAN_EMAIL, NOTE, PASSPHRASE):
        assert secret not in logged


def test_a_refused_write_says_nothing_of_the_values(vault: Vault) -> None:
    with pytest.raises(VaultError) as refused, vault.transaction() as session:
        session.execute(
            text("INSERT INTO departments (id, name) VALUES (1, :a), (1, :b)"),
            {"a": CLINICIAN_NAME, "b": NOTE},
        )
    message = str(refused.value)
    assert CLINICIAN_NAME not in message and NOTE not in message
    assert refused.value.__cause__ is None and refused.value.__suppress_context__


def test_a_full_disk_is_named_and_loses_nothing_committed(vault: Vault) -> None:
    from peersupport_desktop.store.errors import VaultStorageError

    build_program(vault)
    with vault.transaction() as session:
        before = session.execute(text("SELECT count(*) FROM clinicians")).scalar()
        pages = session.execute(text("PRAGMA page_count")).scalar()
    # SQLite answers exactly as for a full disk once the page limit is reached.
    with (
        pytest.raises(VaultStorageError, match="disk is full") as refused,
        vault.transaction() as session,
    ):
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        for n in range(2000):
            session.execute(
                text("INSERT INTO departments (name) VALUES (:n)"), {"n": f"{NOTE} {n}"}
            )
    assert NOTE not in str(refused.value)
    vault.engine.dispose()  # drop the connection that carries the page limit
    with vault.transaction() as session:
        assert session.execute(text("SELECT count(*) FROM clinicians")).scalar() == before
        assert session.execute(text("SELECT count(*) FROM departments")).scalar() == 2
