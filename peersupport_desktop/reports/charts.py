"""Vector charts drawn with reportlab's own graphics (no screenshots)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from peersupport_desktop.reports.fonts import BOLD, REGULAR

INK = colors.HexColor("#1f2933")
BAR = colors.HexColor("#2f6f9f")
ACCENT = colors.HexColor("#d9822b")


def bars_by_category(
    title: str, labels: Sequence[str], values: Sequence[int | None], *, width: float
) -> Drawing:
    """Horizontal bars, one per category, largest first as given."""
    height = 40 + 18 * max(len(labels), 1)
    drawing = Drawing(width, height)
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
) -> Drawing:
    """Referrals and cases reached within target, side by side for each quarter."""
    height = 190.0
    drawing = Drawing(width, height)
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


def _count_axis(axis: Any, data: Sequence[Sequence[float | None]]) -> None:
    """Whole-number ticks from zero, about five of them, even when every value is 0."""
    top = max((v for series in data for v in series if v is not None), default=0)
    step = max(1, math.ceil(top / 5))
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = max(step, step * math.ceil(top / step))
    axis.labelTextFormat = "%d"
