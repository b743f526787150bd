"""A tagged PDF's logical structure, gathered while the pages are drawn.

reportlab's open-source edition writes no tags. The tagged flowables call ``mark`` around
what they draw: the canvas gets a marked-content sequence with the page's next MCID, and
the structure element gets that (page, MCID) as a kid. Everything else on a page (the
footer, a table's grid and shading) is bracketed as an artifact, which screen readers
skip. ``tagged_pdf.finish_tagged`` writes the tree into the file once it is built.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True, slots=True)
class MarkedContent:
    """One marked-content sequence: its page (from 0) and its MCID on that page."""

    page: int
    mcid: int


@dataclass(slots=True, eq=False)
class StructureElement:
    """A structure element (/S tag), with its kids in reading order."""

    tag: str
    alt: str | None = None
    # The element's attributes (/A), e.g. {"O": "Table", "Scope": "Column"}; values
    # are names (str), numbers or lists of numbers.
    attributes: dict[str, str | float | list[float]] = field(default_factory=dict)
    kids: list[StructureElement | MarkedContent] = field(default_factory=list)

    def add(self, tag: str, *, alt: str | None = None) -> StructureElement:
        child = StructureElement(tag, alt)
        self.kids.append(child)
        return child

    @property
    def has_content(self) -> bool:
        """Whether anything was drawn for it (an element never drawn is left out)."""
        return any(isinstance(kid, MarkedContent) or kid.has_content for kid in self.kids)


class StructureTree:
    """The document's structure and each page's MCID count, as the pages are drawn."""

    def __init__(self) -> None:
        self.document = StructureElement("Document")
        self._next_mcid: dict[int, int] = {}

    @contextmanager
    def mark(self, canvas: Canvas, element: StructureElement) -> Iterator[None]:
        """What is drawn inside is ``element``'s content, on the canvas's current page."""
        self.begin(canvas, element)
        try:
            yield
        finally:
            self.end(canvas)

    def begin(self, canvas: Canvas, element: StructureElement) -> None:
        """Opens ``element``'s next marked-content sequence (``end`` closes it)."""
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        element.kids.append(MarkedContent(page, mcid))
        canvas.addLiteral(f"/{element.tag} <</MCID {mcid}>> BDC")

    @staticmethod
    def end(canvas: Canvas) -> None:
        canvas.addLiteral("EMC")

    def mcids(self, page: int) -> int:
        """How many marked-content sequences the page (from 0) holds."""
        return self._next_mcid.get(page, 0)


@contextmanager
def artifact(canvas: Canvas, kind: str | None = None) -> Iterator[None]:
    """What is drawn inside is decoration (a rule, a shading, a page number): screen
    readers skip it. ``kind`` is the artifact's /Type, e.g. "Pagination"."""
    canvas.addLiteral(f"/Artifact <</Type /{kind}>> BDC" if kind else "/Artifact BMC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")
