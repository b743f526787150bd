"""The coordinator's operations against a real vault, each audited."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import (
    CaseStatus,
    ContactKind,
    ContactMode,
    ConversationPart,
    Outcome,
    SupporterStatus,
)
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.services import (
    audit,
    availability,
    cases,
    clinicians,
    contacts,
    events,
    resources,
    settings,
    supporters,
    vault_care,
)
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.models import AuditEntry
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import CLINICIAN_NAME, NOTE, build_program

REFERRED = dt.datetime(2026, 9, 1, 8, 30)


def referral(vault: Vault, name: str = "Ingrid Solberg", **extra: object) -> cases.CaseRecord:
    data: dict[str, object] = {
        "referral_source": "self",
        "referred_at": REFERRED,
        "clinician": ClinicianInput(name=name, role="nurse", department="ICU"),
        "event": EventInput(event_type="adverse_event", occurred_on=REFERRED.date()),
    }
    data.update(extra)
    return cases.open_case(vault, cases.NewCase(**data))  # type: ignore[arg-type]


def contact(kind: ContactKind, hours: float, **extra: object) -> contacts.ContactInput:
    return contacts.ContactInput(
        kind=kind,
        mode=ContactMode.PHONE,
        occurred_at=REFERRED + dt.timedelta(hours=hours),
        **extra,  # type: ignore[arg-type]
    )


def audit_count(vault: Vault) -> int:
    with vault.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_open_case_with_new_clinician_and_event(vault: Vault) -> None:
    case = referral(vault, referrer="Charge nurse")
    assert case.reference == f"PS-{case.id:06d}"
    assert case.status is CaseStatus.NEW
    assert case.outreach_due_at == REFERRED + dt.timedelta(hours=24)
    detail = cases.get_case(vault, case.id)
    assert detail.clinician.name == "Ingrid Solberg"
    assert detail.clinician.department == "ICU"
    assert detail.event.event_type_label == "Adverse event"
    assert detail.actions == {Action.ATTEMPT_OUTREACH, Action.CONVERSE, Action.CLOSE}
    assert detail.outcomes == (Outcome.DECLINED,)


def test_a_group_event_shares_one_event(vault: Vault) -> None:
    first = referral(vault)
    second = referral(vault, name="Omar Haddad", event=None, event_id=first.event_id)
    names = [person.clinician_name for person in events.involved(vault, first.event_id)]
    assert names == ["Ingrid Solberg", "Omar Haddad"]
    assert events.get_event(vault, first.event_id).case_count == 2
    assert second.event_id == first.event_id


def test_no_second_open_case_for_the_same_clinician_and_event(vault: Vault) -> None:
    first = referral(vault)
    with pytest.raises(InvalidInput) as refused:
        referral(vault, clinician=None, clinician_id=first.clinician_id, event=None,
                 event_id=first.event_id)  # fmt: skip
    assert refused.value.field == "clinician"


def test_outreach_target_comes_from_the_settings(vault: Vault) -> None:
    settings.change_settings(vault, outreach_target_hours=48)
    assert referral(vault).outreach_due_at == REFERRED + dt.timedelta(hours=48)


def test_contacts_drive_the_lifecycle(vault: Vault) -> None:
    case = referral(vault)
    contacts.log_contact(vault, case.id, contact(ContactKind.OUTREACH_ATTEMPT, 5))
    detail = cases.get_case(vault, case.id)
    assert detail.case.status is CaseStatus.OUTREACH_ATTEMPTED
    assert detail.case.first_outreach_at == REFERRED + dt.timedelta(hours=5)
    logged = contacts.log_contact(
        vault,
        case.id,
        contact(ContactKind.CONVERSATION, 30, duration_minutes=40, parts=("listening", "coping")),
    )
    assert logged.parts == (ConversationPart.LISTENING, ConversationPart.COPING)
    detail = cases.get_case(vault, case.id)
    assert detail.case.status is CaseStatus.IN_SUPPORT
    assert detail.case.first_outreach_at == REFERRED + dt.timedelta(hours=5)
    # A back-dated attempt moves the first outreach earlier.
    contacts.log_contact(vault, case.id, contact(ContactKind.OUTREACH_ATTEMPT, 1))
    assert cases.get_case(vault, case.id).case.first_outreach_at == REFERRED + dt.timedelta(hours=1)


def test_editing_a_contact_resettles_the_case(vault: Vault) -> None:
    case = referral(vault)
    logged = contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 3))
    assert cases.get_case(vault, case.id).case.status is CaseStatus.IN_SUPPORT
    contacts.edit_contact(vault, logged.id, contact(ContactKind.OUTREACH_ATTEMPT, 2))
    detail = cases.get_case(vault, case.id)
    assert detail.case.status is CaseStatus.OUTREACH_ATTEMPTED
    assert detail.case.first_outreach_at == REFERRED + dt.timedelta(hours=2)


def test_resources_only_after_reaching_the_person(vault: Vault) -> None:
    case = referral(vault)
    eap = resources.add_resource(vault, resources.ResourceInput(kind="eap", name="EAP"))
    with pytest.raises(InvalidInput, match="cannot take the action 'refer'"):
        resources.offer_resource(vault, case.id, eap.id, REFERRED + dt.timedelta(hours=1))
    contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2))
    offer = resources.offer_resource(vault, case.id, eap.id, REFERRED + dt.timedelta(hours=3))
    assert offer.accepted is None
    assert resources.record_response(vault, offer.id, True).accepted is True
    assert cases.get_case(vault, case.id).case.status is CaseStatus.REFERRED


def test_close_and_reopen(vault: Vault) -> None:
    case = referral(vault)
    with pytest.raises(InvalidInput, match="cannot close as 'supported'"):
        cases.close_case(vault, case.id, Outcome.SUPPORTED, REFERRED + dt.timedelta(days=1))
    contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2))
    closed = cases.close_case(vault, case.id, "supported", REFERRED + dt.timedelta(days=3))
    assert closed.status is CaseStatus.CLOSED
    assert closed.outcome is Outcome.SUPPORTED
    assert closed.closed_at == REFERRED + dt.timedelta(days=3)
    with pytest.raises(InvalidInput):
        contacts.log_contact(vault, case.id, contact(ContactKind.FOLLOW_UP, 100))
    reopened = cases.reopen_case(vault, case.id)
    assert reopened.status is CaseStatus.IN_SUPPORT
    assert reopened.closed_at is None and reopened.outcome is None
    assert reopened.reopened_count == 1
    cases.close_case(vault, case.id, "referred_on", REFERRED + dt.timedelta(days=9))
    with vault.transaction() as session:
        history = session.execute(
            text("SELECT outcome, reopened_at IS NOT NULL FROM case_closings ORDER BY id")
        ).all()
    assert history == [("supported", 1), ("referred_on", 0)]  # the first closing is kept


def test_declined_and_unreachable(vault: Vault) -> None:
    declined = referral(vault)
    assert cases.close_case(vault, declined.id, "declined").outcome is Outcome.DECLINED
    unreachable = referral(vault, name="Kai Mercer")
    with pytest.raises(InvalidInput):
        cases.close_case(vault, unreachable.id, "unreachable")
    contacts.log_contact(vault, unreachable.id, contact(ContactKind.OUTREACH_ATTEMPT, 2))
    assert cases.close_case(vault, unreachable.id, "unreachable").status is CaseStatus.CLOSED


def test_assigning_a_paused_supporter_is_refused(vault: Vault) -> None:
    case = referral(vault)
    person = supporters.add_supporter(
        vault, supporters.SupporterInput(name="Lena Park", role="nurse")
    )
    assert cases.assign_supporter(vault, case.id, person.id).supporter_id == person.id
    supporters.set_status(vault, person.id, SupporterStatus.PAUSED)
    with pytest.raises(InvalidInput) as refused:
        cases.assign_supporter(vault, case.id, person.id)
    assert refused.value.field == "supporter"
    supporters.set_status(vault, person.id, "retired")
    assert supporters.list_supporters(vault) == []
    assert [s.name for s in supporters.list_supporters(vault, include_retired=True)] == [
        "Lena Park"
    ]


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("clinician_name", {"clinician": ClinicianInput(name="  ", role="nurse")}),
        ("clinician_role", {"clinician": ClinicianInput(name="A Person", role="surgeon")}),
        ("clinician_email", {"clinician": ClinicianInput(name="A", role="nurse", email="nope")}),
        ("referral_source", {"referral_source": "rumour"}),
        (
            "event_type",
            {"event": EventInput(event_type="meteor", occurred_on=REFERRED.date())},
        ),
        ("referred_at", {"referred_at": dt.datetime.now() + dt.timedelta(days=2)}),
        ("clinician", {"clinician": None}),
    ],
)
def test_bad_input_names_its_field_and_saves_nothing(
    vault: Vault, field: str, change: dict[str, object]
) -> None:
    before = audit_count(vault)
    with pytest.raises(InvalidInput) as refused:
        referral(vault, **change)
    assert refused.value.field == field
    assert refused.value.message.endswith(".")
    assert audit_count(vault) == before
    with vault.transaction() as session:
        assert session.execute(text("SELECT count(*) FROM clinicians")).scalar() == 0


def test_contact_validation(vault: Vault) -> None:
    case = referral(vault)
    with pytest.raises(InvalidInput) as early:
        contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, -1))
    assert early.value.field == "occurred_at"
    with pytest.raises(InvalidInput) as long_note:
        contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 1, note="x" * 501))
    assert long_note.value.field == "note"
    with pytest.raises(InvalidInput) as bad_part:
        contacts.log_contact(
            vault, case.id, contact(ContactKind.CONVERSATION, 1, parts=("gossip",))
        )
    assert bad_part.value.field == "parts"
    with pytest.raises(NotFound):
        contacts.log_contact(vault, 999, contact(ContactKind.CONVERSATION, 1))


def test_settings_rules(vault: Vault) -> None:
    assert settings.get_settings(vault) == settings.Settings(
        "Peer Support Program", 24, 11, 10, None
    )
    with pytest.raises(InvalidInput, match="never below 5"):
        settings.change_settings(vault, small_number_threshold=4)
    with pytest.raises(InvalidInput):
        settings.change_settings(vault, auto_lock_minutes=31)
    updated = settings.change_settings(
        vault, program_name="Mercy Peer Support", retention_months=12
    )
    assert updated.program_name == "Mercy Peer Support"


def test_changes_survive_closing_and_reopening(vault: Vault) -> None:
    built = build_program(vault)
    vault.close()
    with open_vault(vault.path, PASSPHRASE) as reopened:
        detail = cases.get_case(reopened, built.case_id)
    assert detail.clinician.name == CLINICIAN_NAME
    assert detail.case.outcome is Outcome.SUPPORTED
    assert [c.note for c in detail.contacts] == [NOTE, None]
    assert detail.offers[0].accepted is True
    assert detail.supporter_name == "Dr Ada Mentor"


def test_find_clinicians(vault: Vault) -> None:
    referral(vault)
    referral(vault, name="Omar Haddad")
    assert [c.name for c in clinicians.find_clinicians(vault, "hadd")] == ["Omar Haddad"]


# Every operation that changes the vault, with the audit action it must write.
def _operations(vault: Vault, tmp_path: Path) -> list[tuple[str, Callable[[], object]]]:
    built = build_program(vault)
    case = referral(vault)
    contact_id = contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2)).id
    clinician_id = case.clinician_id
    offer_id = resources.offer_resource(vault, case.id, built.resource_id).id
    person = ClinicianInput(name="Renamed", role="nurse")
    supporter_input = supporters.SupporterInput(name="Sam Ito", role="trainee")
    sid = built.supporter_id
    later = REFERRED + dt.timedelta(hours=2)
    chaplains = resources.ResourceInput("chaplaincy", "Chaplains")
    renamed_eap = resources.ResourceInput("eap", "EAP (new number)")
    return [
        ("case.open", lambda: referral(vault, name="Another One")),
        ("case.view", lambda: cases.get_case(vault, case.id)),
        ("case.assign", lambda: cases.assign_supporter(vault, case.id, sid)),
        ("case.follow_up", lambda: cases.set_next_follow_up(vault, case.id, REFERRED.date())),
        (
            "contact.log",
            lambda: contacts.log_contact(vault, case.id, contact(ContactKind.FOLLOW_UP, 9)),
        ),
        (
            "contact.edit",
            lambda: contacts.edit_contact(vault, contact_id, contact(ContactKind.CONVERSATION, 3)),
        ),
        ("resource.offer", lambda: resources.offer_resource(vault, case.id, built.resource_id)),
        ("resource.response", lambda: resources.record_response(vault, offer_id, False)),
        ("case.close", lambda: cases.close_case(vault, case.id, "supported")),
        ("case.reopen", lambda: cases.reopen_case(vault, case.id)),
        ("clinician.add", lambda: clinicians.add_clinician(vault, person)),
        ("clinician.edit", lambda: clinicians.edit_clinician(vault, clinician_id, person)),
        ("event.add", lambda: events.add_event(vault, EventInput("trauma", REFERRED.date()))),
        ("event.view", lambda: events.involved(vault, built.event_id)),
        (
            "event_type.add",
            lambda: events.add_event_type(vault, "needlestick", "Needlestick injury"),
        ),
        ("supporter.add", lambda: supporters.add_supporter(vault, supporter_input)),
        ("supporter.edit", lambda: supporters.edit_supporter(vault, sid, supporter_input)),
        ("supporter.paused", lambda: supporters.set_status(vault, sid, "paused")),
        ("availability.add", lambda: availability.add_slot(vault, sid, 2, dt.time(8), dt.time(9))),
        (
            "availability.remove",
            lambda: availability.remove_slot(vault, availability.slots_of(vault, sid)[0].id),
        ),
        (
            "availability.exception",
            lambda: availability.add_exception(
                vault, sid, available=True, starts_at=REFERRED, ends_at=later
            ),
        ),
        ("oncall.set", lambda: availability.set_on_call(vault, dt.date(2026, 9, 7), sid)),
        ("oncall.clear", lambda: availability.clear_on_call(vault, dt.date(2026, 9, 7))),
        (
            "availability.exception_remove",
            lambda: availability.remove_exception(
                vault, availability.exceptions_of(vault, sid)[0].id
            ),
        ),
        ("case.preference", lambda: cases.set_department_preference(vault, case.id, "within")),
        (
            "training.add",
            lambda: supporters.add_training(vault, sid, "Basics", dt.date(2024, 1, 5)),
        ),
        ("resource.add", lambda: resources.add_resource(vault, chaplains)),
        ("resource.edit", lambda: resources.edit_resource(vault, built.resource_id, renamed_eap)),
        ("settings.edit", lambda: settings.change_settings(vault, program_name="Renamed program")),
        ("vault.check", lambda: vault_care.check(vault)),
        ("vault.backup", lambda: vault_care.back_up(vault, tmp_path / "b.vault")),
    ]


def test_opening_a_case_while_a_background_job_audits_succeeds(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """get_case reads, then audits. A backup finishing on its thread commits its own
    audit entry in between; begun as a plain reader, the open was refused (CI saw it)."""
    case = referral(vault)
    other = vault.raw_connection()
    record = audit.record
    jobs: list[threading.Thread] = []

    def record_after_a_job_commits(session: Session, *args: object) -> None:
        def job() -> None:
            other.execute("INSERT INTO departments (name) VALUES ('Written by a job')")

        jobs.append(threading.Thread(target=job))
        jobs[-1].start()
        jobs[-1].join(0.3)  # before the change, it committed here at once
        record(session, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "record", record_after_a_job_commits)
    try:
        detail = cases.get_case(vault, case.id)
    finally:
        for job in jobs:
            job.join(10)
        other.close()
    assert detail.case.id == case.id
    monkeypatch.undo()
    with vault.reading() as session:
        assert session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "case.view")
        )


def test_every_operation_writes_its_audit_entry_and_no_content(
    vault: Vault, tmp_path: Path
) -> None:
    for action, operation in _operations(vault, tmp_path):
        before = audit_count(vault)
        operation()
        newest = audit.entries(vault, limit=1)[0]
        assert audit_count(vault) == before + 1, action
        assert newest.action == action
    with vault.transaction() as session:
        logged = " ".join(
            " ".join(str(v) for v in row)
            for row in session.execute(text("SELECT * FROM audit_log"))
        )
    for content in (CLINICIAN_NAME, NOTE, "Ingrid", "Renamed", "EAP"):
        assert content not in logged
