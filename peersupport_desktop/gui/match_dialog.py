"""Find a supporter for a case: the ranked suggestions with their reasons, who is
excluded and why, the person's wish about the department, and one click to assign."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from peersupport_desktop.core.codes import DepartmentRule
from peersupport_desktop.core.matching import Ranking
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.forms.ui_match_dialog import Ui_MatchDialog
from peersupport_desktop.gui.row_list_model import ListedRow, RowListModel, current_key, show_rows
from peersupport_desktop.services import cases, settings
from peersupport_desktop.services.errors import InvalidInput, NotFound
from peersupport_desktop.services.matching import suggest_supporters
from peersupport_desktop.store.vault import Vault


class MatchDialog(QDialog):
    assigned = Signal(int)  # the supporter's id

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MatchDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.case_id = case_id
        self.ranking = Ranking((), ())
        ui = self.ui
        ui.heading.setObjectName("sectionTitle")
        ui.messageLabel.hide()
        detail = cases.get_case(vault, case_id)
        ui.heading.setText(f"Supporters for {detail.case.reference}, best fit first")
        program_rule = settings.get_settings(vault).department_rule
        ui.preferenceCombo.addItem(f"The program's rule: {program_rule.label.lower()}", None)
        for rule in DepartmentRule:
            ui.preferenceCombo.addItem(f"The person asked: {rule.label.lower()}", rule)
        wish = detail.case.department_preference
        ui.preferenceCombo.setCurrentIndex(
            0 if wish is None else 1 + list(DepartmentRule).index(wish)
        )
        self.suggestions = RowListModel(("#", "Supporter", "Why"))
        self.excluded = RowListModel(("Supporter", "Why not"))
        for view, model in (
            (ui.suggestionsView, self.suggestions),
            (ui.excludedView, self.excluded),
        ):
            show_rows(view, model).setWordWrap(True)  # reasons run long
        ui.excludedView.setVisible(False)
        ui.excludedCheck.toggled.connect(ui.excludedView.setVisible)
        ui.preferenceCombo.currentIndexChanged.connect(self._wish_changed)
        ui.suggestionsView.activated.connect(lambda _index: self.assign_selected())
        ui.assignButton.clicked.connect(self.assign_selected)
        ui.closeButton.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.ranking = suggest_supporters(self.vault, self.case_id)
        self.suggestions.set_rows(
            [
                ListedRow(s.candidate.id, (str(n), s.candidate.name, s.text))
                for n, s in enumerate(self.ranking.suggestions, start=1)
            ]
        )
        self.excluded.set_rows(
            [ListedRow(e.candidate.id, (e.candidate.name, e.text)) for e in self.ranking.excluded]
        )
        self.ui.excludedCheck.setText(f"Show the {len(self.ranking.excluded)} excluded, and &why")
        view = self.ui.suggestionsView
        if self.ranking.suggestions:
            view.setCurrentIndex(self.suggestions.index(0, 0))
            view.setFocus()
        self.ui.assignButton.setEnabled(bool(self.ranking.suggestions))
        if not self.ranking.suggestions:
            self._say("No supporter fits right now: see who is excluded, and why.")

    def assign_selected(self) -> None:
        supporter_id = current_key(self.ui.suggestionsView)
        if supporter_id is None:
            return
        try:
            cases.assign_supporter(self.vault, self.case_id, supporter_id)
        except (InvalidInput, NotFound) as exc:  # about this case: said in the dialog
            self._say(str(exc))
            return
        except Sayable as exc:
            QMessageBox.warning(self, "Not assigned", str(exc))
            return
        self.assigned.emit(supporter_id)
        self.accept()

    def _wish_changed(self, _row: int) -> None:
        wish = self.ui.preferenceCombo.currentData()
        try:
            cases.set_department_preference(
                self.vault, self.case_id, None if wish is None else DepartmentRule(wish)
            )
        except Sayable as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return
        self.refresh()

    def _say(self, sentence: str) -> None:
        self.ui.messageLabel.setText(sentence)
        self.ui.messageLabel.show()
