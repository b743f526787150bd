"""Vector charts drawn with reportlab's own graphics (no screenshots)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString

from peersupport_desktop.reports.fonts import BOLD, REGULAR

INK = colors.HexColor("#1f2933")
BAR = colors.HexColor("#2f6f9f")
ACCENT = colors.HexColor("#d9822b")
AXIS = colors.HexColor("#9aa5b1")
MUTED = colors.HexColor("#616e7c")


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


def share_bars(
    title: str,
    labels: Sequence[str],
    shares: Sequence[int | None],
    *,
    reference: int,
    reference_label: str,
    width: float,
) -> DescribedDrawing:
    """Horizontal bars of whole percents, 0 to 100, with a dashed reference line; a
    share of None (hidden, or no cases) draws no bar and says so."""
    row, left = 16.0, 190.0
    height = 34 + row * len(labels)
    said = "; ".join(
        f"{label}: {'not shown' if share is None else f'{share}%'}"
        for label, share in zip(labels, shares, strict=True)
    )
    drawing = DescribedDrawing(width, height)
    drawing.alt = f"{title}. {said}. Reference: {reference_label}."
    drawing.add(String(0, height - 10, title, fontName=BOLD, fontSize=9, fillColor=INK))
    span = width - left - 40

    def x_of(share: float) -> float:
        return left + span * share / 100

    for i, (label, share) in enumerate(zip(labels, shares, strict=True)):
        y = height - 30 - row * i
        drawing.add(String(left - 6, y + 3, label, fontName=REGULAR, fontSize=8,
                           fillColor=INK, textAnchor="end"))  # fmt: skip
        if share is None:
            drawing.add(String(left + 2, y + 3, "not shown", fontName=REGULAR, fontSize=7,
                               fillColor=MUTED))  # fmt: skip
            continue
        bar = Rect(left, y, max(x_of(share) - left, 0.5), row - 5)
        bar.fillColor, bar.strokeColor = BAR, None
        drawing.add(bar)
        drawing.add(String(x_of(share) + 3, y + 3, f"{share}%", fontName=REGULAR, fontSize=8,
                           fillColor=INK))  # fmt: skip
    x = x_of(reference)
    drawing.add(Line(x, 4, x, height - 18, strokeColor=ACCENT, strokeWidth=0.8,
                     strokeDashArray=[3, 2]))  # fmt: skip
    drawing.add(String(x + 3, 4, reference_label, fontName=REGULAR, fontSize=6.5,
                       fillColor=ACCENT))  # fmt: skip
    return drawing
