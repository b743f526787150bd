"""The supporters' load against a real vault, every figure worked out by hand:
open cases against the cap that applies, contacts and hours in the last 30 days (the
edges included and excluded), the latest debrief and who has gone too long without."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.codes import ContactKind, ContactMode, DebriefKind
from peersupport_desktop.services import cases, contacts, settings, supporters
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.services.supporter_load import (
    SupporterLoad,
    load_listing,
    supporter_load,
)
from peersupport_desktop.store.models import Debrief, DebriefAttendee
from peersupport_desktop.store.vault import Vault

NOW = dt.datetime(2026, 11, 16, 10, 0)
TODAY = NOW.date()
LONG_AGO = NOW - dt.timedelta(days=60)  # every case is referred then


def supporter(vault: Vault, name: str, *, capacity: int | None = None,
              trained: dt.date = dt.date(2025, 10, 12)) -> int:  # fmt: skip
    data = supporters.SupporterInput(
        name=name, role="nurse", training_date=trained, capacity=capacity
    )
    return supporters.add_supporter(vault, data).id


def case_of(vault: Vault, supporter_id: int, person: str) -> int:
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self",
            referred_at=LONG_AGO,
            clinician=ClinicianInput(name=person, role="nurse", department="ICU"),
            event=EventInput("unexpected_death", LONG_AGO.date(), department="ICU"),
        ),
    )
    cases.assign_supporter(vault, case.id, supporter_id)
    return case.id


def contact(vault: Vault, case_id: int, supporter_id: int, at: dt.datetime, minutes: int,
            kind: ContactKind = ContactKind.CONVERSATION) -> None:  # fmt: skip
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            kind=kind, mode=ContactMode.PHONE, occurred_at=at, duration_minutes=minutes,
            supporter_id=supporter_id,
        ),
    )  # fmt: skip


def debrief(vault: Vault, held_on: dt.date, *attendees: int) -> None:
    with vault.transaction() as session:
        row = Debrief(kind=DebriefKind.GROUP, held_on=held_on, minutes=60, created_at=NOW)
        session.add(row)
        session.flush()
        session.add_all(DebriefAttendee(debrief_id=row.id, supporter_id=s) for s in attendees)


def by_name(vault: Vault) -> dict[str, SupporterLoad]:
    return {load.name: load for load in supporter_load(vault, at=NOW)}


def test_the_figures_of_each_supporter_as_worked_out_by_hand(vault: Vault) -> None:
    ana = supporter(vault, "Ana Owncap", capacity=2)
    bo = supporter(vault, "Bo Default")
    cy = supporter(vault, "Cy Paused")
    supporter(vault, "Di Never", trained=dt.date(2025, 10, 12))
    ed = supporter(vault, "Ed Retired")

    # Ana: three open cases over her own cap of 2; a closed one does not count.
    first = case_of(vault, ana, "Kai Mercer")
    case_of(vault, ana, "Lena Park")
    case_of(vault, ana, "Noor Haddad")
    closed = case_of(vault, ana, "Omar Reyes")
    cases.close_case(vault, closed, "declined", at=LONG_AGO + dt.timedelta(days=1))
    # Her contacts: 45 + 30 minutes and a 15-minute attempt in the 30 days (the first
    # exactly 30 days back), 90 minutes: 1.5 hours; a 60-minute talk a minute before
    # the 30 days, and one after the moment asked about, do not count.
    edge = NOW - dt.timedelta(days=30)
    contact(vault, first, ana, edge, 45)
    contact(vault, first, ana, NOW - dt.timedelta(days=10), 30)
    contact(vault, first, ana, NOW - dt.timedelta(days=2), 15, ContactKind.OUTREACH_ATTEMPT)
    contact(vault, first, ana, edge - dt.timedelta(minutes=1), 60)
    contact(vault, first, ana, NOW + dt.timedelta(hours=1), 20)
    # Bo: three open cases at the program's default of 3; one 15-minute talk: 0.25
    # hours, said 0.3 (halves rounded up).
    bo_case = case_of(vault, bo, "Pia Lund")
    case_of(vault, bo, "Quinn Avery")
    case_of(vault, bo, "Rosa Klein")
    contact(vault, bo_case, bo, NOW - dt.timedelta(days=1), 15)
    # Debriefs: Ana's latest 20 days ago; Bo's 130 days ago (over the 120 of the
    # default interval); Cy is paused (never listed); Di has had none since her
    # training on 2025-10-12, 400 days before; Ed is retired (not in the view).
    debrief(vault, TODAY - dt.timedelta(days=200), ana, bo)
    debrief(vault, TODAY - dt.timedelta(days=20), ana)
    debrief(vault, TODAY - dt.timedelta(days=130), bo, ed)
    supporters.set_status(vault, cy, "paused")
    supporters.set_status(vault, ed, "retired")

    loads = by_name(vault)
    assert list(loads) == ["Ana Owncap", "Bo Default", "Cy Paused", "Di Never"]
    ana_load, bo_load, cy_load, di_load = loads.values()
    assert (ana_load.open_cases, ana_load.capacity, ana_load.capacity_is_default) == (3, 2, False)
    assert (ana_load.contacts, ana_load.minutes, ana_load.hours) == (3, 90, 1.5)
    assert ana_load.last_debrief == TODAY - dt.timedelta(days=20)
    assert ana_load.days_without_debrief is None and ana_load.debrief_words == ""
    assert ana_load.load_words == "Over capacity: 3 of 2"
    assert (bo_load.open_cases, bo_load.capacity, bo_load.capacity_is_default) == (3, 3, True)
    assert (bo_load.contacts, bo_load.minutes, bo_load.hours) == (1, 15, 0.3)
    assert bo_load.load_words == "At capacity: 3 of 3 (program default)"
    assert bo_load.cap_words == "3 (program default)"
    assert bo_load.last_debrief == TODAY - dt.timedelta(days=130)
    assert bo_load.debrief_words == "No debrief for 130 days"
    assert (cy_load.open_cases, cy_load.contacts, cy_load.hours, cy_load.last_debrief) == (
        0, 0, 0.0, None
    )  # fmt: skip
    assert cy_load.days_without_debrief is None  # paused: a break, not a lapse
    assert cy_load.load_words == "0 of 3 (program default)"
    assert di_load.last_debrief is None and di_load.days_without_debrief == 400

    # The settings move the figures that follow them, and nothing else.
    settings.change_settings(vault, default_capacity=4, debrief_every_days=365)
    loads = by_name(vault)
    assert loads["Bo Default"].load_words == "3 of 4 (program default)"
    assert loads["Ana Owncap"].load_words == "Over capacity: 3 of 2"
    assert loads["Bo Default"].days_without_debrief is None
    assert loads["Di Never"].debrief_words == "No debrief for 400 days"
    settings.change_settings(vault, debrief_every_days=None)  # off: nobody is listed
    assert all(not load.no_recent_debrief for load in by_name(vault).values())


def test_a_debrief_before_the_training_does_not_count_towards_the_flag(vault: Vault) -> None:
    late = supporter(vault, "Fay Late", trained=TODAY - dt.timedelta(days=150))
    debrief(vault, TODAY - dt.timedelta(days=300), late)
    (load,) = supporter_load(vault, at=NOW)
    assert load.last_debrief == TODAY - dt.timedelta(days=300)  # shown as it is
    assert load.days_without_debrief == 150  # counted from her training


def test_the_listing_has_the_same_figures_for_a_script(vault: Vault) -> None:
    bo = supporter(vault, "Bo Default")
    contact(vault, case_of(vault, bo, "Pia Lund"), bo, NOW - dt.timedelta(days=1), 50)
    (row,) = load_listing(vault, at=NOW).as_dicts()
    assert row == {
        "name": "Bo Default",
        "status": "active",
        "open_cases": 1,
        "capacity": 3,
        "capacity_is_default": True,
        "at_capacity": False,
        "over_capacity": False,
        "contacts_30_days": 1,
        "hours_30_days": 0.8,
        "last_debrief": None,
        "days_without_debrief": 400,
    }


def test_the_flag_agrees_with_the_debrief_lists_supporters(vault: Vault) -> None:
    """The load view and the debrief log list the same supporters, for as many days."""
    from peersupport_desktop.services.debriefs import supporters_without_debrief
    from peersupport_desktop.services.demo_program import fill_demo_program

    fill_demo_program(vault, cases=200)
    today = dt.date.today()
    for every in (30, 120, None):
        settings.change_settings(vault, debrief_every_days=every)
        flagged = {
            load.supporter_id: load.days_without_debrief
            for load in supporter_load(vault, at=dt.datetime.combine(today, dt.time(12)))
            if load.no_recent_debrief
        }
        listed = {due.supporter_id: due.days for due in supporters_without_debrief(vault, today)}
        assert flagged == listed
        if every is None:
            assert flagged == {}  # off: nobody
        elif every == 30:
            assert flagged  # the demo has some a month without one
