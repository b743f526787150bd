"""The feedback form's figures as a publication's variables and cells.

Answers belong to the quarter their invitation was sent in (a response rate is then
answers over the invitations they answer). Each "yes" figure is a part of the
answers, and the answers a part of the invitations: the rest of each (the people
who did not find it helpful, say) counts people too, so it is a variable of its own
and a reader who subtracts two published cells meets it, protected like any count.
"""

from __future__ import annotations

from dataclasses import dataclass

from peersupport_desktop.core.disclosure.model import (
    ALL,
    PROGRAM,
    Cell,
    CellKind,
    Relation,
    Variable,
    VarKey,
)
from peersupport_desktop.core.disclosure.program_model import ProgramModel, Span

INVITATIONS = "feedback_invitations"
ANSWERS = "feedback_answers"
RESPONSE_RATE = "feedback_response_rate"
# Each part of the answers, and the name of its rest.
PARTS = (
    ("feedback_helpful", "feedback_not_helpful"),
    ("feedback_wellbeing_better", "feedback_wellbeing_not_better"),
    ("feedback_back_at_work", "feedback_not_back_at_work"),
    ("feedback_would_recommend", "feedback_would_not_recommend"),
)
FIGURES = (INVITATIONS, ANSWERS, RESPONSE_RATE, *(part for part, _ in PARTS))


@dataclass(frozen=True, slots=True)
class FeedbackCounts:
    """A quarter's invitations, and the answers that came back to them."""

    invitations: int = 0
    answers: int = 0
    helpful: int = 0  # 4 or 5 of 5
    wellbeing_better: int = 0  # "yes"
    back_at_work: int = 0  # "yes"
    would_recommend: int = 0  # "yes"

    def part(self, figure: str) -> int:
        return {
            "feedback_helpful": self.helpful,
            "feedback_wellbeing_better": self.wellbeing_better,
            "feedback_back_at_work": self.back_at_work,
            "feedback_would_recommend": self.would_recommend,
        }[figure]


def add_feedback_quarter(model: ProgramModel, quarter: str, counts: FeedbackCounts) -> None:
    """A quarter's counts; a quarter without invitations is no term of any cell (zero,
    and a reader is granted knowing so, as with a category a quarter never had)."""
    if counts.invitations == 0:
        return

    def count(figure: str, truth: int) -> VarKey:
        key = (quarter, figure, PROGRAM, ALL)
        model.variables[key] = Variable(key, int(truth))
        return key

    invitations = count(INVITATIONS, counts.invitations)
    answers = count(ANSWERS, counts.answers)
    unanswered = count("feedback_unanswered", counts.invitations - counts.answers)
    model.relations.append(_rest(invitations, answers, unanswered))
    for figure, rest in PARTS:
        part = count(figure, counts.part(figure))
        other = count(rest, counts.answers - counts.part(figure))
        model.relations.append(_rest(answers, part, other))


def feedback_cells(model: ProgramModel, column: str, span: Span) -> list[Cell]:
    """The span's invitations, answers, response rate and each part of the answers."""
    priority = 2 if len(span.quarters) == 1 else 1  # a run's cells are hidden first

    def key(figure: str) -> VarKey:
        return (column, figure, PROGRAM, ALL)

    cells = [
        Cell(key(INVITATIONS), CellKind.COUNT, model.added(span, INVITATIONS), priority=priority),
        Cell(key(ANSWERS), CellKind.COUNT, model.added(span, ANSWERS), priority=priority),
        Cell(
            key(RESPONSE_RATE),
            CellKind.RATE,
            model.added(span, ANSWERS),
            model.added(span, INVITATIONS),
            priority=priority,
        ),
    ]
    cells += [
        Cell(key(figure), CellKind.COUNT, model.added(span, figure), priority=priority)
        for figure, _ in PARTS
    ]
    return cells


def _rest(whole: VarKey, part: VarKey, rest: VarKey) -> Relation:
    return Relation.equal(((whole, -1), (part, 1), (rest, 1)))
