"""What every page carries: a footer with the report's name, "Confidential" and page N of M."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from peersupport_desktop.reports.fonts import REGULAR, register
from peersupport_desktop.reports.structure_tree import artifact
from peersupport_desktop.reports.text_runs import runs


def numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas class that holds pages back until the end, to print "page N of M"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab's default initial font is Helvetica, which every page would
            # then name without embedding it (PDF/UA wants every font embedded).
            register()
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
            # A table without a font of its own (the charts' grid) and a chart's
            # starting state set reportlab's standard fonts, Helvetica and Times-Roman,
            # and draw no text in them; set, they would be named, not embedded.
            if not pdfmetrics.getFont(psfontname)._dynamicFont:  # type: ignore[attr-defined]
                psfontname = REGULAR
            super().setFont(psfontname, size, leading)

        def showPage(self) -> None:  # reportlab names it so
            self._held.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # the documented recipe

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            with artifact(self, "Pagination"):  # screen readers skip the footer
                self._draw_footer_text(total)

        def _draw_footer_text(self, total: int) -> None:
            width = self._pagesize[0]  # type: ignore[attr-defined]
            self.saveState()
            self.setStrokeColor(colors.HexColor("#9aa5b1"))
            self.setLineWidth(0.5)
            self.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
            self.setFillColor(colors.HexColor("#3e4c59"))
            x = 18 * mm
            for font, piece in runs(footer):  # the program's name may be in any script
                self.setFont(font, 8)
                self.drawString(x, 9 * mm, piece)
                x += self.stringWidth(piece, font, 8)
            self.setFont(REGULAR, 8)
            self.drawRightString(width - 18 * mm, 9 * mm, f"Page {self.getPageNumber()} of {total}")
            self.restoreState()

    return NumberedCanvas
