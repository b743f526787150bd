"""Retention in the window: how many closed cases are past it, and de-identify them once
the coordinator confirms. Asked after each unlock and when the setting is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.services import retention
from peersupport_desktop.store.vault import Vault


def question(preview: retention.RetentionPreview) -> str:
    return (
        f"{preview.sentence()}. De-identify {'it' if preview.cases == 1 else 'them'} now? "
        "Names, contact details, referrers and notes are removed for good; the figures "
        "of every quarter stay as they are."
    )


def offer_deidentification(
    parent: QWidget, vault: Vault, today: dt.date | None = None
) -> tuple[str, bool] | None:
    """Ask, and de-identify on yes: (the sentence to say, whether anything changed), or
    None when nothing was asked, or the window locked while the question waited."""
    today = today or dt.date.today()
    try:
        preview = retention.retention_preview(vault, today)
        if preview.months is None or not preview.cases:
            return None
        answer = QMessageBox.question(
            parent,
            "De-identify closed cases?",
            question(preview),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if not vault.is_open:
            return None
        if answer != QMessageBox.StandardButton.Yes:
            return (
                "Nothing was de-identified; you will be asked again after the next unlock.",
                False,
            )
        done = retention.deidentify_past_retention(vault, today)
    except Sayable as exc:
        return str(exc), False
    return f"De-identified {retention.closed_cases(done)}.", done > 0
