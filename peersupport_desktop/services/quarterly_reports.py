"""Producing the quarterly report: figures from the vault, through the disclosure
check for the leadership edition, PDF from reports/, audited; a saved or printed
leadership edition is kept in the publication log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.codes import ResourceKind
from peersupport_desktop.core.disclosure.model import Publication
from peersupport_desktop.core.disclosure.program_model import Span
from peersupport_desktop.core.disclosure.report_publication import ReportSpans, report_draft
from peersupport_desktop.core.disclosure.summary_publication import Split
from peersupport_desktop.core.disclosure.suppression import protect
from peersupport_desktop.core.period_figures import ReportFigures
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.tiers import TIERS
from peersupport_desktop.core.working_time import OutreachClock
from peersupport_desktop.reports.figure_text import Edition, FigureText
from peersupport_desktop.reports.quarterly_report import render
from peersupport_desktop.reports.report_input import ReportInput
from peersupport_desktop.reports.targets_section import Targets
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.disclosure_rules import hiding_rules
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import event_types
from peersupport_desktop.services.export_summary import split_for
from peersupport_desktop.services.feedback_figures import feedback_counts
from peersupport_desktop.services.figures import report_figures
from peersupport_desktop.services.highlights import get_highlights
from peersupport_desktop.services.publication_log import (
    adds_no_exposure,
    earlier_publications,
    record_publication,
)
from peersupport_desktop.services.saved_files import write_output
from peersupport_desktop.services.settings import get_logo, get_settings
from peersupport_desktop.store.vault import Vault

# Cases by the highest tier of support reached, in the tiers' order.
TIER_SPLIT = Split("highest_tier", "other tiers", tuple(str(tier) for tier in TIERS))


@dataclass(frozen=True, slots=True)
class ProducedReport:
    pdf: bytes
    edition: Edition
    # What a reader of the leadership edition learns, for the publication log.
    publication: Publication | None
    produced_at: dt.datetime


def produce_report(
    vault: Vault, quarter: Quarter, edition: Edition, *, as_of: dt.datetime | None = None
) -> ProducedReport:
    """The report in memory (for the window to show before saving or printing)."""
    moment = as_of or now()
    report, publication = report_input(vault, quarter, edition, moment)
    pdf = render(report)
    with vault.transaction() as session:
        audit.record(session, f"report.{edition.value}", "report", None)
    return ProducedReport(pdf, edition, publication if edition.checked else None, moment)


def report_input(
    vault: Vault, quarter: Quarter, edition: Edition, moment: dt.datetime
) -> tuple[ReportInput, Publication]:
    """Everything the report prints, its figures as the edition shows them, and the
    publication they make."""
    settings = get_settings(vault)
    threshold = settings.small_number_threshold
    figures = report_figures(vault, quarter, as_of=moment)
    types = event_types(vault)
    leadership = edition.checked
    spans = _spans(quarter)
    draft = report_draft(
        spans,
        {
            spans.quarter.key: figures.quarter,
            spans.previous.key: figures.previous,
            spans.year_ago.key: figures.quarters[spans.year_ago.key],
            spans.year.key: figures.year_to_date,
        },
        figures.quarters,
        [*(split_for(vault, dimension) for dimension in Dimension), TIER_SPLIT],
        [kind.value for kind in ResourceKind],
        threshold,
        grouped=leadership,
        feedback=feedback_counts(vault, spans.year.quarters, moment),
    )
    publication, rules = draft.publication, tuple[str, ...]()
    if leadership:
        history = earlier_publications(vault, figures.quarters)
        protected = protect(draft.publication, history)
        publication, rules = protected.publication, hiding_rules(protected, threshold, len(history))
    return (
        ReportInput(
            program_name=settings.program_name,
            figures=figures,
            text=FigureText(edition, draft, publication),
            edition=edition,
            threshold=threshold,
            outreach_target_hours=settings.outreach_target_hours,
            urgent_target_minutes=settings.urgent_target_minutes,
            outreach_in_working_hours=settings.outreach_clock is OutreachClock.WORKING_HOURS,
            produced_at=moment,
            event_type_labels=dict(types),
            hiding_rules=rules,
            hospital_name=settings.hospital_name,
            program_lead=settings.program_lead,
            logo=logo.data if (logo := get_logo(vault)) else None,
            highlights=get_highlights(vault, quarter),
            targets=Targets(
                settings.target_within_percent,
                settings.target_acceptance_percent,
                settings.target_refresher_percent,
            ),
        ),
        publication,
    )


def report_pdf(
    vault: Vault, quarter: Quarter, edition: Edition, *, as_of: dt.datetime | None = None
) -> bytes:
    return produce_report(vault, quarter, edition, as_of=as_of).pdf


def publish_report(
    vault: Vault, report: ProducedReport, destination: Path | None, *, replace: bool = False
) -> Path | None:
    """Save the report to ``destination`` (None: it was printed), and keep what the
    leadership edition showed in the publication log; the audit log says it was saved
    or printed, and which edition. ``replace``: the coordinator said
    an existing file there may be replaced."""
    check_still_safe(vault, report)
    written = (
        write_output(vault, destination, report.pdf, replace=replace)
        if destination is not None
        else None
    )
    with vault.transaction() as session:
        if report.publication is not None:
            record_publication(session, "report", report.publication, report.produced_at)
        if written is None:
            audit.record(session, f"report.{report.edition.value}_printed", "report", None)
        else:
            audit.record(session, f"report.{report.edition.value}_saved", "report", None)
    return written


def check_still_safe(vault: Vault, report: ProducedReport) -> None:
    """Refuse a report made before another publication of its quarters was logged:
    the two were never checked together."""
    if report.publication is not None and not adds_no_exposure(vault, report.publication):
        raise InvalidInput(
            "report",
            "Another report or export of these quarters was saved since this report was "
            "made: make it again, so the two are checked together.",
        )


def save_report(
    vault: Vault,
    quarter: Quarter,
    edition: Edition,
    destination: Path,
    *,
    as_of: dt.datetime | None = None,
    replace: bool = False,
) -> Path:
    written = publish_report(
        vault, produce_report(vault, quarter, edition, as_of=as_of), destination, replace=replace
    )
    assert written is not None
    return written


def _spans(quarter: Quarter) -> ReportSpans:
    year = Span(tuple(str(q) for q in quarter.back(quarter.number)))
    return ReportSpans(
        quarter=Span((str(quarter),)),
        previous=Span((str(quarter.previous()),)),
        year_ago=Span((str(quarter.back(5)[0]),)),
        year=year,
        trend=tuple(Span((str(q),)) for q in quarter.back(8)),
    )


__all__ = ["ProducedReport", "ReportFigures", "produce_report", "publish_report", "save_report"]
