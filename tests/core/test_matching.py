"""Best-fit matching: exclusions are absolute, and the ranking moves the right way."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core.codes import DepartmentRule, Role, SupporterStatus
from peersupport_desktop.core.free_time import Availability, DatedSpan, WeeklySlot
from peersupport_desktop.core.matching import (
    Candidate,
    CaseNeeds,
    Ranking,
    exclusions,
    free_phrase,
    rank,
)

NOW = dt.datetime(2026, 11, 23, 10, 0)  # a Monday morning
TUESDAY_NOON = Availability(weekly=(WeeklySlot(1, dt.time(12), dt.time(14)),))

NEEDS = CaseNeeds(
    clinician_id=100,
    role=Role.NURSE,
    department_id=1,
    event_type="unexpected_death",
    event_label="Unexpected patient death",
    event_clinician_ids=frozenset({100, 101}),
    language="es",
    department_rule=DepartmentRule.OUTSIDE,
    now=NOW,
)


def candidate(id_: int = 1, **changes: object) -> Candidate:
    base = Candidate(
        id=id_,
        name=f"Supporter {id_}",
        role=Role.NURSE,
        department_id=2,
        status=SupporterStatus.ACTIVE,
        trained_on=dt.date(2025, 1, 10),
        refresher_due=dt.date(2027, 1, 10),
        capacity=3,
        open_cases=1,
        recent_cases=0,
        event_type_cases=0,
        languages=("en",),
        clinician_id=None,
        availability=TUESDAY_NOON,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def position(ranking: Ranking, supporter_id: int) -> int | None:
    ids = [s.candidate.id for s in ranking.suggestions]
    return ids.index(supporter_id) if supporter_id in ids else None


def test_reasons_read_as_the_coordinator_would_say_them() -> None:
    ranking = rank(NEEDS, [candidate()])
    assert ranking.suggestions[0].text == (
        "same role · other department · free tomorrow 12:00-14:00 · 1 of 3 cases"
    )


def test_each_hard_exclusion_is_said_in_words() -> None:
    away = Availability(
        dated=(DatedSpan(False, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=5)),)
    )
    cases = {
        "paused": candidate(status=SupporterStatus.PAUSED),
        "retired": candidate(status=SupporterStatus.RETIRED),
        "no training on record": candidate(trained_on=None),
        "refresher overdue since 01 Nov 2026": candidate(refresher_due=dt.date(2026, 11, 1)),
        "is the person themself": candidate(clinician_id=100),
        "involved in the same event": candidate(clinician_id=101),
        "at capacity: 3 open cases of 3 (their own cap)": candidate(open_cases=3),
        "away for the next 72 hours": candidate(availability=away),
        "same department (support comes from outside it)": candidate(department_id=1),
    }
    for reason, c in cases.items():
        assert exclusions(NEEDS, c) == (reason,)
        assert rank(NEEDS, [c]).suggestions == ()


def test_the_persons_own_wish_overrides_the_department_rule() -> None:
    same = candidate(department_id=1)
    within = dataclasses.replace(NEEDS, department_rule=DepartmentRule.WITHIN)
    either = dataclasses.replace(NEEDS, department_rule=DepartmentRule.EITHER)
    assert rank(within, [same]).suggestions[0].reasons[1] == "same department"
    assert rank(either, [same]).suggestions
    # Within the department, the same department ranks first, all else equal.
    ranking = rank(within, [candidate(1, department_id=2), candidate(2, department_id=1)])
    assert [s.candidate.id for s in ranking.suggestions] == [2, 1]


def test_peers_first_then_soonest_free_then_lighter_load() -> None:
    people = [
        candidate(1, role=Role.ATTENDING),
        candidate(2, open_cases=2),
        candidate(3, availability=Availability(weekly=(WeeklySlot(0, dt.time(9), dt.time(11)),))),
        candidate(4),
    ]
    ranking = rank(NEEDS, people)
    assert [s.candidate.id for s in ranking.suggestions] == [3, 4, 2, 1]
    assert ranking.suggestions[0].reasons[2] == "free now until 11:00"
    assert ranking.suggestions[-1].reasons[0] == "other role (attending physician)"


def test_a_trainee_is_matched_to_a_trainee_then_a_near_peer() -> None:
    needs = dataclasses.replace(NEEDS, role=Role.TRAINEE)
    people = [
        candidate(1, role=Role.NURSE),
        candidate(2, role=Role.ATTENDING),
        candidate(3, role=Role.TRAINEE),
    ]
    ranking = rank(needs, people)
    assert [s.candidate.id for s in ranking.suggestions] == [3, 2, 1]
    assert ranking.suggestions[1].reasons[0] == "near-peer (attending physician)"


def test_experience_language_and_fairness_are_named_when_they_count() -> None:
    c = candidate(event_type_cases=2, languages=("en", "es"), recent_cases=4)
    assert rank(NEEDS, [c]).suggestions[0].reasons[4:] == (
        "supported 2 after unexpected patient death",
        "speaks Spanish",
        "4 new cases in 90 days",
    )


def test_free_phrases() -> None:
    assert free_phrase(NOW, NOW, NOW.replace(hour=12)) == "free now until 12:00"
    assert free_phrase(NOW, NOW.replace(hour=15), NOW.replace(hour=16)) == "free today 15:00-16:00"
    thursday = NOW + dt.timedelta(days=3)
    assert (
        free_phrase(NOW, thursday.replace(hour=9), thursday.replace(hour=11))
        == "free Thu 09:00-11:00"
    )


# -- properties -------------------------------------------------------------

slots = st.lists(
    st.builds(
        lambda d, h, n: WeeklySlot(d, dt.time(h), dt.time(h + n)),
        st.integers(0, 6),
        st.integers(0, 20),
        st.integers(1, 3),
    ),
    max_size=3,
)
dated = st.lists(
    st.builds(
        lambda avail, h, n: DatedSpan(
            avail, NOW + dt.timedelta(hours=h), NOW + dt.timedelta(hours=h + n)
        ),
        st.booleans(),
        st.integers(-100, 100),
        st.integers(1, 120),
    ),
    max_size=3,
)
availability = st.builds(lambda w, d: Availability(tuple(w), tuple(d)), slots, dated)
candidates = st.lists(
    st.builds(
        Candidate,
        id=st.integers(1, 10_000),
        name=st.sampled_from(["Ana", "Ben", "Chen", "Dee"]),
        role=st.sampled_from(list(Role)),
        department_id=st.one_of(st.none(), st.integers(1, 3)),
        status=st.sampled_from(list(SupporterStatus)),
        trained_on=st.one_of(st.none(), st.just(dt.date(2024, 5, 1))),
        refresher_due=st.one_of(st.none(), st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31))),
        capacity=st.integers(0, 5),
        open_cases=st.integers(0, 6),
        recent_cases=st.integers(0, 10),
        event_type_cases=st.integers(0, 5),
        languages=st.sampled_from([(), ("en",), ("en", "es")]),
        clinician_id=st.one_of(st.none(), st.integers(99, 102)),
        availability=availability,
    ),
    max_size=12,
    unique_by=lambda c: c.id,
)
needs = st.builds(
    dataclasses.replace,
    st.just(NEEDS),
    role=st.sampled_from(list(Role)),
    department_id=st.one_of(st.none(), st.integers(1, 3)),
    language=st.sampled_from([None, "en", "es"]),
    department_rule=st.sampled_from(list(DepartmentRule)),
)


@given(needs, candidates)
def test_an_excluded_supporter_never_appears(n: CaseNeeds, people: list[Candidate]) -> None:
    ranking = rank(n, people)
    suggested = {s.candidate.id for s in ranking.suggestions}
    assert suggested.isdisjoint(e.candidate.id for e in ranking.excluded)
    assert len(suggested) + len(ranking.excluded) == len(people)
    for s in ranking.suggestions:
        c = s.candidate
        assert c.status is SupporterStatus.ACTIVE and c.trained_on is not None
        assert c.refresher_due is None or c.refresher_due >= n.now.date()
        assert c.open_cases < c.capacity
        assert c.clinician_id is None or c.clinician_id not in n.event_clinician_ids | {
            n.clinician_id
        }
        if n.department_rule is DepartmentRule.OUTSIDE and n.department_id is not None:
            assert c.department_id != n.department_id


@given(needs, candidates, st.data())
def test_adding_availability_never_lowers_a_rank(
    n: CaseNeeds, people: list[Candidate], data: st.DataObject
) -> None:
    before = rank(n, people)
    if not before.suggestions:
        return
    chosen = data.draw(st.sampled_from(before.suggestions)).candidate
    more_weekly = data.draw(slots)
    more_dated = [d for d in data.draw(dated) if d.available]
    richer = dataclasses.replace(
        chosen,
        availability=Availability(
            chosen.availability.weekly + tuple(more_weekly),
            chosen.availability.dated + tuple(more_dated),
        ),
    )
    after = rank(n, [richer if p.id == chosen.id else p for p in people])
    old, new = position(before, chosen.id), position(after, chosen.id)
    assert old is not None and new is not None and new <= old


@given(needs, candidates, st.data())
def test_a_lighter_load_or_a_shared_language_never_lowers_a_rank(
    n: CaseNeeds, people: list[Candidate], data: st.DataObject
) -> None:
    before = rank(n, people)
    if not before.suggestions:
        return
    chosen = data.draw(st.sampled_from(before.suggestions)).candidate
    lighter = dataclasses.replace(
        chosen,
        open_cases=max(0, chosen.open_cases - 1),
        recent_cases=max(0, chosen.recent_cases - 1),
        languages=(*chosen.languages, *([n.language] if n.language else [])),
    )
    after = rank(n, [lighter if p.id == chosen.id else p for p in people])
    old, new = position(before, chosen.id), position(after, chosen.id)
    assert old is not None and new is not None and new <= old


@given(needs, candidates, st.randoms())
def test_the_order_of_the_roster_does_not_matter(
    n: CaseNeeds, people: list[Candidate], rnd
) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(people)
    rnd.shuffle(shuffled)
    assert rank(n, people) == rank(n, shuffled)
