"""What a report is made from: the figures as the edition prints them, the program's
identity and settings; and how it says quarters and periods."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from peersupport_desktop.core.period_figures import ReportFigures
from peersupport_desktop.reports.figure_text import Edition, FigureText
from peersupport_desktop.reports.summary_page import ColumnLabels
from peersupport_desktop.reports.targets_section import Targets


@dataclass(frozen=True, slots=True)
class ReportInput:
    program_name: str
    figures: ReportFigures  # the periods and the internal edition's workload
    text: FigureText  # every figure as the edition prints it
    edition: Edition
    threshold: int
    outreach_target_hours: int
    produced_at: dt.datetime
    event_type_labels: Mapping[str, str]
    outreach_in_working_hours: bool = False  # the target counts only the working week
    # What was grouped and hidden, and why, in plain words (the leadership edition).
    hiding_rules: tuple[str, ...] = ()
    hospital_name: str | None = None
    program_lead: str | None = None
    logo: bytes | None = None  # a PNG or JPEG, drawn on the cover
    # The coordinator's own words on the quarter; None or "": no Highlights section.
    highlights: str | None = None
    targets: Targets = field(default_factory=Targets)
    urgent_target_minutes: int = 30  # an urgent event's own outreach target

    @property
    def owner(self) -> str:
        """Whose report it is, as the footer names it: the hospital, then the program."""
        return " · ".join(x for x in (self.hospital_name, self.program_name) if x)

    @property
    def refreshers_known(self) -> bool:
        """Refresher due dates keep no history: currency is judged only for the current
        quarter and the one just ended (made within 92 days of its end)."""
        return self.produced_at < self.figures.quarter.period.ends + dt.timedelta(days=92)

    @property
    def kind(self) -> str:
        """What the document is, as its title and footer say."""
        return "Program at a glance" if self.edition is Edition.GLANCE else "Quarterly report"

    @property
    def quarter_label(self) -> str:
        return quarter_words(self.figures.quarter.period.label)

    @property
    def column_labels(self) -> ColumnLabels:
        figures = self.figures
        return ColumnLabels(
            *(quarter_words(f.period.label) for f in (figures.quarter, figures.previous,
                                                      figures.year_ago))
        )  # fmt: skip

    @property
    def target_words(self) -> tuple[str, str]:
        """The target, short (a row's label) and long (the definitions)."""
        hours = self.outreach_target_hours
        if self.outreach_in_working_hours:
            return f"{hours} working h", f"{hours} working hours"
        return f"{hours} h", f"{hours} hours"


def date_span(first: dt.date, last: dt.date) -> str:
    """A period as a reader says it: "1 July – 30 September 2026" (the year said once
    when both ends share it; "%-d" is not portable, so the day is formatted by hand)."""
    start = f"{first.day} {first:%B}" + ("" if first.year == last.year else f" {first.year}")
    return f"{start} – {last.day} {last:%B %Y}"


_QUARTER = re.compile(r"\b(\d{4})Q([1-4])\b")


def quarter_words(label: str) -> str:
    """A period's label as a reader says it: "2026Q3" becomes "Q3 2026"."""
    return _QUARTER.sub(r"Q\2 \1", label)
