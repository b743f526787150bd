"""Caps in matching against a real vault: a supporter at their cap is never suggested,
and the reason says whose cap it is, their own or the program's default (Settings);
changing the default moves the line for those who take it, and nobody else."""

from __future__ import annotations

from peersupport_desktop.core.matching import Ranking
from peersupport_desktop.services import cases, settings, supporters
from peersupport_desktop.services.matching import suggest_supporters
from peersupport_desktop.services.roster import roster
from peersupport_desktop.store.vault import Vault
from tests.services.test_roster_and_matching import NOW, nurse_case, supporter


def busy(vault: Vault, supporter_id: int, open_cases: int, first: int = 0) -> list[int]:
    """``open_cases`` new cases assigned to the supporter (each its own person)."""
    made = []
    for n in range(first, first + open_cases):
        case = nurse_case(vault, f"Colleague Number{n}")
        cases.assign_supporter(vault, case.id, supporter_id)
        made.append(case.id)
    return made


def why_not(ranking: Ranking) -> dict[str, str]:
    return {e.candidate.name: e.text for e in ranking.excluded}


def suggested(ranking: Ranking) -> list[str]:
    return [s.candidate.name for s in ranking.suggestions]


def test_own_cap_and_the_programs_default_each_said_in_words(vault: Vault) -> None:
    own = supporter(vault, "Ana Owncap", capacity=2)
    takes_default = supporter(vault, "Bo Default")  # no cap of his own: the default, 3
    roomy = supporter(vault, "Cy Roomy", capacity=5)
    busy(vault, own, 2)
    busy(vault, takes_default, 3, first=10)
    busy(vault, roomy, 3, first=20)
    case = nurse_case(vault)

    ranking = suggest_supporters(vault, case.id, at=NOW)
    assert why_not(ranking) == {
        "Ana Owncap": "at capacity: 2 open cases of 2 (their own cap)",
        "Bo Default": "at capacity: 3 open cases of 3 (the program's default)",
    }
    assert suggested(ranking) == ["Cy Roomy"]
    assert "3 of 5 cases" in ranking.suggestions[0].reasons

    # The roster says the same figures, and which cap is the default.
    load = {r.supporter.name: r.load for r in roster(vault)}
    assert load == {
        "Ana Owncap": "2 of 2",
        "Bo Default": "3 of 3 (program default)",
        "Cy Roomy": "3 of 5",
    }


def test_changing_the_default_moves_the_line_only_for_those_who_take_it(vault: Vault) -> None:
    own = supporter(vault, "Ana Owncap", capacity=3)
    takes_default = supporter(vault, "Bo Default")
    busy(vault, own, 3)
    busy(vault, takes_default, 3, first=10)
    case = nurse_case(vault)
    assert set(why_not(suggest_supporters(vault, case.id, at=NOW))) == {"Ana Owncap", "Bo Default"}

    settings.change_settings(vault, default_capacity=4)
    ranking = suggest_supporters(vault, case.id, at=NOW)
    assert suggested(ranking) == ["Bo Default"]
    assert "3 of 4 cases" in ranking.suggestions[0].reasons
    assert why_not(ranking) == {"Ana Owncap": "at capacity: 3 open cases of 3 (their own cap)"}

    settings.change_settings(vault, default_capacity=1)  # now over it: still said
    assert why_not(suggest_supporters(vault, case.id, at=NOW))["Bo Default"] == (
        "at capacity: 3 open cases of 1 (the program's default)"
    )

    # An own cap given later replaces the default; none again takes it back.
    details = supporters.get_supporter(vault, takes_default)
    raised = supporters.SupporterInput(
        name=details.name, role=details.role, department=details.department,
        training_date=details.training_date, refresher_due=details.refresher_due, capacity=6,
    )  # fmt: skip
    supporters.edit_supporter(vault, takes_default, raised)
    assert "Bo Default" in suggested(suggest_supporters(vault, case.id, at=NOW))
    lowered = supporters.SupporterInput(
        name=details.name, role=details.role, department=details.department,
        training_date=details.training_date, refresher_due=details.refresher_due, capacity=None,
    )  # fmt: skip
    supporters.edit_supporter(vault, takes_default, lowered)
    assert "Bo Default" in why_not(suggest_supporters(vault, case.id, at=NOW))


def test_a_closed_case_frees_a_place_under_the_cap(vault: Vault) -> None:
    takes_default = supporter(vault, "Bo Default")
    first, *_rest = busy(vault, takes_default, 3)
    case = nurse_case(vault)
    assert suggested(suggest_supporters(vault, case.id, at=NOW)) == []
    cases.close_case(vault, first, "declined", at=NOW)
    assert suggested(suggest_supporters(vault, case.id, at=NOW)) == ["Bo Default"]


def test_paused_and_retired_supporters_are_unaffected_by_the_default(vault: Vault) -> None:
    paused = supporter(vault, "Di Paused")
    retired = supporter(vault, "Ed Retired")
    busy(vault, paused, 1)
    supporters.set_status(vault, paused, "paused")
    supporters.set_status(vault, retired, "retired")
    case = nurse_case(vault)
    for default in (3, 1, 50):
        settings.change_settings(vault, default_capacity=default)
        ranking = suggest_supporters(vault, case.id, at=NOW)
        assert suggested(ranking) == []
        reasons = why_not(ranking)
        assert set(reasons) == {"Di Paused"}  # the retired are never candidates
        expected = "paused"
        if default == 1:  # at the cap as well: both said
            expected += " · at capacity: 1 open case of 1 (the program's default)"
        assert reasons["Di Paused"] == expected
