"""HiGHS, as the reader's calculator: the largest value a count can take given
everything published, over the real numbers first and then, where that is not
already a whole-number answer, over whole numbers."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import highspy
import numpy as np
import numpy.typing as npt

from peersupport_desktop.core.disclosure.linear_system import Row

Vector = npt.NDArray[np.float64]
# No count of a program comes near this; it keeps every problem bounded.
CEILING = 10_000_000.0
_TOLERANCE = 1e-6
_banner_lock = threading.Lock()
_banner_shown = False


@dataclass(frozen=True, slots=True)
class Bound:
    """The largest value of a count a reader can reach, with the published rows that
    hold it down (the ones worth hiding), or none when whole numbers alone do."""

    largest: float
    binding_rows: tuple[int, ...]  # positions in the piece's rows


@dataclass(frozen=True, slots=True)
class _Matrix:
    """A piece's rows, compressed, for checking a point against them."""

    starts: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int64]
    values: Vector
    lower: Vector
    upper: Vector


class Piece:
    """One independent part of the reader's system, solved target after target."""

    def __init__(
        self,
        columns: Sequence[int],
        rows: Sequence[int],
        all_rows: Sequence[Row],
        seeds: Sequence[Vector] = (),
    ):
        self.columns = list(columns)
        self.rows = list(rows)
        self._local = {column: i for i, column in enumerate(self.columns)}
        self._all_rows = all_rows
        self._highs = _new_highs()
        self._highs.passModel(self._lp(integral=False))
        self._costed: list[int] = []
        self._whole: highspy.Highs | None = None  # the same problem over whole numbers
        # Whole-number solutions found so far: one that already reaches a later
        # target's threshold proves it without another search.
        self._found: list[Vector] = []
        self._matrix: _Matrix | None = None
        for seed in seeds:  # solutions from elsewhere count only where they hold here
            if self._feasible(seed):
                self._remember(seed)
        self._seeded = len(self._found)

    @property
    def found_here(self) -> list[Vector]:
        """The whole-number solutions this piece found itself (each satisfies every row)."""
        return self._found[self._seeded :]

    def largest(self, terms: Sequence[tuple[int, int]], at_least: float) -> Bound:
        """Maximise sum(coefficient * column) over whole numbers; with the binding rows
        when the real-number maximum already stays below ``at_least``."""
        local, costs = self._objective(terms)
        highs = self._highs
        highs.changeObjectiveSense(highspy.ObjSense.kMaximize)
        value, values, duals = self._solve()
        if value < at_least - _TOLERANCE:
            binding = tuple(i for i in range(len(self.rows)) if abs(duals[i]) > _TOLERANCE)
            return Bound(value, binding)
        if np.all(np.abs(values - np.round(values)) <= _TOLERANCE):
            self._remember(np.round(values))
            return Bound(value, ())  # a whole-number solution reaches it: exact
        if any(float(costs @ found[local]) >= at_least - _TOLERANCE for found in self._found):
            return Bound(at_least, ())  # a solution found for another target reaches it
        rounded = np.floor(values + 0.5)
        if float(costs @ rounded[local]) >= at_least - _TOLERANCE and self._feasible(rounded):
            self._remember(rounded)
            return Bound(at_least, ())
        if self._whole_numbers_reach(local, costs, at_least):
            return Bound(at_least, ())
        return Bound(self._whole_number_optimum(local, costs, maximise=True), ())

    def smallest(self, terms: Sequence[tuple[int, int]]) -> float:
        """The least value over whole numbers (for the audit's account)."""
        local, costs = self._objective(terms)
        self._highs.changeObjectiveSense(highspy.ObjSense.kMinimize)
        value, values, _duals = self._solve()
        if np.all(np.abs(values - np.round(values)) <= _TOLERANCE):
            return value
        return self._whole_number_optimum(local, costs, maximise=False)

    def _objective(self, terms: Sequence[tuple[int, int]]) -> tuple[list[int], Vector]:
        highs = self._highs
        if self._costed:
            zeros = np.zeros(len(self._costed))
            highs.changeColsCost(len(self._costed), np.array(self._costed, np.int32), zeros)
        local = [self._local[column] for column, _ in terms]
        costs = np.array([float(coefficient) for _, coefficient in terms])
        highs.changeColsCost(len(local), np.array(local, np.int32), costs)
        self._costed = local
        return local, costs

    def _solve(self) -> tuple[float, Vector, Vector]:
        highs = self._highs
        _run(highs)
        if highs.getModelStatus() == highspy.HighsModelStatus.kUnknown:
            # Numerical trouble on the way (a random program in the export tests met
            # it): the same problem solved again from scratch settles it.
            highs.clearSolver()
            _run(highs)
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError("The disclosure check met an inconsistent set of figures.")
        solution = highs.getSolution()
        return (
            float(highs.getInfo().objective_function_value),
            np.asarray(solution.col_value),
            np.asarray(solution.row_dual),
        )

    def _whole_numbers_reach(self, local: list[int], costs: Vector, at_least: float) -> bool:
        """Whether some whole-number solution takes the target to ``at_least``: a
        search that stops at the first one found."""
        if self._whole is None:
            self._whole = _new_highs(whole_numbers=True)
            lp = self._lp(integral=True)
            self._whole.passModel(lp)
        whole = self._whole
        whole.addRow(at_least, np.inf, len(local), np.array(local, np.int32), costs)
        try:
            _run(whole)
            reached = whole.getModelStatus() == highspy.HighsModelStatus.kOptimal
            if reached:
                self._remember(np.round(np.asarray(whole.getSolution().col_value)))
        finally:
            whole.deleteRows(1, np.array([whole.getNumRow() - 1], np.int32))
        return bool(reached)

    def _feasible(self, solution: Vector) -> bool:
        """Whether a whole-number point satisfies every row (a rounded real solution
        often does, which spares the search)."""
        if self._matrix is None:
            starts, indices, values, lower, upper = self._rows()
            self._matrix = _Matrix(
                np.array(starts), np.array(indices), np.array(values), lower, upper
            )
        m = self._matrix
        products = m.values * solution[m.indices]
        if not len(products):
            return bool(np.all(m.lower <= _TOLERANCE) and np.all(m.upper >= -_TOLERANCE))
        firsts = np.minimum(m.starts[:-1], len(products) - 1)
        sums = np.add.reduceat(products, firsts)
        sums[m.starts[:-1] == m.starts[1:]] = 0.0  # an empty row sums to nothing
        return bool(np.all(sums >= m.lower - _TOLERANCE) and np.all(sums <= m.upper + _TOLERANCE))

    def _remember(self, solution: Vector) -> None:
        if len(self._found) < 64:
            self._found.append(solution)

    def _whole_number_optimum(self, local: list[int], costs: Vector, *, maximise: bool) -> float:
        lp = self._lp(integral=True)
        cost = np.zeros(len(self.columns))
        cost[local] = costs
        lp.col_cost_ = cost
        lp.sense_ = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
        highs = _new_highs(whole_numbers=True)
        highs.passModel(lp)
        _run(highs)
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError("The disclosure check met an inconsistent set of figures.")
        return float(highs.getInfo().objective_function_value)

    def _rows(self) -> tuple[list[int], list[int], list[float], Vector, Vector]:
        starts, indices, values, lower, upper = [0], [], [], [], []
        for row in self.rows:
            terms, lo, hi = self._all_rows[row]
            for column, coefficient in terms:
                indices.append(self._local[column])
                values.append(coefficient)
            starts.append(len(indices))
            lower.append(lo)
            upper.append(hi)
        return starts, indices, values, np.array(lower, float), np.array(upper, float)

    def _lp(self, *, integral: bool) -> highspy.HighsLp:
        starts, indices, values, lower, upper = self._rows()
        lp = highspy.HighsLp()
        lp.num_col_ = len(self.columns)
        lp.num_row_ = len(starts) - 1
        lp.col_cost_ = np.zeros(lp.num_col_)
        lp.col_lower_ = np.zeros(lp.num_col_)
        lp.col_upper_ = np.full(lp.num_col_, CEILING)
        lp.row_lower_ = lower
        lp.row_upper_ = upper
        lp.sense_ = highspy.ObjSense.kMaximize
        matrix = lp.a_matrix_
        matrix.format_ = highspy.MatrixFormat.kRowwise
        matrix.start_ = np.array(starts, dtype=np.int32)
        matrix.index_ = np.array(indices, dtype=np.int32)
        matrix.value_ = np.array(values, dtype=float)
        if integral:
            lp.integrality_ = [highspy.HighsVarType.kInteger] * lp.num_col_
        return lp


def _new_highs(*, whole_numbers: bool = False) -> highspy.Highs:
    global _banner_shown
    with _banner_lock:
        # HiGHS prints its banner on standard output once per process, before any
        # option can be set: the command line's output is a contract, so it goes.
        with contextlib.nullcontext() if _banner_shown else _quiet_stdout():
            highs: highspy.Highs = highspy.Highs()  # type: ignore[no-untyped-call]
        _banner_shown = True
    highs.setOptionValue("output_flag", False)
    # One thread: these problems are small, and HiGHS's workers waiting on each other
    # cost more than they save, several times more on a busy machine.
    highs.setOptionValue("threads", 1)
    if whole_numbers:
        # The feasibility jump heuristic costs some 8 ms a search whatever the size, and
        # these small problems are solved as fast without it: the answer is the same
        # (a search still runs to the end), only how it gets there changes.
        highs.setOptionValue("mip_heuristic_run_feasibility_jump", False)
    return highs


def _run(highs: highspy.Highs) -> None:
    if highs.run() == highspy.HighsStatus.kError:
        # HiGHS's workers are shared by the process and were started with more threads
        # by another user of HiGHS (a test's attacker, say): take the count they have.
        highs.setOptionValue("threads", 0)
        highs.run()


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    try:
        descriptor = sys.__stdout__.fileno() if sys.__stdout__ else 1
        sys.stdout.flush()
        saved = os.dup(descriptor)
    except (AttributeError, OSError, ValueError):  # no real standard output (a windowed build)
        yield
        return
    try:
        with Path(os.devnull).open("wb") as sink:
            os.dup2(sink.fileno(), descriptor)
            yield
    finally:
        os.dup2(saved, descriptor)
        os.close(saved)
