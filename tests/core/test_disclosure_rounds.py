"""The disclosure check's rounds reuse what earlier rounds proved: the proof must come
out exactly as a fresh one would, round after round, and the solver must work
whoever started HiGHS in the process first."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peersupport_desktop.core.disclosure.audit import Solved, exposures
from peersupport_desktop.core.disclosure.suppression import primary_suppression, with_followers
from tests.core.test_disclosure_engine import ROLES, T, quarter_figures, summary

role_counts = st.fixed_dictionaries({role: st.integers(0, 25) for role in ROLES})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(role_counts, st.integers(0, 40)), min_size=1, max_size=3))
def test_every_round_finds_what_a_fresh_proof_finds(
    quarters: list[tuple[dict[str, int], int]],
) -> None:
    figures = {f"2026Q{i + 1}": quarter_figures(roles, n) for i, (roles, n) in enumerate(quarters)}
    new = summary(figures)
    hidden = primary_suppression(new)
    solved = Solved()
    for _round in range(6):  # hide a binding cell a round, as long as there is one
        current = new.with_hidden(with_followers(new.cells, hidden))
        reused = exposures([current], T, solved)
        assert reused == exposures([current], T)
        binding = [c for e in reused for c in e.binding_cells if c not in hidden]
        if not binding:
            break
        hidden.add(binding[0])


def test_the_check_works_after_another_user_started_the_highs_workers() -> None:
    # HiGHS's workers belong to the process: started first with more threads than the
    # check asks for, the check must still answer, and answer the same.
    script = (
        "import sys, highspy, numpy as np\n"
        "from tests.core.test_disclosure_engine import quarter_figures, summary\n"
        "from peersupport_desktop.core.disclosure.suppression import protect\n"
        "if sys.argv[1] == 'first':\n"
        "    h = highspy.Highs(); h.setOptionValue('output_flag', False)\n"
        "    h.setOptionValue('threads', 2); h.addVar(0, 3)\n"
        "    h.changeColsIntegrality(1, np.array([0], np.int32),"
        " np.array([highspy.HighsVarType.kInteger]))\n"
        "    assert h.run() == highspy.HighsStatus.kOk\n"
        "q = {'2026Q3': quarter_figures({'nurse': 30, 'attending': 14, 'trainee': 3}, 40)}\n"
        "print(sorted(map(str, protect(summary(q)).hidden)))\n"
    )
    said = [
        subprocess.run(
            [sys.executable, "-c", script, order], capture_output=True, text=True, check=True
        ).stdout.splitlines()[-1]  # after the banner HiGHS prints for the script's own
        for order in ("first", "alone")
    ]
    assert said[0] == said[1] != "[]"
