"""Every figure of METRICS.md, worked out by hand for a known program."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import figures
from peersupport_desktop.store.vault import Vault
from tests.known_program import AS_OF, Q3, T, build_known_program


@pytest.fixture
def program(vault: Vault) -> dict[str, int]:
    return build_known_program(vault)


def test_every_figure_of_the_quarter(vault: Vault, program: dict[str, int]) -> None:
    f = figures.figures_for(vault, Q3, as_of=AS_OF)
    assert f.referrals == 4  # A, B, C, E
    assert f.by_event_type == {"unexpected_death": 2, "adverse_event": 1, "near_miss": 1}
    assert f.by_referral_source == {"safety_report": 1, "colleague": 2, "self": 1}
    assert f.by_role == {"trainee": 1, "nurse": 1, "attending": 1, "app": 1}
    assert f.by_department == {"Surgery": 2, "ICU": 2}
    assert (f.events, f.group_events) == (3, 1)
    assert f.with_outreach == 2
    assert f.outreach_hours_median == pytest.approx(17.5)  # (5 + 30) / 2
    assert f.outreach_hours_p90 == pytest.approx(30.0)  # nearest rank: ceil(0.9 * 2) = 2nd
    assert (f.within_target, f.missed_target) == (1, 3)  # A; C late, B and E never reached
    assert f.within_target_share == pytest.approx(0.25)
    assert f.awaiting_outreach == 1  # B, at the quarter's end
    assert (f.reached, f.accepted, f.declined_without_conversation) == (2, 2, 1)
    assert f.acceptance_rate == pytest.approx(2 / 3)
    assert (f.contacts, f.supporter_minutes) == (4, 135)  # A 2, C 1, D 1
    assert f.supporter_hours == pytest.approx(2.25)
    assert (f.referred_to_resources, f.resources_accepted) == (1, 1)
    assert f.offers_by_kind == {"eap": (1, 1)}
    # C's first closing (referred on) was reopened: its last closing in the quarter counts.
    assert f.closed_by_outcome == {"supported": 2, "declined": 2}
    assert f.closed == 4
    assert f.open_at_end == 1  # B
    assert f.active_trained_supporters == 1  # Sam; Sue trained later, Sid paused
    assert f.trainings == 1
    workload = [(w.name, w.contacts, w.minutes) for w in f.workload]
    assert workload == [("Sam One", 3, 75), ("Sid Three", 1, 60)]


def test_a_quarter_with_one_case(vault: Vault, program: dict[str, int]) -> None:
    f = figures.figures_for(vault, Quarter(2026, 2), as_of=AS_OF)
    assert f.referrals == 1  # D, referred on the last second
    assert f.with_outreach == 1
    assert f.outreach_hours_median == pytest.approx(10 + 1 / 3600)
    assert (f.reached, f.accepted, f.declined_without_conversation) == (1, 0, 0)
    assert f.acceptance_rate == 0
    assert f.contacts == 0  # D's contact is dated in Q3
    assert f.open_at_end == 1  # D was open when Q2 ended
    assert f.awaiting_outreach == 1  # and nobody had reached out yet


def test_an_empty_quarter(vault: Vault, program: dict[str, int]) -> None:
    f = figures.figures_for(vault, Quarter(2025, 1), as_of=AS_OF)
    assert f.referrals == 0 and f.events == 0 and f.contacts == 0
    assert f.outreach_hours_median is None and f.outreach_hours_p90 is None
    assert f.within_target_share is None and f.acceptance_rate is None
    assert f.closed_by_outcome == {} and f.by_event_type == {}


def test_the_reopened_case_still_counts_as_closed_at_its_first_closing(
    vault: Vault, program: dict[str, int]
) -> None:
    # On 1 September C was closed (referred on 30 August, reopened 5 September).
    as_then = figures.figures_for(vault, Q3, as_of=T(2026, 9, 1))
    assert as_then.closed_by_outcome == {"supported": 1, "declined": 2, "referred_on": 1}
    assert as_then.referrals == 3  # B was not referred yet


def test_report_figures_hold_eight_quarters_and_the_year(
    vault: Vault, program: dict[str, int]
) -> None:
    report = figures.report_figures(vault, Q3, as_of=AS_OF)
    assert [p.quarter for p in report.trend] == Q3.back(8)
    assert report.quarter.referrals == 4
    assert report.previous.referrals == 1 and report.previous.workload == ()
    assert report.year_to_date.referrals == 5  # D in Q2 as well
    # The trend's grouped query agrees with the full figures of each quarter.
    for point in report.trend:
        full = figures.figures_for(vault, point.quarter, as_of=AS_OF)
        assert (point.referrals, point.within_target) == (full.referrals, full.within_target)


def test_awaiting_outreach_now(vault: Vault, program: dict[str, int]) -> None:
    assert figures.awaiting_outreach(vault, at=AS_OF) == 2  # B and F
