"""Milestones of investigations and legal processes, and the check-ins before them."""

from __future__ import annotations

import datetime as dt

import pytest

from peersupport_desktop.core.codes import MilestoneKind, Outcome
from peersupport_desktop.core.milestone_dates import check_in_day
from peersupport_desktop.core.working_time import WorkingWeek
from peersupport_desktop.services import audit, cases, clinicians, events, milestones, settings
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.store.models import Case
from peersupport_desktop.store.vault import Vault

TODAY = dt.date.today()
# A Monday four weeks or so ahead: the dates below are relative to it, so the rules
# about how far back or ahead a milestone may be hold whenever the tests run.
MONDAY = TODAY + dt.timedelta(days=28 - TODAY.weekday())
EVENT_DAY = TODAY - dt.timedelta(days=40)


def open_case(vault: Vault, name: str, event_id: int | None = None) -> cases.CaseRecord:
    return cases.open_case(
        vault,
        cases.NewCase(
            referral_source="safety_report",
            clinician=clinicians.ClinicianInput(name, "nurse"),
            event_id=event_id,
            event=None if event_id else events.EventInput("litigation", EVENT_DAY),
            referred_at=dt.datetime.combine(EVENT_DAY, dt.time(12)),
        ),
    )


@pytest.fixture
def three(vault: Vault) -> tuple[cases.CaseRecord, cases.CaseRecord, cases.CaseRecord]:
    """Three people touched by one event."""
    first = open_case(vault, "Ann Lee")
    return (
        first,
        open_case(vault, "Bo Chan", first.event_id),
        open_case(vault, "Cy Dorn", first.event_id),
    )


def test_an_event_milestone_gives_each_open_case_a_check_in_days_before(
    vault: Vault, three: tuple[cases.CaseRecord, ...]
) -> None:
    ann, bo, cy = three
    cases.close_case(vault, cy.id, Outcome.DECLINED)
    deposition = MONDAY + dt.timedelta(days=3)  # a Thursday
    added = milestones.add_milestone(
        vault, event_id=ann.event_id, kind=MilestoneKind.DEPOSITION, on_date=deposition
    )
    assert added.check_in_days == 7  # the setting's default
    assert added.check_in_on == deposition - dt.timedelta(days=7)
    due = milestones.check_ins_due(vault, TODAY, deposition)
    # Everyone the event touched whose case is open; the closed case gets none.
    assert [(c.reference, c.on, c.kind, c.for_event) for c in due] == [
        (ann.reference, added.check_in_on, MilestoneKind.DEPOSITION, True),
        (bo.reference, added.check_in_on, MilestoneKind.DEPOSITION, True),
    ]
    assert due[0].clinician == "Ann Lee" and due[0].milestone_on == deposition
    # The range is of check-in days, both ends included.
    assert milestones.check_ins_due(vault, added.check_in_on, added.check_in_on) == due
    assert milestones.check_ins_due(vault, TODAY, added.check_in_on - dt.timedelta(days=1)) == []
    assert (
        milestones.check_ins_due(vault, added.check_in_on + dt.timedelta(days=1), deposition) == []
    )


def test_a_case_milestone_is_that_case_s_alone_and_listed_with_the_event_s(
    vault: Vault, three: tuple[cases.CaseRecord, ...]
) -> None:
    ann, bo, _cy = three
    hearing = milestones.add_milestone(
        vault, case_id=bo.id, kind="board_hearing", on_date=MONDAY + dt.timedelta(days=20),
        check_in_days=3,
    )  # fmt: skip
    rca = milestones.add_milestone(vault, event_id=ann.event_id, kind="rca_meeting", on_date=MONDAY)
    assert [m.id for m in milestones.milestones_of(vault, bo.id)] == [rca.id, hearing.id]
    assert [m.id for m in milestones.milestones_of(vault, ann.id)] == [rca.id]
    assert [m.id for m in milestones.event_milestones(vault, ann.event_id)] == [rca.id]
    due = milestones.check_ins_due(vault, hearing.check_in_on, hearing.check_in_on)
    assert [(c.reference, c.kind, c.for_event) for c in due] == [
        (bo.reference, MilestoneKind.BOARD_HEARING, False)
    ]


def test_the_default_follows_the_setting_and_stays_with_the_milestone(
    vault: Vault, three: tuple[cases.CaseRecord, ...]
) -> None:
    ann = three[0]
    settings.change_settings(vault, milestone_check_in_days=14)
    trial = milestones.add_milestone(vault, case_id=ann.id, kind="trial", on_date=MONDAY)
    assert trial.check_in_days == 14
    settings.change_settings(vault, milestone_check_in_days=2)
    (kept,) = milestones.milestones_of(vault, ann.id)
    assert kept.check_in_days == 14  # stored per milestone


def test_a_check_in_on_a_weekend_or_holiday_moves_back_to_a_working_day(
    vault: Vault, three: tuple[cases.CaseRecord, ...]
) -> None:
    ann = three[0]
    # Seven days before a Sunday is a Sunday: the Friday before.
    sunday = MONDAY + dt.timedelta(days=13)
    trial = milestones.add_milestone(vault, case_id=ann.id, kind="trial", on_date=sunday)
    assert trial.check_in_on == sunday - dt.timedelta(days=9)
    assert trial.check_in_on.weekday() == 4
    # That Friday a holiday: Thursday.
    settings.add_holiday(vault, trial.check_in_on, "Founders' day")
    (moved,) = milestones.milestones_of(vault, ann.id)
    assert moved.check_in_on == sunday - dt.timedelta(days=10)
    (due,) = milestones.check_ins_due(vault, moved.check_in_on, moved.check_in_on)
    assert due.on == moved.check_in_on
    # A check-in 0 days before a milestone on a working day is that day.
    week = WorkingWeek(frozenset(range(5)), dt.time(8), dt.time(17))
    assert check_in_day(MONDAY, 0, week) == MONDAY
    assert check_in_day(MONDAY, 1, week) == MONDAY - dt.timedelta(days=3)


def test_closed_and_de_identified_cases_get_no_check_in(
    vault: Vault, three: tuple[cases.CaseRecord, ...]
) -> None:
    ann, bo, cy = three
    milestones.add_milestone(vault, event_id=ann.event_id, kind="settlement", on_date=MONDAY)
    with vault.transaction() as session:
        case = session.get(Case, cy.id)
        assert case is not None
        case.deidentified_at = dt.datetime.now()
    cases.close_case(vault, bo.id, Outcome.DECLINED)
    due = milestones.check_ins_due(vault, TODAY, MONDAY)
    assert [c.reference for c in due] == [ann.reference]
    # Reopened, the case is followed again.
    cases.reopen_case(vault, bo.id)
    assert [c.reference for c in milestones.check_ins_due(vault, TODAY, MONDAY)] == [
        ann.reference, bo.reference,
    ]  # fmt: skip
    with pytest.raises(InvalidInput, match="de-identified"):
        milestones.add_milestone(vault, case_id=cy.id, kind="trial", on_date=MONDAY)


@pytest.mark.parametrize(
    ("owner", "kind", "on", "days", "sentence"),
    [
        ("both", "trial", MONDAY, None, "an event or to one case"),
        ("neither", "trial", MONDAY, None, "an event or to one case"),
        ("case", "hearing", MONDAY, None, "'hearing' is not one of"),
        (
            "case",
            "trial",
            EVENT_DAY - dt.timedelta(days=1),
            None,
            "on or after the date of its event",
        ),
        ("case", "trial", TODAY.replace(year=TODAY.year + 11), None, "at most 10 years ahead"),
        ("case", "trial", MONDAY, 91, "0 to 90 days before it"),
        ("case", "trial", MONDAY, -1, "0 to 90 days before it"),
    ],
)
def test_what_a_milestone_cannot_be(
    vault: Vault,
    three: tuple[cases.CaseRecord, ...],
    owner: str,
    kind: str,
    on: dt.date,
    days: int | None,
    sentence: str,
) -> None:
    ann = three[0]
    owners = {
        "both": {"event_id": ann.event_id, "case_id": ann.id},
        "neither": {},
        "case": {"case_id": ann.id},
    }[owner]
    with pytest.raises(InvalidInput, match=sentence):
        milestones.add_milestone(vault, kind=kind, on_date=on, check_in_days=days, **owners)
    assert milestones.milestones_of(vault, ann.id) == []


def test_far_in_the_past_is_refused(vault: Vault) -> None:
    old_day = TODAY.replace(year=TODAY.year - 7)
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self",
            clinician=clinicians.ClinicianInput("Old Case", "nurse"),
            event=events.EventInput("litigation", old_day),
            referred_at=dt.datetime.combine(old_day, dt.time(9)),
        ),
    )
    with pytest.raises(InvalidInput, match="at most 5 years in the past"):
        milestones.add_milestone(
            vault, case_id=case.id, kind="trial", on_date=old_day + dt.timedelta(days=30)
        )


def test_update_remove_twins_and_the_audit(
    vault: Vault, three: tuple[cases.CaseRecord, ...]
) -> None:
    ann = three[0]
    peer = milestones.add_milestone(vault, case_id=ann.id, kind="peer_review", on_date=MONDAY)
    with pytest.raises(InvalidInput, match="there already"):
        milestones.add_milestone(vault, case_id=ann.id, kind="peer_review", on_date=MONDAY)
    later = milestones.update_milestone(
        vault, peer.id, on_date=MONDAY + dt.timedelta(days=7), check_in_days=1
    )
    assert (later.kind, later.on_date, later.check_in_days) == (
        MilestoneKind.PEER_REVIEW, MONDAY + dt.timedelta(days=7), 1,
    )  # fmt: skip
    with pytest.raises(InvalidInput, match="0 to 90"):
        milestones.update_milestone(vault, peer.id, check_in_days=100)
    milestones.remove_milestone(vault, peer.id)
    assert milestones.milestones_of(vault, ann.id) == []
    with pytest.raises(NotFound):
        milestones.remove_milestone(vault, peer.id)
    logged = [(e.action, e.record_id) for e in audit.entries(vault, record_kind="milestone")]
    logged.reverse()  # oldest first
    assert logged == [
        ("milestone.add", peer.id), ("milestone.edit", peer.id), ("milestone.remove", peer.id),
    ]  # fmt: skip


def test_a_case_is_found_by_its_reference(
    vault: Vault, three: tuple[cases.CaseRecord, ...]
) -> None:
    ann = three[0]
    assert milestones.case_id_for(vault, ann.reference.lower()) == ann.id
    with pytest.raises(InvalidInput, match="There is no case PS-999999"):
        milestones.case_id_for(vault, "PS-999999")
