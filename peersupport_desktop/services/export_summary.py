"""The summary export: the figures of METRICS.md per quarter or year, each split the
coordinator asked for as a one-way table of its own, small numbers hidden."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.anonymized_summary import summary_cells
from peersupport_desktop.core.export_table import Cell, ExportKind, ExportTable
from peersupport_desktop.services.export_fields import fields_of
from peersupport_desktop.services.export_request import (
    NEVER_EXPORTED,
    ExportRequest,
    dates_rule,
    in_progress,
    summary_periods,
)
from peersupport_desktop.services.figures import periods_figures
from peersupport_desktop.store.vault import Vault


def summary_table(
    vault: Vault, request: ExportRequest, threshold: int, moment: dt.datetime
) -> ExportTable:
    """The program's figures per period, split as asked, small numbers hidden."""
    periods = summary_periods(request.quarters, request.granularity)
    dimensions = tuple(dict.fromkeys(request.dimensions))  # each once, in the order asked

    all_figures = periods_figures(vault, periods, moment)
    rows: list[tuple[Cell, ...]] = []
    for period, figures in zip(periods, all_figures, strict=True):
        rows += [
            cell.as_row() for cell in summary_cells(period.label, figures, dimensions, threshold)
        ]
    fold = ", ".join(dict.fromkeys(f"'{d.other}'" for d in dimensions)) or "'other'"
    rules = (
        f"Counts from 1 to {threshold - 1} are never shown: such a cell reads 'suppressed'. "
        "Where a hidden count could be worked out from a total or from other cells, more "
        "cells are hidden and read 'suppressed' too. Zero is shown.",
        f"Percentages, medians and the 90th percentile are whole numbers, shown only when "
        f"no count behind them is below {threshold}.",
        f"Categories with fewer than {threshold} cases are folded into a broader one "
        f"({fold}) where together they can be shown.",
        "Each split is a table of its own with its total. Splits are not crossed with each "
        "other: at a program's size nearly every crossed cell would be hidden.",
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
    )
