"""The disclosure engine on its own: the model of the program's counts, the proof,
the suppression it chooses, and a random program attacked by an independent reader."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peersupport_desktop.core.disclosure import stored
from peersupport_desktop.core.disclosure.audit import exposures, intervals
from peersupport_desktop.core.disclosure.model import (
    Cell,
    CellKind,
    Publication,
    is_small,
    value_of,
)
from peersupport_desktop.core.disclosure.program_model import ProgramModel, Span, group_departments
from peersupport_desktop.core.disclosure.summary_publication import (
    Split,
    SummaryPeriod,
    summary_draft,
)
from peersupport_desktop.core.disclosure.suppression import protect
from tests.attacker import Reader, protected

T = 11
ROLES = ("attending", "nurse", "trainee", "pharmacist")


@dataclass
class Figures:
    """A span's figures, as core.period_figures.PeriodFigures names them."""

    referrals: int = 0
    by_role: dict[str, int] = field(default_factory=dict)
    by_highest_tier: dict[str, int] = field(default_factory=dict)
    events: int = 0
    group_events: int = 0
    with_outreach: int = 0
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
    resources_connected: int = 0
    offers_by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)
    closed_by_outcome: dict[str, int] = field(default_factory=dict)
    open_at_end: int = 0
    active_trained_supporters: int = 0
    trainings: int = 0
    outreach_hours_median: float | None = None
    outreach_hours_p90: float | None = None

    @property
    def by_event_type(self) -> dict[str, int]:
        return {"adverse_event": self.referrals} if self.referrals else {}

    @property
    def by_referral_source(self) -> dict[str, int]:
        return {"self": self.referrals} if self.referrals else {}

    @property
    def by_department(self) -> dict[str, int]:
        return {"ICU": self.referrals} if self.referrals else {}


def quarter_figures(roles: dict[str, int], reached: int) -> Figures:
    total = sum(roles.values())
    reached = min(reached, total)
    return Figures(
        referrals=total,
        by_role={r: n for r, n in roles.items() if n},
        events=total,
        with_outreach=reached,
        within_target=reached,
        reached=reached,
        accepted=reached,
        contacts=2 * reached,
        active_trained_supporters=20,
    )


def added(quarters: list[Figures]) -> Figures:
    roles: dict[str, int] = {}
    for f in quarters:
        for role, n in f.by_role.items():
            roles[role] = roles.get(role, 0) + n
    return quarter_figures(roles, sum(f.reached for f in quarters))


def summary(quarters: dict[str, Figures], years: bool = False) -> Publication:
    labels = sorted(quarters)
    if years:
        periods = [SummaryPeriod("year", Span(tuple(labels)), added(list(quarters.values())))]
    else:
        periods = [SummaryPeriod(q, Span((q,)), quarters[q]) for q in labels]
    split = Split("role", "other roles", ROLES)
    return summary_draft(periods, quarters, [split], T).publication


def read_as_a_reader(reader: Reader, publication: Publication, tag: str) -> None:
    """Everything a reader sees in a publication, as equations over its variables."""
    truth = publication.truth
    for cell in publication.cells:
        if cell.kind is not CellKind.COUNT:
            continue
        terms = {f"{tag}{'|'.join(key)}": float(c) for key, c in cell.terms}
        if not terms:
            continue
        shown = publication.value(cell.key)
        reader.saw(terms, "hidden" if shown is None else str(value_of(cell.terms, truth)))


def test_a_hidden_cell_beside_a_shown_total_takes_a_neighbour_with_it() -> None:
    q = {"2026Q3": quarter_figures({"nurse": 30, "attending": 14, "trainee": 3}, 40)}
    result = protect(summary(q))
    hidden = result.hidden
    assert ("2026Q3", "referrals", "role", "other roles") in hidden  # the 3, grouped
    # Shown beside 30, 14 and the total 47, the group would be 3: one more is hidden.
    others = {("2026Q3", "referrals", "role", r) for r in ("nurse", "attending")}
    assert others & hidden or ("2026Q3", "referrals", "role", "total") in hidden
    assert not exposures([result.publication], T)


def test_intervals_show_what_a_reader_can_work_out() -> None:
    q = {"2026Q3": quarter_figures({"nurse": 30, "trainee": 3}, 33)}
    bare = summary(q)
    # With only the small cell hidden, the reader pins it.
    exposed = bare.with_hidden({("2026Q3", "referrals", "role", "other roles")})
    pinned = [i for i in intervals([exposed], T) if i.target.truth == 3 and "role" in i.target.what]
    assert pinned and all(i.smallest == i.largest == 3 for i in pinned)
    protected_ = protect(bare).publication
    for interval in intervals([protected_], T):
        assert interval.largest >= T, interval.target.what


def test_earlier_publications_are_checked_together_with_the_new() -> None:
    q1 = quarter_figures({"nurse": 3}, 3)
    q2 = quarter_figures({"nurse": 14, "attending": 12}, 20)
    first = protect(summary({"2026Q2": q2})).publication
    year = summary({"2026Q1": q1, "2026Q2": q2}, years=True)
    alone = protect(year)
    together = protect(year, [first])
    # Alone, the year shows its total; beside the quarter's 26 it would give Q1's 3.
    assert ("year", "referrals", "program", "all") not in alone.hidden
    assert ("year", "referrals", "program", "all") in together.hidden
    assert not exposures([together.publication, first], T)


def test_a_change_between_publications_counts_people_too() -> None:
    before = protect(summary({"2026Q3": quarter_figures({"nurse": 14, "attending": 13}, 20)}))
    late = summary({"2026Q3": quarter_figures({"nurse": 15, "attending": 13}, 20)})
    after = protect(late, [before.publication])
    assert after.complementary  # the one late nurse must not show as a difference
    assert not exposures([after.publication, before.publication], T)


def test_a_publication_survives_the_log_unchanged() -> None:
    q = {"2026Q3": quarter_figures({"nurse": 30, "attending": 14, "trainee": 3}, 40)}
    publication = protect(summary(q)).publication
    assert stored.loads(stored.dumps(publication)) == publication


def test_the_solver_prints_nothing_on_standard_output() -> None:
    # HiGHS announces itself once per process: the command line's output is a contract.
    script = (
        "from peersupport_desktop.core.disclosure.solver import _new_highs; "
        "_new_highs(); _new_highs(); print('only this')"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out == "only this\n"


role_counts = st.fixed_dictionaries({role: st.integers(0, 25) for role in ROLES})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(role_counts, st.integers(0, 40)), min_size=1, max_size=3),
    st.booleans(),
)
def test_no_random_program_gives_a_small_count_to_an_independent_reader(
    quarters: list[tuple[dict[str, int], int]], with_year: bool
) -> None:
    figures = {f"2026Q{i + 1}": quarter_figures(roles, n) for i, (roles, n) in enumerate(quarters)}
    published = [protect(summary(figures)).publication]
    if with_year and len(figures) > 1:
        published.insert(0, protect(summary(figures, years=True), published).publication)
    reader = Reader()
    for publication in published:
        read_as_a_reader(reader, publication, "")
    truth = published[0].truth
    for key, variable in published[0].variables.items():
        counted = key[1] in ("referrals", "reached", "within_target", "contacts")
        if counted and variable.people and is_small(variable.truth, T):
            bounds = reader.bounds({"|".join(key): 1.0})
            assert protected(bounds, T), (key, truth[key], bounds)


def test_cells_of_a_model_are_sums_of_its_variables() -> None:
    model = ProgramModel()
    model.add_quarter("2026Q1", quarter_figures({"nurse": 4}, 2))
    model.add_quarter("2026Q2", quarter_figures({"nurse": 6, "trainee": 1}, 5))
    span = Span(("2026Q1", "2026Q2"))
    assert model.truth(model.added(span, "referrals")) == 11
    assert model.truth(model.added(span, "referrals", "role", "trainee")) == 1
    # Every relation holds for the true counts.
    truth = {key: v.truth for key, v in model.variables.items()}
    assert all(relation.holds(truth) for relation in model.checked_relations())
    assert Cell(
        ("x", "referrals", "program", "all"), CellKind.COUNT, model.added(span, "referrals")
    )


def test_departments_are_named_only_when_listed_and_large_else_grouped_by_line() -> None:
    values = {"ICU": 30, "Cardiology": 6, "Cardiac surgery": 7, "Dr Roe's practice": 14, "Burns": 2}
    groups = group_departments(
        values,
        T,
        "other departments",
        named=frozenset({"ICU", "Cardiology", "Cardiac surgery", "Burns"}),
        lines={"Cardiology": "Heart services", "Cardiac surgery": "Heart services"},
    )
    assert groups == {
        "ICU": ("ICU",),
        "Heart services": ("Cardiac surgery", "Cardiology"),
        # Large, but not on the program's list: never named.
        "other departments": ("Burns", "Dr Roe's practice"),
    }
