"""What the coordinator asks an export for, and the rule sentences both kinds share."""

from __future__ import annotations

from dataclasses import dataclass

from peersupport_desktop.core import k_anonymity
from peersupport_desktop.core.anonymized_summary import Dimension
from peersupport_desktop.core.export_table import ExportKind, Granularity
from peersupport_desktop.core.quarters import Quarter

NEVER_EXPORTED = (
    "Names, contact details, case references, referrers, notes and descriptions are never "
    "exported, nor any supporter's name."
)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    quarters: tuple[Quarter, ...]
    kind: ExportKind = ExportKind.SUMMARY
    dimensions: tuple[Dimension, ...] = ()
    granularity: Granularity = Granularity.QUARTER
    k: int = k_anonymity.DEFAULT_K


def dates_rule(granularity: Granularity, opening: str) -> str:
    unit = "year" if granularity is Granularity.YEAR else "quarter"
    return f"{opening} the {unit} of referral only; no date or time of day is exported."
