"""The Calendar page's plan: the quick path agrees with working out every span."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from peersupport_desktop.services import availability, cases, supporters
from peersupport_desktop.services.calendar_plan import FreeEntry, calendar_plan
from peersupport_desktop.store.vault import Vault
from tests.services.test_roster_and_matching import nurse_case

START = dt.date(2026, 11, 30)
END = START + dt.timedelta(days=41)


def test_the_plan_agrees_with_each_supporters_own_free_time(vault: Vault) -> None:
    rng = random.Random(5)
    for n in range(25):
        person = supporters.add_supporter(
            vault, supporters.SupporterInput(name=f"Person {n:02d}", role="nurse")
        )
        for _ in range(rng.randint(0, 4)):  # overlapping slots included
            hour = rng.randint(6, 20)
            availability.add_slot(
                vault,
                person.id,
                rng.randint(0, 6),
                dt.time(hour),
                dt.time(hour + rng.randint(1, 3)),
            )
        if rng.random() < 0.4:
            starts = dt.datetime.combine(START, dt.time()) + dt.timedelta(hours=rng.randint(0, 900))
            availability.add_exception(
                vault,
                person.id,
                available=rng.random() < 0.5,
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=rng.randint(1, 60)),
            )
        if n % 7 == 3:
            supporters.set_status(vault, person.id, "paused")
    plan = calendar_plan(vault, START, END)

    # The long way: every active supporter's free spans, cut at midnight.
    first = dt.datetime.combine(START, dt.time())
    after = dt.datetime.combine(END + dt.timedelta(days=1), dt.time())
    expected: defaultdict[dt.date, list[FreeEntry]] = defaultdict(list)
    for person in supporters.list_supporters(vault):
        if person.status.value != "active":
            continue
        pattern = availability.patterns_of(vault, person.id, first, after)
        for s, e in pattern.free_spans(first, after):
            while s < e:
                midnight = dt.datetime.combine(s.date() + dt.timedelta(days=1), dt.time())
                expected[s.date()].append(FreeEntry(person.id, person.name, s, min(e, midnight)))
                s = min(e, midnight)
    assert len(expected) > 30  # most days have someone free
    for day in expected:
        expected[day].sort(key=lambda x: (x.starts, x.name.casefold(), x.supporter_id))
    assert plan.free == {day: tuple(entries) for day, entries in expected.items()}


def test_the_plan_holds_first_calls_and_follow_ups_by_reference(vault: Vault) -> None:
    ana = supporters.add_supporter(vault, supporters.SupporterInput(name="Ana", role="nurse"))
    availability.set_on_call(vault, START, ana.id)
    case = nurse_case(vault)
    cases.set_next_follow_up(vault, case.id, START + dt.timedelta(days=2))
    plan = calendar_plan(vault, START, END)
    assert plan.on_call_for(START + dt.timedelta(days=6)) == "Ana"
    assert plan.on_call_for(START + dt.timedelta(days=7)) is None
    assert plan.follow_ups == {START + dt.timedelta(days=2): (case.reference,)}
    only_ana = calendar_plan(vault, START, END, supporter_id=ana.id)
    assert only_ana.free == {}
