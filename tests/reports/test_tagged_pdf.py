"""The report as a screen reader meets it: a tagged PDF, its content in a structure tree.

Read back with pypdf: the catalog says the file is tagged and in which language; every
font it names is embedded; every text and picture drawn is marked content owned by a
structure element (or an artifact); headings (one H1, then H2), paragraphs, the summary's
sentences as a list, tables (row labels TH too) and figures (with their alternative text
and their own box) are there, in reading order, in both editions; a table, a paragraph
or a list item split across pages stays one.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports import fonts
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.reports.page_frame import numbered_canvas
from peersupport_desktop.reports.tagged_flowables import tagged_story
from peersupport_desktop.reports.tagged_pdf import finish_tagged
from peersupport_desktop.services import settings
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.quarterly_reports import report_pdf
from peersupport_desktop.store import keying
from peersupport_desktop.store.vault import create_vault
from tests.conftest import CHEAP_KDF_ITERATIONS, PASSPHRASE
from tests.pictures import png

AS_OF = dt.datetime(2026, 11, 20, 15, 0)
# What puts ink on a page: text, paths filled or stroked, pictures, shadings.
PAINTING = {b"Tj", b"TJ", b"'", b'"', b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*",
            b"Do", b"BI", b"sh"}  # fmt: skip
SECTIONS = ["Summary", "Trends over eight quarters", "Key figures", "By event type", "Definitions"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[Edition, bytes]:
    """Both editions of a demo program's report, with a hospital and its logo."""
    path = tmp_path_factory.mktemp("tagged") / "demo.vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keying, "KDF_ITERATIONS", CHEAP_KDF_ITERATIONS)
        with create_vault(path, PASSPHRASE) as vault:
            fill_demo_program(vault, cases=300, as_of=AS_OF)
            settings.change_settings(vault, hospital_name="Mercy General")
            settings.set_logo(vault, png(120, 60))
            return {
                edition: report_pdf(vault, Quarter(2026, 3), edition, as_of=AS_OF)
                for edition in Edition
            }


@pytest.fixture(params=list(Edition), ids=lambda e: e.value)
def edition(request: pytest.FixtureRequest) -> Edition:
    return Edition(request.param)


@pytest.fixture
def pdf(edition: Edition, reports: dict[Edition, bytes]) -> bytes:
    return reports[edition]


def _title(edition: Edition) -> str:
    name = "Program at a glance" if edition is Edition.GLANCE else "Quarterly report"
    return f"{name} Q3 2026"


def _sections(edition: Edition) -> list[str]:
    """The sections the edition prints, in order (the glance: its one page's)."""
    return SECTIONS[:2] if edition is Edition.GLANCE else SECTIONS


def test_the_catalog_says_tagged_in_british_english(pdf: bytes, edition: Edition) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/Lang"] == "en-GB"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    tree_root = catalog["/StructTreeRoot"]
    assert tree_root["/ParentTreeNextKey"] == len(reader.pages)
    assert [page["/StructParents"] for page in reader.pages] == list(range(len(reader.pages)))
    title = _title(edition)
    assert reader.metadata is not None and reader.metadata.title == title
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp


def test_every_font_named_is_embedded(pdf: bytes) -> None:
    """PDF/UA: a font a page names must be embedded, though it draw no text (reportlab's
    Helvetica of a page's start and a table's cells, Times-Roman of a chart's)."""
    reader = PdfReader(io.BytesIO(pdf))
    named: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        _fonts_named(page["/Resources"], named, set())
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= {name.split("+")[-1] for name in named}
    unembedded = [name for name, font in named.items() if not _embedded(font)]
    assert unembedded == []


def test_every_text_line_and_picture_is_marked_content(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        open_marks: list[str] = []
        shown = 0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"BDC", b"BMC"):
                open_marks.append(_mark_kind(operands))
            elif operator == b"EMC":
                open_marks.pop()
            elif operator in PAINTING:
                shown += operator in (b"Tj", b"TJ")
                assert {"content", "artifact"} & set(open_marks), (number, operator)
        assert open_marks == [], number
        assert shown, number


def test_each_marked_content_has_its_element_in_the_parent_tree(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    numbers = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    owners = {numbers[i]: numbers[i + 1].get_object() for i in range(0, len(numbers), 2)}
    for page in reader.pages:
        mcids = [
            operands[1]["/MCID"]
            for operands, operator in ContentStream(page.get_contents(), reader).operations
            if operator == b"BDC" and isinstance(operands[1], DictionaryObject)
            and "/MCID" in operands[1]
        ]  # fmt: skip
        assert mcids == list(range(len(mcids)))
        page_owners = owners[page["/StructParents"]]
        assert len(page_owners) == len(mcids)
        for mcid, owner in enumerate(page_owners):
            element = owner.get_object()
            assert (page.indirect_reference, mcid) in _marked_kids(element)


def test_the_structure_holds_headings_paragraphs_tables_and_figures(pdf: bytes) -> None:
    elements = list(_elements(PdfReader(io.BytesIO(pdf))))
    tags = [tag for tag, _element in elements]
    assert tags[0] == "Document"
    for tag in ("H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure"):
        assert tag in tags, tag
    labels: list[DictionaryObject] = []
    for tag, element in elements:
        if tag == "Table":
            rows = [kid.get_object() for kid in element["/K"]]
            assert {row["/S"] for row in rows} == {"/TR"}
            first = [cell.get_object() for cell in rows[0]["/K"]]
            assert {cell["/S"] for cell in first} == {"/TH"}
            assert all(cell["/A"]["/Scope"] == "/Column" for cell in first)
            for row in rows[1:]:
                label, *cells = (cell.get_object() for cell in row["/K"])
                assert {cell["/S"] for cell in cells} == {"/TD"}
                # The row's label: a row header (a lone "none this quarter" line: a TD).
                assert label["/S"] == "/TD" or label["/A"]["/Scope"] == "/Row"
                labels.append(label)
            assert len({len(row["/K"]) for row in rows}) == 1  # as many cells in each row
    assert labels and all(label["/S"] == "/TH" for label in labels[:10])
    figures = [element for tag, element in elements if tag == "Figure"]
    alts = [str(figure["/Alt"]) for figure in figures]
    assert alts[0] == "Logo of Mercy General"
    assert len(alts) >= 3 and any(alt.startswith("Referrals, by quarter. ") for alt in alts)
    assert all(len(alt) > 20 and any(ch.isdigit() for ch in alt) for alt in alts[1:])
    assert all(len(figure["/A"]["/BBox"]) == 4 for figure in figures)


def test_the_headings_are_read_in_the_order_printed(pdf: bytes, edition: Edition) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    texts = _marked_texts(reader)
    headings = [
        (tag, "".join(texts[mark] for mark in _marked_kids(element)).strip())
        for tag, element in _elements(reader)
        if tag in ("H1", "H2", "H3")
    ]
    # The cover's title is the one H1; the sections are H2: no level skipped.
    assert headings[0] == ("H1", "Peer Support Program")
    assert {tag for tag, _text in headings[1:]} == {"H2"}
    shown = [text for _tag, text in headings if text in SECTIONS]
    assert shown == _sections(edition)
    printed = "\n".join(page.extract_text() for page in reader.pages)
    positions = [printed.index(text) for _tag, text in headings[1:]]
    assert positions == sorted(positions)


def test_the_summary_sentences_are_one_list_after_the_summary_table(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    texts = _marked_texts(reader)
    elements = list(_elements(reader))
    tags = [tag for tag, _element in elements]
    lists = [element for tag, element in elements if tag == "L"]
    assert len(lists) == 1
    assert lists[0]["/A"]["/ListNumbering"] == "/Disc"
    items = [kid.get_object() for kid in lists[0]["/K"]]
    assert [item["/S"] for item in items] == ["/LI"] * 6  # one per summary figure
    said = []
    for item in items:
        label, body = (kid.get_object() for kid in item["/K"])
        assert (label["/S"], body["/S"]) == ("/Lbl", "/LBody")
        assert "".join(texts[mark] for mark in _marked_kids(label)).strip() == "\u2022"
        said.append(" ".join(texts[mark] for mark in _marked_kids(body)).strip())
    assert said[0].startswith("Referrals")
    assert all(sentence.endswith(".") and "\u2022" not in sentence for sentence in said)
    summary = tags.index("H2")  # the first section: the summary, its table, its sentences
    assert tags[summary + 1] == "Table" and tags.index("L") > summary
    assert tags[tags.index("L") - 1] in ("TD", "TH")  # straight after the table's last cell


def test_a_long_table_and_paragraph_split_across_pages_stay_one_element() -> None:
    fonts.register()
    style = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=14)
    rows = [["Name", "Count"], *([f"Row {n}", str(n)] for n in range(1, 90))]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
    words = " ".join(f"word{n}" for n in range(900))
    story, structure = tagged_story(
        [KeepTogether([Paragraph("Long table", ParagraphStyle("h1", parent=style)), table]),
         Paragraph(words, style)]
    )  # fmt: skip
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story, canvasmaker=numbered_canvas("Footer"))
    reader = PdfReader(io.BytesIO(finish_tagged(buffer.getvalue(), structure, title="Split")))
    assert len(reader.pages) >= 4
    elements = list(_elements(reader))
    tables = [element for tag, element in elements if tag == "Table"]
    assert len(tables) == 1
    table_rows = [row.get_object() for row in tables[0]["/K"]]
    assert len(table_rows) == 90  # the header repeated on the next page is an artifact
    assert [cell.get_object()["/S"] for cell in table_rows[0]["/K"]] == ["/TH", "/TH"]
    for row in table_rows[1:]:
        label, count = (cell.get_object() for cell in row["/K"])
        assert (label["/S"], label["/A"]["/Scope"], count["/S"]) == ("/TH", "/Row", "/TD")
    first, last = ({mark[0] for cell in row["/K"] for mark in _marked_kids(cell.get_object())}
                   for row in (table_rows[0], table_rows[-1]))  # fmt: skip
    assert first == {reader.pages[0].indirect_reference}
    assert last != first and len(last) == 1
    paragraphs = [element for tag, element in elements if tag == "P"]
    assert len(paragraphs) == 1
    assert len({page for page, _mcid in _marked_kids(paragraphs[0])}) >= 2
    assert [tag for tag, _element in elements].count("H2") == 1  # its style "h1"
    texts = _marked_texts(reader)
    last_label = _marked_kids(table_rows[-1]["/K"][0].get_object())[0]
    assert texts[last_label].strip() == "Row 89"


def test_consecutive_bullets_are_one_list_and_a_split_item_stays_one() -> None:
    fonts.register()
    style = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=14)
    bulleted = ParagraphStyle("item", parent=style, leftIndent=9, bulletFontName=fonts.REGULAR)
    long_item = " ".join(f"word{n}" for n in range(700))
    story, structure = tagged_story(
        [Paragraph("First", bulleted, bulletText="\u2022"), Spacer(1, 4),
         Paragraph("Second", bulleted, bulletText="\u2022"), Paragraph("Between", style),
         Spacer(1, 560), Paragraph(long_item, bulleted, bulletText="-")]
    )  # fmt: skip
    reader = _built(story, structure)
    texts = _marked_texts(reader)
    elements = list(_elements(reader))
    assert [tag for tag, _element in elements if tag in ("L", "LI", "P")] == [
        "L", "LI", "LI", "P", "L", "LI"
    ]  # fmt: skip
    first, second = (element for tag, element in elements if tag == "L")
    assert first["/A"]["/ListNumbering"] == "/Disc" and "/ListNumbering" not in second["/A"]
    items = [element for tag, element in elements if tag == "LI"]
    bodies = [[texts[mark] for mark in _marked_kids(item["/K"][1].get_object())] for item in items]
    assert [body[0].strip() for body in bodies[:2]] == ["First", "Second"]
    label = items[2]["/K"][0].get_object()
    assert "".join(texts[mark] for mark in _marked_kids(label)).strip() == "-"
    body = items[2]["/K"][1].get_object()
    assert len({page for page, _mcid in _marked_kids(body)}) >= 2  # split, still one LBody
    assert "word699" in bodies[2][-1] and "-" not in "".join(bodies[2])


def test_a_chart_in_a_grid_is_a_figure_with_its_own_box() -> None:
    fonts.register()
    charts = []
    for width, height in ((200.0, 100.0), (150.0, 80.0)):
        chart = Drawing(width, height)
        chart.add(Rect(0, 0, width, height))
        charts.append(chart)
    grid = Table([charts], colWidths=[240, 240], style=[("VALIGN", (0, 0), (-1, -1), "TOP")])
    story, structure = tagged_story([Spacer(1, 20 * mm), grid])
    reader = _built(story, structure)
    figures = [element for tag, element in _elements(reader) if tag == "Figure"]
    boxes = [[float(v) for v in figure["/A"]["/BBox"]] for figure in figures]
    assert [(round(r - l, 1), round(t - b, 1)) for l, b, r, t in boxes] == [  # noqa: E741
        (200.0, 100.0), (150.0, 80.0)
    ]  # fmt: skip
    (left, _b, right, top), (left2, _b2, _r2, top2) = boxes
    page_width, page_height = A4
    assert left > 0 and right <= left2 < page_width and top == top2 < page_height - 20 * mm


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_poppler_reads_it_as_tagged(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Tagged:          yes" in info.stdout


def _mark_kind(operands: list[Any]) -> str:
    if operands[0] == "/Artifact":
        return "artifact"
    properties = operands[1] if len(operands) > 1 else None
    if isinstance(properties, DictionaryObject) and "/MCID" in properties:
        return "content"
    return "other"


def _elements(reader: PdfReader) -> Iterator[tuple[str, DictionaryObject]]:
    """Every structure element, depth first: the reading order."""

    def walk(element: DictionaryObject) -> Iterator[tuple[str, DictionaryObject]]:
        yield str(element["/S"])[1:], element
        for kid in _kids(element):
            kid = kid.get_object()
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
                yield from walk(kid)

    for top in _kids(reader.trailer["/Root"]["/StructTreeRoot"]):
        yield from walk(top.get_object())


def _kids(element: DictionaryObject) -> list[Any]:
    kids = element.get("/K", [])
    return list(kids) if isinstance(kids, ArrayObject) else [kids]


def _marked_kids(element: DictionaryObject) -> list[tuple[IndirectObject, int]]:
    """The (page, MCID) of each marked-content kid of the element."""
    marks = []
    for kid in _kids(element):
        if isinstance(kid, int):
            marks.append((element["/Pg"].indirect_reference, kid))
        elif (
            isinstance(kid.get_object(), DictionaryObject)
            and kid.get_object().get("/Type") == "/MCR"
        ):
            marks.append((kid["/Pg"].indirect_reference, kid["/MCID"]))
    return marks


def _marked_texts(reader: PdfReader) -> dict[tuple[IndirectObject, int], str]:
    """The text drawn inside each MCID'd sequence, as pypdf extracts it."""
    texts: dict[tuple[IndirectObject, int], str] = {}
    for page in reader.pages:
        reading = _PageReading(page.indirect_reference, texts)
        page.extract_text(visitor_operand_before=reading.operator, visitor_text=reading.text)
    return texts


class _PageReading:
    """Follows a page's marked-content nesting while pypdf extracts its text."""

    def __init__(self, page: Any, texts: dict[tuple[IndirectObject, int], str]) -> None:
        self._page = page
        self._texts = texts
        self._open: list[int | None] = []  # the MCID of each open sequence, or None

    def operator(self, op: bytes, args: Any, *_: Any) -> None:
        if op == b"BDC":
            props = args[1] if len(args) > 1 else None
            mcid = props["/MCID"] if isinstance(props, dict) and "/MCID" in props else None
            self._open.append(mcid)
        elif op == b"BMC":
            self._open.append(None)
        elif op == b"EMC":
            self._open.pop()

    def text(self, piece: str, *_: Any) -> None:
        owner = next((mcid for mcid in reversed(self._open) if mcid is not None), None)
        if owner is not None:
            key = (self._page, owner)
            self._texts[key] = self._texts.get(key, "") + piece


def _built(story: list[Any], structure: Any) -> PdfReader:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story, canvasmaker=numbered_canvas("Footer"))
    return PdfReader(io.BytesIO(finish_tagged(buffer.getvalue(), structure, title="Test")))


def _fonts_named(resources: Any, named: dict[str, DictionaryObject], seen: set[int]) -> None:
    """Every font in a resource dictionary and in those of its forms (XObjects)."""
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    for font in resources.get("/Font", DictionaryObject()).values():
        font = font.get_object()
        named[str(font["/BaseFont"])[1:]] = font
    for xobject in resources.get("/XObject", DictionaryObject()).values():
        _fonts_named(xobject.get_object().get("/Resources"), named, seen)


def _embedded(font: DictionaryObject) -> bool:
    if font["/Subtype"] == "/Type0":
        return all(_embedded(kid.get_object()) for kid in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:  # a standard font: named, never embedded
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
