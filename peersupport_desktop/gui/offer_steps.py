"""The case window's resource offers, each at its step, and buttons for the next step.

An offer is followed until the person is connected (services/referral_steps.py): each
button applies to the chosen offer only when its step may follow, and otherwise says
why in its tooltip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QPushButton, QTableView, QWidget

from peersupport_desktop.core.codes import ReferralStep
from peersupport_desktop.gui.appointment_dialog import AppointmentDialog
from peersupport_desktop.gui.row_list_model import KEY_ROLE, ListedRow, RowListModel, show_rows
from peersupport_desktop.gui.shown_dates import day
from peersupport_desktop.services import referral_steps
from peersupport_desktop.services.resources import OfferRecord
from peersupport_desktop.store.vault import Vault

COLUMNS = ("Offered", "Resource", "Step", "Since", "Next step due")
CHOOSE_FIRST = "Choose an offer in the list first."
DEIDENTIFIED = "The case was de-identified: its referrals stay as they were."
# Each next step's button: its text (with its Alt key), its name, what it does.
BUTTONS = {
    ReferralStep.ACCEPTED: ("Acce&pted", "Accepted", "Record that the person accepted the offer."),
    ReferralStep.DECLINED: ("Decli&ned", "Declined", "Record that the person declined the offer."),
    ReferralStep.APPOINTMENT_MADE: (
        "Appointment &made…", "Appointment made",
        "Record that an appointment was made, and its date if known.",
    ),
    ReferralStep.CONNECTED: (
        "Connecte&d", "Connected",
        "Record that the person is connected: the first session took place.",
    ),
    ReferralStep.LOST: ("Los&t", "Lost to follow-up", "Record that the referral was lost."),
}  # fmt: skip


def offer_row(offer: OfferRecord, today: dt.date) -> ListedRow:
    due = offer.step_due_on
    late = due is not None and due < today
    return ListedRow(
        offer.id,
        (
            day(offer.offered_at.date()),
            offer.resource_name,
            offer.step.label,
            day(offer.step_at.date()) if offer.step_at else "",
            "" if due is None else ("⚠ " if late else "") + day(due),
        ),
        alert=late,
    )


class OfferSteps(QObject):
    """The offers table and its step buttons; a step is recorded through ``act``, which
    says a refusal and refreshes the case window."""

    def __init__(
        self,
        vault: Vault,
        view: QTableView,
        row: QBoxLayout,
        answers: tuple[QPushButton, QPushButton],
        act: Callable[[Callable[[], object]], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.vault, self.view, self.act, self.window = vault, view, act, parent
        self.model = RowListModel(COLUMNS)
        show_rows(view, self.model)
        view.setToolTip(
            "The resources offered, the step each stands at, since when, and when the next "
            "step is due."
        )
        self.offers: list[OfferRecord] = []
        self.deidentified = False
        self.buttons: dict[ReferralStep, QPushButton] = {}
        spot = row.indexOf(answers[1]) + 1
        for step, (text, name, _what) in BUTTONS.items():
            if step is ReferralStep.ACCEPTED:
                button = answers[0]
            elif step is ReferralStep.DECLINED:
                button = answers[1]
            else:
                button = QPushButton(parent)
                button.setObjectName(f"{step.value}Button")
                row.insertWidget(spot, button)
                spot += 1
            button.setText(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, s=step: self.take(s))
            self.buttons[step] = button
        view.selectionModel().selectionChanged.connect(self._enable)
        self.dialog: AppointmentDialog | None = None

    def show_offers(self, offers: Sequence[OfferRecord], *, deidentified: bool) -> None:
        self.offers, self.deidentified = list(offers), deidentified
        self.model.set_rows([offer_row(o, dt.date.today()) for o in offers])
        self._enable()  # the list was read anew: nothing is chosen in it

    def chosen(self) -> OfferRecord | None:
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            return None
        offer_id = selected[0].data(KEY_ROLE)
        return next((o for o in self.offers if o.id == offer_id), None)

    def take(self, step: ReferralStep) -> AppointmentDialog | None:
        """Record ``step`` for the chosen offer (an appointment asks its date first)."""
        offer = self.chosen()
        if offer is None:
            return None
        if step is ReferralStep.APPOINTMENT_MADE:
            dialog = AppointmentDialog(offer.resource_name, self.window)
            dialog.chosen.connect(lambda on: self._record(offer.id, step, on))
            self.dialog = dialog
            dialog.open()
            return dialog
        self._record(offer.id, step, None)
        return None

    def _record(self, offer_id: int, step: ReferralStep, on: dt.date | None) -> None:
        self.act(lambda: referral_steps.record_step(self.vault, offer_id, step, None, on))

    def _enable(self) -> None:
        offer = self.chosen()
        for step, button in self.buttons.items():
            if offer is None:
                reason: str | None = CHOOSE_FIRST
            elif self.deidentified:
                reason = DEIDENTIFIED
            else:
                reason = referral_steps.why_not(offer.step, step)
            button.setEnabled(reason is None)
            button.setToolTip(reason or BUTTONS[step][2])
