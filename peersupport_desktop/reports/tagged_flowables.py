"""A story's flowables drawn as tagged content: headings, paragraphs, tables, figures.

``tagged_story`` turns a platypus story into one whose every piece of real content is
drawn inside a marked-content sequence of its structure element (``structure_tree``):
a Paragraph becomes an H1 (its style "title" or "h1") or a P; a Table a Table of TR
rows of TH (its repeated header rows) and TD cells, its grid and shading artifacts; a
Drawing or an Image a Figure with its alternative text. It walks into KeepTogether.
Spacers and page breaks draw nothing and stay as they are.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable

from peersupport_desktop.reports.structure_tree import StructureElement, StructureTree

# Paragraph style name -> structure tag; any other style is a paragraph (P).
HEADINGS = {"title": "H1", "h1": "H1", "h2": "H2", "h3": "H3"}


def tagged_story(
    story: list[Flowable], *, image_alt: str | None = None
) -> tuple[list[Flowable], StructureTree]:
    """The story to build, and the structure its drawing fills in (for ``finish_tagged``).

    An Image without an ``alt`` attribute of its own is described by ``image_alt``.
    """
    tree = StructureTree()
    return [_tagged(flowable, tree, image_alt) for flowable in story], tree


def _tagged(flowable: Flowable, tree: StructureTree, image_alt: str | None) -> Flowable:
    document = tree.document
    if isinstance(flowable, KeepTogether):
        content = flowable._content  # type: ignore[attr-defined]  # its flowables, unstubbed
        flowable._content = [_tagged(f, tree, image_alt) for f in content]  # type: ignore[attr-defined]
        return flowable
    if isinstance(flowable, Paragraph):
        tag = HEADINGS.get(flowable.style.name, "P")
        return TaggedFlowable(flowable, tree, document.add(tag))
    if isinstance(flowable, Table):
        # A grid that only lays out charts is no data table: its charts are figures.
        grid = all(
            _figure(cell) or cell in ("", None)
            for row in flowable._cellvalues  # type: ignore[attr-defined]  # unstubbed
            for cell in row
        )
        element = document.add("Div" if grid else "Table")
        chained = flowable._renderCB  # type: ignore[attr-defined]  # its constructor's renderCB
        flowable._renderCB = TableTagger(tree, element, chained, figures=grid)  # type: ignore[attr-defined]
        return flowable
    if isinstance(flowable, Drawing | Image):
        alt = getattr(flowable, "alt", None) or None  # a DescribedDrawing's is "" unset
        if alt is None and isinstance(flowable, Image):
            alt = image_alt
        return TaggedFlowable(flowable, tree, document.add("Figure", alt=alt))
    return flowable


def _figure(cell: object) -> Flowable | None:
    """The chart or picture a table cell holds, if that is all it holds."""
    if isinstance(cell, list | tuple) and len(cell) == 1:
        cell = cell[0]
    return cell if isinstance(cell, Drawing | Image) else None


class TaggedFlowable(Flowable):
    """A flowable drawn as the content of one structure element; the parts it splits
    into (a paragraph across two pages) stay that one element. Everything else is the
    inner flowable's, as reportlab's DDIndenter passes its attributes on."""

    _OWN = frozenset({"_inner", "_tree", "_element", "_size"})

    def __init__(self, inner: Flowable, tree: StructureTree, element: StructureElement) -> None:
        # Not Flowable.__init__: its attributes (hAlign, width, …) are the inner one's.
        self.__dict__.update(_inner=inner, _tree=tree, _element=element, _size=(0.0, 0.0))

    def __getattr__(self, name: str) -> Any:
        if name in TaggedFlowable._OWN:  # not yet set (a copy being made)
            raise AttributeError(name)
        return getattr(self._inner, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in TaggedFlowable._OWN:
            self.__dict__[name] = value
        else:
            setattr(self._inner, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._inner, name)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = self._inner.wrap(availWidth, availHeight)
        self._size = (float(width), float(height))
        return self._size

    def wrapOn(self, canv: Canvas, aW: float, aH: float) -> tuple[float, float]:
        width, height = self._inner.wrapOn(canv, aW, aH)
        self._size = (float(width), float(height))
        return self._size

    def split(self, availWidth: float, availheight: float) -> list[Flowable]:
        return [self._part(part) for part in self._inner.split(availWidth, availheight)]

    def splitOn(self, canv: Canvas, aW: float, aH: float) -> list[Flowable]:
        return [self._part(part) for part in self._inner.splitOn(canv, aW, aH)]

    def getSpaceBefore(self) -> float:
        return float(self._inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._inner.getSpaceAfter())

    def getKeepWithNext(self) -> bool:
        return bool(self._inner.getKeepWithNext())

    def minWidth(self) -> float:
        return float(self._inner.minWidth())

    def isIndexing(self) -> int:
        return int(self._inner.isIndexing())

    def identity(self, maxLen: int | None = None) -> str:
        return f"tagged {self._element.tag}: {self._inner.identity(maxLen)}"

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        element = self._element
        if element.tag == "Figure" and "BBox" not in element.attributes:
            left = self._inner._hAlignAdjust(x, _sW)
            width, height = self._size
            element.attributes.update(
                O="Layout", Placement="Block", BBox=[left, y, left + width, y + height]
            )
        with self._tree.mark(canvas, element):
            self._inner.drawOn(canvas, x, y, _sW)

    def _part(self, part: Flowable) -> Flowable:
        if isinstance(part, ActionFlowable):  # a page break a split may put first
            return part
        return TaggedFlowable(part, self._tree, self._element)


class TableTagger:
    """A Table's render callback (reportlab calls it around its background, each row
    and cell, and its lines): cells become TH or TD in a TR, the rest an artifact.

    The parts a long table splits into carry the same callback and are drawn in order;
    a later part's first rows repeat the header, which is then an artifact.
    """

    def __init__(
        self, tree: StructureTree, element: StructureElement, chained: Any, *, figures: bool
    ) -> None:
        self._tree = tree
        self._element = element
        self._figures = figures  # a layout grid of charts: each cell a Figure, no rows
        self._chained = chained  # a callback the table had already
        self._header_rows = 0
        self._rows_drawn = 0  # of the whole table, over its parts
        self._repeats = 0  # rows at the top of the part being drawn that repeat the header
        self._row: StructureElement | None = None

    def __call__(self, table: Table, event: str, *args: Any) -> None:
        canvas = table.canv
        if event == "startTable":
            repeat = table.repeatRows
            count = repeat if isinstance(repeat, int) else len(repeat)
            if self._rows_drawn == 0:
                self._header_rows = count
            self._repeats = count if self._rows_drawn else 0
        elif event in ("startBG", "startLines"):
            canvas.addLiteral("/Artifact BMC")
        elif event in ("endBG", "endLines"):
            canvas.addLiteral("EMC")
        elif event == "startRow" and not self._figures:
            self._row = None if args[0] < self._repeats else self._element.add("TR")
        elif event == "startCell" and self._figures:
            self._start_figure(canvas, args[2], *args[4:6])
        elif event == "startCell":
            self._start_cell(canvas)
        elif event == "endCell":
            canvas.addLiteral("EMC")
        elif event == "endRow" and self._row is not None and not self._figures:
            self._rows_drawn += 1
        if self._chained:
            self._chained(table, event, *args)

    def _start_figure(
        self, canvas: Canvas, cell: object, at: tuple[float, float], size: tuple[float, float]
    ) -> None:
        figure = _figure(cell)
        if figure is None:  # an empty cell of the grid
            canvas.addLiteral("/Artifact BMC")
            return
        element = self._element.add("Figure", alt=getattr(figure, "alt", None) or None)
        # The cell's corners on the page (the table draws in its own coordinates).
        a, b, c, d, e, f = canvas._currentMatrix  # type: ignore[attr-defined]  # unstubbed
        corners = [(x, y) for x in (at[0], at[0] + size[0]) for y in (at[1], at[1] + size[1])]
        xs = [a * x + c * y + e for x, y in corners]
        ys = [b * x + d * y + f for x, y in corners]
        box = [min(xs), min(ys), max(xs), max(ys)]
        element.attributes.update(O="Layout", Placement="Block", BBox=box)
        self._tree.begin(canvas, element)

    def _start_cell(self, canvas: Canvas) -> None:
        if self._row is None:
            canvas.addLiteral("/Artifact BMC")  # a repeated header: pagination
            return
        if self._rows_drawn < self._header_rows:
            cell = self._row.add("TH")
            cell.attributes.update(O="Table", Scope="Column")
        else:
            cell = self._row.add("TD")
        self._tree.begin(canvas, cell)
