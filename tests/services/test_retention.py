"""Retention: which closed cases are past it, what de-identifying removes and keeps,
that the removed text is gone from the file's bytes, and that no figure moves."""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import functools
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select

from peersupport_desktop.core.codes import ContactKind, ContactMode, ConversationPart, Outcome
from peersupport_desktop.core.export_table import ExportKind
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.core.period_figures import Period
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import (
    audit,
    case_list,
    cases,
    contacts,
    exports,
    figures,
    resources,
    retention,
    settings,
    supporters,
)
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.models import Case, Clinician, Contact, Event, Supporter
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

T = dt.datetime
D = dt.date


@pytest.fixture
def eap(vault: Vault) -> int:
    return resources.add_resource(vault, resources.ResourceInput("eap", "EAP")).id


def fields(tag: str) -> dict[str, str]:
    """The identifying text of one planted case, each string unique in the vault."""
    return {
        "name": f"Name {tag} Ångström",
        "email": f"{tag}@example.org",
        "phone": f"+1 555 {tag}",
        "referrer": f"Referrer {tag}",
        "note": f"Note {tag}: call after the night shift",
        "description": f"Description {tag}",
        "external_ref": f"REF-{tag}",
    }


def planted(
    vault: Vault,
    tag: str,
    referred: dt.datetime,
    *,
    closed: dt.datetime | None,
    clinician_id: int | None = None,
    event_id: int | None = None,
    eap: int | None = None,
) -> cases.CaseRecord:
    """A case with every kind of identifying text, reached, offered a resource, closed."""
    text = fields(tag)
    who: dict[str, Any] = (
        {"clinician_id": clinician_id}
        if clinician_id is not None
        else {
            "clinician": ClinicianInput(
                name=text["name"], role="nurse", department="ICU", email=text["email"],
                phone=text["phone"], preferred_language="es",
            )
        }
    )  # fmt: skip
    what: dict[str, Any] = (
        {"event_id": event_id}
        if event_id is not None
        else {
            "event": EventInput(
                event_type="adverse_event", occurred_on=referred.date(), department="ICU",
                description=text["description"], external_source="Safety system",
                external_ref=text["external_ref"],
            )
        }
    )  # fmt: skip
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="colleague", referrer=text["referrer"], referred_at=referred,
            **who, **what,
        ),
    )  # fmt: skip
    contacts.log_contact(
        vault,
        case.id,
        contacts.ContactInput(
            kind=ContactKind.CONVERSATION, mode=ContactMode.PHONE,
            occurred_at=referred + dt.timedelta(hours=3), duration_minutes=40,
            parts=(ConversationPart.LISTENING,), note=text["note"],
        ),
    )  # fmt: skip
    if eap is not None:
        offer = resources.offer_resource(vault, case.id, eap, referred + dt.timedelta(days=1))
        resources.record_response(vault, offer.id, True)
    if closed is not None:
        case = cases.close_case(vault, case.id, Outcome.SUPPORTED, closed)
    return case


def row(vault: Vault, model: Any, record_id: int) -> Any:
    with vault.transaction() as session:
        found = session.get(model, record_id)
        assert found is not None
        session.expunge(found)
        return found


# -- which cases are past retention ------------------------------------------------------


def test_off_by_default_nothing_counts_and_nothing_changes(vault: Vault) -> None:
    case = planted(vault, "off1", T(2024, 1, 5, 9), closed=T(2024, 1, 20))
    assert settings.get_settings(vault).retention_months is None
    preview = retention.retention_preview(vault, D(2026, 11, 1))
    assert preview == retention.RetentionPreview(None, None, 0)
    assert retention.cases_past_retention(vault, D(2026, 11, 1)) == 0
    assert retention.deidentify_past_retention(vault, D(2026, 11, 1)) == 0
    assert row(vault, Case, case.id).referrer == "Referrer off1"
    assert audit.entries(vault, action="retention.run") == []


def test_the_boundary_day(vault: Vault) -> None:
    settings.change_settings(vault, retention_months=12)
    case = planted(vault, "edge1", T(2025, 1, 10, 9), closed=T(2025, 1, 15, 16, 30))
    day_before, the_day = D(2026, 1, 14), D(2026, 1, 15)
    assert retention.cases_past_retention(vault, day_before) == 0
    assert retention.deidentify_past_retention(vault, day_before) == 0
    assert row(vault, Case, case.id).deidentified_at is None
    preview = retention.retention_preview(vault, the_day)
    assert preview == retention.RetentionPreview(12, D(2025, 1, 15), 1)
    assert retention.deidentify_past_retention(vault, the_day) == 1
    assert row(vault, Case, case.id).deidentified_at is not None


def test_month_ends_and_leap_days(vault: Vault) -> None:
    settings.change_settings(vault, retention_months=1)
    jan31 = planted(vault, "m0131", T(2024, 1, 2, 9), closed=T(2024, 1, 31, 23, 59, 59))
    feb29 = planted(vault, "m0229", T(2024, 2, 1, 9), closed=T(2024, 2, 29, 8))
    # 31 January + 1 month = 29 February 2024 (a leap year).
    assert retention.cases_past_retention(vault, D(2024, 2, 28)) == 0
    assert retention.deidentify_past_retention(vault, D(2024, 2, 29)) == 1
    assert row(vault, Case, jan31.id).deidentified_at is not None
    # 29 February + 1 month = 29 March.
    assert retention.cases_past_retention(vault, D(2024, 3, 28)) == 0
    assert retention.deidentify_past_retention(vault, D(2024, 3, 29)) == 1
    assert row(vault, Case, feb29.id).deidentified_at is not None


def test_a_reopened_case_counts_from_its_latest_closing_and_an_open_one_never(
    vault: Vault,
) -> None:
    settings.change_settings(vault, retention_months=12)
    again = planted(vault, "again", T(2024, 1, 5, 9), closed=T(2024, 1, 10))
    cases.reopen_case(vault, again.id, T(2024, 3, 1))
    cases.close_case(vault, again.id, Outcome.SUPPORTED, T(2024, 6, 1))
    still_open = planted(vault, "open1", T(2024, 1, 5, 9), closed=T(2024, 1, 10))
    cases.reopen_case(vault, still_open.id, T(2024, 2, 1))
    never_closed = planted(vault, "never", T(2023, 1, 5, 9), closed=None)
    assert retention.cases_past_retention(vault, D(2025, 5, 31)) == 0  # first closing + 12 m
    assert retention.deidentify_past_retention(vault, D(2025, 6, 1)) == 1
    assert row(vault, Case, again.id).deidentified_at is not None
    assert retention.cases_past_retention(vault, D(2026, 11, 1)) == 0
    for kept in (still_open, never_closed):
        assert row(vault, Case, kept.id).deidentified_at is None


def test_never_as_of_a_day_to_come(vault: Vault) -> None:
    settings.change_settings(vault, retention_months=1)
    with pytest.raises(InvalidInput, match="never a later day"):
        retention.deidentify_past_retention(vault, dt.date.today() + dt.timedelta(days=1))


# -- what goes and what stays ------------------------------------------------------------


def test_what_is_removed_and_what_stays(vault: Vault, eap: int) -> None:
    settings.change_settings(vault, retention_months=12)
    old = planted(vault, "gone1", T(2024, 3, 4, 9), closed=T(2024, 4, 1), eap=eap)
    recent = planted(vault, "kept1", T(2026, 3, 4, 9), closed=T(2026, 4, 1))
    buddy = supporters.add_supporter(
        vault,
        supporters.SupporterInput(
            name="Sam Supporter", role="nurse", clinician_id=old.clinician_id
        ),
    )
    before = cases.get_case(vault, old.id)

    assert retention.deidentify_past_retention(vault, D(2026, 1, 1)) == 1

    detail = cases.get_case(vault, old.id)  # the case view still opens it
    assert detail.case.reference == before.case.reference
    assert detail.case.referrer is None
    assert detail.case.deidentified_at is not None
    # The statistics: statuses, times, outcome, contacts and offers.
    for name in ("referral_source", "referred_at", "status", "first_outreach_at", "closed_at",
                 "outcome", "outreach_due_at", "reopened_count", "supporter_id"):  # fmt: skip
        assert getattr(detail.case, name) == getattr(before.case, name)
    assert [
        (c.kind, c.mode, c.occurred_at, c.duration_minutes, c.parts) for c in detail.contacts
    ] == [(c.kind, c.mode, c.occurred_at, c.duration_minutes, c.parts) for c in before.contacts]
    assert [c.note for c in detail.contacts] == [None]
    assert detail.offers == before.offers
    # The clinician: no name, no contact details; role and department stay.
    who = detail.clinician
    assert who.name == retention.DEIDENTIFIED_NAME
    assert (who.email, who.phone, who.preferred_language) == (None, None, None)
    assert (who.role, who.department) == (before.clinician.role, before.clinician.department)
    # The event: no description, no office reference; type, date, department and source stay.
    assert detail.event.description is None
    assert (detail.event.event_type, detail.event.occurred_on, detail.event.department) == (
        before.event.event_type, before.event.occurred_on, before.event.department,
    )  # fmt: skip
    event = row(vault, Event, old.event_id)
    assert (event.external_ref, event.external_source) == (None, "Safety system")
    # The supporter who was once this clinician stays on the roster, unlinked.
    assert row(vault, Supporter, buddy.id).clinician_id is None
    assert supporters.get_supporter(vault, buddy.id).name == "Sam Supporter"
    # A de-identified case is a record of the past: it does not come back.
    assert Action.REOPEN not in detail.actions
    with pytest.raises(InvalidInput, match="de-identified"):
        cases.reopen_case(vault, old.id)

    kept = cases.get_case(vault, recent.id)  # closed within the year: untouched
    assert kept.case.referrer == "Referrer kept1" and kept.case.deidentified_at is None
    assert kept.clinician.name == "Name kept1 Ångström" and kept.event.description
    assert kept.contacts[0].note and Action.REOPEN in kept.actions


def test_the_case_list_still_shows_it(vault: Vault) -> None:
    settings.change_settings(vault, retention_months=12)
    old = planted(vault, "list1", T(2024, 3, 4, 9), closed=T(2024, 4, 1))
    retention.deidentify_past_retention(vault, D(2026, 1, 1))
    (listed,) = [r for r in case_list.all_case_rows(vault) if r.case_id == old.id]
    assert listed.reference == old.reference
    assert listed.clinician == retention.DEIDENTIFIED_NAME
    assert (listed.department, listed.event_type) == ("ICU", "adverse_event")
    assert case_list.case_row(vault, old.id) == listed


def test_a_clinician_with_a_newer_case_keeps_their_identity_until_it_is_due(
    vault: Vault,
) -> None:
    settings.change_settings(vault, retention_months=12)
    first = planted(vault, "twice", T(2024, 2, 1, 9), closed=T(2024, 2, 20))
    second = planted(
        vault, "twice2", T(2025, 6, 1, 9), closed=T(2025, 6, 30), clinician_id=first.clinician_id
    )
    supporters.add_supporter(
        vault, supporters.SupporterInput(name="Pat", role="nurse", clinician_id=first.clinician_id)
    )
    assert retention.deidentify_past_retention(vault, D(2026, 1, 1)) == 1
    person = row(vault, Clinician, first.clinician_id)
    assert (person.name, person.email) == ("Name twice Ångström", "twice@example.org")
    assert row(vault, Event, first.event_id).description is None  # its own event: all done
    assert row(vault, Event, second.event_id).description == "Description twice2"
    with vault.transaction() as session:
        assert session.scalar(select(Supporter.clinician_id)) == first.clinician_id

    assert retention.deidentify_past_retention(vault, D(2026, 6, 30)) == 1
    person = row(vault, Clinician, first.clinician_id)
    assert (person.name, person.email, person.phone) == (retention.DEIDENTIFIED_NAME, None, None)
    with vault.transaction() as session:
        assert session.scalar(select(Supporter.clinician_id)) is None


def test_a_shared_event_keeps_its_text_until_every_case_of_it_is_due(vault: Vault) -> None:
    settings.change_settings(vault, retention_months=12)
    first = planted(vault, "grp1", T(2024, 2, 1, 9), closed=T(2024, 2, 20))
    other = planted(vault, "grp2", T(2024, 2, 1, 10), closed=None, event_id=first.event_id)
    assert retention.deidentify_past_retention(vault, D(2026, 1, 1)) == 1
    event = row(vault, Event, first.event_id)
    assert (event.description, event.external_ref) == ("Description grp1", "REF-grp1")
    assert row(vault, Clinician, first.clinician_id).name == retention.DEIDENTIFIED_NAME
    assert row(vault, Clinician, other.clinician_id).name == "Name grp2 Ångström"

    cases.close_case(vault, other.id, Outcome.DECLINED, T(2024, 12, 1))
    assert retention.deidentify_past_retention(vault, D(2026, 1, 1)) == 1
    event = row(vault, Event, first.event_id)
    assert (event.description, event.external_ref) == (None, None)


def test_audited_per_case_and_once_per_run_and_idempotent(vault: Vault) -> None:
    settings.change_settings(vault, retention_months=6)
    done = [planted(vault, f"aud{i}", T(2024, 1, 2 + i, 9), closed=T(2024, 2, 1)) for i in range(3)]
    assert retention.deidentify_past_retention(vault, D(2025, 1, 1)) == 3
    per_case = audit.entries(vault, action="retention.deidentify")
    assert len(per_case) == 3 and {e.record_id for e in per_case} == {c.id for c in done}
    assert {e.record_kind for e in per_case} == {"case"}
    assert len(audit.entries(vault, action="retention.run")) == 1
    # Nothing is left to do, and doing it again changes nothing.
    assert retention.cases_past_retention(vault, D(2025, 1, 1)) == 0
    assert retention.deidentify_past_retention(vault, D(2025, 1, 1)) == 0
    assert len(audit.entries(vault, action="retention.deidentify")) == 3


def test_all_or_nothing(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.change_settings(vault, retention_months=6)
    case = planted(vault, "atom", T(2024, 1, 2, 9), closed=T(2024, 2, 1))

    def refuse(*args: object) -> None:
        raise RuntimeError("the disk said no")

    monkeypatch.setattr(audit, "record_many", refuse)
    with pytest.raises(RuntimeError):
        retention.deidentify_past_retention(vault, D(2025, 1, 1))
    stored = row(vault, Case, case.id)
    assert (stored.referrer, stored.deidentified_at) == ("Referrer atom", None)
    assert row(vault, Clinician, case.clinician_id).name == "Name atom Ångström"
    assert row(vault, Event, case.event_id).description == "Description atom"
    with vault.transaction() as session:
        assert session.scalar(select(Contact.note)) == "Note atom: call after the night shift"


def test_secure_delete_is_on_for_the_work_and_as_before_after(vault: Vault) -> None:
    def setting(conn: Connection) -> int:
        return int(conn.exec_driver_sql("PRAGMA secure_delete").scalar_one())

    with vault.transaction() as session:
        conn = session.connection()
        assert setting(conn) == 1  # SQLCipher's own default on a keyed connection
        conn.exec_driver_sql("PRAGMA secure_delete = 0")  # as a plain SQLite build has it
        with retention._secure_delete(conn):
            assert setting(conn) == 1
        assert setting(conn) == 0  # pooled connections keep their own setting
        conn.exec_driver_sql("PRAGMA secure_delete = 1")


# -- the removed text is gone from the file ---------------------------------------------


class _Evp:
    """AES-256-CBC from the OpenSSL that sqlcipher3 itself is built with: the very cipher
    of the vault's pages, so a test can read the file's bytes as SQLCipher would."""

    def __init__(self) -> None:
        lib = ctypes.CDLL(importlib.import_module("sqlcipher3._sqlite3").__file__)
        try:
            self.new = lib.EVP_CIPHER_CTX_new
            self.cipher = lib.EVP_aes_256_cbc
            self.init = lib.EVP_DecryptInit_ex
            self.padding = lib.EVP_CIPHER_CTX_set_padding
            self.update = lib.EVP_DecryptUpdate
            self.free = lib.EVP_CIPHER_CTX_free
        except AttributeError:
            pytest.skip("this sqlcipher3 build does not export OpenSSL's EVP functions")
        self.new.restype = ctypes.c_void_p
        self.cipher.restype = ctypes.c_void_p
        self.init.argtypes = [ctypes.c_void_p] * 3 + [ctypes.c_char_p] * 2
        self.padding.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.update.argtypes = [
            ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_char_p,
            ctypes.c_int,
        ]  # fmt: skip
        self.free.argtypes = [ctypes.c_void_p]

    def decrypt(self, key: bytes, iv: bytes, data: bytes) -> bytes:
        ctx = self.new()
        try:
            assert self.init(ctx, self.cipher(), None, key, iv) == 1
            self.padding(ctx, 0)
            out, written = ctypes.create_string_buffer(len(data) + 32), ctypes.c_int(0)
            assert self.update(ctx, out, ctypes.byref(written), data, len(data)) == 1
            return out.raw[: written.value]
        finally:
            self.free(ctx)


@functools.cache
def _evp() -> _Evp:
    return _Evp()


PAGE, RESERVE, SALT = 4096, 80, 16  # SQLCipher 4: IV (16) and HMAC (64) end each page
WAL_HEADER, FRAME_HEADER = 32, 24


def plaintext(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of the vault file and of its WAL, decrypted: what is really on disk."""
    data = path.read_bytes()
    for i in range(len(data) // PAGE):
        yield _page(key, data[i * PAGE : (i + 1) * PAGE], i + 1)
    yield from wal_pages(path, key)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    wal = Path(f"{path}-wal")
    log = wal.read_bytes() if wal.exists() else b""
    for start in range(WAL_HEADER, len(log) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        number = int.from_bytes(log[start : start + 4], "big")  # the frame's page number
        yield _page(key, log[start + FRAME_HEADER : start + FRAME_HEADER + PAGE], number)


def _page(key: bytes, raw: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0  # page 1 begins with the clear salt
    iv = raw[PAGE - RESERVE : PAGE - RESERVE + 16]
    decrypted = _evp().decrypt(key, iv, raw[start : PAGE - RESERVE])
    if number == 1:  # the header's page size: the key and the layout are right
        assert decrypted[:2] == PAGE.to_bytes(2, "big")
    return decrypted


def found(path: Path, key: bytes, strings: list[str]) -> set[str]:
    pages = list(plaintext(path, key))
    return {s for s in strings if any(s.encode() in p for p in pages)}


def sentinels(tag: str) -> list[str]:
    return list(fields(tag).values())


def test_the_removed_text_is_gone_from_the_file_and_its_log(vault: Vault) -> None:
    # A realistic vault around the planted cases, so pages fill, split and get reused.
    fill_demo_program(vault, cases=300, seed=5, as_of=T(2026, 11, 20, 15))
    eap = resources.add_resource(vault, resources.ResourceInput("eap", "EAP")).id
    settings.change_settings(vault, retention_months=12)
    gone_tags = [f"gone{i:02d}" for i in range(8)]
    kept_tags = [f"kept{i:02d}" for i in range(4)]
    for i, tag in enumerate(gone_tags):
        planted(vault, tag, T(2024, 1 + i, 3, 9), closed=T(2024, 2 + i, 1), eap=eap)
    for i, tag in enumerate(kept_tags):
        closing = T(2026, 1 + i, 9) if i % 2 else None  # closed within the year, or open
        planted(vault, tag, T(2025, 12, 1 + i, 9), closed=closing, eap=eap)
    gone = [s for tag in gone_tags for s in sentinels(tag)]
    kept = [s for tag in kept_tags for s in sentinels(tag)]
    key = vault.key().key
    # The check can see them: every planted string is in the decrypted pages first.
    assert found(vault.path, key, gone + kept) == set(gone + kept)

    today = D(2026, 6, 30)
    due = retention.cases_past_retention(vault, today)
    assert due > len(gone_tags)  # the demo's own old cases too
    assert retention.deidentify_past_retention(vault, today) == due
    assert Path(f"{vault.path}-wal").stat().st_size == 0  # the log was emptied
    assert found(vault.path, key, gone) == set()
    assert found(vault.path, key, kept) == set(kept)

    vault.close()
    assert found(vault.path, key, gone) == set()
    assert found(vault.path, key, kept) == set(kept)
    with open_vault(vault.path, PASSPHRASE) as again:  # and it is a sound vault
        conn = again.raw_connection()
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()


# -- the figures do not move ---------------------------------------------------------------

DEMO_AS_OF = T(2026, 11, 20, 15)
DEMO_QUARTERS = Quarter(2026, 4).back(9)  # one before the demo's first, to its last


def every_figure(vault: Vault) -> list[object]:
    """Every quarter's figures, each quarter's report figures, and the anonymized exports."""
    periods = [Period.of(q) for q in DEMO_QUARTERS]
    everything: list[object] = list(
        figures.periods_figures(vault, periods, DEMO_AS_OF, workload_of=len(periods) - 2)
    )
    everything += [figures.report_figures(vault, q, as_of=DEMO_AS_OF) for q in DEMO_QUARTERS]
    summary = exports.build_export(
        vault, exports.ExportRequest(tuple(DEMO_QUARTERS)), as_of=DEMO_AS_OF
    )
    records = exports.build_export(
        vault,
        exports.ExportRequest(tuple(DEMO_QUARTERS), kind=ExportKind.RECORDS),
        as_of=DEMO_AS_OF,
    )
    # A records export draws fresh pseudonyms each time: compare everything else.
    assert records.field_names[0] == "pseudonym"
    rows = sorted((row[1:] for row in records.rows), key=repr)
    everything += [summary, (records.field_names, rows, records.k_achieved, records.rules)]
    return everything


def test_the_figures_of_every_quarter_stay_the_same(vault: Vault) -> None:
    fill_demo_program(vault, cases=400, seed=11, as_of=DEMO_AS_OF)
    settings.change_settings(vault, retention_months=6)
    before = every_figure(vault)
    today = D(2026, 11, 20)
    due = retention.cases_past_retention(vault, today)
    assert due > 200  # most of two years' cases: the comparison bites

    assert retention.deidentify_past_retention(vault, today) == due

    with vault.transaction() as session:
        unnamed = session.scalar(
            select(Clinician.id).where(Clinician.name == retention.DEIDENTIFIED_NAME).limit(1)
        )
        assert unnamed is not None
    assert every_figure(vault) == before


# The check can fail: without either measure the removed text is still in the file.


def plant_and_deidentify(vault: Vault) -> list[str]:
    fill_demo_program(vault, cases=300, seed=5, as_of=T(2026, 11, 20, 15))
    eap = resources.add_resource(vault, resources.ResourceInput("eap", "EAP")).id
    settings.change_settings(vault, retention_months=12)
    tags = [f"ctl{i:02d}" for i in range(8)]
    for i, tag in enumerate(tags):
        planted(vault, tag, T(2024, 1 + i, 3, 9), closed=T(2024, 2 + i, 1), eap=eap)
    retention.deidentify_past_retention(vault, D(2026, 6, 30))
    return [s for tag in tags for s in sentinels(tag)]


def test_without_secure_delete_the_text_would_stay_in_free_space(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    @contextlib.contextmanager
    def off(conn: Connection) -> Iterator[None]:
        conn.exec_driver_sql("PRAGMA secure_delete = 0")
        yield
        conn.exec_driver_sql("PRAGMA secure_delete = 1")

    monkeypatch.setattr(retention, "_secure_delete", off)
    gone = plant_and_deidentify(vault)
    key = vault.key().key
    vault.close()
    assert found(vault.path, key, gone)  # freed, unlinked, and still readable


def test_without_the_checkpoint_the_old_pages_stay_until_the_vault_closes(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retention, "_checkpoint", lambda vault: None)
    gone = plant_and_deidentify(vault)
    assert found(vault.path, key := vault.key().key, gone) == set(gone)
    # The new pages wait in the log (read right too), the old ones in the main file.
    placeholder = retention.DEIDENTIFIED_NAME.encode()
    assert any(placeholder in page for page in wal_pages(vault.path, key))
    vault.close()  # the last connection's checkpoint
    assert found(vault.path, key, gone) == set()


def test_a_feedback_comment_goes_with_the_case_and_its_answers_stay(
    vault: Vault, tmp_path: Path
) -> None:
    from peersupport_desktop.services import feedback, feedback_import, record_import
    from peersupport_desktop.store.models import FeedbackResponse

    settings.change_settings(vault, retention_months=12)
    old = planted(vault, "fb1", T(2024, 3, 4, 9), closed=T(2024, 4, 1))
    recent = planted(vault, "fb2", T(2026, 3, 4, 9), closed=T(2026, 4, 1))
    codes = [feedback.invite(vault, case.id, T(2026, 4, 2)).code for case in (old, recent)]
    answers = tmp_path / "answers.csv"
    answers.write_text(
        "code,answered_on,helpful,comment\n"
        f"{codes[0]},2026-04-03,5,Comment fb1: my own words\n"
        f"{codes[1]},2026-04-03,4,Comment fb2: my own words\n"
    )
    record_import.import_records(vault, feedback_import.KIND, answers)

    assert retention.deidentify_past_retention(vault, D(2026, 1, 1)) == 1

    with vault.reading() as session:
        kept = {r.comment: r.helpful for r in session.scalars(select(FeedbackResponse))}
    assert kept == {None: 5, "Comment fb2: my own words": 4}
