"""One case: its status and only the actions the lifecycle allows, the contact log,
resources offered, the supporter, the next follow-up, closing and reopening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from peersupport_desktop.core.codes import CaseStatus, ContactKind, Outcome
from peersupport_desktop.core.lifecycle import Action, why_not
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.contact_dialog import ContactDialog
from peersupport_desktop.gui.desktop_links import mail_link, open_link, phone_link
from peersupport_desktop.gui.feedback_invitation_dialog import FeedbackInvitationDialog
from peersupport_desktop.gui.forms.ui_case_view import Ui_CaseView
from peersupport_desktop.gui.match_dialog import MatchDialog
from peersupport_desktop.gui.milestones_dialog import MilestonesButton
from peersupport_desktop.gui.next_step import next_step
from peersupport_desktop.gui.offer_steps import OfferSteps
from peersupport_desktop.gui.outreach_panel import OutreachPanel
from peersupport_desktop.gui.qt_dates import from_qdate, to_qdate
from peersupport_desktop.gui.row_list_model import KEY_ROLE, ListedRow, RowListModel, show_rows
from peersupport_desktop.gui.shown_dates import day, moment
from peersupport_desktop.gui.tier_panel import TierPanel
from peersupport_desktop.services import cases, events, resources, supporters
from peersupport_desktop.services.cases import CaseDetail
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault

CONTACT_COLUMNS = ("When", "Kind", "Mode", "Minutes", "Supporter", "Parts", "Note")
THANK_YOU = "Before closing: thank the person for talking with the program."
DEIDENTIFIED = "The case was de-identified under the retention rule: it stays closed."
CLOSED_REASON = "The case is closed: reopen it to change this."
NOTE_COLUMN = CONTACT_COLUMNS.index("Note")
PARTS_COLUMN = CONTACT_COLUMNS.index("Parts")


def first_size(screen: QSize) -> QSize:
    """Room for the contact log, never beyond a laptop's screen at 150%."""
    return QSize(min(900, screen.width() - 40), min(620, screen.height() - 100))


class CaseView(QDialog):
    changed = Signal(int)

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        shown_dates.follow_locale(self)
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
        # A closed case's person may be invited to the feedback form (issue 24).
        self.invite_button = QPushButton("Invit&e to feedback\u2026", self)
        self.invite_button.setAccessibleName("Invite to feedback")
        self.invite_button.setToolTip(
            "The invitation to the feedback form, under a code that never names the case: "
            "copy it into your e-mail or print it."
        )
        self.invite_button.clicked.connect(self.invite_to_feedback)
        ui.actionRow.insertWidget(ui.actionRow.indexOf(ui.reopenButton) + 1, self.invite_button)
        self.invitation_dialog: FeedbackInvitationDialog | None = None
        ui.involvedButton.clicked.connect(self.show_involved)
        # The event's and the case's milestones (gui/milestones_dialog.py).
        self.milestones_button = MilestonesButton(vault, case_id, self)
        ui.eventRow.addWidget(self.milestones_button)
        self.milestones_button.changed.connect(lambda: self.changed.emit(self.case_id))
        ui.assignButton.clicked.connect(lambda: self.assign(self.supporter.currentData()))
        ui.matchButton.clicked.connect(self.find_best_fit)
        ui.followUpButton.clicked.connect(self._set_follow_up)
        ui.noFollowUpCheck.toggled.connect(lambda none: ui.followUpEdit.setEnabled(not none))
        ui.callButton.clicked.connect(lambda: self._open(phone_link(self._phone())))
        ui.writeButton.clicked.connect(lambda: self._open(mail_link(self._email())))
        ui.copyPhoneButton.clicked.connect(lambda: self.copy(self._phone()))
        ui.copyEmailButton.clicked.connect(lambda: self.copy(self._email()))
        self.contacts = RowListModel(CONTACT_COLUMNS)
        self.contacts_view = show_rows(ui.contactsView, self.contacts)
        # The note takes what the other columns leave, and a long list of parts is
        # cut short (its full text is the cell's tooltip) rather than pushing it out.
        header = self.contacts_view.horizontalHeader()
        header.setSectionResizeMode(PARTS_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PARTS_COLUMN, 160)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.contacts_view.activated.connect(self._edit_contact)
        # What each control does, from the form: its tooltip whenever no reason keeps it
        # disabled (read out as its description, too).
        self.described: dict[QWidget, str] = {
            control: control.toolTip() for control in self.findChildren(QWidget)
        }
        # Each offer at its step, and buttons for the next step (gui/offer_steps.py).
        answers = (ui.acceptOfferButton, ui.declineOfferButton)
        self.offer_steps = OfferSteps(vault, ui.offersView, ui.offerRow, answers, self._do, self)
        self.offers, self.offers_view = self.offer_steps.model, ui.offersView
        # The contact log is the case's story: it gets the room, the offers a little.
        ui.layout.setStretchFactor(ui.contactsView, 3)
        ui.layout.setStretchFactor(ui.offersView, 1)
        rows = self.offers_view.verticalHeader().defaultSectionSize()
        heading = self.offers_view.horizontalHeader().sizeHint().height()
        self.offers_view.setMaximumHeight(heading + 4 * rows + 4)  # a few offers a case
        self.resize(first_size(self.screen().availableGeometry().size()))
        # The tier of support, and moving it (gui/tier_panel.py).
        self.tier_panel = TierPanel(vault, case_id, self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.statusLabel) + 1, self.tier_panel)
        self.tier_panel.changed.connect(self._after_change)
        # The next try after an unanswered attempt, or the closing proposed.
        self.outreach_panel = OutreachPanel(vault, case_id, self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.nextStepLabel) + 1, self.outreach_panel)
        self.outreach_panel.closed.connect(self._after_change)
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
        choices = resources.list_resources(self.vault)  # the directory's active entries
        if not choices:
            QMessageBox.information(
                self, "No resources",
                "The resource directory has nothing to offer yet: add resources on the "
                "Resources page.",
            )  # fmt: skip
            return None
        # Name and kind tell entries apart (the directory keeps them so); the phone is at hand.
        labels = [f"{r.name} ({r.kind.label})" + (f" · {r.phone}" if r.phone else "")
                  for r in choices]  # fmt: skip
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

    def invite_to_feedback(self) -> None:
        try:
            self.invitation_dialog = FeedbackInvitationDialog(self.vault, self.case_id, self)
        except Sayable as problem:
            QMessageBox.information(self, "Not invited", str(problem))
            return
        self.invitation_dialog.open()

    def copy(self, text: str) -> None:
        """To the clipboard, where the clipboard guard marks it secret and clears it."""
        QApplication.clipboard().setText(text)

    def _phone(self) -> str:
        return (self.detail.clinician.phone or "") if self.detail else ""

    def _email(self) -> str:
        return (self.detail.clinician.email or "") if self.detail else ""

    def _open(self, url: str) -> None:
        problem = open_link(url)
        if problem:
            QMessageBox.information(self, "Not opened", problem)

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
        step = next_step(case, dt.datetime.now())
        self.ui.nextStepLabel.setText(("⚠ " if step.overdue else "") + step.sentence)
        self.outreach_panel.show_case(detail, dt.datetime.now())
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
            f"Event: {event.event_type_label} on {day(event.occurred_on)}"
            + (f", {event.department}" if event.department else "")
            + f" · {event.case_count} involved · referred {moment(case.referred_at)}"
            + f" by {case.referral_source.label.lower()}"
        )
        self.involved_button.setEnabled(event.case_count > 1)
        for action, button in self.buttons.items():
            # Shown disabled with the reason, never hidden: the coordinator learns
            # what the case needs first.
            allowed = action in detail.actions  # the service's word, retention's included
            reason = None if allowed else why_not(case.status, action) or DEIDENTIFIED
            button.setEnabled(allowed)
            self._explain(button, reason)
        self._show_reach(person.phone, person.email)
        closed = case.status is CaseStatus.CLOSED
        self.invite_button.setEnabled(closed)
        self._explain(self.invite_button, None if closed else "Invite once the case is closed.")
        for control in (
            self.supporter,
            self.assign_button,
            self.ui.matchButton,
            self.no_follow_up,
            self.follow_up_button,
        ):
            control.setEnabled(not closed)
            self._explain(control, CLOSED_REASON if closed else None)
        self.supporter.clear()
        self.supporter.addItem("(nobody yet)", None)
        for person_row in supporters.list_supporters(self.vault):
            self.supporter.addItem(person_row.name, person_row.id)
        self.supporter.setCurrentIndex(max(0, self.supporter.findData(case.supporter_id)))
        self.no_follow_up.setChecked(case.next_follow_up is None)
        self.follow_up.setEnabled(not closed and case.next_follow_up is not None)
        self.follow_up.setDate(
            to_qdate(case.next_follow_up or dt.date.today() + dt.timedelta(days=7))
        )
        self.contacts.set_rows(
            [
                ListedRow(c.id, (moment(c.occurred_at), c.kind.label, c.mode.label,
                                 str(c.duration_minutes), c.supporter_name or "",
                                 ", ".join(p.label for p in c.parts), c.note or ""))
                for c in detail.contacts
            ]
        )  # fmt: skip
        deidentified = case.deidentified_at is not None
        self.offer_steps.show_offers(detail.offers, deidentified=deidentified)
        self.tier_panel.show_case(closed=closed, deidentified=deidentified)

    def _show_reach(self, phone: str | None, email: str | None) -> None:
        ui = self.ui
        ui.phoneLabel.setText(f"Phone: {phone}" if phone else "No phone number on file")
        ui.emailLabel.setText(f"Email: {email}" if email else "No email address on file")
        for buttons, value, missing in (
            ((ui.callButton, ui.copyPhoneButton), phone, "There is no phone number on file."),
            ((ui.writeButton, ui.copyEmailButton), email, "There is no email address on file."),
        ):
            for button in buttons:
                button.setEnabled(bool(value))
                self._explain(button, None if value else missing)

    def _explain(self, control: QWidget, reason: str | None) -> None:
        """The reason a control is disabled, else what it does."""
        control.setToolTip(reason or self.described.get(control, ""))

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
