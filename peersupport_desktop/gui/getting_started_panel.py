"""The getting-started list on Today: what a new program sets up, ticked as it is done.

Each step says "✓ Done" (a tick and the word, never colour alone) or offers a button
that goes where the step is done. The list goes by itself once every step is done, or
when the coordinator hides it; that choice is kept in QSettings as one boolean, which
says nothing about the vault or the people in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from peersupport_desktop.core.plurals import counted
from peersupport_desktop.services.getting_started import GettingStarted

HIDDEN_KEY = "today/gettingStartedHidden"  # a boolean, nothing else


@dataclass(frozen=True, slots=True)
class Step:
    key: str  # what go_to says: a page, or a setting's field ("case": new_case instead)
    title: str
    why: str  # {hours}: the outreach target now
    button: str
    tip: str


STEPS = (
    Step(
        "program_name",
        "Name the program",
        "Reports carry its name.",
        "Name it in Settings",
        "Open Settings at the program's name.",
    ),
    Step(
        "supporters",
        "Add your peer supporters",
        "The people who reach out to a clinician after a hard event.",
        "Add a supporter…",
        "Open the Supporters page and add the first supporter.",
    ),
    Step(
        "outreach_target_hours",
        "Set the outreach target",
        "How soon a referral should be reached: {hours} now. Save the settings to confirm it.",
        "Set it in Settings",
        "Open Settings at the outreach target; saving the settings confirms it.",
    ),
    Step(
        "resources",
        "Fill the resource directory",
        "Services you can offer, such as the employee assistance line.",
        "Add a resource…",
        "Open the Resources page and add the first service.",
    ),
    Step(
        "case",
        "Take in the first case",
        "When a clinician is referred, open a case: Today then counts the time to reach out.",
        "New case…",
        "Open the new case form.",
    ),
)


def hours(number: int) -> str:
    return counted(number, "hour")


class GettingStartedPanel(QFrame):
    go_to = Signal(str)  # "program_name", "supporters", "outreach_target_hours", "resources"
    new_case = Signal()
    put_away_changed = Signal()  # hidden by the coordinator

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Getting started")
        title = QLabel("Getting started")
        title.setObjectName("sectionTitle")
        self.count_label = QLabel()
        self.hide_button = QPushButton("Hide this &list")
        self.hide_button.setAccessibleName("Hide the getting-started list")
        self.hide_button.setToolTip(
            "Hide this list on this computer; every step can still be done from its page."
        )
        self.hide_button.clicked.connect(self.put_away)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        heading.addWidget(self.hide_button)
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.marks: list[QLabel] = []
        self.texts: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        for row, step in enumerate(STEPS):
            mark = QLabel()
            text = QLabel()
            text.setWordWrap(True)
            button = QPushButton(step.button)
            button.setAccessibleName(f"{step.title}: {step.button.rstrip('…')}")
            button.setToolTip(step.tip)
            if step.key == "case":
                button.clicked.connect(self.new_case)
            else:
                button.clicked.connect(lambda _c=False, key=step.key: self.go_to.emit(key))
            grid.addWidget(mark, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2)
            self.marks.append(mark)
            self.texts.append(text)
            self.buttons.append(button)
        layout = QGridLayout(self)
        layout.addLayout(heading, 0, 0)
        layout.addLayout(grid, 1, 0)
        self.progress: GettingStarted | None = None
        self.hide()

    @property
    def hidden_by_coordinator(self) -> bool:
        return bool(QSettings().value(HIDDEN_KEY, False, type=bool))

    def bring_back(self) -> None:
        """The list again, after it was hidden (Help → Getting started list)."""
        QSettings().remove(HIDDEN_KEY)
        self.put_away_changed.emit()

    def put_away(self) -> None:
        """Hide this list, now and the next time the window opens."""
        QSettings().setValue(HIDDEN_KEY, True)
        self.hide()
        self.put_away_changed.emit()

    def show_progress(self, progress: GettingStarted | None) -> None:
        """The steps as the vault has them; None when not read (the list was hidden).
        Shown only while some step is left and the coordinator has not hidden it."""
        self.progress = progress
        wanted = progress is not None and progress.offered and not self.hidden_by_coordinator
        self.setVisible(wanted)
        if progress is None or not wanted:
            return
        self.count_label.setText(f"{progress.done} of {len(STEPS)} done")
        for step, done, mark, text, button in zip(
            STEPS, progress.steps, self.marks, self.texts, self.buttons, strict=True
        ):
            why = step.why.format(hours=hours(progress.outreach_target_hours))
            mark.setText("✓ Done" if done else "To do")
            mark.setAccessibleName(f"{step.title}: {'done' if done else 'to do'}")
            text.setText(f"<b>{step.title}.</b> {why}")
            text.setTextFormat(Qt.TextFormat.RichText)
            button.setVisible(not done)
