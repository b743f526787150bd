"""A story's flowables drawn as tagged content: headings, paragraphs, lists, tables, figures.

``tagged_story`` turns a platypus story into one whose every piece of real content is
drawn inside a marked-content sequence of its structure element (``structure_tree``):
a Paragraph becomes a heading (its style "title" H1, "h1" H2, …) or a P, and consecutive
bulleted paragraphs one list (L of LI, each its bullet's Lbl and its text's LBody); a
Table a Table of TR rows of TH (its repeated header rows, and each row's label) and TD
cells, its grid and shading artifacts; a Drawing or an Image a Figure with its
alternative text, also in a grid table that only lays charts out. It walks into
KeepTogether and KeepInFrame. Spacers and page breaks draw nothing and stay as they are.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepInFrame, KeepTogether, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import NullDraw

from peersupport_desktop.reports.structure_tree import StructureElement, StructureTree

# Paragraph style name -> structure tag; any other style is a paragraph (P). The title
# (the program's name) is the one H1, the sections H2: no level skipped.
HEADINGS = {"title": "H1", "h1": "H2", "h2": "H3", "h3": "H4"}
# A list's bullet -> its /ListNumbering.
NUMBERING = {"\u2022": "Disc", "\u25e6": "Circle", "\u25aa": "Square", "\u25a0": "Square"}


def tagged_story(
    story: list[Flowable], *, image_alt: str | None = None
) -> tuple[list[Flowable], StructureTree]:
    """The story to build, and the structure its drawing fills in (for ``finish_tagged``).

    An Image without an ``alt`` attribute of its own is described by ``image_alt``.
    """
    tagger = _StoryTagger(image_alt)
    return [tagger.tagged(flowable) for flowable in story], tagger.tree


class _StoryTagger:
    """Gives each flowable of a story its structure element, in reading order."""

    def __init__(self, image_alt: str | None) -> None:
        self.tree = StructureTree()
        self._image_alt = image_alt
        self._list: StructureElement | None = None  # the list a next bullet joins

    def tagged(self, flowable: Flowable) -> Flowable:
        document = self.tree.document
        if isinstance(flowable, KeepTogether | KeepInFrame):
            content = flowable._content  # type: ignore[union-attr]  # its flowables, unstubbed
            flowable._content = [self.tagged(f) for f in content]  # type: ignore[union-attr]
            return flowable
        if isinstance(flowable, Paragraph) and flowable.bulletText:
            return self._list_item(flowable)
        if not _draws_nothing(flowable):
            self._list = None  # content between bullets ends their list
        if isinstance(flowable, Paragraph):
            tag = HEADINGS.get(flowable.style.name, "P")
            return TaggedFlowable(flowable, self.tree, document.add(tag))
        if isinstance(flowable, Table):
            return self._table(flowable)
        if isinstance(flowable, Drawing | Image):
            return self._figure(flowable, document)
        return flowable

    def _list_item(self, paragraph: Paragraph) -> Flowable:
        if self._list is None:
            self._list = self.tree.document.add("L")
            bullet = paragraph.bulletText
            self._list.attributes["O"] = "List"
            if isinstance(bullet, str) and bullet.strip() in NUMBERING:
                self._list.attributes["ListNumbering"] = NUMBERING[bullet.strip()]
        item = self._list.add("LI")
        item.add("Lbl")
        item.add("LBody")
        return ListItemFlowable(paragraph, self.tree, item)

    def _table(self, table: Table) -> Table:
        # A grid that only lays out charts is no data table: its charts are figures.
        cells = table._cellvalues  # type: ignore[attr-defined]  # unstubbed
        grid = all(_figure(cell) or cell in ("", None) for row in cells for cell in row)
        element = self.tree.document.add("Div" if grid else "Table")
        if grid:  # each chart tagged as it draws, so its box is the chart's own
            for row in cells:
                for column, cell in enumerate(row):
                    if (figure := _figure(cell)) is not None:
                        row[column] = self._figure(figure, element)
        chained = table._renderCB  # type: ignore[attr-defined]  # its constructor's renderCB
        table._renderCB = TableTagger(self.tree, element, chained, figures=grid)  # type: ignore[attr-defined]
        return table

    def _figure(self, flowable: Drawing | Image, parent: StructureElement) -> Flowable:
        alt = getattr(flowable, "alt", None) or None  # a DescribedDrawing's is "" unset
        if alt is None and isinstance(flowable, Image):
            alt = self._image_alt
        return TaggedFlowable(flowable, self.tree, parent.add("Figure", alt=alt))


def _draws_nothing(flowable: Flowable) -> bool:
    """A spacer, a page break, a conditional break: it does not end a list."""
    return isinstance(flowable, NullDraw | ActionFlowable)


def _figure(cell: object) -> Drawing | Image | None:
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
            box = _page_box(canvas, left, y, width, height)
            element.attributes.update(O="Layout", Placement="Block", BBox=box)
        with self._tree.mark(canvas, element):
            self._inner.drawOn(canvas, x, y, _sW)

    def _part(self, part: Flowable) -> Flowable:
        if isinstance(part, ActionFlowable):  # a page break a split may put first
            return part
        return type(self)(part, self._tree, self._element)


class ListItemFlowable(TaggedFlowable):
    """A bulleted paragraph drawn as a list item (LI): its bullet the label (Lbl), its
    text the body (LBody). The part of it a page break carries over has no bullet."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        label, body = self._element.kids[:2]
        assert isinstance(label, StructureElement) and isinstance(body, StructureElement)
        tree = self._tree
        if not self._inner.bulletText:
            with tree.mark(canvas, body):
                self._inner.drawOn(canvas, x, y, _sW)
            return
        # reportlab draws the bullet as a text object of its own, before the text's.
        bullet_drawn = False

        def draw_bullet_then_open_body(text_object: Any) -> None:
            nonlocal bullet_drawn
            del canvas.drawText  # the canvas's own again, for the text
            with tree.mark(canvas, label):
                canvas.drawText(text_object)
            tree.begin(canvas, body)
            bullet_drawn = True

        # Only this canvas, while this paragraph draws.
        canvas.drawText = draw_bullet_then_open_body  # type: ignore[method-assign,assignment]
        try:
            self._inner.drawOn(canvas, x, y, _sW)
        finally:
            if bullet_drawn:
                tree.end(canvas)
            else:  # no line to draw: nothing was drawn
                del canvas.drawText


def _page_box(canvas: Canvas, x: float, y: float, width: float, height: float) -> list[float]:
    """A box drawn at (x, y) in the canvas's current coordinates (a table's cell is drawn
    in the table's), on the page: [left, bottom, right, top]."""
    a, b, c, d, e, f = canvas._currentMatrix  # type: ignore[attr-defined]  # unstubbed
    corners = [(cx, cy) for cx in (x, x + width) for cy in (y, y + height)]
    xs = [a * cx + c * cy + e for cx, cy in corners]
    ys = [b * cx + d * cy + f for cx, cy in corners]
    return [min(xs), min(ys), max(xs), max(ys)]


class TableTagger:
    """A Table's render callback (reportlab calls it around its background, each row
    and cell, and its lines): cells become TH or TD in a TR, the rest an artifact. A
    body row's first cell is its label, a TH with row scope, when the row has other
    content too (not a lone "nothing this quarter" line).

    The parts a long table splits into carry the same callback and are drawn in order;
    a later part's first rows repeat the header, which is then an artifact.
    """

    def __init__(
        self, tree: StructureTree, element: StructureElement, chained: Any, *, figures: bool
    ) -> None:
        self._tree = tree
        self._element = element
        # A layout grid of charts: no rows; each chart tags itself as a Figure.
        self._figures = figures
        self._chained = chained  # a callback the table had already
        self._header_rows = 0
        self._rows_drawn = 0  # of the whole table, over its parts
        self._repeats = 0  # rows at the top of the part being drawn that repeat the header
        self._row: StructureElement | None = None
        self._cell_open = False  # whether startCell began a sequence endCell must end

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
        elif event == "startCell":
            self._start_cell(canvas, table, *args[:3])
        elif event == "endCell" and self._cell_open:
            canvas.addLiteral("EMC")
        elif event == "endRow" and self._row is not None and not self._figures:
            self._rows_drawn += 1
        if self._chained:
            self._chained(table, event, *args)

    def _start_cell(
        self, canvas: Canvas, table: Table, row: int, column: int, value: object
    ) -> None:
        self._cell_open = True
        if self._figures:
            if isinstance(value, TaggedFlowable):  # a chart: it marks itself
                self._cell_open = False
            else:  # an empty cell of the grid
                canvas.addLiteral("/Artifact BMC")
            return
        if self._row is None:
            canvas.addLiteral("/Artifact BMC")  # a repeated header: pagination
            return
        if self._rows_drawn < self._header_rows:
            cell = self._row.add("TH")
            cell.attributes.update(O="Table", Scope="Column")
        elif column == 0 and _labels_row(table._cellvalues[row]):  # type: ignore[attr-defined]
            cell = self._row.add("TH")
            cell.attributes.update(O="Table", Scope="Row")
        else:
            cell = self._row.add("TD")
        self._tree.begin(canvas, cell)


def _labels_row(cells: list[object]) -> bool:
    """Whether a row's first cell labels the others: it holds something, and so does
    another cell."""
    return len(cells) > 1 and not _empty(cells[0]) and not all(_empty(c) for c in cells[1:])


def _empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip()) or cell == []
