"""A small XLSX (Office Open XML) writer: sheets of text and numbers, a bold frozen
header row, nothing else.

openpyxl takes over 20 s for a 100,000-row sheet on a machine without lxml; this
writes the same sheet in about a second, and openpyxl, Excel and LibreOffice
read it. Strings are written inline, so no shared-string table is needed.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

# A number is written as a number, None as an empty cell, anything else (text, a
# hidden cell's marker) as its text.
Value = object

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Characters XML 1.0 cannot carry at all.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# XML reads a bare carriage return as a line feed: write it as a reference.
_KEEP_CR = {"\r": "&#13;"}
_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


class Sheet:
    def __init__(self, name: str, header: Sequence[str], rows: Iterable[Sequence[Value]]) -> None:
        self.name, self.header, self.rows = name, header, rows

    def xml(self) -> str:
        parts = [
            f'{_HEAD}<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            "</sheetView></sheetViews><sheetData>",
            '<row r="1">',
            *(_cell(name, ' s="1"') for name in self.header),
            "</row>",
        ]
        # Cells carry no reference: each follows the one before, so an empty value is
        # an empty <c/>. Most values repeat (codes, periods, small numbers), so each
        # distinct one is turned into XML once.
        cell = _CellCache().__getitem__
        parts += (
            f'<row r="{number}">{"".join(map(cell, row))}</row>'
            for number, row in enumerate(self.rows, start=2)
        )
        parts.append("</sheetData></worksheet>")
        return "".join(parts)


def workbook(sheets: Sequence[Sheet]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            f'ContentType="{_TYPES}.worksheet+xml"/>'
            for n in range(1, len(sheets) + 1)
        )
        archive.writestr(
            "[Content_Types].xml",
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.styles+xml"/>'
            f"{overrides}</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'{_HEAD}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
            f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(
            f'<sheet name={quoteattr(sheet.name[:31])} sheetId="{n}" r:id="rId{n}"/>'
            for n, sheet in enumerate(sheets, start=1)
        )
        archive.writestr(
            "xl/workbook.xml",
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><sheets>{entries}</sheets>'
            "</workbook>",
        )
        links = "".join(
            f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/worksheet" '
            f'Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, len(sheets) + 1)
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'{_HEAD}<Relationships xmlns="{_RELS}">{links}<Relationship '
            f'Id="rId{len(sheets) + 1}" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        archive.writestr("xl/styles.xml", _STYLES)
        for n, sheet in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", sheet.xml(), compresslevel=1)
    return buffer.getvalue()


class _CellCache(dict[Value, str]):
    """Each distinct value's cell XML, made on first use. (Tables hold no booleans:
    True would share 1's entry.)"""

    def __missing__(self, value: Value) -> str:
        xml = self[value] = _cell(value)
        return xml


def _cell(value: Value, style: str = "") -> str:
    if value is None:
        return "<c/>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"<c{style}><v>{value!r}</v></c>"
    text = _UNWRITABLE.sub("", str(value))
    if not text:
        return "<c/>"  # an empty cell, as a spreadsheet would have it
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c{style} t="inlineStr"><is><t{space}>{escape(text, _KEEP_CR)}</t></is></c>'
