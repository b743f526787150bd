"""Matching against a real vault: the facts are gathered right and the rules hold."""

from __future__ import annotations

import datetime as dt

import pytest

from peersupport_desktop.core.codes import ContactKind, ContactMode, DepartmentRule
from peersupport_desktop.services import (
    availability,
    cases,
    clinicians,
    contacts,
    settings,
    supporters,
)
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.services.matching import suggest_supporters
from peersupport_desktop.services.roster import roster
from peersupport_desktop.services.validation import UNKNOWN_LANGUAGE
from peersupport_desktop.store.vault import Vault

NOW = dt.datetime(2026, 11, 16, 10, 0)  # a Monday
REFERRED = NOW - dt.timedelta(hours=3)


def supporter(
    vault: Vault, name: str, role: str = "nurse", department: str = "Surgery", **extra: object
) -> int:
    data = supporters.SupporterInput(
        name=name,
        role=role,
        department=department,
        training_date=dt.date(2025, 1, 1),
        refresher_due=dt.date(2027, 1, 1),
        **extra,  # type: ignore[arg-type]
    )
    return supporters.add_supporter(vault, data).id


def nurse_case(
    vault: Vault, name: str = "Ingrid Solberg", event_id: int | None = None
) -> cases.CaseRecord:
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self",
            referred_at=REFERRED,
            clinician=ClinicianInput(
                name=name, role="nurse", department="ICU", preferred_language="es"
            ),
            event_id=event_id,
            event=None
            if event_id
            else EventInput("unexpected_death", REFERRED.date(), department="ICU"),
        ),
    )


def names(ranking: object) -> list[str]:
    return [s.candidate.name for s in ranking.suggestions]  # type: ignore[attr-defined]


def test_suggestions_are_ranked_and_reasoned_and_exclusions_explained(vault: Vault) -> None:
    case = nurse_case(vault)
    soon = supporter(vault, "Ana Soon", languages=("es",))
    availability.add_slot(vault, soon, 0, dt.time(9), dt.time(12))  # Mondays: free now
    later = supporter(vault, "Ben Later")
    availability.add_slot(vault, later, 1, dt.time(12), dt.time(14))
    supporter(vault, "Cy Attending", role="attending")
    supporter(vault, "Dee Sameward", department="ICU")
    full = supporter(vault, "Eve Full", capacity=1)
    other = nurse_case(vault, "Someone Else")
    cases.assign_supporter(vault, other.id, full)

    ranking = suggest_supporters(vault, case.id, at=NOW)
    assert names(ranking) == ["Ana Soon", "Ben Later", "Cy Attending"]
    assert ranking.suggestions[0].text == (
        "same role · other department · free now until 12:00 · 0 of 3 cases · speaks Spanish"
    )
    assert ranking.suggestions[1].reasons[2] == "free tomorrow 12:00-14:00"
    why = {e.candidate.name: e.text for e in ranking.excluded}
    assert why == {
        "Dee Sameward": "same department (support comes from outside it)",
        "Eve Full": "at capacity: 1 open case of 1 (their own cap)",
    }


def test_the_program_rule_and_the_persons_wish(vault: Vault) -> None:
    case = nurse_case(vault)
    supporter(vault, "Dee Sameward", department="ICU")
    supporter(vault, "Ben Other")
    settings.change_settings(vault, department_rule=DepartmentRule.WITHIN)
    assert names(suggest_supporters(vault, case.id, at=NOW)) == ["Dee Sameward", "Ben Other"]
    cases.set_department_preference(vault, case.id, "outside")  # the person asked
    assert names(suggest_supporters(vault, case.id, at=NOW)) == ["Ben Other"]
    assert cases.get_case(vault, case.id).case.department_preference is DepartmentRule.OUTSIDE
    with pytest.raises(InvalidInput):
        cases.set_department_preference(vault, case.id, "nearby")


def test_a_supporter_involved_in_the_event_is_never_suggested_nor_assigned(vault: Vault) -> None:
    first = nurse_case(vault)
    colleague = clinicians.add_clinician(vault, ClinicianInput(name="Kai Involved", role="nurse"))
    kai = supporter(vault, "Kai Involved", clinician_id=colleague.id)
    cases.open_case(
        vault,
        cases.NewCase(
            referral_source="colleague",
            referred_at=REFERRED,
            clinician_id=colleague.id,
            event_id=first.event_id,
        ),
    )
    ranking = suggest_supporters(vault, first.id, at=NOW)
    assert names(ranking) == []
    assert ranking.excluded[0].text == "involved in the same event"
    with pytest.raises(InvalidInput, match="involved in the same event"):
        cases.assign_supporter(vault, first.id, kai)


def test_experience_and_recent_work_come_from_the_vault(vault: Vault) -> None:
    case = nurse_case(vault)
    seasoned = supporter(vault, "Sol Seasoned", capacity=10)
    for n in range(2):
        earlier = nurse_case(vault, f"Earlier {n}")
        cases.assign_supporter(vault, earlier.id, seasoned)
        contacts.log_contact(
            vault,
            earlier.id,
            contacts.ContactInput(
                kind=ContactKind.CONVERSATION,
                mode=ContactMode.PHONE,
                occurred_at=REFERRED + dt.timedelta(hours=1),
            ),
        )
        cases.close_case(vault, earlier.id, "supported")
    reasons = suggest_supporters(vault, case.id, at=NOW).suggestions[0].reasons
    assert "supported 2 after unexpected patient death" in reasons
    assert "2 new cases in 90 days" in reasons
    assert "0 of 10 cases" in reasons


def test_the_roster_shows_load_last_support_and_overdue_refreshers(vault: Vault) -> None:
    case = nurse_case(vault)
    busy = supporter(vault, "Ana Busy")
    lapsed = supporters.add_supporter(
        vault,
        supporters.SupporterInput(
            name="Ben Lapsed", role="nurse", refresher_due=dt.date(2026, 1, 1)
        ),
    ).id
    gone = supporter(vault, "Cy Gone")
    cases.assign_supporter(vault, case.id, busy)
    talk = contacts.ContactInput(
        kind=ContactKind.CONVERSATION,
        mode=ContactMode.PHONE,
        occurred_at=REFERRED + dt.timedelta(hours=1),
        supporter_id=busy,
    )
    contacts.log_contact(vault, case.id, talk)
    supporters.set_status(vault, gone, "retired")
    rows = {r.supporter.name: r for r in roster(vault, today=NOW.date())}
    assert rows["Ana Busy"].load == "1 of 3 (program default)"  # no cap of her own
    assert rows["Ana Busy"].last_supported == REFERRED + dt.timedelta(hours=1)
    assert rows["Ben Lapsed"].refresher_overdue and not rows["Ana Busy"].refresher_overdue
    assert rows["Cy Gone"].supporter.status.value == "retired"  # history kept
    assert rows["Ben Lapsed"].supporter.id == lapsed


def test_exceptions_and_on_call_weeks_are_kept_and_removed(vault: Vault) -> None:
    ana = supporter(vault, "Ana")
    ben = supporter(vault, "Ben")
    away = availability.add_exception(
        vault, ana, available=False, starts_at=NOW, ends_at=NOW + dt.timedelta(days=4)
    )
    supporters_free = availability.available_at
    availability.add_slot(vault, ana, NOW.weekday(), dt.time(9), dt.time(12))
    assert supporters_free(vault, NOW + dt.timedelta(hours=1)) == []  # away beats the slot
    availability.remove_exception(vault, away.id)
    assert supporters_free(vault, NOW + dt.timedelta(hours=1)) == [(ana, "Ana")]
    assert availability.exceptions_of(vault, ana) == []
    monday = NOW.date()
    availability.set_on_call(vault, monday, ana)
    availability.set_on_call(vault, monday + dt.timedelta(days=7), ben)
    availability.set_on_call(vault, monday, ben)  # a swap replaces the week's first call
    weeks = availability.on_call_weeks(
        vault, monday + dt.timedelta(days=2), monday + dt.timedelta(days=9)
    )
    assert [(w.week_start, w.name) for w in weeks] == [
        (monday, "Ben"),
        (monday + dt.timedelta(days=7), "Ben"),
    ]
    availability.clear_on_call(vault, monday)
    assert len(availability.on_call_weeks(vault, monday, monday)) == 0
    with pytest.raises(InvalidInput):
        availability.set_on_call(vault, monday + dt.timedelta(days=1), ana)


def test_languages_typed_by_name_are_kept_as_codes_and_match(vault: Vault) -> None:
    """ "English" typed for a supporter once never matched a clinician's "en"."""
    speaker = supporter(vault, "Vi Speaker", languages=("Vietnamese", " english", "EN"))
    assert supporters.get_supporter(vault, speaker).languages == ("vi", "en")
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self", referred_at=REFERRED,
            clinician=ClinicianInput("Lan Tran", "nurse", preferred_language="vietnamese"),
            event=EventInput("trauma", REFERRED.date()),
        ),
    )  # fmt: skip
    (suggestion,) = suggest_supporters(vault, case.id, at=NOW).suggestions
    assert "speaks Vietnamese" in suggestion.text
    with pytest.raises(InvalidInput) as refused:
        supporter(vault, "Kl Speaker", languages=("Klingon",))
    assert refused.value.message == UNKNOWN_LANGUAGE
