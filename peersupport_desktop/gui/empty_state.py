"""A sentence in an empty list: what the list is for and what to do.

One way for every list of the window: the sentence is drawn inside the list's own
area, under its column headings, while the list has no row, and goes as soon as a
row comes. The list's size and place never change, so no page is laid out anew.
The sentence also becomes the list's accessible description while it shows, so a
screen reader that lands on the empty list says it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 12  # px around the sentence, inside the list


class EmptyState(QLabel):
    """Shown over ``view``'s empty area while its model has no row and a sentence is set."""

    def __init__(self, view: QAbstractItemView, sentence: str = "") -> None:
        super().__init__(view.viewport())
        self.view = view
        self.sentence = ""
        self._description = view.accessibleDescription()  # the list's own, given back
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Clicks reach the list beneath (a right click, a double click on nothing).
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged
        ):  # fmt: skip
            signal.connect(self.follow)
        self.say(sentence)

    def say(self, sentence: str) -> None:
        """The sentence shown while the list is empty ("" for none)."""
        self.sentence = sentence
        self.setText(sentence)
        self.setAccessibleName(sentence)
        self.follow()

    def showing(self) -> bool:
        return not self.isHidden()

    def follow(self, *_args: object) -> None:
        empty = bool(self.sentence) and self.view.model().rowCount() == 0
        self.setVisible(empty)
        self.view.setAccessibleDescription(self.sentence if empty else self._description)
        if empty:
            self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        area = self.view.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.setGeometry(area)
