"""The summary export's cells: no small count published, none recoverable."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given
from hypothesis import strategies as st

from peersupport_desktop.core import small_numbers as sn
from peersupport_desktop.core.anonymized_summary import (
    Dimension,
    SummaryCell,
    Suppressed,
    counts_by,
    fold_rare,
    split_table,
    summary_cells,
)

T = 11
# Figures that are no count of people: hours and percentages.
NOT_COUNTS = {
    "median_hours_to_first_outreach",
    "p90_hours_to_first_outreach",
    "percent_outreach_within_target",
    "percent_accepted",
    "supporter_hours",
}
# Counts of the period's cases that hold one another: (whole, part).
PARTS = (
    ("referrals", "cases_with_first_outreach"),
    ("referrals", "reached"),
    ("referrals", "accepted"),
    ("referrals", "events"),
    ("cases_with_first_outreach", "reached"),
    ("cases_with_first_outreach", "accepted"),
    ("reached", "accepted"),
    ("events", "group_events"),
    ("referred_to_resources", "resources_accepted"),
)


@dataclass
class Figures:
    """Plausible period figures (services.figures.PeriodFigures has the same names)."""

    referrals: int = 0
    events: int = 0
    group_events: int = 0
    with_outreach: int = 0
    outreach_hours_median: float | None = None
    outreach_hours_p90: float | None = None
    within_target: int = 0
    missed_target: int = 0
    awaiting_outreach: int = 0
    reached: int = 0
    accepted: int = 0
    declined_without_conversation: int = 0
    contacts: int = 0
    supporter_minutes: int = 0
    referred_to_resources: int = 0
    resources_accepted: int = 0
    open_at_end: int = 0
    active_trained_supporters: int = 0
    trainings: int = 0
    by_event_type: dict[str, int] = field(default_factory=dict)
    by_referral_source: dict[str, int] = field(default_factory=dict)
    by_role: dict[str, int] = field(default_factory=dict)
    by_department: dict[str, int] = field(default_factory=dict)
    closed_by_outcome: dict[str, int] = field(default_factory=dict)


def _split(draw: st.DrawFn, total: int, names: list[str]) -> dict[str, int]:
    """``total`` shared among ``names``: the gaps between sorted cut points."""
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=len(names) - 1,
                                max_size=len(names) - 1)))  # fmt: skip
    bounds = [0, *cuts, total]
    return {name: bounds[i + 1] - bounds[i] for i, name in enumerate(names)}


@st.composite
def period_figures(draw: st.DrawFn) -> Figures:
    def upto(n: int) -> int:
        # Often close to the whole, where a small remainder would give a count away.
        return draw(st.integers(0, n) | st.integers(max(0, n - 15), n))

    referrals = draw(st.integers(0, 80))
    with_outreach = upto(referrals)
    within = upto(with_outreach)
    late = with_outreach - within
    overdue = upto(referrals - with_outreach)
    reached = upto(with_outreach)
    events = upto(referrals)
    offered = upto(reached)
    closed = upto(referrals)
    return Figures(
        referrals=referrals,
        events=events,
        group_events=upto(events),
        with_outreach=with_outreach,
        outreach_hours_median=3.5 if with_outreach else None,
        outreach_hours_p90=40.0 if with_outreach else None,
        within_target=within,
        missed_target=late + overdue,
        awaiting_outreach=referrals - with_outreach,
        reached=reached,
        accepted=upto(reached),
        declined_without_conversation=upto(with_outreach - reached),
        contacts=upto(3 * referrals),
        supporter_minutes=upto(6000),
        referred_to_resources=offered,
        resources_accepted=upto(offered),
        open_at_end=upto(referrals),
        active_trained_supporters=upto(30),
        trainings=upto(15),
        by_event_type=_split(draw, referrals, ["adverse_event", "unexpected_death", "other"]),
        by_referral_source=_split(draw, referrals, ["self", "colleague", "leader"]),
        by_role=_split(draw, referrals, ["nurse", "attending", "trainee", "pharmacist"]),
        by_department=_split(draw, referrals, ["ICU", "Emergency", "Surgery", "Pediatrics"]),
        closed_by_outcome=_split(draw, closed, ["supported", "declined", "referred_on"]),
    )


def _published(cells: list[SummaryCell], table: str) -> dict[tuple[str, str], int | Suppressed]:
    return {
        (c.category, c.figure): c.value
        for c in cells
        if c.table == table and isinstance(c.value, int | Suppressed)
    }


@given(period_figures(), st.integers(5, 15))
def test_no_published_count_is_small(figures: Figures, threshold: int) -> None:
    for cell in summary_cells("2026Q3", figures, tuple(Dimension), threshold):
        if cell.figure not in NOT_COUNTS and isinstance(cell.value, int):
            assert not sn.is_small(cell.value, threshold), cell


@given(period_figures(), st.integers(5, 15))
def test_no_hidden_count_is_recoverable_from_a_whole(figures: Figures, threshold: int) -> None:
    overall = {c.figure: c.value for c in summary_cells("2026Q3", figures, (), threshold)}
    for whole, part in PARTS:
        if isinstance(overall[part], int) and isinstance(overall[whole], int):
            assert not sn.is_small(overall[whole] - overall[part], threshold), (whole, part)
    # The state at the period's end could be chained from period to period: left out.
    assert "open_at_period_end" not in overall and "awaiting_outreach" not in overall


@given(period_figures(), st.integers(5, 15))
def test_rates_and_medians_show_only_over_counts_that_are_not_small(
    figures: Figures, threshold: int
) -> None:
    overall = {c.figure: c.value for c in summary_cells("2026Q3", figures, (), threshold)}
    if isinstance(overall["percent_accepted"], int):
        f = figures
        for n in (f.accepted, f.reached - f.accepted, f.declined_without_conversation):
            assert not sn.is_small(n, threshold)
    if isinstance(overall["percent_outreach_within_target"], int):
        f = figures
        late = f.with_outreach - f.within_target
        pending = f.referrals - f.within_target - f.missed_target
        for n in (f.within_target, f.missed_target, late, f.missed_target - late, pending):
            assert not sn.is_small(n, threshold)
    if isinstance(overall["median_hours_to_first_outreach"], int):
        assert figures.with_outreach >= threshold
    if isinstance(overall["supporter_hours"], int):
        assert not sn.is_small(figures.contacts, threshold)


@given(period_figures(), st.integers(5, 15), st.sampled_from(list(Dimension)))
def test_no_hidden_cell_is_recoverable_from_its_table_total(
    figures: Figures, threshold: int, dimension: Dimension
) -> None:
    cells = summary_cells("2026Q3", figures, (dimension,), threshold)
    table = _published(cells, dimension.value)
    total = table.pop(("total", dimension.figure))
    values = fold_rare(counts_by(figures, dimension), threshold, dimension.other)
    hidden = [category for (category, _), value in table.items() if isinstance(value, Suppressed)]
    if isinstance(total, int) and hidden:
        assert len(hidden) >= 2
        assert sum(values[name] for name in hidden) >= threshold
    assert sum(values.values()) == sum(counts_by(figures, dimension).values())
    for (category, _), value in table.items():
        if isinstance(value, int):
            assert value == values[category]


def test_rare_categories_fold_into_a_broader_one_when_that_lets_them_show() -> None:
    folded = fold_rare({"ICU": 30, "Burns": 4, "Dialysis": 8}, T, "other departments")
    assert folded == {"ICU": 30, "other departments": 12}
    # Alone, a rare category cannot hide in 'other': it stays and is suppressed.
    assert fold_rare({"ICU": 30, "Burns": 4}, T, "other departments") == {"ICU": 30, "Burns": 4}


def test_a_split_table_lists_categories_alphabetically_with_the_broader_one_last() -> None:
    cells = split_table(
        "2026Q3", Dimension.DEPARTMENT, {"Surgery": 20, "ICU": 30, "Burns": 4, "Oncology": 8}, T
    )
    assert [(c.category, c.value) for c in cells] == [
        ("ICU", 30),
        ("Surgery", 20),
        ("other departments", 12),
        ("total", 62),
    ]
    assert all(c.table == "department" and c.figure == "referrals" for c in cells)


def test_a_small_cell_and_its_protector_read_alike() -> None:
    cells = split_table("2026Q3", Dimension.ROLE, {"nurse": 40, "attending": 15, "trainee": 3}, T)
    shown = {c.category: str(c.value) for c in cells}
    # '<11' beside 'suppressed' would say 18 = 3 + 15: both read the same.
    assert shown == {
        "attending": "suppressed",
        "nurse": "40",
        "trainee": "suppressed",
        "total": "58",
    }


def test_outcomes_split_the_closings() -> None:
    cells = split_table("2026Q3", Dimension.OUTCOME, {"supported": 12, "declined": 0}, T)
    assert {c.figure for c in cells} == {"closed"}
    assert [c.value for c in cells] == [0, 12, 12]


def test_each_split_counts_what_it_names() -> None:
    figures = Figures(
        referrals=20,
        by_event_type={"trauma": 20},
        by_referral_source={"self": 20},
        by_role={"nurse": 20},
        by_department={"ICU": 20},
        closed_by_outcome={"supported": 12},
    )
    cells = summary_cells("2026Q3", figures, tuple(Dimension), T)
    named = {(c.table, c.category): c.value for c in cells if c.category != "total"}
    assert {key: value for key, value in named.items() if key[0] != "program"} == {
        ("event_type", "trauma"): 20,
        ("referral_source", "self"): 20,
        ("role", "nurse"): 20,
        ("department", "ICU"): 20,
        ("outcome", "supported"): 12,
    }
