"""A built report made a tagged PDF: its structure tree and what PDF/UA asks of the catalog.

reportlab has drawn the marked content (``tagged_flowables``); here the structure it
recorded is written in, with pypdf: the /StructTreeRoot and its parent tree, each page's
/StructParents, /MarkInfo, the document's language and title (in /Info and in XMP
metadata, with the PDF/UA identification) and the viewer told to show that title.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from peersupport_desktop.reports.structure_tree import (
    MarkedContent,
    StructureElement,
    StructureTree,
)

LANGUAGE = "en-GB"


def finish_tagged(
    pdf: bytes, structure: StructureTree, *, title: str, language: str = LANGUAGE
) -> bytes:
    """``pdf`` (as reportlab built it from a ``tagged_story``) with its structure."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.pdf_header = "%PDF-1.7"  # PDF/UA-1 is built on PDF 1.7
    pages = list(writer.pages)
    page_refs = [_reference(page) for page in pages]
    tree_root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_root_ref = writer._add_object(tree_root)
    # Per page, the element that owns each MCID (the parent tree's arrays).
    owners: list[list[PdfObject]] = [
        [NumberObject(0)] * structure.mcids(number) for number in range(len(pages))
    ]
    writer_of = _ElementWriter(writer, page_refs, owners)
    document = writer_of.write(structure.document, tree_root_ref)
    tree_root[NameObject("/K")] = ArrayObject([document] if document else [])
    numbers = ArrayObject()
    for number, page in enumerate(pages):
        page[NameObject("/StructParents")] = NumberObject(number)
        page[NameObject("/Tabs")] = NameObject("/S")  # PDF/UA: tab in structure order
        numbers += [NumberObject(number), writer._add_object(ArrayObject(owners[number]))]
    tree_root[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): numbers})
    )
    tree_root[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages))

    catalog = writer.root_object
    catalog[NameObject("/StructTreeRoot")] = tree_root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )
    catalog[NameObject("/Lang")] = TextStringObject(language)
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    catalog[NameObject("/Metadata")] = writer._add_object(_xmp(title, language))
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class _ElementWriter:
    """Structure elements as PDF objects, each recording the MCIDs it owns."""

    def __init__(
        self, writer: PdfWriter, pages: list[IndirectObject], owners: list[list[PdfObject]]
    ) -> None:
        self._writer = writer
        self._pages = pages
        self._owners = owners

    def write(self, element: StructureElement, parent: IndirectObject) -> IndirectObject | None:
        """The element's object, or None when nothing was drawn for it."""
        if not element.has_content:
            return None
        node = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject(f"/{element.tag}"),
                NameObject("/P"): parent,
            }
        )
        reference = self._writer._add_object(node)
        marks = [kid for kid in element.kids if isinstance(kid, MarkedContent)]
        home = marks[0].page if marks else None  # the element's /Pg
        kids = ArrayObject()
        for kid in element.kids:
            if isinstance(kid, MarkedContent):
                self._owners[kid.page][kid.mcid] = reference
                kids.append(self._marked(kid, home))
            elif (child := self.write(kid, reference)) is not None:
                kids.append(child)
        node[NameObject("/K")] = kids
        if home is not None:
            node[NameObject("/Pg")] = self._pages[home]
        if element.alt:
            node[NameObject("/Alt")] = TextStringObject(element.alt)
        if element.attributes:
            node[NameObject("/A")] = DictionaryObject(
                {NameObject(f"/{key}"): _value(value) for key, value in element.attributes.items()}
            )
        return reference

    def _marked(self, kid: MarkedContent, home: int | None) -> PdfObject:
        if kid.page == home:
            return NumberObject(kid.mcid)
        return DictionaryObject(  # on another page than the element's /Pg
            {
                NameObject("/Type"): NameObject("/MCR"),
                NameObject("/Pg"): self._pages[kid.page],
                NameObject("/MCID"): NumberObject(kid.mcid),
            }
        )


def _value(value: str | float | list[float]) -> PdfObject:
    if isinstance(value, str):
        return NameObject(f"/{value}")
    if isinstance(value, list):
        return ArrayObject(FloatObject(round(v, 2)) for v in value)
    return FloatObject(round(value, 2))


def _reference(page: DictionaryObject) -> IndirectObject:
    reference = page.indirect_reference
    assert reference is not None  # a writer's pages are indirect objects
    return reference


def _xmp(title: str, language: str) -> StreamObject:
    """The metadata PDF/UA asks for: the title (dc:title) and its identification."""
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    stream = StreamObject()
    stream.set_data(packet.encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    return stream
