"""A new passphrase typed twice: its strength, in words and a bar, and what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from peersupport_desktop.core.passphrase_policy import evaluate
from peersupport_desktop.gui.field_errors import say

STRENGTH_WORDS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


def judge(
    passphrase: QLineEdit, repeat: QLineEdit, bar: QProgressBar, words: QLabel, message: QLabel
) -> bool:
    """Show the strength, and in ``message`` what is wrong (hidden when nothing is);
    whether the passphrase is acceptable and repeated alike."""
    phrase = passphrase.text()
    verdict = evaluate(phrase) if phrase else None
    score = verdict.score if verdict else 0
    bar.setValue(score if verdict and verdict.acceptable else min(score, 2))
    words.setText(
        "" if verdict is None else STRENGTH_WORDS[score] if verdict.acceptable else "Too weak"
    )
    same = phrase == repeat.text()
    if verdict is not None and not verdict.acceptable:
        say(message, verdict.problem, problem=True)
    elif repeat.text() and not same:
        say(message, "The two passphrases differ.", problem=True)
    else:
        message.hide()
    return bool(verdict and verdict.acceptable and same)
