"""The summary export: the figures of METRICS.md per quarter or year, each split the
coordinator asked for as a one-way table of its own, published through the
disclosure check together with every earlier publication of the same periods."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.anonymized_summary import HIDDEN, Dimension
from peersupport_desktop.core.codes import Outcome, ReferralSource, Role
from peersupport_desktop.core.disclosure.summary_publication import (
    Split,
    SummaryPeriod,
    summary_draft,
)
from peersupport_desktop.core.disclosure.suppression import protect
from peersupport_desktop.core.export_table import Cell, ExportKind, ExportTable
from peersupport_desktop.services.departments import publishing
from peersupport_desktop.services.disclosure_figures import read_spans, span_of
from peersupport_desktop.services.disclosure_rules import hiding_rules
from peersupport_desktop.services.events import event_types
from peersupport_desktop.services.export_fields import fields_of
from peersupport_desktop.services.export_request import (
    NEVER_EXPORTED,
    ExportRequest,
    dates_rule,
    in_progress,
    summary_periods,
)
from peersupport_desktop.services.publication_log import earlier_publications
from peersupport_desktop.store.vault import Vault


def summary_table(
    vault: Vault, request: ExportRequest, threshold: int, moment: dt.datetime
) -> ExportTable:
    """The program's figures per period, split as asked, proven safe to publish."""
    periods = summary_periods(request.quarters, request.granularity)
    dimensions = tuple(dict.fromkeys(request.dimensions))  # each once, in the order asked
    figures, read = read_spans(vault, periods, moment)
    draft = summary_draft(
        [SummaryPeriod(p.label, span_of(p), f) for p, f in zip(periods, figures, strict=True)],
        read.quarters,
        [split_for(vault, d) for d in dimensions],
        threshold,
    )
    history = earlier_publications(vault, read.quarters)
    protected = protect(draft.publication, history)
    published = protected.publication
    rows: list[tuple[Cell, ...]] = []
    for key in draft.order:
        value = draft.shown(key, published)
        period, figure, table, category = key
        rows.append((period, table, category, figure, HIDDEN if value is None else value))
    rules = (
        *hiding_rules(protected, threshold, len(history)),
        "Percentages, medians and the 90th percentile are whole numbers, shown only "
        "where the count behind them is.",
        "Each split is a table of its own with its total, its categories in a fixed "
        "order. Splits are not crossed with each other: at a program's size nearly every "
        "crossed cell would be hidden.",
        "Open cases and cases awaiting outreach at a period's end are not exported.",
        dates_rule(request.granularity, "Figures cover"),
        *in_progress(request.quarters, moment),
        NEVER_EXPORTED,
    )
    return ExportTable(
        kind=ExportKind.SUMMARY,
        fields=fields_of(ExportKind.SUMMARY),
        rows=tuple(rows),
        rules=rules,
        periods=tuple(p.label for p in periods),
        threshold=threshold,
        publication=published,
    )


def split_for(vault: Vault, dimension: Dimension) -> Split:
    """A dimension's broader category and fixed order: the glossary's, or names A to Z."""
    order: tuple[str, ...]
    if dimension is Dimension.EVENT_TYPE:
        order = tuple(code for code, _label in event_types(vault))
    elif dimension is Dimension.REFERRAL_SOURCE:
        order = tuple(s.value for s in ReferralSource)
    elif dimension is Dimension.ROLE:
        order = tuple(r.value for r in Role)
    elif dimension is Dimension.OUTCOME:
        order = tuple(o.value for o in Outcome)
    else:  # departments: A to Z, as the program's list lets them be named
        named, lines = publishing(vault)
        return Split(dimension.value, dimension.other, named=named, lines=lines)
    return Split(dimension.value, dimension.other, order)
