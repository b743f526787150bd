"""The summary a leader reads in a minute: a few figures of the quarter, each beside the
quarter before and the same quarter a year ago, with an arrow and a plain sentence.

Every value comes from the edition's publication (figure_text), so a hidden figure
reads "hidden" here as everywhere, and a change is shown only between two shown values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from peersupport_desktop.core.disclosure.report_publication import PREVIOUS, QUARTER, YEAR_AGO
from peersupport_desktop.reports.figure_text import DASH, HIDDEN, FigureText, Reading
from peersupport_desktop.reports.report_style import WIDTH, Styles, grid_style
from peersupport_desktop.reports.text_runs import markup

UP, DOWN, SAME = "\u25b2", "\u25bc", "="
MINUS = "\u2212"


@dataclass(frozen=True, slots=True)
class SummaryFigure:
    figure: str  # the key figure's name in the publication
    label: str  # the table's row
    name: str  # the sentence's subject
    rate: bool = False


def summary_figures(target: str) -> tuple[SummaryFigure, ...]:
    """``target``: the outreach target, short ("24 h", "8 working h")."""
    return (
        SummaryFigure("referrals", "Referrals (new cases)", "Referrals"),
        SummaryFigure("reached", "People reached (a conversation)", "People reached"),
        SummaryFigure(
            "percent_within_target",
            f"Reached out to within {target}",
            f"Outreach within {target}",
            rate=True,
        ),
        SummaryFigure("percent_accepted", "Acceptance rate", "Acceptance", rate=True),
        SummaryFigure(
            "referred_to_resources",
            "Referred on to professional help",
            "Referrals on to professional help",
        ),
        SummaryFigure(
            "active_trained_supporters", "Active trained supporters", "Active trained supporters"
        ),
    )


@dataclass(frozen=True, slots=True)
class Comparison:
    figure: SummaryFigure
    now: Reading
    before: Reading
    year_ago: Reading


@dataclass(frozen=True, slots=True)
class ColumnLabels:
    now: str  # "Q3 2026"
    before: str  # "Q2 2026"
    year_ago: str  # "Q3 2025"


def comparisons(text: FigureText, figures: Sequence[SummaryFigure]) -> list[Comparison]:
    return [
        Comparison(
            f,
            text.reading(QUARTER, f.figure),
            text.reading(PREVIOUS, f.figure),
            text.reading(YEAR_AGO, f.figure),
        )
        for f in figures
    ]


def amount(reading: Reading, *, rate: bool) -> str:
    """A value as the table prints it: "91%", "1,204", "hidden", or a dash for nothing
    to measure (a rate over no cases)."""
    if reading.hidden:
        return HIDDEN
    if reading.value is None:
        return DASH
    return f"{reading.value}%" if rate else f"{reading.value:,}"


def change(now: Reading, before: Reading, *, rate: bool) -> str:
    """The arrow and the difference, in points for a rate; a dash unless both are shown."""
    if now.value is None or before.value is None:
        return DASH
    difference = now.value - before.value
    if difference == 0:
        return f"{SAME} same"
    arrow, sign = (UP, "+") if difference > 0 else (DOWN, MINUS)
    unit = " pts" if rate else ""
    return f"{arrow} {sign}{abs(difference):,}{unit}"


def sentence(c: Comparison, labels: ColumnLabels) -> str:
    """One plain sentence: "Outreach within 24 h rose from 78% in Q2 2026 to 91%
    (Q3 2025: 85%)." A hidden figure is said to be hidden, never guessed at."""
    name, rate = c.figure.name, c.figure.rate
    if c.now.hidden:
        return f"{name}: hidden this quarter, to protect small numbers."
    if c.now.value is None:
        return f"{name}: nothing to measure this quarter."
    now = amount(c.now, rate=rate)
    before = amount(c.before, rate=rate)
    if c.before.value is None:
        said = f"{name}: {now} this quarter, {_absent(c.before)} in {labels.before}"
    elif c.now.value > c.before.value:
        said = f"{name} rose from {before} in {labels.before} to {now}"
    elif c.now.value < c.before.value:
        said = f"{name} fell from {before} in {labels.before} to {now}"
    else:
        said = f"{name} stayed at {now}, as in {labels.before}"
    year_ago = (
        amount(c.year_ago, rate=rate) if c.year_ago.value is not None else _absent(c.year_ago)
    )
    return f"{said} ({labels.year_ago}: {year_ago})."


def _absent(reading: Reading) -> str:
    return "hidden" if reading.hidden else "nothing to measure"


def summary_table(rows: Sequence[Comparison], labels: ColumnLabels, styles: Styles) -> Table:
    head: list[object] = ["", labels.now, labels.before, "Change", labels.year_ago, "Change"]
    data: list[list[object]] = [head]
    for c in rows:
        rate = c.figure.rate
        data.append(
            [
                Paragraph(markup(c.figure.label), styles["cell"]),
                amount(c.now, rate=rate),
                amount(c.before, rate=rate),
                change(c.now, c.before, rate=rate),
                amount(c.year_ago, rate=rate),
                change(c.now, c.year_ago, rate=rate),
            ]
        )
    shares = (0.33, 0.13, 0.13, 0.14, 0.13, 0.14)
    table = Table(data, colWidths=[WIDTH * s for s in shares], repeatRows=1)
    table.setStyle(grid_style(header=True, numeric_from=1))
    return table


def summary_section(
    text: FigureText, figures: Sequence[SummaryFigure], labels: ColumnLabels, styles: Styles
) -> list[Flowable]:
    rows = comparisons(text, figures)
    said = [
        Paragraph(markup(sentence(c, labels)), styles["sentence"], bulletText="\u2022")
        for c in rows
    ]
    table = summary_table(rows, labels, styles)
    return [Paragraph("Summary", styles["h1"]), table, Spacer(1, 2 * mm), *said]
