"""One yes-or-no for every import (trainings' refresher, encounters' follow-up and
intensity, feedback's yes / partly / no built on the same words)."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.codes import FeedbackAnswer
from peersupport_desktop.core.feedback_codes import UnknownAnswer, yes_partly_no
from peersupport_desktop.core.yes_no import NO_WORDS, YES_WORDS, NotYesOrNo, yes_or_no


@pytest.mark.parametrize("cell", ["yes", " YES ", "Y", "true", "1", "Checked", "x"])
def test_yes(cell: str) -> None:
    assert yes_or_no(cell) is True


@pytest.mark.parametrize("cell", ["no", "No", "n", "FALSE", "0", "Unchecked"])
def test_no(cell: str) -> None:
    assert yes_or_no(cell) is False


@pytest.mark.parametrize("cell", ["", "   "])
def test_blank_is_neither(cell: str) -> None:
    assert yes_or_no(cell) is None


@pytest.mark.parametrize("cell", ["maybe", "yes!", "2", "partly"])
def test_anything_else_is_refused(cell: str) -> None:
    with pytest.raises(NotYesOrNo):
        yes_or_no(cell)


def test_feedback_answers_take_every_yes_and_no_and_more() -> None:
    assert all(yes_partly_no(word) is FeedbackAnswer.YES for word in YES_WORDS)
    assert all(yes_partly_no(word) is FeedbackAnswer.NO for word in NO_WORDS)
    assert yes_partly_no("Yes, partly") is FeedbackAnswer.PARTLY
    assert yes_partly_no("Don\u2019t know") is None
    assert yes_partly_no("Not at all") is FeedbackAnswer.NO
    with pytest.raises(UnknownAnswer):
        yes_partly_no("perhaps")
