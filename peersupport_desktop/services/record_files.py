"""Reading a file to import: a CSV (as event notices are read: UTF-8 or Windows-1252,
comma or semicolon) or the first sheet of an XLSX workbook, as a header and rows of text.

A spreadsheet's dates come back as ISO dates, its whole numbers without ".0", so a
row reads the same whichever of the two formats it came in.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from peersupport_desktop.core.notice_files import FileRow, NoticeTable, UnreadableFile, read_table
from peersupport_desktop.store.errors import VaultStorageError

XLSX_SUFFIXES = (".xlsx", ".xlsm")
MAX_BYTES = 64 << 20  # a roster or a survey's answers are far smaller


def read_record_file(path: Path) -> NoticeTable:
    """The file's header and rows; UnreadableFile (one sentence) if it cannot be read."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile(f"There is no file at {path}.") from None
    except OSError as exc:
        raise VaultStorageError(f"The file {path} could not be read ({exc.strerror}).") from None
    if not path.is_file():
        raise UnreadableFile(f"{path} is not a file.")
    if size > MAX_BYTES:
        raise UnreadableFile("The file is larger than 64 MB: no roster or survey is that large.")
    if path.suffix.lower() in XLSX_SUFFIXES:
        return _read_workbook(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VaultStorageError(f"The file {path} could not be read ({exc.strerror}).") from None
    if data.startswith(b"PK\x03\x04"):
        raise UnreadableFile("The file is a workbook: give it the .xlsx ending, or save it as CSV.")
    return read_table(data)


def _read_workbook(path: Path) -> NoticeTable:
    import openpyxl  # only imports read workbooks: the window starts without it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise UnreadableFile(
            "The file is not an Excel workbook (.xlsx) that can be read."
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise UnreadableFile("The workbook has no sheet.")
        rows = sheet.iter_rows(values_only=True)
        headers: tuple[str, ...] = ()
        line = 0
        for cells in rows:
            line += 1
            headers = tuple(_text(cell).strip() for cell in cells)
            if any(headers):
                break
        if not any(headers):
            raise UnreadableFile("The workbook's first sheet is empty.")
        while headers and not headers[-1]:
            headers = headers[:-1]
        named = [h.casefold() for h in headers if h]
        if len(set(named)) < len(named):
            raise UnreadableFile("The sheet's first row names a column twice.")
        found = []
        for cells in rows:
            line += 1
            texts = tuple(_text(cell) for cell in cells)
            if any(text.strip() for text in texts):
                found.append(FileRow(line, texts))
        return NoticeTable(headers, tuple(found), "xlsx", "")
    finally:
        book.close()


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)
