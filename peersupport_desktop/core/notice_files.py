"""Reading an event-notice file: its encoding, its separator, its header and its rows.

Incident-reporting and risk systems export CSV in UTF-8 (with or without a byte
order mark) or in Windows-1252, separated by commas or, in European locales, by
semicolons. Nothing here knows what the columns mean.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

_BOM = b"\xef\xbb\xbf"
_SEPARATORS = (",", ";")


class UnreadableFile(ValueError):
    """The file as a whole cannot be read; the message is one sentence, with no content."""


@dataclass(frozen=True, slots=True)
class FileRow:
    line: int  # where the row starts in the file, counting the header as line 1
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NoticeTable:
    headers: tuple[str, ...]
    rows: tuple[FileRow, ...]
    encoding: str
    separator: str


def read_table(data: bytes) -> NoticeTable:
    """The header and the rows of a CSV file; blank lines are skipped."""
    if not data.strip():
        raise UnreadableFile("The file is empty.")
    if b"\x00" in data:
        raise UnreadableFile("The file is not a CSV text file.")
    text, encoding = _decode(data)
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        headers: tuple[str, ...] = ()
        while not any(headers):
            headers = tuple(cell.strip() for cell in next(reader))
        rows = []
        starts = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append(FileRow(starts, tuple(cells)))
            starts = reader.line_num + 1
    except StopIteration:
        raise UnreadableFile("The file is empty.") from None
    except csv.Error as exc:
        raise UnreadableFile(_csv_problem(exc, reader.line_num)) from None
    named = [h.casefold() for h in headers if h]
    if len(set(named)) < len(named):
        raise UnreadableFile("The file's first line names a column twice.")
    return NoticeTable(headers, tuple(rows), encoding, separator)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(_BOM):
        try:
            return data[len(_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise UnreadableFile("The file starts as UTF-8 but is not valid UTF-8.") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise UnreadableFile("The file is neither UTF-8 nor Windows-1252 text.") from None


def _separator(text: str) -> str:
    """The separator that splits the header line into the most columns (comma on a tie)."""
    first = text.lstrip("\r\n").splitlines()[0] if text.strip() else ""
    try:
        counts = {sep: len(next(csv.reader([first], delimiter=sep), [])) for sep in _SEPARATORS}
    except csv.Error as exc:
        raise UnreadableFile(_csv_problem(exc, 1)) from None
    return max(_SEPARATORS, key=lambda sep: (counts[sep], sep == ","))


def _csv_problem(error: csv.Error, line: int) -> str:
    if "field larger than field limit" in str(error):
        return (
            f"Line {line} has a cell longer than {csv.field_size_limit():,} characters: "
            "no notice holds that much, so this is not a notice file."
        )
    return f"The file is not valid CSV near line {line} (a quote out of place?)."
