"""A small program whose every figure is worked out by hand in test_figures.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from peersupport_desktop.core.codes import ContactKind, ContactMode
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import cases, contacts, resources, supporters
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault

Q3 = Quarter(2026, 3)
AS_OF = dt.datetime(2026, 10, 15, 12, 0)
T = dt.datetime


def refer(
    vault: Vault, when: dt.datetime, name: str, role: str, department: str, **extra: object
) -> cases.CaseRecord:
    data: dict[str, object] = {
        "referral_source": "colleague",
        "referred_at": when,
        "clinician": ClinicianInput(name=name, role=role, department=department),
    }
    if "event_id" not in extra:
        data["event"] = EventInput(event_type=str(extra.pop("event_type")), occurred_on=when.date())
    data.update(extra)
    return cases.open_case(vault, cases.NewCase(**data))  # type: ignore[arg-type]


def talk(
    vault: Vault,
    case_id: int,
    when: dt.datetime,
    minutes: int,
    supporter: int,
    *,
    attempt: bool = False,
) -> None:
    kind = ContactKind.OUTREACH_ATTEMPT if attempt else ContactKind.CONVERSATION
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            kind=kind, mode=ContactMode.PHONE, occurred_at=when, duration_minutes=minutes,
            supporter_id=supporter,
        ),
    )  # fmt: skip


def build_known_program(vault: Vault) -> dict[str, int]:
    """Six cases around 2026Q3 whose figures tests/services/test_figures.py works out."""

    def person(name: str, trained: dt.date) -> int:
        data = supporters.SupporterInput(name=name, role="attending", training_date=trained)
        return supporters.add_supporter(vault, data).id

    s1 = person("Sam One", dt.date(2025, 3, 1))
    person("Sue Two", dt.date(2026, 10, 5))  # trained after the quarter
    s3 = person("Sid Three", dt.date(2024, 1, 1))
    supporters.set_status(vault, s3, "paused")
    supporters.add_training(vault, s1, "Refresher", dt.date(2026, 8, 1), refresher=True)
    eap = resources.add_resource(vault, resources.ResourceInput("eap", "EAP")).id

    # A: the first second of the quarter; attempt after 5 h, conversation after 20 h.
    a = refer(vault, T(2026, 7, 1), "Ann", "trainee", "Surgery",
              event_type="unexpected_death", referral_source="safety_report")  # fmt: skip
    talk(vault, a.id, T(2026, 7, 1, 5), 0, s1, attempt=True)
    talk(vault, a.id, T(2026, 7, 1, 20), 30, s1)
    cases.close_case(vault, a.id, "supported", T(2026, 7, 20))
    # B: the last second of the quarter, after the same event: never reached.
    refer(vault, T(2026, 9, 30, 23, 59, 59), "Ben", "nurse", "ICU", event_id=a.event_id)
    # C: reached late (30 h), referred to the EAP, closed, reopened, closed again.
    c = refer(vault, T(2026, 8, 10, 9), "Cat", "attending", "ICU",
              event_type="adverse_event", referral_source="self")  # fmt: skip
    talk(vault, c.id, T(2026, 8, 11, 15), 45, s1)
    offer = resources.offer_resource(vault, c.id, eap, T(2026, 8, 12))
    resources.record_response(vault, offer.id, True)
    cases.close_case(vault, c.id, "referred_on", T(2026, 8, 30))
    cases.reopen_case(vault, c.id, T(2026, 9, 5))
    cases.close_case(vault, c.id, "supported", T(2026, 9, 20))
    # D: the last second of Q2; talked to on the first day of Q3, then declined.
    d = refer(vault, T(2026, 6, 30, 23, 59, 59), "Dan", "nurse", "ED", event_type="trauma")
    talk(vault, d.id, T(2026, 7, 1, 10), 60, s3)
    cases.close_case(vault, d.id, "declined", T(2026, 7, 2))
    # E: declined before anyone reached out.
    e = refer(vault, T(2026, 7, 15, 12), "Eve", "app", "Surgery", event_type="near_miss")
    cases.close_case(vault, e.id, "declined", T(2026, 7, 16))
    # F: next quarter.
    refer(vault, T(2026, 10, 2), "Fay", "nurse", "ICU", event_type="trauma")
    return {"s1": s1, "s3": s3}


def after_one_event(
    vault: Vault, event_type: str, day: dt.date, names: Sequence[tuple[str, str]]
) -> list[cases.CaseRecord]:
    """Each (name, role) referred on ``day`` after one event, an hour apart from 09:00."""
    opened: list[cases.CaseRecord] = []
    for hour, (name, role) in enumerate(names, start=9):
        where = (
            {"event_id": opened[0].event_id}
            if opened
            else {"event": EventInput(event_type=event_type, occurred_on=day)}
        )
        opened.append(
            cases.open_case(
                vault,
                cases.NewCase(
                    referral_source="self",
                    clinician=ClinicianInput(name=name, role=role),
                    referred_at=dt.datetime.combine(day, dt.time(hour)),
                    **where,  # type: ignore[arg-type]
                ),
            )
        )
    return opened
