"""Today's list of encounters supporters reported on the survey tool's form, awaiting
the coordinator: Confirm logs each as a contact of its case (services/reported_encounters),
Dismiss puts it aside. Enter or a double-click opens the case; the buttons, or Ctrl+Enter
and Delete in the list, act on the selected row (Help lists both); a dismissal is asked
first. Hidden while none waits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.row_list_model import ListedRow
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.gui.today_case_list import TodayCaseList
from peersupport_desktop.services import reported_encounters
from peersupport_desktop.services.reported_encounters import EncounterRecord
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Case", "Date", "Minutes", "How", "Supporter", "Reported")


def may_dismiss(parent: QWidget) -> bool:
    """Asked first: a dismissed encounter is not brought back (Delete is one key away)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Dismiss encounter",
        "Dismiss this encounter? It will not become a contact, and cannot be brought back.",
        parent=parent,
    )
    dismiss = box.addButton("&Dismiss", QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton("&Keep it", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is dismiss


def reported_words(encounter: EncounterRecord) -> str:
    """Tier, follow-up and intensity in words. A tier other than the case's is flagged
    for the coordinator to move by hand (confirming never moves it)."""
    said = []
    if encounter.tier is not None:
        said.append(
            f"⚠ Tier {encounter.tier} (case at {encounter.case_tier}: move it)"
            if encounter.tier_differs
            else f"Tier {encounter.tier}"
        )
    said.append("follow-up needed" if encounter.follow_up_needed else "no follow-up")
    if encounter.intense:
        said.append("intense for the supporter")
    text = ", ".join(said)
    return text[:1].upper() + text[1:]


def encounter_rows(encounters: Sequence[EncounterRecord]) -> list[ListedRow]:
    return [
        ListedRow(
            e.case_id,
            (
                e.case_reference,
                day(e.occurred_on),
                str(e.minutes),
                e.mode.label,
                e.supporter_name or "Not said",
                reported_words(e),
            ),
            alert=e.tier_differs,
        )
        for e in encounters
    ]


class ReportedEncountersList(TodayCaseList):
    case_changed = Signal(int)  # a confirmed encounter became a contact of this case

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Encounters awaiting confirmation",
            COLUMNS,
            "Encounters supporters reported on the survey form. Confirm logs one as a "
            "contact of its case; Enter opens the case.",
            view_name="reportedEncountersView",
            parent=parent,
        )
        # The short columns as wide as their text; what was reported takes the rest,
        # on one line (its whole text is the cell's tooltip).
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.vault: Vault | None = None
        self.encounters: list[EncounterRecord] = []
        self.confirm_button = QPushButton("C&onfirm", self)
        self.confirm_button.setAccessibleName("Confirm the selected encounter")
        self.confirm_button.setToolTip(
            "Log the selected encounter as a contact of its case (Ctrl+Enter in the list)."
        )
        self.dismiss_button = QPushButton("&Dismiss", self)
        self.dismiss_button.setAccessibleName("Dismiss the selected encounter")
        self.dismiss_button.setToolTip(
            "Not a contact (reported by mistake, or logged already): put it aside "
            "(Delete in the list)."
        )
        self.add_buttons(self.confirm_button, self.dismiss_button)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        # In the list only; named, so Help's list of keys shows them.
        for keys, what, act in (
            (("Ctrl+Return", "Ctrl+Enter"), "Confirm the reported encounter chosen on Today",
             self.confirm_selected),
            (("Del",), "Dismiss the reported encounter chosen on Today", self.dismiss_selected),
        ):  # fmt: skip
            shortcut = QShortcut(self.view)
            shortcut.setKeys([QKeySequence(key) for key in keys])
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(act)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def show_encounters(self, vault: Vault) -> None:
        """The encounters waiting in ``vault``, the selection kept where it can be."""
        self.vault = vault
        selected = self.selected()
        self.encounters = reported_encounters.waiting(vault)
        self.show_rows(encounter_rows(self.encounters))
        ids = [e.id for e in self.encounters]
        if self.encounters:
            row = ids.index(selected.id) if selected is not None and selected.id in ids else 0
            self.view.selectRow(row)
        self._enable()

    def selected(self) -> EncounterRecord | None:
        index = self.chosen_index()
        if index is None or not 0 <= index.row() < len(self.encounters):
            return None
        return self.encounters[index.row()]

    def confirm_selected(self) -> None:
        encounter = self.selected()
        if encounter is None or self.vault is None:
            return
        if self._done(lambda vault: reported_encounters.confirm(vault, encounter.id)):
            self.case_changed.emit(encounter.case_id)

    def dismiss_selected(self) -> None:
        encounter = self.selected()
        if encounter is None or self.vault is None or not may_dismiss(self):
            return
        self._done(lambda vault: reported_encounters.dismiss(vault, encounter.id))

    def _done(self, act: Callable[[Vault], object]) -> bool:
        """Carry out ``act`` on the vault; a refusal (the case closed meanwhile) said in
        its one sentence. The list is read again either way."""
        assert self.vault is not None
        vault = self.vault
        try:
            act(vault)
        except Sayable as refusal:
            QMessageBox.warning(self, "Encounter", str(refusal))
            self.show_encounters(vault)
            return False
        self.show_encounters(vault)
        return True

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.confirm_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)
