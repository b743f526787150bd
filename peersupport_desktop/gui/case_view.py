"""One case: its status and only the actions the lifecycle allows, the contact log,
resources offered, the supporter, the next follow-up, closing and reopening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from peersupport_desktop.core.codes import CaseStatus, ContactKind, Outcome
from peersupport_desktop.core.lifecycle import Action
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui.contact_dialog import ContactDialog
from peersupport_desktop.gui.forms.ui_case_view import Ui_CaseView
from peersupport_desktop.gui.match_dialog import MatchDialog
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.gui.row_list_model import KEY_ROLE, ListedRow, RowListModel, show_rows
from peersupport_desktop.services import cases, events, resources, supporters
from peersupport_desktop.services.cases import CaseDetail
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault

CONTACT_COLUMNS = ("When", "Kind", "Mode", "Minutes", "Supporter", "Parts", "Note")
THANK_YOU = "Before closing: thank the person for talking with the program."


class CaseView(QDialog):
    changed = Signal(int)

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        self.vault = vault
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.match_dialog: MatchDialog | None = None
        ui = self.ui
        ui.heading.setObjectName("pageTitle")
        ui.contactsTitle.setObjectName("sectionTitle")
        ui.offersTitle.setObjectName("sectionTitle")
        self.heading, self.status, self.event_line = ui.heading, ui.statusLabel, ui.eventLabel
        self.involved_button = ui.involvedButton
        self.supporter, self.assign_button = ui.supporterCombo, ui.assignButton
        self.follow_up, self.no_follow_up = ui.followUpEdit, ui.noFollowUpCheck
        self.follow_up_button = ui.followUpButton
        self.accept_offer, self.decline_offer = ui.acceptOfferButton, ui.declineOfferButton
        self.buttons: dict[Action, QPushButton] = {
            Action.ATTEMPT_OUTREACH: ui.attemptButton,
            Action.CONVERSE: ui.conversationButton,
            Action.REFER: ui.offerButton,
            Action.CLOSE: ui.closeButton,
            Action.REOPEN: ui.reopenButton,
        }
        ui.attemptButton.clicked.connect(lambda: self.log_contact(ContactKind.OUTREACH_ATTEMPT))
        ui.conversationButton.clicked.connect(lambda: self.log_contact(ContactKind.CONVERSATION))
        ui.offerButton.clicked.connect(self.choose_resource)
        ui.closeButton.clicked.connect(self.choose_outcome)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.involvedButton.clicked.connect(self.show_involved)
        ui.assignButton.clicked.connect(lambda: self.assign(self.supporter.currentData()))
        ui.matchButton.clicked.connect(self.find_best_fit)
        ui.followUpButton.clicked.connect(self._set_follow_up)
        ui.acceptOfferButton.clicked.connect(lambda: self._respond(True))
        ui.declineOfferButton.clicked.connect(lambda: self._respond(False))
        self.contacts = RowListModel(
            ("When", "Kind", "Mode", "Minutes", "Supporter", "Parts", "Note")
        )
        self.contacts_view = show_rows(ui.contactsView, self.contacts)
        self.contacts_view.activated.connect(self._edit_contact)
        self.offers = RowListModel(("Offered", "Resource", "Taken up"))
        self.offers_view = show_rows(ui.offersView, self.offers)
        closing = QAction("Close the case window", self)  # Ctrl+W, as a document window
        closing.setShortcuts(QKeySequence.StandardKey.Close)
        closing.triggered.connect(self.close)
        self.addAction(closing)
        self.refresh()

    # -- what the coordinator does ------------------------------------------
    def log_contact(self, kind: ContactKind) -> ContactDialog:
        dialog = ContactDialog(
            self.vault, self.case_id, self, kind=kind,
            supporter_id=self.detail.case.supporter_id if self.detail else None,
        )  # fmt: skip
        dialog.accepted.connect(self._after_change)
        dialog.show()
        return dialog

    def assign(self, supporter_id: int | None) -> None:
        self._do(lambda: cases.assign_supporter(self.vault, self.case_id, supporter_id))

    def find_best_fit(self) -> MatchDialog:
        dialog = MatchDialog(self.vault, self.case_id, self)
        dialog.assigned.connect(lambda _sid: self._after_change())
        self.match_dialog = dialog
        dialog.show()
        return dialog

    def done(self, result: int) -> None:
        """Closing the case (or locking) closes its supporter list too."""
        if self.match_dialog is not None and self.match_dialog.isVisible():
            self.match_dialog.done(QDialog.DialogCode.Rejected)
        self.match_dialog = None
        super().done(result)

    def offer(self, resource_id: int) -> None:
        self._do(lambda: resources.offer_resource(self.vault, self.case_id, resource_id))

    def close_as(self, outcome: Outcome) -> None:
        self._do(lambda: cases.close_case(self.vault, self.case_id, outcome))

    def reopen(self) -> None:
        self._do(lambda: cases.reopen_case(self.vault, self.case_id))

    def set_follow_up(self, when: dt.date | None) -> None:
        self._do(lambda: cases.set_next_follow_up(self.vault, self.case_id, when))

    def choose_resource(self) -> QInputDialog | None:
        choices = resources.list_resources(self.vault)
        if not choices:
            QMessageBox.information(self, "No resources", "Add resources to the directory first.")
            return None
        labels = [f"{r.name} ({r.kind.label})" for r in choices]
        return self._choose(
            "Offer a resource", "Resource:", labels,
            lambda label: self.offer(choices[labels.index(label)].id),
        )  # fmt: skip

    def choose_outcome(self) -> QInputDialog | None:
        if self.detail is None:
            return None
        outcomes = self.detail.outcomes
        labels = [o.label for o in outcomes]
        return self._choose(
            "Close the case", f"{THANK_YOU}\n\nOutcome:", labels,
            lambda label: self.close_as(outcomes[labels.index(label)]),
        )  # fmt: skip

    def _choose(
        self, title: str, prompt: str, labels: list[str], chosen: Callable[[str], None]
    ) -> QInputDialog:
        """A pick from a list, window-modal (open(), not exec()), so nothing else blocks."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(prompt)
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.textValueSelected.connect(chosen)
        dialog.open()
        return dialog

    def show_involved(self) -> None:
        if self.detail is None:
            return
        people = events.involved(self.vault, self.detail.event.id)
        lines = [f"{p.case_reference}: {p.clinician_name}" for p in people]
        QMessageBox.information(self, "Everyone involved in this event", "\n".join(lines))

    # -- showing the case ---------------------------------------------------
    def refresh(self) -> None:
        # Audited once, as the window opens; not again after each change made in it.
        detail = cases.get_case(self.vault, self.case_id, opening=self.detail is None)
        self.detail = detail
        case = detail.case
        person = detail.clinician
        self.setWindowTitle(f"Case {case.reference}")
        where = f", {person.department}" if person.department else ""
        self.heading.setText(f"{case.reference} · {person.name}")
        overdue = (
            case.first_outreach_at is None
            and case.status is not CaseStatus.CLOSED
            and (case.outreach_due_at < dt.datetime.now())
        )
        status = case.status.label + (f": {case.outcome.label}" if case.outcome else "")
        self.status.setText(
            f"{person.role.label}{where} · Status: {status}"
            + (" · ⚠ Overdue for outreach" if overdue else "")
        )
        event = detail.event
        self.event_line.setText(
            f"Event: {event.event_type_label} on {event.occurred_on}"
            + (f", {event.department}" if event.department else "")
            + f" · {event.case_count} involved · referred {case.referred_at:%Y-%m-%d %H:%M}"
            + f" by {case.referral_source.label.lower()}"
        )
        self.involved_button.setEnabled(event.case_count > 1)
        for action, button in self.buttons.items():
            button.setVisible(action in detail.actions)
        self.supporter.clear()
        self.supporter.addItem("(nobody yet)", None)
        for person_row in supporters.list_supporters(self.vault):
            self.supporter.addItem(person_row.name, person_row.id)
        self.supporter.setCurrentIndex(max(0, self.supporter.findData(case.supporter_id)))
        self.no_follow_up.setChecked(case.next_follow_up is None)
        self.follow_up.setDate(
            to_qdate(case.next_follow_up or dt.date.today() + dt.timedelta(days=7))
        )
        self.contacts.set_rows(
            [
                ListedRow(c.id, (f"{c.occurred_at:%Y-%m-%d %H:%M}", c.kind.label, c.mode.label,
                                 str(c.duration_minutes), c.supporter_name or "",
                                 ", ".join(p.label for p in c.parts), c.note or ""))
                for c in detail.contacts
            ]
        )  # fmt: skip
        self.offers.set_rows(
            [
                ListedRow(o.id, (f"{o.offered_at:%Y-%m-%d}", o.resource_name,
                                 {True: "Yes", False: "No", None: "Not known"}[o.accepted]))
                for o in detail.offers
            ]
        )  # fmt: skip

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit(self.case_id)

    def _do(self, change: Callable[[], object]) -> None:
        try:
            change()
        except InvalidInput as problem:
            QMessageBox.warning(self, "Not saved", problem.message)
            return
        except Sayable as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return
        self._after_change()

    def _set_follow_up(self) -> None:
        chosen = from_qdate(self.follow_up.date())
        self.set_follow_up(None if self.no_follow_up.isChecked() else chosen)

    def _edit_contact(self, index: QModelIndex) -> None:
        if self.detail is None:
            return
        contact_id = index.data(KEY_ROLE)
        existing = next(c for c in self.detail.contacts if c.id == contact_id)
        dialog = ContactDialog(self.vault, self.case_id, self, existing=existing)
        dialog.accepted.connect(self._after_change)
        dialog.show()

    def _respond(self, accepted: bool) -> None:
        selected = self.offers_view.selectionModel().selectedRows()
        if selected:
            offer_id = selected[0].data(KEY_ROLE)
            self._do(lambda: resources.record_response(self.vault, offer_id, accepted))
