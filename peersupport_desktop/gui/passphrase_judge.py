"""A new passphrase typed twice: its strength, in words and a bar, and what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from peersupport_desktop.core.passphrase_policy import evaluate

STRENGTH_WORDS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


def judge(
    passphrase: QLineEdit, repeat: QLineEdit, bar: QProgressBar, words: QLabel
) -> tuple[bool, str | None]:
    """Show the strength; (acceptable and repeated alike, the problem to say if any)."""
    phrase = passphrase.text()
    verdict = evaluate(phrase) if phrase else None
    score = verdict.score if verdict else 0
    bar.setValue(score if verdict and verdict.acceptable else min(score, 2))
    words.setText(
        "" if verdict is None else STRENGTH_WORDS[score] if verdict.acceptable else "Too weak"
    )
    same = phrase == repeat.text()
    if verdict is not None and not verdict.acceptable:
        return False, verdict.problem
    if repeat.text() and not same:
        return False, "The two passphrases differ."
    return bool(verdict and verdict.acceptable and same), None
