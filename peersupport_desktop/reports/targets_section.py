"""The program's own targets beside the quarter's figures: met or not met.

A verdict is said only beside a rate the edition shows: "not met" beside a hidden
rate would tell a reader on which side of the target it lies."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from peersupport_desktop.core.disclosure.report_publication import QUARTER
from peersupport_desktop.reports.figure_text import DASH, HIDDEN, FigureText
from peersupport_desktop.reports.report_style import WIDTH, Styles, grid_style
from peersupport_desktop.reports.text_runs import markup


@dataclass(frozen=True, slots=True)
class Targets:
    """Whole percents, None where the program set no target."""

    within_percent: int | None = None
    acceptance_percent: int | None = None
    refresher_percent: int | None = None

    @property
    def any(self) -> bool:
        return any(t is not None for t in (self.within_percent, self.acceptance_percent,
                                           self.refresher_percent))  # fmt: skip


@dataclass(frozen=True, slots=True)
class TargetRow:
    label: str
    shown: str  # the quarter's rate as printed
    target: int
    verdict: str  # "Met", "Not met", or why neither can be said


def target_rows(
    text: FigureText, targets: Targets, outreach_target: str, *, refreshers_known: bool = True
) -> list[TargetRow]:
    """``refreshers_known``: refresher currency is read from the due dates held now,
    which keep no history: judged for the current quarter and the one just ended only."""
    wanted = (
        (f"Reached out to within {outreach_target}", "percent_within_target",
         targets.within_percent),
        ("Acceptance rate", "percent_accepted", targets.acceptance_percent),
        ("Trained supporters with a current refresher", "percent_refresher_current",
         targets.refresher_percent),
    )  # fmt: skip
    rows = []
    for label, figure, target in wanted:
        if target is None:
            continue
        if figure == "percent_refresher_current" and not refreshers_known:
            rows.append(TargetRow(label, DASH, target, "not judged"))
            continue
        reading = text.reading(QUARTER, figure)
        if reading.hidden:
            rows.append(TargetRow(label, HIDDEN, target, "not said: hidden"))
        elif reading.value is None:
            rows.append(TargetRow(label, DASH, target, "nothing to measure"))
        else:
            verdict = "Met" if reading.value >= target else "Not met"
            rows.append(TargetRow(label, f"{reading.value}%", target, verdict))
    return rows


def targets_section(
    text: FigureText,
    targets: Targets,
    outreach_target: str,
    quarter: str,
    styles: Styles,
    *,
    refreshers_known: bool = True,
) -> list[Flowable]:
    rows = target_rows(text, targets, outreach_target, refreshers_known=refreshers_known)
    if not rows:
        return []
    data: list[list[object]] = [["", quarter, "Target", "Met?"]]
    for row in rows:
        data.append(
            [Paragraph(markup(row.label), styles["cell"]), row.shown, f"{row.target}%",
             Paragraph(markup(row.verdict), styles["cell"])]
        )  # fmt: skip
    shares = (0.46, 0.14, 0.14, 0.26)
    table = Table(data, colWidths=[WIDTH * s for s in shares], repeatRows=1)
    style = grid_style(header=True, numeric_from=1)
    style.add("ALIGN", (3, 0), (3, -1), "LEFT")
    table.setStyle(style)
    note = Paragraph(
        "A target is met when the rate as printed reaches it. The targets are the "
        "program's own, set in its settings. Refresher currency is read from the due dates "
        "held when the report is made, which keep no history: it is judged only for the "
        "current quarter and the one just ended.",
        styles["small"],
    )
    return [KeepTogether([Paragraph("Targets", styles["h1"]), table, note])]
