"""Vector charts drawn with reportlab's own graphics (no screenshots)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString

from peersupport_desktop.reports.figure_text import HIDDEN
from peersupport_desktop.reports.fonts import BOLD, REGULAR

INK = colors.HexColor("#1f2933")
BAR = colors.HexColor("#2f6f9f")
ACCENT = colors.HexColor("#d9822b")


def bars_by_category(
    title: str, labels: Sequence[str], values: Sequence[int | None], *, width: float
) -> DescribedDrawing:
    """Horizontal bars, one per category, largest first as given."""
    height = 40 + 18 * max(len(labels), 1)
    drawing = DescribedDrawing(width, height)
    bars = "; ".join(f"{name}: {_said(value)}" for name, value in zip(labels, values, strict=True))
    drawing.alt = f"{title}. A bar chart of cases by category: {bars or 'none'}."
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 20
    chart.width, chart.height = int(width - 170), int(height - 45)
    # A hidden value draws no bar at all (None): not even an empty one to measure.
    chart.data = [list(reversed(values))] if values else [[0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    _count_axis(chart.valueAxis, chart.data)
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def quarterly_trend(
    title: str,
    quarters: Sequence[str],
    referrals: Sequence[int | None],
    within_target: Sequence[int | None],
    *,
    width: float,
) -> DescribedDrawing:
    """Referrals and cases reached within target, side by side for each quarter."""
    height = 190.0
    drawing = DescribedDrawing(width, height)
    points = "; ".join(
        f"{quarter}: {_said(count)} referrals, {_said(within)} reached within target"
        for quarter, count, within in zip(quarters, referrals, within_target, strict=True)
    )
    drawing.alt = (
        f"{title}. A bar chart of referrals and of cases reached within target, by quarter: "
        f"{points}."
    )
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 40
    chart.width, chart.height = int(width - 60), int(height - 75)
    chart.data = [list(referrals), list(within_target)]  # None: hidden, no bar
    chart.categoryAxis.categoryNames = list(quarters)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    _count_axis(chart.valueAxis, chart.data)
    chart.bars[0].fillColor = BAR
    chart.bars[1].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.groupSpacing = 8
    drawing.add(chart)
    for x, label, color in ((40, "Referrals", BAR), (140, "Reached within target", ACCENT)):
        drawing.add(String(x + 12, 6, label, fontName=REGULAR, fontSize=8, fillColor=INK))
        swatch = Rect(x, 5, 8, 8)
        swatch.fillColor, swatch.strokeColor = color, None
        drawing.add(swatch)
    return drawing


def _said(value: int | None) -> str:
    """A bar's value in the chart's description; no bar is a hidden figure."""
    return HIDDEN if value is None else f"{value:,}"


def _count_axis(axis: Any, data: Sequence[Sequence[float | None]]) -> None:
    """Whole-number ticks from zero, about five of them, even when every value is 0."""
    top = max((v for series in data for v in series if v is not None), default=0)
    step = max(1, math.ceil(top / 5))
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = max(step, step * math.ceil(top / step))
    axis.labelTextFormat = "%d"


class DescribedDrawing(Drawing):
    """A chart with its content in words (``alt``), for a reader who cannot see it."""

    # reportlab refuses attributes its map does not list.
    _attrMap = AttrMap(BASE=Drawing, alt=AttrMapValue(isString, desc="the chart in words"))
    alt: str = ""


def small_multiple(
    title: str,
    quarters: Sequence[tuple[str, str]],
    values: Sequence[int | None],
    *,
    rate: bool,
    width: float,
    height: float,
    target: int | None = None,
    missing: Sequence[str] = (),
    alt: str = "",
) -> DescribedDrawing:
    """One figure over eight quarters: bars for a count, a line for a rate (0 to 100%),
    each value written above its point; a value of None draws nothing, and
    ``missing`` says why in its place ("hidden", or "" for nothing to measure); a
    target is a dashed line. ``quarters``: (quarter, year) for each label,
    the year said under the first label and under each Q1."""
    drawing = DescribedDrawing(width, height)
    drawing.alt = alt
    drawing.add(String(0, height - 10, title, fontName=BOLD, fontSize=9, fillColor=INK))
    left, right, bottom, top = 4.0, width - 4, 22.0, height - 26
    slot = (right - left) / max(len(values), 1)
    ceiling = 100 if rate else _nice_top(values)

    def y_of(value: float) -> float:
        return bottom + (top - bottom) * value / ceiling if ceiling else bottom

    drawing.add(Line(left, bottom, right, bottom, strokeColor=AXIS, strokeWidth=0.5))
    if target is not None and ceiling:
        y = y_of(target)
        drawing.add(Line(left, y, right, y, strokeColor=ACCENT, strokeWidth=0.8,
                         strokeDashArray=[3, 2]))  # fmt: skip
        # At the left, where the oldest quarters seldom crowd it.
        drawing.add(String(left, y + 2, f"target {target}%", fontName=REGULAR, fontSize=6.5,
                           fillColor=ACCENT))  # fmt: skip
    points: list[tuple[float, float] | None] = []
    for i, value in enumerate(values):
        centre = left + slot * (i + 0.5)
        quarter, year = quarters[i]
        drawing.add(_centred(centre, bottom - 9, quarter, 7))
        if i == 0 or quarter == "Q1":
            drawing.add(_centred(centre, bottom - 17, year, 6.5))
        if value is None:
            points.append(None)
            if i < len(missing) and missing[i]:
                drawing.add(_centred(centre, bottom + 3, missing[i], 6, MUTED))
            continue
        y = y_of(value)
        if rate:
            points.append((centre, y))
        else:
            bar = Rect(centre - slot * 0.3, bottom, slot * 0.6, y - bottom)
            bar.fillColor, bar.strokeColor = BAR, None
            drawing.add(bar)
        drawing.add(_centred(centre, y + 3, f"{value}%" if rate else f"{value:,}", 7))
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:  # a hidden quarter breaks the line
            drawing.add(Line(*a, *b, strokeColor=BAR, strokeWidth=1.4))
    for point in points:
        if point is not None:
            drawing.add(Circle(*point, 2.2, fillColor=BAR, strokeColor=None))
    return drawing


AXIS = colors.HexColor("#9aa5b1")
MUTED = colors.HexColor("#616e7c")


def _centred(x: float, y: float, text: str, size: float, colour: Any = INK) -> String:
    return String(
        x, y, text, fontName=REGULAR, fontSize=size, fillColor=colour, textAnchor="middle"
    )


def _nice_top(values: Sequence[int | None]) -> int:
    """A round top for a count axis, a little above the largest shown value."""
    top = max((v for v in values if v is not None), default=0)
    if top <= 0:
        return 1
    magnitude: int = 10 ** (len(str(top)) - 1)
    return math.ceil(top * 1.15 / magnitude) * magnitude
