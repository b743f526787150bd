"""Debriefs and meetings: a group debrief credits each supporter who came, the minutes
keep no case content, the supporters gone too long without one are listed (the paused
left out, and counted so the lists can say so), and an intense encounter proposes a
check-in until a debrief credits the supporter."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from peersupport_desktop.core.codes import ContactKind, DebriefKind
from peersupport_desktop.core.debrief_due import paused_left_out
from peersupport_desktop.services import contacts, settings, supporters
from peersupport_desktop.services.debriefs import (
    CASE_CONTENT,
    DebriefInput,
    add_debrief,
    edit_debrief,
    list_debriefs,
    paused_not_due,
    remove_debrief,
    supporter_check_ins,
    supporters_without_debrief,
)
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import AuditEntry, DebriefAttendee
from peersupport_desktop.store.vault import Vault
from tests.services.test_services import contact, referral

DAY = dt.date(2026, 10, 5)


def supporter(vault: Vault, name: str, trained: dt.date | None = dt.date(2026, 1, 10)) -> int:
    data = supporters.SupporterInput(name=name, role="attending", training_date=trained)
    return supporters.add_supporter(vault, data).id


def credited(vault: Vault) -> set[tuple[int, int]]:
    with vault.reading() as session:
        return {(a.debrief_id, a.supporter_id) for a in session.scalars(select(DebriefAttendee))}


def actions(vault: Vault) -> list[str]:
    with vault.reading() as session:
        query = select(AuditEntry.action).where(AuditEntry.action.like("debrief.%"))
        return list(session.scalars(query.order_by(AuditEntry.id)))


def test_a_group_debrief_credits_each_who_came_and_lists_newest_first(vault: Vault) -> None:
    ana, ben, cleo = (supporter(vault, n) for n in ("Ana Ruiz", "Ben Ode", "Cleo Park"))
    group = add_debrief(
        vault,
        DebriefInput(DebriefKind.GROUP, DAY, (ana, ben, cleo), minutes=90, notes="Sleep, rotas."),
    )
    one = add_debrief(vault, DebriefInput("one_to_one", DAY + dt.timedelta(days=3), (ben,)))
    assert credited(vault) == {(group.id, ana), (group.id, ben), (group.id, cleo), (one.id, ben)}
    listed = list_debriefs(vault)
    assert [d.id for d in listed] == [one.id, group.id]
    assert [a.name for a in listed[1].attendees] == ["Ana Ruiz", "Ben Ode", "Cleo Park"]
    assert (listed[1].kind, listed[1].minutes, listed[1].notes) == (
        DebriefKind.GROUP,
        90,
        "Sleep, rotas.",
    )

    edited = edit_debrief(vault, group.id, DebriefInput("meeting", DAY, (ana, cleo), minutes=60))
    assert (edited.kind, [a.id for a in edited.attendees]) == (DebriefKind.MEETING, [ana, cleo])
    assert credited(vault) == {(group.id, ana), (group.id, cleo), (one.id, ben)}
    remove_debrief(vault, one.id)
    assert [d.id for d in list_debriefs(vault)] == [group.id]
    assert credited(vault) == {(group.id, ana), (group.id, cleo)}
    assert actions(vault) == ["debrief.add", "debrief.add", "debrief.edit", "debrief.remove"]


@pytest.mark.parametrize(
    "notes",
    [
        "We talked about PS-000001 at length.",
        "Follow up on ps 12 next week.",
        "Ingrid Solberg seemed better.",
        "ingrid  SOLBERG again",
        "About Žofia Nováková's unit.",
        "zofia novakova",
    ],
)
def test_minutes_naming_a_case_or_a_clinician_are_refused(vault: Vault, notes: str) -> None:
    referral(vault)  # Ingrid Solberg
    referral(vault, "Žofia Nováková")
    ana = supporter(vault, "Ana Ruiz")
    with pytest.raises(InvalidInput) as refused:
        add_debrief(vault, DebriefInput("group", DAY, (ana,), notes=notes))
    assert str(refused.value) == CASE_CONTENT
    assert list_debriefs(vault) == []


def test_whole_words_only_and_no_case_content_passes(vault: Vault) -> None:
    referral(vault, "Lee Tan")
    ana = supporter(vault, "Ana Ruiz")
    fine = "Sleeper shifts and tangents; PSA screening talk; steps 1-3."
    assert add_debrief(vault, DebriefInput("meeting", DAY, (ana,), notes=fine)).notes == fine


def test_what_a_debrief_must_be(vault: Vault) -> None:
    ana, ben = supporter(vault, "Ana Ruiz"), supporter(vault, "Ben Ode")
    future = dt.date.today() + dt.timedelta(days=1)
    refusals = {
        "attendees": DebriefInput("group", DAY, ()),
        "held_on": DebriefInput("group", future, (ana,)),
        "minutes": DebriefInput("group", DAY, (ana,), minutes=1441),
        "notes": DebriefInput("group", DAY, (ana,), notes="x" * 4001),
    }
    for field, data in refusals.items():
        with pytest.raises(InvalidInput) as refused:
            add_debrief(vault, data)
        assert refused.value.field == field
    with pytest.raises(InvalidInput, match="exactly one supporter"):
        add_debrief(vault, DebriefInput("one_to_one", DAY, (ana, ben)))
    assert add_debrief(vault, DebriefInput("group", DAY, (ana,), minutes=1440)).minutes == 1440


def test_who_has_not_debriefed_for_the_programs_interval(vault: Vault) -> None:
    today = dt.date(2026, 12, 1)
    recent = supporter(vault, "Recent Debrief")
    old = supporter(vault, "Old Debrief")
    never = supporter(vault, "Never Debriefed", trained=dt.date(2026, 5, 1))
    new = supporter(vault, "Newly Trained", trained=dt.date(2026, 11, 1))
    before_training = supporter(vault, "Retrained", trained=dt.date(2026, 6, 1))
    paused = supporter(vault, "Paused Person", trained=dt.date(2025, 1, 1))
    supporters.set_status(vault, paused, "paused")
    add_debrief(vault, DebriefInput("group", dt.date(2026, 11, 20), (recent,)))
    add_debrief(vault, DebriefInput("group", dt.date(2026, 7, 1), (old,)))
    add_debrief(vault, DebriefInput("one_to_one", dt.date(2026, 5, 20), (before_training,)))
    settings.change_settings(vault, debrief_every_days=120)

    due = supporters_without_debrief(vault, today)
    assert [(d.supporter_id, d.last, d.days) for d in due] == [
        (never, None, 214),
        (before_training, None, 183),
        (old, dt.date(2026, 7, 1), 153),
    ]
    assert new not in {d.supporter_id for d in due}
    settings.change_settings(vault, debrief_every_days=None)
    assert supporters_without_debrief(vault, today) == []


def test_the_paused_left_out_of_the_list_are_counted_and_said(vault: Vault) -> None:
    today = dt.date(2026, 12, 1)
    settings.change_settings(vault, debrief_every_days=120)
    assert paused_not_due(vault) == 0 and paused_left_out(0) == ""  # nothing said
    lapsed = [supporter(vault, name, trained=dt.date(2025, 1, 1)) for name in ("Al", "Bea", "Cy")]
    retired = supporter(vault, "Di Retired", trained=dt.date(2025, 1, 1))
    for paused in lapsed[:2]:
        supporters.set_status(vault, paused, "paused")
    supporters.set_status(vault, retired, "retired")

    # Both paused are long without a debrief, yet left out of the list, and counted.
    assert [d.supporter_id for d in supporters_without_debrief(vault, today)] == [lapsed[2]]
    assert paused_not_due(vault) == 2
    assert paused_left_out(2) == "2 paused supporters are not listed as due a debrief."
    assert paused_left_out(1) == "1 paused supporter is not listed as due a debrief."
    # With the interval off nobody is listed, so no one is said to be left out.
    settings.change_settings(vault, debrief_every_days=None)
    assert paused_not_due(vault) == 0


def test_an_intense_encounter_proposes_a_check_in_until_a_debrief(vault: Vault) -> None:
    case = referral(vault)
    ana, ben = supporter(vault, "Ana Ruiz"), supporter(vault, "Ben Ode")
    encounter = contacts.log_contact(
        vault,
        case.id,
        contact(ContactKind.CONVERSATION, 50, supporter_id=ana, intense=True),
    )
    contacts.log_contact(vault, case.id, contact(ContactKind.FOLLOW_UP, 60, supporter_id=ben))
    on = encounter.occurred_at.date()
    due = supporter_check_ins(vault)
    assert [(c.supporter_id, c.encounter_on) for c in due] == [(ana, on)]
    assert due[0].sentence() == "Check in with Ana Ruiz after an intense encounter on 3 Sep"

    # A debrief before the encounter, or crediting someone else, does not end it.
    add_debrief(vault, DebriefInput("one_to_one", on - dt.timedelta(days=1), (ana,)))
    add_debrief(vault, DebriefInput("one_to_one", on, (ben,)))
    assert [c.supporter_id for c in supporter_check_ins(vault)] == [ana]
    # A group debrief crediting her on the encounter's day does.
    add_debrief(vault, DebriefInput("group", on, (ana, ben)))
    assert supporter_check_ins(vault) == []
