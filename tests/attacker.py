"""A hostile reader's calculator, written apart from the application's engine: the
equations a reader writes from what was published, and the smallest and largest
whole-number value of any count they want, solved with HiGHS directly."""

from __future__ import annotations

import math
from collections.abc import Mapping

import highspy
import numpy as np

CAP = 1_000_000.0  # no program has a count near this
Terms = Mapping[str, float]


class Reader:
    def __init__(self) -> None:
        self.names: dict[str, int] = {}
        self.rows: list[tuple[dict[int, float], float, float]] = []

    def _column(self, name: str) -> int:
        return self.names.setdefault(name, len(self.names))

    def between(self, terms: Terms, lower: float, upper: float) -> None:
        row: dict[int, float] = {}
        for name, coefficient in terms.items():
            column = self._column(name)
            row[column] = row.get(column, 0.0) + coefficient
        self.rows.append((row, lower, upper))

    def equal(self, terms: Terms, value: float) -> None:
        self.between(terms, value, value)

    def saw(self, terms: Terms, published: str) -> None:
        """A count as printed: a number fixes it; 'hidden' says it is not zero."""
        if published == "hidden":
            self.between(terms, 1, math.inf)
        else:
            self.equal(terms, float(published.replace(",", "")))

    def bounds(self, terms: Terms) -> tuple[float, float]:
        for name in terms:
            self._column(name)
        return self._optimum(terms, minimise=True), self._optimum(terms, minimise=False)

    def _optimum(self, terms: Terms, *, minimise: bool) -> float:
        highs = highspy.Highs()
        highs.setOptionValue("output_flag", False)
        n = len(self.names)
        highs.addVars(n, np.zeros(n), np.full(n, CAP))
        highs.changeColsIntegrality(
            n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n)
        )
        for row, lower, upper in self.rows:
            columns = np.array(list(row), dtype=np.int32)
            values = np.array(list(row.values()), dtype=float)
            highs.addRow(
                lower if math.isfinite(lower) else -highspy.kHighsInf,
                upper if math.isfinite(upper) else highspy.kHighsInf,
                len(columns),
                columns,
                values,
            )
        costs = np.zeros(n)
        for name, coefficient in terms.items():
            costs[self.names[name]] += coefficient
        highs.changeColsCost(n, np.arange(n, dtype=np.int32), costs)
        highs.changeObjectiveSense(
            highspy.ObjSense.kMinimize if minimise else highspy.ObjSense.kMaximize
        )
        highs.run()
        assert highs.getModelStatus() == highspy.HighsModelStatus.kOptimal, "inconsistent"
        return float(highs.getInfo().objective_function_value)


def protected(bounds: tuple[float, float], threshold: int) -> bool:
    """A count of 1..threshold - 1 is protected when a reader cannot rule out that it is
    threshold or more (so it is neither pinned nor bounded inside the small range)."""
    return bounds[1] >= threshold
