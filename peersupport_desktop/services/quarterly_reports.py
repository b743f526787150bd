"""Producing the quarterly report: figures from the vault, PDF from reports/, audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.reports.quarterly_report import ReportInput, render
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.events import event_types
from peersupport_desktop.services.figures import report_figures
from peersupport_desktop.services.saved_files import write_atomically
from peersupport_desktop.services.settings import get_settings
from peersupport_desktop.store.vault import Vault


def report_pdf(
    vault: Vault, quarter: Quarter, edition: Edition, *, as_of: dt.datetime | None = None
) -> bytes:
    """The report as PDF bytes, in memory (for the window to show before saving)."""
    moment = as_of or now()
    settings = get_settings(vault)
    pdf = render(
        ReportInput(
            program_name=settings.program_name,
            figures=report_figures(vault, quarter, as_of=moment),
            edition=edition,
            threshold=settings.small_number_threshold,
            outreach_target_hours=settings.outreach_target_hours,
            outreach_in_working_hours=settings.outreach_clock is OutreachClock.WORKING_HOURS,
            produced_at=moment,
            event_type_labels=dict(event_types(vault)),
        )
    )
    with vault.transaction() as session:
        audit.record(session, f"report.{edition.value}", "report", None)
    return pdf


def save_report(
    vault: Vault,
    quarter: Quarter,
    edition: Edition,
    destination: Path,
    *,
    as_of: dt.datetime | None = None,
) -> Path:
    return write_atomically(destination, report_pdf(vault, quarter, edition, as_of=as_of))
